import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { FoutFilter } from './common/fout.filter';
import { maakValidationPipe } from './common/validatie';

/**
 * Everything that makes the HTTP surface what it is — prefix, security headers, validation, error shape, OpenAPI.
 * Shared by main.ts and the integration tests, so tests exercise exactly what runs in production.
 */
export function richtAppIn(app: INestApplication, opties: { trustProxy?: boolean } = {}): void {
  const express = app as NestExpressApplication;
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: [] });
  if (opties.trustProxy) express.set('trust proxy', true);
  express.disable('x-powered-by');
  express.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Charts and the API docs set inline style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(cookieParser());
  app.useGlobalPipes(maakValidationPipe());
  // Also registered through APP_FILTER; this instance catches what happens outside the module's scope.
  app.useGlobalFilters(new FoutFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Klant in Beeld API')
      .setDescription(
        'Caseloadbeheer voor de Participatiewet. Alle gegevens zijn per organisatie afgeschermd; een id van een andere organisatie geeft 404. Fouten: { statusCode, code, message, fouten: [{ veld, melding }] }.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'Klant in Beeld API' });
}
