import { maandeindeVoor, plusMaanden, vandaag } from '@klant-in-beeld/domain';
import { Client } from 'pg';
import { RapportLezer } from '../../apps/api/src/database/rapport-lezer';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, maakKlant, maakOmgeving, type TestOmgeving } from '../support/factories';
import { debianPostgresBin, startPrimairEnReplica, type PrimairEnReplica } from '../support/replica-servers';
import { maakTestDatabaseKlaar } from '../support/test-database';
import { alleItems } from '../support/werkvoorraad-factories';

/**
 * Reports on a real streaming replica (docs/replica.md): a primary and a hot standby made with initdb,
 * pg_basebackup -R and pg_ctl on loopback ports, the real AppModule on both. Needs Debian's server binaries
 * (`apt-get install postgresql`); without them the test is skipped with a warning, and fails in CI.
 */
const bin = debianPostgresBin();
if (!bin) {
  const melding =
    'Replicatest overgeslagen: geen PostgreSQL-serverprogramma’s (initdb, pg_ctl, pg_basebackup) in /usr/lib/postgresql/*/bin. Installeer ze met: apt-get install -y postgresql';
  if (process.env.CI) throw new Error(`✖ ${melding.replace('overgeslagen', 'kan niet draaien')}`);
  process.stdout.write(`\n⚠ ${melding}\n`);
}

const MAX_ACHTERSTAND_S = 4;
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

