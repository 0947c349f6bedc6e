import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { FoutFilter } from './common/fout.filter';
import { eisCsrfKop, eisJson, weigerStuurtekens } from './common/http-beveiliging';
import { maakValidationPipe } from './common/validatie';
import { heeftWebApp, kiesGecomprimeerd } from './common/webapp-statisch';
import type { AppConfig, TrustProxy } from './config';
import { APP_CONFIG } from './config.token';

export interface HttpOpties {
  /** Which proxies may tell the client's address (X-Forwarded-For) and protocol: a hop count or addresses. */
  trustProxy?: TrustProxy;
  /** Strict-Transport-Security max-age in seconds; 0 sends none (the TLS proxy may send it instead). */
  hstsMaxAge?: number;
}

/**
 * Everything that makes the HTTP surface what it is — prefix, security headers, validation, error shape, OpenAPI.
 * Shared by main.ts and the integration tests, so tests exercise exactly what runs in production.
 */
export function richtAppIn(app: INestApplication, opties: HttpOpties = {}): void {
  const express = app as NestExpressApplication;
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: [] });
  if (opties.trustProxy !== undefined && opties.trustProxy !== false) express.set('trust proxy', opties.trustProxy);
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
      strictTransportSecurity: opties.hstsMaxAge ? { maxAge: opties.hstsMaxAge, includeSubDomains: true } : false,
    }),
  );
  // Registered before ServeStaticModule's handler (it comes in at init): compressed copies of the web app's assets.
  const { webDist } = app.get<AppConfig>(APP_CONFIG);
  if (heeftWebApp(webDist)) app.use(kiesGecomprimeerd(webDist));
  app.use(cookieParser());
  // Before any controller: JSON only, no control characters, the CSRF header on cookie requests.
  app.use('/api', eisJson, weigerStuurtekens, eisCsrfKop);
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
