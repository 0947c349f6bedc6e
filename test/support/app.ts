import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { HttpOpties, richtAppIn } from '../../apps/api/src/app.setup';
import { Geheimen } from '../../apps/api/src/auth/geheimen';
import type { AppConfig } from '../../apps/api/src/config';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { TEMPLATE_DATABASE, TEST_TOEPASSINGSLOGIN, TEST_TOEPASSINGSWACHTWOORD } from './database-namen';

export interface TestApp {
  app: INestApplication;
  /**
   * The database as its owner: for setting up test data and checking what the API wrote, past row-level security.
   * The app itself connects as the application role (`toepassingsUrl`).
   */
  db: DataSource;
  databaseUrl: string;
  toepassingsUrl: string;
  /** Encrypts secrets (TOTP) the way this app reads them, for test medewerkers with a second step. */
  geheimen: Geheimen;
  /** A supertest request against the app (use `.set('Authorization', …)` or `als(token)`). */
  http: () => ReturnType<typeof request>;
  sluit(): Promise<void>;
}

async function beheer<T>(werk: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.KIB_TEST_SERVER_URL });
  await client.connect();
  try {
    return await werk(client);
  } finally {
    await client.end();
  }
}

export interface TestAppOpties extends Partial<AppConfig> {
  http?: HttpOpties;
  /**
   * The owner's URL of a database of a server of the test's own, made ready with maakTestDatabaseKlaar(): used as
   * it is instead of a clone of the template, and left in place by `sluit()` (the test owns that server).
   */
  bestaandeDatabase?: string;
}

/**
 * Boots the real AppModule, with the same HTTP setup as production, on a fresh database cloned from the migrated
 * template. One per test file (beforeAll); `sluit()` in afterAll drops the database again. `config` adds settings
 * beyond the defaults (background work is off unless asked for).
 */
export async function startTestApp(config: TestAppOpties = {}): Promise<TestApp> {
  const { http: httpOpties, bestaandeDatabase, ...appConfig } = config;
  if (!process.env.KIB_TEST_SERVER_URL && !bestaandeDatabase)
    throw new Error('Geen testdatabase: draai integratietests via jest (globalSetup).');
  const naam = `kib_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  let databaseUrl = bestaandeDatabase;
  if (!databaseUrl) {
    await beheer((client) => client.query(`CREATE DATABASE ${naam} TEMPLATE ${TEMPLATE_DATABASE}`));
    const url = new URL(process.env.KIB_TEST_SERVER_URL!);
    url.pathname = `/${naam}`;
    databaseUrl = url.toString();
  }
  const toepassing = new URL(databaseUrl);
  toepassing.username = TEST_TOEPASSINGSLOGIN;
  toepassing.password = TEST_TOEPASSINGSWACHTWOORD;
  const geheimenSleutel = config.geheimenSleutel ?? randomBytes(32).toString('hex');

  const module = await Test.createTestingModule({
    imports: [
      AppModule.metConfig({
        databaseUrl: toepassing.toString(),
        jwtGeheim: randomBytes(32).toString('hex'),
        logLevel: 'silent',
        databasePoolMax: 5,
        ...appConfig,
        geheimenSleutel,
      }),
    ],
  }).compile();
  const app = module.createNestApplication({ logger: false });
  richtAppIn(app, httpOpties);
  await app.init();
  const eigenaar = new DataSource({ ...dataSourceOptions(databaseUrl, 3), logging: false });
  await eigenaar.initialize();
  const server = app.getHttpServer();
  return {
    app,
    db: eigenaar,
    databaseUrl,
    toepassingsUrl: toepassing.toString(),
    geheimen: new Geheimen(geheimenSleutel),
    http: () => request(server),
    sluit: async () => {
      await app.close();
      await eigenaar.destroy().catch(() => undefined);
      if (!bestaandeDatabase) await beheer((client) => client.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`));
    },
  };
}
