import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migratieOptions } from './data-source';
import { DatabaseStartFout } from './embedded-postgres';

function beschrijf(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** Connects once with a short timeout, so a wrong DATABASE_URL gives one clear sentence instead of retries. */
export async function controleerVerbinding(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (fout) {
    const reden = fout instanceof Error ? fout.message : String(fout);
    throw new DatabaseStartFout(`De database op ${beschrijf(url)} is niet bereikbaar: ${reden}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `werk` with a DataSource that is closed afterwards. */
export async function metDataSource<T>(
  url: string,
  werk: (db: DataSource) => Promise<T>,
  alleenMigraties = false,
): Promise<T> {
  const db = new DataSource(alleenMigraties ? migratieOptions(url) : { ...dataSourceOptions(url, 2), logging: false });
  await db.initialize();
  try {
    return await werk(db);
  } finally {
    await db.destroy();
  }
}

/** Applies pending migrations, each in its own transaction; returns the names of those applied. */
export function migreer(url: string): Promise<string[]> {
  return metDataSource(url, async (db) => (await db.runMigrations({ transaction: 'each' })).map((m) => m.name), true);
}

/** Reverts the most recent migration; returns its name, or undefined when there was none. */
export function draaiTerug(url: string): Promise<string | undefined> {
  return metDataSource(
    url,
    async (db) => {
      const uitgevoerd: { name: string }[] = await db.query(`SELECT name FROM migraties ORDER BY id DESC LIMIT 1`);
      if (uitgevoerd.length === 0) return undefined;
      await db.undoLastMigration({ transaction: 'each' });
      return uitgevoerd[0].name;
    },
    true,
  );
}
