import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { AppModule } from './app.module';
import { richtAppIn } from './app.setup';
import { ConfigFout, leesStartConfig } from './config';
import { DatabaseStartFout, poortIsVrij } from './database/embedded-postgres';
import { Geheimen } from './auth/geheimen';
import { Database, geheimenSleutel, jwtGeheim, maakDatabaseKlaar, verbindDatabase } from './database/opstarten';
import { startDemoOidc } from './oidc/demo-provider';

/** Startup problems the operator can fix get one clear line, not a stack trace. */
function stopMetMelding(melding: string): never {
  process.stderr.write(`Klant in Beeld kan niet starten: ${melding}\n`);
  process.exit(1);
}

/** Hourly: a month that closed, or that a backdated change reopened, is ready again within the hour. */
const RAPPORT_MAANDEN_INTERVAL_MS = 60 * 60 * 1000;

async function start(): Promise<void> {
  let config;
  try {
    config = leesStartConfig();
  } catch (fout) {
    if (fout instanceof ConfigFout) stopMetMelding(`ongeldige configuratie: ${fout.message}`);
    throw fout;
  }
  const log = pino({ level: config.logLevel });

  if (!(await poortIsVrij(config.port, '0.0.0.0'))) {
    stopMetMelding(
      `poort ${config.port} is al in gebruik. Stop het andere programma of kies een andere poort met PORT.`,
    );
  }

  if (config.demoOidc && !(await poortIsVrij(config.demoOidcPort, '127.0.0.1'))) {
    stopMetMelding(
      `poort ${config.demoOidcPort} voor de demo-inlogdienst (DEMO_OIDC) is al in gebruik. Kies een andere met DEMO_OIDC_PORT.`,
    );
  }

  let database: Database | undefined;
  let sleutels: { jwt: string; geheimen: string };
  let stopDemoOidc: (() => Promise<void>) | undefined;
  try {
    database = await verbindDatabase(config, log);
    const jwt = jwtGeheim(config, database, log);
    sleutels = { jwt, geheimen: geheimenSleutel(config, database, jwt, log) };
    await maakDatabaseKlaar(database, config, log, new Geheimen(sleutels.geheimen));
    if (config.demoOidc)
      stopDemoOidc = await startDemoOidc(config, database.eigenaarUrl, new Geheimen(sleutels.geheimen), log);
  } catch (fout) {
    await stopDemoOidc?.().catch(() => undefined);
    await database?.stop().catch(() => undefined);
    if (fout instanceof DatabaseStartFout) stopMetMelding(fout.message);
    throw fout;
  }

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.metConfig({
      databaseUrl: database.url,
      jwtGeheim: sleutels.jwt,
      geheimenSleutel: sleutels.geheimen,
      sessieInactiefMinuten: config.sessieInactiefMinuten,
      sessieMaxUren: config.sessieMaxUren,
      logLevel: config.logLevel,
      webDist: config.webDist,
      databasePoolMax: config.databasePoolMax,
      rapportMaandenIntervalMs: config.rapportMaandenVoorbereiden ? RAPPORT_MAANDEN_INTERVAL_MS : undefined,
      trendLiveKlantmaanden: config.trendLiveKlantmaanden,
      importMap: join(config.dataDir, 'importen'),
      importMaxMb: config.importMaxMb,
      databaseReplicaUrls: config.databaseReplicaUrls,
      replicaMaxAchterstandS: config.replicaMaxAchterstandS,
      // Hourly: the run itself happens once a night, for the organisaties that switched it on.
      bewaartermijnIntervalMs: 60 * 60 * 1000,
    }),
    { bufferLogs: true },
  );
  richtAppIn(app, { trustProxy: config.trustProxy, hstsMaxAge: config.hstsMaxAge });

  let bezigMetAfsluiten = false;
  const sluitAf = async (signaal: string) => {
    if (bezigMetAfsluiten) return;
    bezigMetAfsluiten = true;
    log.info({ signaal }, 'Afsluiten');
    setTimeout(() => {
      log.error('Afsluiten duurt te lang; geforceerd gestopt');
      process.exit(1);
    }, 15_000).unref();
    await app.close().catch((fout) => log.error({ fout: String(fout) }, 'Fout bij sluiten van de app'));
    await stopDemoOidc?.().catch(() => undefined);
    await database.stop().catch((fout) => log.error({ fout: String(fout) }, 'Fout bij stoppen van de database'));
    log.info('Gestopt');
    process.exit(0);
  };
  for (const signaal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signaal, () => void sluitAf(signaal));

  try {
    await app.listen(config.port);
  } catch (fout) {
    await database.stop().catch(() => undefined);
    if ((fout as NodeJS.ErrnoException).code === 'EADDRINUSE') stopMetMelding(`poort ${config.port} is al in gebruik.`);
    throw fout;
  }
  log.info(
    { url: `http://localhost:${config.port}`, database: database.ingebouwd ? 'ingebouwd' : 'DATABASE_URL' },
    `Klant in Beeld draait op http://localhost:${config.port} (API op /api, documentatie op /api/docs)`,
  );
}

start().catch((fout: unknown) => {
  process.stderr.write(
    `Klant in Beeld kan niet starten: ${fout instanceof Error ? (fout.stack ?? fout.message) : String(fout)}\n`,
  );
  process.exit(1);
});
