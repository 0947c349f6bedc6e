import { maandeinde, maandeindeVoor, plusDagen, plusMaanden, vandaag } from '@klant-in-beeld/domain';
import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakMedewerker, maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

/**
 * GET /rapportages/leefgebieden and /leefgebieden/beweging (+ exports) on a small dataset worked out by hand.
 * P is the last month end (beleid may ask it), V six month ends earlier.
 *
 * Organisatie A, gemeente G1: team T1 (KM1), team T2 (KM2).
 * K1–K8 KM1: a gesprek before V (financiën 2, sociaal wijkteam) and one between V and P (financiën 4 for K1–K6,
 *            still 2 for K7–K8; intensief naar werk); plans for K1–K6, with the evaluatiedatum past for K1–K2
 * K9–K10 KM2: one gesprek after V (financiën 1, één leefgebied)
 * K11 KM1: no gesprek
 * Organisatie B: one client with a gesprek (financiën 5).
 */
describe('rapportages: leefgebieden, paden, plannen en beweging', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let km2: string;
  let t2: string;
  const P = maandeindeVoor(vandaag());
  const V = maandeinde(plusMaanden(P, -6));
  const nl = (datum: string, tijd = '10:00') => `${datum} ${tijd} Europe/Amsterdam`;

  async function klant(org: TestOmgeving, km: string | null): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                          dienstverleningscategorie, klantmanager_id, status, aangemaakt_op)
       VALUES ($1, $2, 'Test', 'Klant', '1985-03-03', $3, 'brede_doelgroep', '2024-01-01', 'job_ready', $4, 'actief', '2024-01-01 09:00 Europe/Amsterdam')
       RETURNING id`,
      [org.organisatie.id, nieuwBsn(), org.organisatie.gemeenteId, km],
    );
    return id;
  }

  /** A gesprek with the contactmoment it also is, as POST /klanten/{id}/gesprekken stores it. */
  async function gesprek(org: TestOmgeving, klantId: string, datum: string, financien: number, pad: string) {
    const organisatieId = org.organisatie.id;
    const [{ id: contactId }] = await t.db.query(
      `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
       VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', 'gesproken', 'Klant-in-beeld-gesprek') RETURNING id`,
      [organisatieId, klantId, org.klantmanager.id, nl(datum)],
    );
    const [{ id }] = await t.db.query(
      `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                            berekend_pad, advies_categorie, dienstverleningspad)
       SELECT $1, $2, $3, $4, i.id, $5, 'job_ready', $6, 'job_ready', $6 FROM leefgebieden_instrument i
        WHERE i.organisatie_id = $1 AND i.versie = 1 RETURNING id`,
      [organisatieId, klantId, org.klantmanager.id, contactId, nl(datum), pad],
    );
    await t.db.query(
      `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau) VALUES ($1, $2, 'financien', $3)`,
      [id, organisatieId, financien],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    [{ id: t2 }] = await t.db.query(`INSERT INTO team (organisatie_id, naam) VALUES ($1, 'T2') RETURNING id`, [
      a.organisatie.id,
    ]);
    km2 = (await maakMedewerker(t.db, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId: t2 })).id;
    for (let i = 1; i <= 8; i++) {
      const id = await klant(a, a.klantmanager.id);
      await gesprek(a, id, plusDagen(V, -20), 2, 'sociaal_wijkteam');
      await gesprek(a, id, plusDagen(V, 30), i <= 6 ? 4 : 2, 'intensief_naar_werk');
      if (i <= 6) {
        await t.db.query(
          `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op) VALUES ($1, $2, $3, $4, $5)`,
          [a.organisatie.id, id, a.klantmanager.id, i <= 2 ? plusDagen(P, -5) : plusDagen(P, 30), nl(plusDagen(V, 31))],
        );
      }
    }
    for (let i = 0; i < 2; i++) await gesprek(a, await klant(a, km2), plusDagen(V, 40), 1, 'een_leefgebied');
    await klant(a, a.klantmanager.id);
    await gesprek(b, await klant(b, b.klantmanager.id), plusDagen(V, 10), 5, 'een_leefgebied');
  }, 60_000);
  afterAll(() => t.sluit());

  const vraag = (pad: string, query: Record<string, string>, token = a.teamleider.token) =>
    t.http().get(`/api/rapportages/${pad}`).query(query).set(bearer(token));
  const binair = (res: unknown, klaar: (fout: Error | null, body: Buffer) => void) => {
    const stroom = res as NodeJS.ReadableStream;
    const delen: Buffer[] = [];
    stroom.on('data', (deel: Buffer) => delen.push(deel));
    stroom.on('end', () => klaar(null, Buffer.concat(delen)));
  };
  const financien = (body: { domeinen: Record<string, unknown>[] }) =>
    body.domeinen.find((d) => d.code === 'financien');

  it('niveaus per leefgebied uit het laatste gesprek, klanten per pad en de aandelen met een plan', async () => {
    const antwoord = await vraag('leefgebieden', { peildatum: P });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toMatchObject({ peildatum: P, caseload: 11, metGesprek: 10, onderdrukt: false });
    expect(antwoord.body.niveaus).toHaveLength(5);
    expect(antwoord.body.domeinen).toHaveLength(13);
    expect(financien(antwoord.body)).toEqual({
      code: 'financien',
      naam: 'Financiën',
      bekend: true,
      totaal: 10,
      aantallen: { '1': 2, '2': 2, '3': 0, '4': 6, '5': 0 },
    });
    expect(antwoord.body.paden.map((p: { aantal: number }) => p.aantal)).toEqual([8, 2, 0, 0]);
    expect(antwoord.body.metPlan).toBe(0.5455);
    expect(antwoord.body.evaluatieVerlopen).toBe(0.1818);
    // On V only the first gesprekken count, and no plan existed yet.
    const opV = await vraag('leefgebieden', { peildatum: V });
    expect(financien(opV.body)!.aantallen).toEqual({ '1': 0, '2': 8, '3': 0, '4': 0, '5': 0 });
    expect(opV.body.paden.map((p: { aantal: number }) => p.aantal)).toEqual([0, 0, 0, 8]);
    expect(opV.body.metPlan).toBe(0);
  });

  it('beweging per leefgebied: alleen klanten met een niveau op van en een later gesprek', async () => {
    const antwoord = await vraag('leefgebieden/beweging', { van: V, tot: P });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toMatchObject({ van: V, tot: P, onderdrukt: false });
    expect(financien(antwoord.body)).toEqual({
      code: 'financien',
      naam: 'Financiën',
      bekend: true,
      omhoog: 6,
      gelijk: 2,
      omlaag: 0,
    });
    expect(antwoord.body.domeinen.find((d: { code: string }) => d.code === 'justitie')).toMatchObject({
      omhoog: 0,
      gelijk: 0,
      omlaag: 0,
    });
  });

  it('teamfilter: alleen de klanten van de klantmanagers van dat team', async () => {
    const antwoord = await vraag('leefgebieden', { peildatum: P, teamId: t2 });
    expect(antwoord.body).toMatchObject({ caseload: 2, metGesprek: 2, metPlan: 0 });
    expect(financien(antwoord.body)!.aantallen).toEqual({ '1': 2, '2': 0, '3': 0, '4': 0, '5': 0 });
    const beweging = await vraag('leefgebieden/beweging', { van: V, tot: P, teamId: t2 });
    expect(financien(beweging.body)).toMatchObject({ omhoog: 0, gelijk: 0, omlaag: 0 });
    const eigen = await vraag('leefgebieden', { peildatum: P, teamId: a.organisatie.teamId });
    expect(eigen.body).toMatchObject({ caseload: 9, metGesprek: 8 });
  });

  it('organisatie B ziet alleen haar eigen klant, en een gemeente of team van A is geen filter voor B', async () => {
    const antwoord = await vraag('leefgebieden', { peildatum: P }, b.teamleider.token);
    expect(antwoord.body).toMatchObject({ caseload: 1, metGesprek: 1 });
    expect(financien(antwoord.body)!.aantallen).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 });
    const filter = await vraag('leefgebieden', { peildatum: P, teamId: t2 }, b.teamleider.token);
    expect(filter.status).toBe(400);
    expect(filter.body.fouten.map((f: { veld: string }) => f.veld)).toEqual(['teamId']);
    const beweging = await vraag('leefgebieden/beweging', { van: V, tot: P }, b.beheerder.token);
    expect(beweging.status).toBe(200);
    expect(financien(beweging.body)).toMatchObject({ omhoog: 0, gelijk: 0, omlaag: 0 });
  });

  it('rollen: beleid, teamleider en beheerder; een klantmanager krijgt 403', async () => {
    for (const pad of ['leefgebieden', 'leefgebieden.csv', 'leefgebieden/beweging', 'leefgebieden/beweging.xlsx']) {
      const km = await vraag(pad, {}, a.klantmanager.token);
      expect({ pad, status: km.status }).toEqual({ pad, status: 403 });
      const beheerder = await vraag(pad, {}, a.beheerder.token);
      expect({ pad, status: beheerder.status }).toEqual({ pad, status: 200 });
    }
  });

  it('beleid: aantallen onder de 5 zijn null met onderdrukt, en geen zichtbaar getal is kleiner dan 5', async () => {
    const antwoord = await vraag('leefgebieden', { peildatum: P }, a.beleid.token);
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.onderdrukt).toBe(true);
    const f = financien(antwoord.body)!;
    expect(f.aantallen).toMatchObject({ '1': null, '2': null, '3': null, '4': 6, '5': null });
    expect(antwoord.body.paden.map((p: { aantal: number | null }) => p.aantal)).toEqual([8, null, null, null]);
    // Two clients with a past evaluatiedatum: the share would give them away.
    expect(antwoord.body.evaluatieVerlopen).toBeNull();
    const getallen = [
      antwoord.body.caseload,
      antwoord.body.metGesprek,
      ...antwoord.body.domeinen.flatMap((d: { totaal: number; aantallen: Record<string, number> }) => [
        d.totaal,
        ...Object.values(d.aantallen),
      ]),
      ...antwoord.body.paden.map((p: { aantal: number }) => p.aantal),
    ].filter((n) => n !== null);
    expect(getallen.length).toBeGreaterThan(0);
    expect(getallen.every((n) => n >= 5)).toBe(true);

    const beweging = await vraag('leefgebieden/beweging', { van: V, tot: P }, a.beleid.token);
    expect(beweging.status).toBe(200);
    expect(financien(beweging.body)).toMatchObject({ omhoog: 6, gelijk: null, omlaag: null });
    expect(beweging.body.onderdrukt).toBe(true);
    // Beleid asks month ends only, as for the kerncijfers.
    const geenMaandeinde = await vraag('leefgebieden', { peildatum: plusDagen(P, -1) }, a.beleid.token);
    expect(geenMaandeinde.status).toBe(400);
    expect(geenMaandeinde.body.fouten.map((x: { veld: string }) => x.veld)).toEqual(['peildatum']);
  });

  it('beleid: de caseload zoals de kerncijfers van dezelfde peildatum en filter hem tonen, en wat hij dan verraadt is verborgen', async () => {
    // Six clients, each with a gesprek and no plan: alone the leefgebieden answer hid the caseload (the lighter of
    // the two 6s) and showed the 6 with a gesprek; the kerncijfers show the caseload, so 6 − 6 gave the 0 without.
    const c = await maakOmgeving(t);
    for (let i = 0; i < 6; i++)
      await gesprek(c, await klant(c, c.klantmanager.id), plusDagen(P, -20), 3, 'intensief_naar_werk');
    const filters: Record<string, string>[] = [
      {},
      { teamId: c.organisatie.teamId },
      { gemeenteId: c.organisatie.gemeenteId },
    ];
    for (const filter of filters) {
      const kerncijfers = await vraag('kerncijfers', { peildatum: P, ...filter }, c.beleid.token);
      expect(kerncijfers.status).toBe(200);
      expect(kerncijfers.body.caseload).toBe(6);
      const antwoord = await vraag('leefgebieden', { peildatum: P, ...filter }, c.beleid.token);
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({ caseload: 6, metGesprek: null, metPlan: null, onderdrukt: true });
      expect(financien(antwoord.body)).toMatchObject({ totaal: null, aantallen: { '3': null } });
      expect(antwoord.body.paden.map((p: { aantal: number | null }) => p.aantal)).toEqual([null, null, null, null]);
      const csv = await vraag('leefgebieden.csv', { peildatum: P, ...filter }, c.beleid.token);
      expect(csv.text).toContain('\r\nDienstverleningspaden;Intensief naar werk;onderdrukt\r\n');
    }
    // The other roles still get every figure.
    const waar = await vraag('leefgebieden', { peildatum: P }, c.teamleider.token);
    expect(waar.body).toMatchObject({ caseload: 6, metGesprek: 6, metPlan: 0, onderdrukt: false });
    expect(financien(waar.body)).toMatchObject({ totaal: 6, aantallen: { '3': 6 } });
  });

  it('foute invoer: van na tot, een ongeldige datum en een peildatum in de toekomst geven 400 met het veld', async () => {
    const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld);
    const omgedraaid = await vraag('leefgebieden/beweging', { van: P, tot: V });
    expect(omgedraaid.status).toBe(400);
    expect(velden(omgedraaid.body)).toEqual(['van']);
    const ongeldig = await vraag('leefgebieden', { peildatum: '2026-02-30' });
    expect(ongeldig.status).toBe(400);
    expect(velden(ongeldig.body)).toEqual(['peildatum']);
    const tekst = await vraag('leefgebieden/beweging.csv', { van: 'gisteren', tot: P });
    expect(tekst.status).toBe(400);
    expect(velden(tekst.body)).toEqual(['van']);
    const toekomst = await vraag('leefgebieden', { peildatum: plusDagen(vandaag(), 2) });
    expect(toekomst.status).toBe(400);
    expect(velden(toekomst.body)).toEqual(['peildatum']);
    const geenUuid = await vraag('leefgebieden', { peildatum: P, gemeenteId: 'G1' });
    expect(geenUuid.status).toBe(400);
    expect(velden(geenUuid.body)).toEqual(['gemeenteId']);
  });

  it('exports: CSV en Excel met dezelfde cijfers, voor beleid onderdrukt', async () => {
    const csv = await vraag('leefgebieden.csv', { peildatum: P });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain(`leefgebieden-${P}.csv`);
    expect(csv.text).toContain('\r\nNiveaus per leefgebied;Financiën;2;2;0;6;0;10\r\n');
    expect(csv.text).toContain('\r\nDienstverleningspaden;Intensief naar werk;8\r\n');
    expect(csv.text).toContain('\r\nLeefgebieden en plannen;Met plan van aanpak (%);54,6\r\n');
    const xlsx = await vraag('leefgebieden.xlsx', { peildatum: P }).buffer(true).parse(binair);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const werkboek = new ExcelJS.Workbook();
    await werkboek.xlsx.load(xlsx.body);
    expect(werkboek.worksheets.map((w) => w.name)).toEqual([
      'Leefgebieden en plannen',
      'Niveaus per leefgebied',
      'Dienstverleningspaden',
    ]);
    const niveaus = werkboek.getWorksheet('Niveaus per leefgebied')!;
    expect((niveaus.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Leefgebied',
      '1. Acute problematiek',
      '2. Niet zelfredzaam',
      '3. Beperkt zelfredzaam',
      '4. Voldoende zelfredzaam',
      '5. Volledig zelfredzaam',
      'Totaal',
    ]);
    expect((niveaus.getRow(2).values as unknown[]).slice(1)).toEqual(['Financiën', 2, 2, 0, 6, 0, 10]);
    const beweging = await vraag('leefgebieden/beweging.csv', { van: V, tot: P });
    expect(beweging.headers['content-type']).toMatch(/^text\/csv/);
    expect(beweging.text).toContain('\r\nBeweging per leefgebied;Financiën;6;2;0\r\n');
    const beleid = await vraag('leefgebieden/beweging.csv', { van: V, tot: P }, a.beleid.token);
    expect(beleid.text).toContain('\r\nBeweging per leefgebied;Financiën;6;onderdrukt;onderdrukt\r\n');
    const bewegingXlsx = await vraag('leefgebieden/beweging.xlsx', { van: V, tot: P }, a.beleid.token)
      .buffer(true)
      .parse(binair);
    expect(bewegingXlsx.headers['content-type']).toContain('spreadsheetml');
    const bewegingBoek = new ExcelJS.Workbook();
    await bewegingBoek.xlsx.load(bewegingXlsx.body);
    const blad = bewegingBoek.getWorksheet('Beweging per leefgebied')!;
    expect((blad.getRow(4).values as unknown[]).slice(1)).toEqual(['Financiën', 6, 'onderdrukt', 'onderdrukt']);
  });

  it('elke opvraging staat in het verwerkingslog als rapportage', async () => {
    await vraag('leefgebieden', { peildatum: P });
    await vraag('leefgebieden/beweging', { van: V, tot: P });
    const rijen: { handeling: string }[] = await t.db.query(
      `SELECT handeling FROM verwerking WHERE medewerker_id = $1 AND handeling LIKE 'rapportage.leefgebieden%'`,
      [a.teamleider.id],
    );
    expect(new Set(rijen.map((r) => r.handeling))).toEqual(
      new Set(['rapportage.leefgebieden', 'rapportage.leefgebieden-beweging']),
    );
  });
});
