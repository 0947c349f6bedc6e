import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { richtAppIn } from '../../apps/api/src/app.setup';
import type { AppConfig } from '../../apps/api/src/config';
import { TEMPLATE_DATABASE } from './database-namen';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  databaseUrl: string;
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

/**
 * Boots the real AppModule, with the same HTTP setup as production, on a fresh database cloned from the migrated
 * template. One per test file (beforeAll); `sluit()` in afterAll drops the database again. `config` adds settings
 * beyond the defaults (background work is off unless asked for).
 */
export async function startTestApp(config: Partial<AppConfig> = {}): Promise<TestApp> {
  if (!process.env.KIB_TEST_SERVER_URL) throw new Error('Geen testdatabase: draai integratietests via jest (globalSetup).');
  const naam = `kib_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await beheer((client) => client.query(`CREATE DATABASE ${naam} TEMPLATE ${TEMPLATE_DATABASE}`));
  const url = new URL(process.env.KIB_TEST_SERVER_URL);
  url.pathname = `/${naam}`;
  const databaseUrl = url.toString();

  const module = await Test.createTestingModule({
    imports: [AppModule.metConfig({ databaseUrl, jwtGeheim: randomBytes(32).toString('hex'), logLevel: 'silent', databasePoolMax: 5, ...config })],
  }).compile();
  const app = module.createNestApplication({ logger: false });
  richtAppIn(app);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    db: app.get(DataSource),
    databaseUrl,
    http: () => request(server),
    sluit: async () => {
      await app.close();
      await beheer((client) => client.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`));
    },
  };
}
