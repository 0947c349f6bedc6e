import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { FoutFilter } from './common/fout.filter';
import { eisCsrfKop, eisJson, weigerStuurtekens } from './common/http-beveiliging';
import { maakValidationPipe } from './common/validatie';
import { heeftWebApp, kiesGecomprimeerd } from './common/webapp-statisch';
import type { AppConfig, TrustProxy } from './config';
import { APP_CONFIG } from './config.token';
import { API_BASIS, API_VERSIE, maakOpenApiDocument } from './openapi';
import type { NextFunction, Request, Response } from 'express';

export interface HttpOpties {
  /** Which proxies may tell the client's address (X-Forwarded-For) and protocol: a hop count or addresses. */
  trustProxy?: TrustProxy;
  /** Strict-Transport-Security max-age in seconds; 0 sends none (the TLS proxy may send it instead). */
  hstsMaxAge?: number;
  /** Without nestjs-pino (writing the OpenAPI document in preview mode, where no provider exists). */
  zonderLogger?: boolean;
}

/**
 * `/api/v1` is the canonical base (NL API Design Rules); `/api/...` stays an alias for all of v1, so integrators of
 * 1.0 keep working. The old document address `/api/docs-json` points to the new one.
 */
function aliasVoorV1(request: Request, _response: Response, next: NextFunction): void {
  const url = request.url;
  if (url === '/api/docs-json' || url.startsWith('/api/docs-json?')) request.url = `${API_BASIS}/openapi.json`;
  else if (url.startsWith('/api/') && !url.startsWith(`${API_BASIS}/`) && url !== API_BASIS)
    request.url = `${API_BASIS}${url.slice(4)}`;
  else if (url === '/api' || url.startsWith('/api?')) request.url = `${API_BASIS}${url.slice(4)}`;
  next();
}

/** Every answer of the API tells the full version of the contract it follows. */
function apiVersieKop(request: Request, response: Response, next: NextFunction): void {
  if (request.url.startsWith('/api')) response.setHeader('API-Version', API_VERSIE);
  next();
}

/**
 * Everything that makes the HTTP surface what it is — prefix, security headers, validation, error shape, OpenAPI.
 * Shared by main.ts and the integration tests, so tests exercise exactly what runs in production.
 */
export function richtAppIn(app: INestApplication, opties: HttpOpties = {}): void {
  const express = app as NestExpressApplication;
  if (!opties.zonderLogger) app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_BASIS.slice(1));
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
  app.use(aliasVoorV1, apiVersieKop);
  // Registered before ServeStaticModule's handler (it comes in at init): compressed copies of the web app's assets.
  // (Not when only the OpenAPI document is written: preview mode has no providers to ask.)
  const webDist = opties.zonderLogger ? undefined : app.get<AppConfig>(APP_CONFIG).webDist;
  if (heeftWebApp(webDist)) app.use(kiesGecomprimeerd(webDist));
  app.use(cookieParser());
  // Before any controller: JSON only, no control characters, the CSRF header on cookie requests.
  app.use('/api', eisJson, weigerStuurtekens, eisCsrfKop);
  app.useGlobalPipes(maakValidationPipe());
  // Also registered through APP_FILTER; this instance catches what happens outside the module's scope.
  app.useGlobalFilters(new FoutFilter());

  SwaggerModule.setup(`${API_BASIS.slice(1)}/docs`, app, maakOpenApiDocument(app), {
    jsonDocumentUrl: `${API_BASIS.slice(1)}/openapi.json`,
    yamlDocumentUrl: `${API_BASIS.slice(1)}/openapi.yaml`,
    customSiteTitle: 'Klant in Beeld API',
  });
}
