import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { TEMPLATE_DATABASE, vrijePoort } from './database-namen';
import { maakTestDatabaseKlaar } from './test-database';

declare global {
  var __KIB_TEST_POSTGRES__: { stop(): Promise<void> } | undefined;
}

/**
 * Once per test run: a real PostgreSQL (embedded, in the OS temp folder, unless TEST_DATABASE_URL points at a
 * server) and a template database with all migrations applied. Each test file clones the template
 * (CREATE DATABASE … TEMPLATE …), so files run isolated and in parallel without migrating again. The app connects
 * with its own login under row-level security, as in production; tests set up and inspect data as the owner.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kib-test-'));
    chmodSync(dataDir, 0o755); // initdb runs as the postgres user when we are root
    const postgres = await startEmbeddedPostgres({ dataDir, port: await vrijePoort(), persistent: false, snel: true });
    globalThis.__KIB_TEST_POSTGRES__ = postgres;
    serverUrl = postgres.url;
  }
  const beheer = new Client({ connectionString: serverUrl });
  await beheer.connect();
  await beheer.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await beheer.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await beheer.end();

  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await maakTestDatabaseKlaar(templateUrl.toString());

  process.env.KIB_TEST_SERVER_URL = serverUrl;
}
