import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

/**
 * The database's own line of defence behind the application's WHERE clauses: the application role owns nothing,
 * may only append to the audit tables, and sees only the rows of the organisatie set for its transaction.
 */
describe('databaserollen en row-level security', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let klantA: string;
  let app: Client;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    klantA = (await maakKlant(t, a)).id;
    await t
      .http()
      .post(`/api/klanten/${klantA}/contactmomenten`)
      .set(bearer(a.klantmanager.token))
      .send(contactInvoer())
      .expect(201);
    await maakKlant(t, b);
    await t.http().get(`/api/klanten/${klantA}`).set(bearer(a.klantmanager.token)).expect(200); // a verwerking row
    // Connected exactly as the application is.
    app = new Client({ connectionString: t.toepassingsUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await t.sluit();
  });

  /** Runs `sql` as the application role, optionally with an organisatie set for that transaction. */
  async function alsToepassing(sql: string, organisatieId?: string, params: unknown[] = []) {
    await app.query('BEGIN');
    try {
      if (organisatieId) await app.query(`SELECT set_config('kib.organisatie', $1, true)`, [organisatieId]);
      return await app.query(sql, params);
    } finally {
      await app.query('ROLLBACK');
    }
  }

  const fout = (sql: string, organisatieId?: string) =>
    alsToepassing(sql, organisatieId).then(
      () => 'gelukt',
      (e: Error & { code?: string }) => e.code ?? e.message,
    );

  it('de toepassing is geen superuser, omzeilt row-level security niet en bezit geen tabellen', async () => {
    const { rows } = await app.query(
      `SELECT r.rolsuper, r.rolbypassrls, (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS eigen
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, eigen: 0 });
  });

  it('zonder organisatie ziet een query van de toepassing niets, in elke tabel', async () => {
    for (const tabel of [
      'klant',
      'contactmoment',
      'medewerker',
      'team',
      'gemeente',
      'organisatie',
      'verwerking',
      'wijziging',
      'sessie',
      'klant_toewijzing',
    ]) {
      const eigenaar = await t.db.query(`SELECT count(*)::int AS n FROM ${tabel}`);
      expect(eigenaar[0].n).toBeGreaterThan(0);
      const { rows } = await alsToepassing(`SELECT count(*)::int AS n FROM ${tabel}`);
      expect({ tabel, n: rows[0].n }).toEqual({ tabel, n: 0 });
    }
  });

  it('met organisatie A ziet de toepassing alleen rijen van A, ook zonder WHERE', async () => {
    const { rows } = await alsToepassing(`SELECT DISTINCT organisatie_id FROM klant`, a.organisatie.id);
    expect(rows).toEqual([{ organisatie_id: a.organisatie.id }]);
    const medewerkers = await alsToepassing(`SELECT count(*)::int AS n FROM medewerker`, a.organisatie.id);
    expect(medewerkers.rows[0].n).toBe(6);
  });

  it('schrijft nooit een rij van een andere organisatie dan de ingestelde, en raakt die van een andere niet', async () => {
    const insert = await fout(
      `INSERT INTO team (organisatie_id, naam) VALUES ('${b.organisatie.id}', 'Binnengesmokkeld')`,
      a.organisatie.id,
    );
    expect(insert).toBe('42501'); // new row violates row-level security policy
    const { rowCount } = await alsToepassing(
      `UPDATE klant SET voornamen = 'Overschreven' WHERE organisatie_id = $1`,
      a.organisatie.id,
      [b.organisatie.id],
    );
    expect(rowCount).toBe(0);
  });

  it('de toepassing kan geen schema wijzigen, geen triggers uitzetten en niets wissen uit de logboeken', async () => {
    const org = a.organisatie.id;
    expect(await fout(`ALTER TABLE verwerking DISABLE TRIGGER verwerking_alleen_toevoegen`, org)).toBe('42501');
    expect(await fout(`ALTER TABLE klant ADD COLUMN geheim text`, org)).toBe('42501');
    expect(await fout(`ALTER TABLE klant DISABLE ROW LEVEL SECURITY`, org)).toBe('42501');
    expect(await fout(`DROP TABLE wijziging`, org)).toBe('42501');
    expect(await fout(`CREATE TABLE public.eigen (id int)`, org)).toBe('42501');
    expect(await fout(`UPDATE verwerking SET handeling = 'niets'`, org)).toBe('42501');
    expect(await fout(`DELETE FROM verwerking`, org)).toBe('42501');
    expect(await fout(`DELETE FROM wijziging`, org)).toBe('42501');
    expect(await fout(`TRUNCATE wijziging`, org)).toBe('42501');
    expect(await fout(`UPDATE doorbreking SET reden = 'anders dan het was'`, org)).toBe('42501');
    expect(await fout(`SELECT * FROM migraties`, org)).toBe('42501');
    // Appending to the logs is what it may do.
    expect(
      await fout(
        `INSERT INTO verwerking (organisatie_id, trace_id, verwerkingsactiviteit, handeling, medewerker_id) VALUES ('${org}', 't', 'test', 'test', '${a.klantmanager.id}')`,
        org,
      ),
    ).toBe('gelukt');
  });

  it('elke tabel met organisatie_id heeft row-level security met de organisatiegrens voor kib_app', async () => {
    const tabellen: { tabel: string; rls: boolean; beleid: boolean }[] = await t.db.query(`
      SELECT c.relname AS tabel, c.relrowsecurity AS rls,
             EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'organisatie_grens' AND 'kib_app' = ANY (p.roles)) AS beleid
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisatie_id' AND NOT a.attisdropped) OR c.relname = 'organisatie')
       ORDER BY 1`);
    expect(tabellen.length).toBeGreaterThanOrEqual(19);
    expect(tabellen.filter((r) => !r.rls || !r.beleid)).toEqual([]);
  });
});
