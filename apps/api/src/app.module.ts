import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AfsprakenModule } from './afspraken/afspraken.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { FoutFilter } from './common/fout.filter';
import { RollenGuard } from './common/toegang';
import type { AppConfig } from './config';
import { APP_CONFIG } from './config.token';
import { dataSourceOptions } from './database/data-source';
import { ContactmomentenModule } from './contactmomenten/contactmomenten.module';
import { HealthModule } from './health/health.module';
import { InstellingenModule } from './instellingen/instellingen.module';
import { KlantenModule } from './klanten/klanten.module';
import { LadderModule } from './ladder/ladder.module';
import { OrganisatiesModule } from './organisaties/organisaties.module';
import { RapportagesModule } from './rapportages/rapportages.module';
import { VrijstellingenModule } from './vrijstellingen/vrijstellingen.module';
import { WerkvoorraadModule } from './werkvoorraad/werkvoorraad.module';

/** Request ids: taken from a proxy's X-Request-Id when present, so a request can be followed across systems. */
function requestId(request: IncomingMessage): string {
  const kop = request.headers['x-request-id'];
  return typeof kop === 'string' && /^[\w-]{8,64}$/.test(kop) ? kop : randomUUID();
}

@Module({})
export class AppModule {
  static metConfig(config: AppConfig): DynamicModule {
    const webApp =
      config.webDist && existsSync(join(config.webDist, 'index.html'))
        ? [ServeStaticModule.forRoot({ rootPath: config.webDist, exclude: ['/api/{*pad}'] })]
        : [];
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
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req) => req.url === '/api/health' },
            customSuccessMessage: (req, res) => `${req.method} ${String(req.url).split('?')[0]} ${res.statusCode}`,
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.databasePoolMax)),
        ...webApp,
        AuditModule,
        AuthModule,
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
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RollenGuard },
        { provide: APP_FILTER, useClass: FoutFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