(bin ? describe : describe.skip)('rapportages van een streaming replica', () => {
  let servers: PrimairEnReplica;
  let t: TestApp;
  let a: TestOmgeving;
  let lezer: RapportLezer;
  let leesVanaf: jest.SpyInstance;
  let klanten = 0;

  async function opReplica<T>(sql: string): Promise<T> {
    const client = new Client({ connectionString: servers.replicaUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows[0] as T;
    } finally {
      await client.end();
    }
  }

  /** Until the replica has replayed everything the primary has now (after a commit of its own, so there is one). */
  async function wachtTotIngehaald(): Promise<void> {
    await t.db.query('SELECT txid_current()');
    const [{ lsn }] = await t.db.query(`SELECT pg_current_wal_insert_lsn()::text AS lsn`);
    for (const tot = Date.now() + 15_000; Date.now() < tot; await wacht(50)) {
      const { bij } = await opReplica<{ bij: boolean }>(`SELECT pg_last_wal_replay_lsn() >= '${lsn}' AS bij`);
      if (bij) return;
    }
    throw new Error('De replica haalt de primaire database niet in.');
  }

  const health = async () => (await t.http().get('/api/health')).body;
  async function wachtOpReplica(status: string): Promise<void> {
    for (const tot = Date.now() + 20_000; Date.now() < tot; await wacht(100))
      if ((await health()).replica === status) return;
    expect((await health()).replica).toBe(status);
  }

  const kerncijfers = async (query: Record<string, string> = {}) => {
    const antwoord = await t.http().get('/api/rapportages/kerncijfers').query(query).set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(200);
    return antwoord.body;
  };
  const caseload = async () => (await kerncijfers()).caseload as number;
  const nieuweKlant = async (velden: Record<string, string> = {}) => {
    klanten++;
    return maakKlant(t, a, velden);
  };
  /** What the month preparation got from leesVanaf since the last clear: facts computed on the replica, or not. */
  const opReplicaBerekend = async () =>
    (await Promise.all(leesVanaf.mock.results.map((r) => r.value))).map((uitkomst) => uitkomst !== undefined);

  beforeAll(async () => {
    servers = await startPrimairEnReplica(bin!);
    try {
      await maakTestDatabaseKlaar(servers.primairUrl);
      await servers.maakReplica();
      t = await startTestApp({
        bestaandeDatabase: servers.primairUrl,
        // No credentials: the replica is read as the application's own login, like the primary.
        databaseReplicaUrls: [`postgres://127.0.0.1:${servers.replicaPoort}/klant_in_beeld`],
        replicaMaxAchterstandS: MAX_ACHTERSTAND_S,
        replicaControleIntervalMs: 200,
        rapportMaandenIntervalMs: 1000,
      });
      lezer = t.app.get(RapportLezer);
      leesVanaf = jest.spyOn(lezer, 'leesVanaf');
      a = await maakOmgeving(t);
      for (let i = 0; i < 3; i++) await nieuweKlant();
    } catch (fout) {
      await t?.sluit().catch(() => undefined);
      servers.opruimen();
      throw fout;
    }
  }, 120_000);

  afterAll(async () => {
    await t?.sluit().catch(() => undefined);
    servers?.opruimen();
  });

  it('schrijft op de primaire database; na het inhalen tonen de rapportage en de export het', async () => {
    await wachtTotIngehaald();
    expect(await health()).toEqual({ status: 'ok', database: 'ok', replica: 'ok' });
    expect(await caseload()).toBe(klanten);
    await nieuweKlant();
    await wachtTotIngehaald();
    expect(await caseload()).toBe(klanten);
  });

  it('leest de rapportages van de replica, de werkvoorraad en het dossier van de primaire database', async () => {
    const voor = klanten;
    await wachtTotIngehaald();
    await opReplica('SELECT pg_wal_replay_pause()');
    const klant = await nieuweKlant();
    // At once, well within the allowed lag: the replica has not replayed the new client.
    expect(await caseload()).toBe(voor);
    const csv = await t.http().get('/api/rapportages/kerncijfers.csv').set(bearer(a.teamleider.token));
    expect(csv.status).toBe(200);
    expect(csv.text).toMatch(new RegExp(`Caseload \\(klanten\\)\\W+${voor}\\b`));
    const { items } = await alleItems(t, a.klantmanager.token);
    expect(items.map((i) => i.klantId)).toContain(klant.id);
    expect((await t.http().get(`/api/klanten/${klant.id}`).set(bearer(a.klantmanager.token))).status).toBe(200);
    expect((await health()).replica).toBe('ok');
  });

  it(`valt terug op de primaire database als de replica meer dan ${MAX_ACHTERSTAND_S} s achterloopt`, async () => {
    await wachtOpReplica('achter');
    expect(await health()).toEqual({ status: 'ok', database: 'ok', replica: 'achter' });
    expect(await caseload()).toBe(klanten);
    await opReplica('SELECT pg_wal_replay_resume()');
    await wachtOpReplica('ok');
    await wachtTotIngehaald();
    expect(await caseload()).toBe(klanten);
  });

  const vorigeMaand = () => maandeindeVoor(vandaag());
  const eersteVan = (maandeinde: string) => `${maandeinde.slice(0, 7)}-01`;
  async function bewaard(peildatum: string): Promise<boolean> {
    const rijen = await t.db.query(`SELECT 1 FROM rapport_maand WHERE organisatie_id = $1 AND peildatum = $2`, [
      a.organisatie.id,
      peildatum,
    ]);
    return rijen.length > 0;
  }
  async function wachtTotBewaard(peildatum: string): Promise<void> {
    for (const tot = Date.now() + 20_000; Date.now() < tot; await wacht(100)) if (await bewaard(peildatum)) return;
    throw new Error(`Maand ${peildatum} is niet voorbereid.`);
  }
  /** The trend over the last months against the live kerncijfers of each of its month ends. */
  async function trendKloptMetLive(): Promise<void> {
    const trend = await t
      .http()
      .get('/api/rapportages/trend')
      .query({ van: plusMaanden(vandaag(), -3) })
      .set(bearer(a.teamleider.token));
    expect(trend.status).toBe(200);
    await wachtTotIngehaald();
    for (const maand of trend.body.maanden) {
      expect(maand).toEqual(await kerncijfers({ peildatum: maand.peildatum }));
    }
    expect(trend.body.maanden.find((m: { peildatum: string }) => m.peildatum === vorigeMaand()).caseload).toBe(klanten);
  }

  it('bereidt een maand niet voor op een replica die een eerdere wijziging nog niet heeft afgespeeld', async () => {
    await wachtTotBewaard(vorigeMaand());
    await wachtTotIngehaald();
    await opReplica('SELECT pg_wal_replay_pause()');
    leesVanaf.mockClear();
    // Backdated: the last closed month is no longer complete (the trigger removes its mark on the primary).
    await nieuweKlant({ startdatumUitkering: eersteVan(vorigeMaand()) });
    expect(await bewaard(vorigeMaand())).toBe(false);
    try {
      // The background preparation (every second here) keeps the month again while the replica has not replayed
      // the new client: never from that replica. (A trend no longer keeps months: it computes them live.)
      await wachtTotBewaard(vorigeMaand());
      const berekend = await opReplicaBerekend();
      expect(berekend.length).toBeGreaterThan(0);
      expect(berekend).not.toContain(true);
    } finally {
      await opReplica('SELECT pg_wal_replay_resume()');
    }
    await wachtOpReplica('ok');
    await trendKloptMetLive();
  }, 60_000);

  it('berekent de maanden op een bijgewerkte replica en bewaart ze op de primaire database', async () => {
    await wachtTotIngehaald();
    await wachtOpReplica('ok');
    leesVanaf.mockClear();
    const tweeTerug = maandeindeVoor(eersteVan(vorigeMaand()));
    await nieuweKlant({ startdatumUitkering: eersteVan(tweeTerug) });
    await wachtTotBewaard(tweeTerug);
    await wachtTotBewaard(vorigeMaand());
    expect(await opReplicaBerekend()).toContain(true);
    await trendKloptMetLive();
  }, 60_000);

  it('valt terug op de primaire database als de replica onbereikbaar is, ook midden in een rapportage', async () => {
    await wachtTotIngehaald();
    // Sent before the stop, answered (or not) by the replica while it goes down.
    const lopend = Array.from({ length: 8 }, () =>
      t
        .http()
        .get('/api/rapportages/kerncijfers')
        .set(bearer(a.teamleider.token))
        .then((r) => r),
    );
    await Promise.all([servers.stopReplica(), ...lopend]);
    for (const antwoord of await Promise.all(lopend)) {
      expect(antwoord.status).toBe(200);
      expect(antwoord.body.caseload).toBe(klanten);
    }
    await wachtOpReplica('onbereikbaar');
    expect(await health()).toEqual({ status: 'ok', database: 'ok', replica: 'onbereikbaar' });
    await nieuweKlant();
    expect(await caseload()).toBe(klanten);
    await servers.startReplica();
    await wachtOpReplica('ok');
    await wachtTotIngehaald();
    expect(await caseload()).toBe(klanten);
  }, 60_000);
});
