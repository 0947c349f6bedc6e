import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { AfsprakenModule } from './afspraken/afspraken.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BewaartermijnModule } from './bewaartermijn/bewaartermijn.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { FoutFilter } from './common/fout.filter';
import { RollenGuard } from './common/toegang';
import type { AppConfig } from './config';
import { APP_CONFIG } from './config.token';
import { dataSourceOptions } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { OrganisatieInterceptor } from './database/organisatie.interceptor';
import { ToegangModule } from './toegang/toegang.module';
import { UUID_PATROON } from './common/validatie';
import { heeftWebApp, webAppStatisch } from './common/webapp-statisch';
import { ContactmomentenModule } from './contactmomenten/contactmomenten.module';
import { GesprekkenModule } from './gesprekken/gesprekken.module';
import { CampagnesModule } from './campagnes/campagnes.module';
import { HealthModule } from './health/health.module';
import { ImportenModule } from './importen/importen.module';
import { InstellingenModule } from './instellingen/instellingen.module';
import { KlantenModule } from './klanten/klanten.module';
import { LadderModule } from './ladder/ladder.module';
import { OidcModule } from './oidc/oidc.module';
import { OrganisatiesModule } from './organisaties/organisaties.module';
import { OverdrachtModule } from './overdracht/overdracht.module';
import { RapportagesModule } from './rapportages/rapportages.module';
import { VrijstellingenModule } from './vrijstellingen/vrijstellingen.module';
import { WerkvoorraadModule } from './werkvoorraad/werkvoorraad.module';

/**
 * Request ids (the trace id of the access log): a proxy's X-Request-Id is kept when it is a UUID, so a request can be
 * followed across systems; anything else a client sends is replaced by a fresh one.
 */
function requestId(request: IncomingMessage): string {
  const kop = request.headers['x-request-id'];
  return typeof kop === 'string' && UUID_PATROON.test(kop) ? kop.toLowerCase() : randomUUID();
}

const MINUUT = 60_000;
const medewerkerOfAdres = (req: unknown) =>
  String((req as Request & { user?: { medewerkerId?: string } }).user?.medewerkerId ?? (req as Request).ip);

@Module({})
export class AppModule {
  static metConfig(config: AppConfig): DynamicModule {
    const webApp = heeftWebApp(config.webDist) ? [ServeStaticModule.forRoot(webAppStatisch(config.webDist))] : [];
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            // No personal data in logs: no bodies, no query strings (they carry search terms), no credentials.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req) => req.url === '/api/v1/health' || req.url === '/api/health' },
            customSuccessMessage: (req, res) => `${req.method} ${String(req.url).split('?')[0]} ${res.statusCode}`,
          },
        }),
        // Entities come from each module's TypeOrmModule.forFeature.
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, config.databasePoolMax),
          autoLoadEntities: true,
        }),
        DatabaseModule,
        ToegangModule,
        // In memory, per instance: login requests per address (a flood costs no password hashes), the trend per
        // medewerker (each call may compute months of report facts), searches per medewerker. Each endpoint's guard
        // checks only its own limit (common/begrenzing.ts).
        ThrottlerModule.forRoot([
          { name: 'inlogAdres', ttl: MINUUT, limit: 120, getTracker: (req) => String((req as Request).ip) },
          { name: 'trend', ttl: MINUUT, limit: config.trendPerMinuut ?? 20, getTracker: medewerkerOfAdres },
          { name: 'zoeken', ttl: MINUUT, limit: config.zoekenPerMinuut ?? 60, getTracker: medewerkerOfAdres },
        ]),
        ...webApp,
        AuditModule,
        AuthModule,
        OidcModule,
        HealthModule,
        OrganisatiesModule,
        KlantenModule,
        ContactmomentenModule,
        LadderModule,
        AfsprakenModule,
        VrijstellingenModule,
        InstellingenModule,
        WerkvoorraadModule,
        RapportagesModule,
        BewaartermijnModule,
        ImportenModule,
        OverdrachtModule,
        GesprekkenModule,
        CampagnesModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RollenGuard },
        { provide: APP_FILTER, useClass: FoutFilter },
        { provide: APP_INTERCEPTOR, useExisting: OrganisatieInterceptor },
      ],
      exports: [APP_CONFIG],
    };
  }
}
