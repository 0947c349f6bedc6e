import { plusDagen, plusMaanden, vandaag } from '@klant-in-beeld/domain';
import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

/**
 * GET /campagnes/{id}/effect and /trechter.xlsx on a small built scenario: a campagne started 14 months ago, four
 * deelnemers with a campagne gesprek (13, 13, 8 and 2 months ago) and four without (the reference group).
 */
describe('campagne effect en trechter.xlsx (HTTP)', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let campagneId: string;
  let conceptId: string;
  let instrumentId: string;
  const k: string[] = [];
  const P = vandaag();
  const maanden = (n: number) => plusMaanden(P, n);
  const moment = (datum: string) => `${datum}T10:00:00+01:00`;
  const http = () => t.http();

  const binair = (res: unknown, klaar: (fout: Error | null, body: Buffer) => void) => {
    const stroom = res as NodeJS.ReadableStream;
    const delen: Buffer[] = [];
    stroom.on('data', (deel: Buffer) => delen.push(deel));
    stroom.on('end', () => klaar(null, Buffer.concat(delen)));
  };

  async function gesprek(
    klantId: string,
    datum: string,
    scores: Record<string, number>,
    campagne = false,
    pad = 'een_leefgebied',
  ) {
    const [{ id: contactId }] = await t.db.query(
      `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
       VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', 'gesproken', 'Klant-in-beeld-gesprek') RETURNING id`,
      [a.organisatie.id, klantId, a.klantmanager.id, moment(datum)],
    );
    const [{ id }] = await t.db.query(
      `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                            berekend_pad, advies_categorie, dienstverleningspad, campagne_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'job_ready', $7, 'job_ready', $7, $8) RETURNING id`,
      [
        a.organisatie.id,
        klantId,
        a.klantmanager.id,
        contactId,
        instrumentId,
        moment(datum),
        pad,
        campagne ? campagneId : null,
      ],
    );
    for (const [domein, niveau] of Object.entries(scores))
      await t.db.query(
        `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau) VALUES ($1, $2, $3, $4)`,
        [id, a.organisatie.id, domein, niveau],
      );
  }
  const meting = (klantId: string, datum: string, trede: number) =>
    t.db.query(
      `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op) VALUES ($1, $2, $3, $4, $5)`,
      [a.organisatie.id, klantId, a.klantmanager.id, trede, datum],
    );
  const uitstroom = (klantId: string, datum: string, reden: string) =>
    t.db.query(`UPDATE klant SET status = 'uitgestroomd', uitstroomdatum = $2, uitstroomreden = $3 WHERE id = $1`, [
      klantId,
      datum,
      reden,
    ]);
  const startTrede = (klantId: string, trede: number | null) =>
    t.db.query(`UPDATE campagne_deelnemer SET start_trede = $3 WHERE campagne_id = $1 AND klant_id = $2`, [
      campagneId,
      klantId,
      trede,
    ]);

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    for (let i = 0; i < 8; i++) k.push((await maakKlant(t, a)).id);
    const maak = () =>
      http()
        .post('/api/campagnes')
        .set(bearer(a.teamleider.token))
        .send({
          naam: 'Herscreening 2025',
          criteria: { nietGesprokenMaanden: 12 },
          startdatum: vandaag(),
          einddatum: plusDagen(vandaag(), 30),
        });
    const gemaakt = await maak();
    campagneId = gemaakt.body.id;
    const start = await http()
      .post(`/api/campagnes/${campagneId}/starten`)
      .set(bearer(a.teamleider.token))
      .send({ versie: gemaakt.body.versie });
    expect(start.status).toBe(200);
    expect(start.body.cohortGrootte).toBe(8);
    conceptId = (await maak()).body.id;
    // Backdate the start: the reference group counts from it.
    await t.db.query(`UPDATE campagne SET gestart_op = $2 WHERE id = $1`, [campagneId, moment(maanden(-14))]);
    [{ id: instrumentId }] = await t.db.query(
      `SELECT id FROM leefgebieden_instrument WHERE organisatie_id = $1 ORDER BY versie DESC LIMIT 1`,
      [a.organisatie.id],
    );

    // Cohort group.
    await startTrede(k[0], 2);
    await gesprek(k[0], maanden(-13), { financien: 2, huisvesting: 3 }, true);
    await gesprek(k[0], maanden(-10), { financien: 4, huisvesting: 3 });
    await meting(k[0], maanden(-9), 4);
    await startTrede(k[1], 3);
    await gesprek(k[1], maanden(-13), { financien: 3 }, true);
    await meting(k[1], maanden(-12), 2);
    await uitstroom(k[1], maanden(-8), 'werk');
    await startTrede(k[2], null);
    await gesprek(k[2], maanden(-8), { financien: 1 }, true, 'sociaal_wijkteam');
    await startTrede(k[3], 4);
    await gesprek(k[3], maanden(-2), { financien: 1 }, true, 'sociaal_wijkteam');
    // Reference group (no campagne gesprek), from the start 14 months ago.
    await startTrede(k[4], 1);
    await meting(k[4], maanden(-13), 1);
    await gesprek(k[4], maanden(-15), { financien: 1 });
    await gesprek(k[4], maanden(-11), { financien: 2 });
    await startTrede(k[5], 4);
    await meting(k[5], maanden(-20), 4);
    await meting(k[5], maanden(-5), 5);
    await startTrede(k[6], null);
    await uitstroom(k[6], maanden(-4), 'verhuizing');
    await startTrede(k[7], 2);
  }, 120_000);
  afterAll(() => t.sluit());

  const effect = (id: string, token = a.teamleider.token) =>
    http().get(`/api/campagnes/${id}/effect`).set(bearer(token));
  const xlsx = (id: string, token = a.teamleider.token) =>
    http().get(`/api/campagnes/${id}/trechter.xlsx`).set(bearer(token)).buffer(true).parse(binair);

  const nullen = (extra: Record<string, number> = {}) => ({
    werk: 0,
    werk_met_loonkostensubsidie: 0,
    eigen_onderneming: 0,
    opleiding: 0,
    andere_uitkering: 0,
    inkomen_partner: 0,
    verhuizing: 0,
    detentie: 0,
    overlijden: 0,
    overig: 0,
    ...extra,
  });
  const leefgebied = (body: { leefgebieden: { code: string }[] }, code: string) =>
    body.leefgebieden.find((l) => l.code === code);

  it('teamleider: exacte cijfers per horizon, voor het cohort en de referentiegroep', async () => {
    const r = await effect(campagneId);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ campagneId, peildatum: P, gestartOp: maanden(-14), cohort: 8, onderdrukt: false });
    const [zes, twaalf] = r.body.horizonten;
    expect(zes.maanden).toBe(6);
    expect(zes.cohort).toMatchObject({
      deelnemers: 4,
      telt: 3,
      ladder: { omhoog: 1, gelijk: 0, omlaag: 1, onbekend: 1 },
      uitgestroomd: 1,
      uitstroom: nullen({ werk: 1 }),
      leefgebiedenGemeten: 1,
    });
    expect(zes.cohort.uitstroomAandeel).toBeCloseTo(1 / 3);
    expect(leefgebied(zes.cohort, 'financien')).toMatchObject({ omhoog: 1, gelijk: 0, omlaag: 0, bekend: true });
    expect(leefgebied(zes.cohort, 'huisvesting')).toMatchObject({ omhoog: 0, gelijk: 1, omlaag: 0 });
    expect(zes.cohort.leefgebieden).toHaveLength(13);
    expect(zes.referentie).toMatchObject({
      deelnemers: 4,
      telt: 4,
      ladder: { omhoog: 0, gelijk: 2, omlaag: 0, onbekend: 2 },
      uitgestroomd: 0,
      uitstroomAandeel: 0,
      leefgebiedenGemeten: 1,
    });
    expect(leefgebied(zes.referentie, 'financien')).toMatchObject({ omhoog: 1, gelijk: 0, omlaag: 0 });

    expect(twaalf.maanden).toBe(12);
    expect(twaalf.cohort).toMatchObject({
      deelnemers: 4,
      telt: 2,
      ladder: { omhoog: 1, gelijk: 0, omlaag: 1, onbekend: 0 },
      uitgestroomd: 1,
      uitstroomAandeel: 0.5,
      leefgebiedenGemeten: 1,
    });
    expect(twaalf.referentie).toMatchObject({
      telt: 4,
      ladder: { omhoog: 1, gelijk: 1, omlaag: 0, onbekend: 2 },
      uitgestroomd: 1,
      uitstroom: nullen({ verhuizing: 1 }),
      uitstroomAandeel: 0.25,
    });
  });

  it('rollen: klantmanager en extern 403; andere organisatie 404; concept 422', async () => {
    for (const token of [a.klantmanager.token, a.extern.token, a.beheerder.token]) {
      expect((await effect(campagneId, token)).status).toBe(403);
      expect((await xlsx(campagneId, token)).status).toBe(403);
    }
    const km = await effect(campagneId, a.klantmanager.token);
    expect(km.body.message).toContain('geen toegang');
    expect((await effect(campagneId, b.teamleider.token)).status).toBe(404);
    expect((await xlsx(campagneId, b.beleid.token)).status).toBe(404);
    expect((await effect('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const concept = await effect(conceptId);
    expect(concept.status).toBe(422);
    expect(concept.body.code).toBe('CAMPAGNE_CONCEPT');
    expect((await xlsx(conceptId)).status).toBe(422);
  });

  it('beleid: aantallen onder de 5 onderdrukt, het cohort zoals de campagnedetail het toont', async () => {
    const detail = await http().get(`/api/campagnes/${campagneId}`).set(bearer(a.beleid.token));
    expect(detail.body.cohortGrootte).toBe(8);
    expect(detail.body.trechter.gesprekGevoerd).toBeNull();
    const r = await effect(campagneId, a.beleid.token);
    expect(r.status).toBe(200);
    expect(r.body.onderdrukt).toBe(true);
    expect(r.body.cohort).toBe(8);
    const getallen: number[] = [];
    const verzamel = (v: unknown): void => {
      if (typeof v === 'number') getallen.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(verzamel);
    };
    const [zes] = r.body.horizonten;
    expect(zes.cohort.deelnemers).toBeNull();
    expect(zes.cohort.telt).toBeNull();
    expect(zes.cohort.ladder).toEqual({ omhoog: null, gelijk: null, omlaag: null, onbekend: null });
    expect(zes.cohort.uitstroomAandeel).toBeNull();
    expect(zes.cohort.uitstroom.werk).toBeNull();
    expect(leefgebied(zes.cohort, 'financien')).toMatchObject({ omhoog: null, gelijk: null, omlaag: null });
    for (const h of r.body.horizonten) verzamel([h.cohort, h.referentie].map(({ uitstroomAandeel: _, ...g }) => g));
    expect(getallen.filter((n) => n < 5)).toEqual([]);
  });

  it('trechter.xlsx: trechter, paden, per medewerker en effect; teruggelezen met exceljs', async () => {
    const r = await xlsx(campagneId);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toMatch(/attachment; filename="trechter-Herscreening-2025-.*\.xlsx"/);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(r.body);
    expect(boek.worksheets.map((w) => w.name)).toEqual(['Trechter', 'Paden', 'Per medewerker', 'Effect']);
    const rijen = (blad: string) =>
      boek
        .getWorksheet(blad)!
        .getSheetValues()
        .slice(1)
        .map((rij) => (rij as unknown[]).slice(1));
    const detail = (await http().get(`/api/campagnes/${campagneId}`).set(bearer(a.teamleider.token))).body;
    const trechter = Object.fromEntries(rijen('Trechter').map(([k, v]) => [k, v]));
    expect(trechter).toMatchObject({
      Cohort: detail.trechter.cohort,
      Uitgenodigd: 0,
      'Gesprek gevoerd': 4,
      'Plan gemaakt': 0,
      'Met nabellen: uitnodigingen met een uitkomst': 0,
    });
    expect(trechter.Cohort).toBe(8);
    expect(rijen('Paden')).toEqual([
      ['Dienstverleningspad', 'Gesprekken', 'Aandeel (%)'],
      ['Ondersteuning op één leefgebied', 2, 50],
      ['Sociaal wijkteam', 2, 50],
    ]);
    const medewerkers = rijen('Per medewerker');
    expect(medewerkers[0]).toEqual(['Medewerker', 'Deelnemers', 'Uitgenodigd', 'Gesprek gevoerd', 'Plan gemaakt']);
    expect(medewerkers.slice(1)).toEqual([[expect.any(String), 8, 0, 4, 0]]);
    const eff = rijen('Effect');
    expect(eff[0]).toEqual(['Horizon', 'Kenmerk', 'Met campagnegesprek', 'Zonder campagnegesprek (referentie)']);
    const regel = (horizon: string, kenmerk: string) => eff.find((x) => x[0] === horizon && x[1] === kenmerk)?.slice(2);
    expect(regel('Na 6 maanden', 'Tellen mee (start minstens zo lang geleden)')).toEqual([3, 4]);
    expect(regel('Na 6 maanden', 'Ladder: Hoger op de ladder')).toEqual([1, 0]);
    expect(regel('Na 12 maanden', 'Uitgestroomd (%)')).toEqual([50, 25]);
    expect(regel('Na 12 maanden', 'Uitstroom: Werk (volledig)')).toEqual([1, 0]);
    expect(regel('Na 6 maanden', 'Financiën: hoger')).toEqual([1, 1]);
  });

  it('trechter.xlsx voor beleid: kleine aantallen als "onderdrukt"', async () => {
    const r = await xlsx(campagneId, a.beleid.token);
    expect(r.status).toBe(200);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(r.body);
    const waarden = (blad: string) =>
      boek
        .getWorksheet(blad)!
        .getSheetValues()
        .slice(2)
        .flatMap((rij) => (rij as unknown[]).slice(2));
    const trechter = boek.getWorksheet('Trechter')!;
    expect(trechter.getRow(4).values).toEqual([undefined, 'Cohort', 8]);
    expect(trechter.getRow(9).values).toEqual([undefined, 'Gesprek gevoerd', 'onderdrukt']);
    // No figures per named medewerker for beleid.
    expect(boek.worksheets.map((w) => w.name)).toEqual(['Trechter', 'Paden', 'Effect']);
    for (const blad of ['Trechter', 'Paden', 'Effect']) {
      const getallen = waarden(blad).filter((v): v is number => typeof v === 'number');
      expect({ blad, klein: getallen.filter((n) => n < 5) }).toEqual({ blad, klein: [] });
    }
  });
});
