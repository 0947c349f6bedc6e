import { Client } from 'pg';
import { TEMPLATE_DATABASE } from './database-namen';

export default async function globalTeardown(): Promise<void> {
  if (globalThis.__KIB_TEST_POSTGRES__) {
    await globalThis.__KIB_TEST_POSTGRES__.stop();
    return;
  }
  // An external TEST_DATABASE_URL server: leave it as we found it.
  const client = new Client({ connectionString: process.env.KIB_TEST_SERVER_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await client.end();
}
