import type { AppConfig } from '../config';
import type { Db } from './db';
import { RapportLezer, replicaVerbinding } from './rapport-lezer';

const config = (extra: Partial<AppConfig> = {}): AppConfig => ({
  databaseUrl: 'postgres://kib_app_login:geheim@primair.example:5432/kib',
  jwtGeheim: 'x'.repeat(32),
  geheimenSleutel: 'y'.repeat(32),
  logLevel: 'silent',
  ...extra,
});

describe('replicaVerbinding', () => {
  it('verbindt zonder eigen gebruiker als de toepassing zelf, en noemt de replica zonder wachtwoord', () => {
    const { url, naam } = replicaVerbinding('postgres://replica1.example/kib', config().databaseUrl);
    expect(new URL(url)).toMatchObject({ username: 'kib_app_login', password: 'geheim', hostname: 'replica1.example' });
    expect(naam).toBe('replica1.example:5432/kib');
  });

  it('houdt een gebruiker die de replica-URL zelf noemt', () => {
    const { url } = replicaVerbinding('postgres://lezer:ander@replica2.example:6432/kib', config().databaseUrl);
    expect(new URL(url)).toMatchObject({ username: 'lezer', password: 'ander', port: '6432' });
  });
});

describe('RapportLezer zonder replica’s', () => {
  it('leest van de primaire database in een alleen-lezen transactie en meldt geen replica', async () => {
    const queries: string[] = [];
    const db = {
      apart: async (_organisatieId: string, werk: (tx: { query: (sql: string) => Promise<unknown> }) => unknown) =>
        werk({ query: async (sql: string) => queries.push(sql) && [{ n: 1 }] }),
    } as unknown as Db;
    const lezer = new RapportLezer(db, config());
    expect(lezer.status()).toBeUndefined();
    expect(lezer.heeftReplicas).toBe(false);
    const uitkomst = await lezer.lees('8a4b0c0e-1111-4222-8333-944455556666', (tx) => tx.query('SELECT 1 AS n'));
    expect(uitkomst).toEqual([{ n: 1 }]);
    expect(queries).toEqual(['SET TRANSACTION READ ONLY', 'SELECT 1 AS n']);
    expect(await lezer.leesVanaf('0/0', '8a4b0c0e-1111-4222-8333-944455556666', async () => 1)).toBeUndefined();
  });
});

describe('RapportLezer met een replica die niet antwoordt', () => {
  it('meldt onbereikbaar na de eerste controle en leest van de primaire database', async () => {
    const db = { apart: async (_o: string, werk: (tx: unknown) => unknown) => werk({ query: async () => 'primair' }) };
    // Port 1 on loopback: refused at once.
    const lezer = new RapportLezer(
      db as unknown as Db,
      config({ databaseReplicaUrls: ['postgres://127.0.0.1:1/kib'], replicaControleIntervalMs: 60_000 }),
    );
    await lezer.onApplicationBootstrap();
    try {
      expect(lezer.heeftReplicas).toBe(true);
      expect(lezer.status()).toBe('onbereikbaar');
      expect(await lezer.lees('8a4b0c0e-1111-4222-8333-944455556666', (tx) => tx.query('SELECT 1'))).toBe('primair');
    } finally {
      await lezer.onModuleDestroy();
    }
  });
});
