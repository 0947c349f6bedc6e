import {
  dagenTussen,
  leefgebiedenBeweging,
  leefgebiedenRapport,
  plusDagen,
  STANDAARD_PADEN,
  ZRM_DOMEINEN,
  type LeefgebiedenDataset,
  type LeefgebiedenNamen,
} from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakMedewerker, maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

/**
 * The leefgebieden report SQL against the reference in libs/domain (leefgebiedenRapport, leefgebiedenBeweging) over
 * random dossiers with gesprekken, scores and plans: same figures at several peildata and periods, with and without
 * gemeente and team filters. The active instrument (version 2) lacks a domain and a niveau that scores have.
 */
describe('rapportages leefgebieden: SQL = referentie-implementatie voor willekeurige gegevens', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let tweedeGemeente: string;
  let anderTeam: string;
  let instrumentV1: string;
  let klantmanagers: string[];
  const BASIS = '2026-06-30';
  const PEILDATA = ['2025-10-31', '2026-01-31', '2026-03-29', BASIS];
  const PERIODES = [
    ['2025-10-31', BASIS],
    ['2026-01-31', '2026-03-29'],
  ];
  // Scores on the ZRM, on a domain only the active version has, and on one neither has.
  const DOMEINEN = [...ZRM_DOMEINEN.map((d) => d.code), 'taalbeheersing', 'oud_domein'];

  const dag = (verschil: number) => plusDagen(BASIS, verschil);
  // Days around each peildatum: a gesprek late in the evening there lies on the next Dutch day.
  const GRENSDAGEN = PEILDATA.map((p) => dagenTussen(BASIS, p))
    .flatMap((d) => [d - 1, d, d + 1])
    .filter((d) => d <= 0);
  const moment = (datum: string, uur: number, minuut: number, ms = 0) =>
    `${datum}T${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}:00.${String(ms).padStart(3, '0')}+01:00`;

  /** A gesprek with the contactmoment it also is, as POST /klanten/{id}/gesprekken stores it. */
  async function gesprek(
    klantId: string,
    gevoerdOp: string,
    aangemaaktOp: string,
    pad: string,
    scores: { domein: string; niveau: number }[],
  ) {
    const [{ id: contactId }] = await t.db.query(
      `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
       VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', 'gesproken', 'Klant-in-beeld-gesprek') RETURNING id`,
      [a.organisatie.id, klantId, a.klantmanager.id, gevoerdOp],
    );
    const [{ id }] = await t.db.query(
      `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                            berekend_pad, advies_categorie, dienstverleningspad, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, 'job_ready', $7, 'job_ready', $7, $8) RETURNING id`,
      [a.organisatie.id, klantId, a.klantmanager.id, contactId, instrumentV1, gevoerdOp, pad, aangemaaktOp],
    );
    for (const s of scores) {
      await t.db.query(
        `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau) VALUES ($1, $2, $3, $4)`,
        [id, a.organisatie.id, s.domein, s.niveau],
      );
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    [{ id: tweedeGemeente }] = await t.db.query(
      `INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, 'GM0014', 'Tweede') RETURNING id`,
      [a.organisatie.id],
    );
    [{ id: anderTeam }] = await t.db.query(
      `INSERT INTO team (organisatie_id, naam) VALUES ($1, 'Team Zuid') RETURNING id`,
      [a.organisatie.id],
    );
    klantmanagers = [a.klantmanager.id];
    for (const teamId of [anderTeam, anderTeam]) {
      klantmanagers.push(
        (await maakMedewerker(t.db, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId })).id,
      );
    }
    [{ id: instrumentV1 }] = await t.db.query(
      `SELECT id FROM leefgebieden_instrument WHERE organisatie_id = $1 AND versie = 1`,
      [a.organisatie.id],
    );
    // A newer version without justitie and niveau 5, with taalbeheersing: the report names from it.
    await t.db.query(
      `INSERT INTO leefgebieden_instrument (organisatie_id, versie, naam, domeinen, niveaus, adviesregels)
       SELECT organisatie_id, 2, 'Matrix 2', $2::jsonb, $3::jsonb, adviesregels FROM leefgebieden_instrument WHERE id = $1`,
      [
        instrumentV1,
        JSON.stringify([
          ...ZRM_DOMEINEN.filter((d) => d.code !== 'justitie'),
          { code: 'taalbeheersing', naam: 'Taalbeheersing' },
        ]),
        JSON.stringify([1, 2, 3, 4].map((waarde) => ({ waarde, naam: `Niveau ${waarde}` }))),
      ],
    );

    const gesprekArb = fc.record({
      dag: fc.oneof(fc.integer({ min: -500, max: 0 }), fc.constantFrom(...GRENSDAGEN)),
      uur: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 23)),
      // Entered at the same moment as the previous one now and then: the later entry, then the id, decides.
      zelfdeMoment: fc.boolean(),
      zelfdeInvoer: fc.integer({ min: 0, max: 3 }),
      pad: fc.constantFrom(...STANDAARD_PADEN.map((p) => p.code)),
      scores: fc.uniqueArray(
        fc.record({ domein: fc.constantFrom(...DOMEINEN), niveau: fc.integer({ min: 1, max: 5 }) }),
        { selector: (s) => s.domein, maxLength: 8 },
      ),
    });
    const klantArb = fc.record({
      tweedeGemeente: fc.boolean(),
      start: fc.integer({ min: -600, max: 10 }),
      uitstroom: fc.option(fc.integer({ min: -300, max: 10 }), { nil: null, freq: 4 }),
      km: fc.option(fc.nat({ max: 2 }), { nil: null, freq: 6 }),
      gesprekken: fc.array(gesprekArb, { maxLength: 4 }),
      plan: fc.option(
        fc.record({ aangemaakt: fc.integer({ min: -400, max: 0 }), evaluatie: fc.integer({ min: -300, max: 200 }) }),
        { nil: null, freq: 2 },
      ),
    });

    for (const [i, g] of fc.sample(klantArb, { numRuns: 180, seed: 14 }).entries()) {
      const id = randomUUID();
      const start = dag(g.start);
      const uit = g.uitstroom !== null && dag(g.uitstroom) >= start ? dag(g.uitstroom) : null;
      await t.db.query(
        `INSERT INTO klant (id, organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                            dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden, aangemaakt_op)
         VALUES ($1, $2, $3, 'K', $4, '1970-01-01', $5, 'brede_doelgroep', $6, 'job_ready', $7, $8, $9, $10, $11)`,
        [
          id,
          a.organisatie.id,
          nieuwBsn(),
          `Nr ${i}`,
          g.tweedeGemeente ? tweedeGemeente : a.organisatie.gemeenteId,
          start,
          g.km === null ? null : klantmanagers[g.km],
          uit ? 'uitgestroomd' : 'actief',
          uit,
          uit ? 'werk' : null,
          moment(start, 9, 0),
        ],
      );
      let vorige: { gevoerdOp: string; aangemaaktOp: string } | null = null;
      for (const [j, gs] of g.gesprekken.entries()) {
        const gevoerdOp: string = gs.zelfdeMoment && vorige ? vorige.gevoerdOp : moment(dag(gs.dag), gs.uur, 30 + j);
        const aangemaaktOp: string =
          gs.zelfdeMoment && vorige && gs.zelfdeInvoer === 0
            ? vorige.aangemaaktOp
            : moment(dag(0), 12, j, gs.zelfdeInvoer);
        vorige = { gevoerdOp, aangemaaktOp };
        await gesprek(id, gevoerdOp, aangemaaktOp, gs.pad, gs.scores);
      }
      if (g.plan) {
        await t.db.query(
          `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op) VALUES ($1, $2, $3, $4, $5)`,
          [
            a.organisatie.id,
            id,
            a.klantmanager.id,
            dag(g.plan.aangemaakt + g.plan.evaluatie),
            moment(dag(g.plan.aangemaakt), 23, 15),
          ],
        );
      }
    }
    // Just after midnight in the Netherlands (still the evening before in UTC) is the next day, for each period's
    // van: the second gesprek is after van, so the first gives the niveau at van. Likewise a plan made then.
    for (const [van] of PERIODES) {
      const [{ id }] = await t.db.query(
        `INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                            dienstverleningscategorie, status)
         VALUES ($1, $2, 'Grens', $3, '1970-01-01', $4, 'brede_doelgroep', '2024-01-01', 'job_ready', 'actief') RETURNING id`,
        [a.organisatie.id, nieuwBsn(), van, a.organisatie.gemeenteId],
      );
      const volgende = plusDagen(van, 1);
      await gesprek(id, moment(van, 12, 0), moment(van, 12, 0), 'een_leefgebied', [{ domein: 'financien', niveau: 2 }]);
      await gesprek(id, moment(volgende, 0, 20), moment(volgende, 0, 20), 'een_leefgebied', [
        { domein: 'financien', niveau: 4 },
      ]);
      await t.db.query(
        `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op) VALUES ($1, $2, $3, $4, $5)`,
        [a.organisatie.id, id, a.klantmanager.id, van, moment(volgende, 0, 10)],
      );
    }
  }, 120_000);
  afterAll(() => t.sluit());

  /** Everything the reference needs, read back from the database as it is. */
  async function dataset(): Promise<LeefgebiedenDataset> {
    const org = [a.organisatie.id];
    const klanten = await t.db.query(
      `SELECT k.id, k.gemeente_id AS "gemeenteId", k.dienstverleningscategorie, k.startdatum_uitkering AS "startdatumUitkering",
              k.uitstroomdatum, k.uitstroomreden,
              coalesce((SELECT json_agg(json_build_object('klantmanagerId', t.klantmanager_id, 'van', t.van, 'tot', t.tot)) FROM klant_toewijzing t WHERE t.klant_id = k.id), '[]') AS toewijzingen
         FROM klant k WHERE k.organisatie_id = $1`,
      org,
    );
    const medewerkers: { id: string; team_id: string | null }[] = await t.db.query(
      `SELECT id, team_id FROM medewerker WHERE organisatie_id = $1`,
      org,
    );
    const gesprekken = await t.db.query(
      `SELECT g.id, g.klant_id AS "klantId", g.gevoerd_op AS "gevoerdOp", g.aangemaakt_op AS "aangemaaktOp", g.dienstverleningspad,
              coalesce((SELECT json_agg(json_build_object('domein', s.domein, 'niveau', s.niveau)) FROM gesprek_score s WHERE s.gesprek_id = g.id), '[]') AS scores
         FROM gesprek g WHERE g.organisatie_id = $1`,
      org,
    );
    const plannen = await t.db.query(
      `SELECT klant_id AS "klantId", aangemaakt_op AS "aangemaaktOp", evaluatiedatum FROM plan WHERE organisatie_id = $1`,
      org,
    );
    const iso = (d: Date | string) => new Date(d).toISOString();
    return {
      klanten: klanten.map((k: { toewijzingen: { van: string; tot: string | null }[] }) => ({
        ...k,
        toewijzingen: k.toewijzingen.map((tw) => ({ ...tw, van: iso(tw.van), tot: tw.tot && iso(tw.tot) })),
      })),
      teamVan: Object.fromEntries(medewerkers.map((m) => [m.id, m.team_id])),
      gesprekken: gesprekken.map((g: { gevoerdOp: Date; aangemaaktOp: Date }) => ({
        ...g,
        gevoerdOp: iso(g.gevoerdOp),
        aangemaaktOp: iso(g.aangemaaktOp),
      })),
      plannen: plannen.map((p: { aangemaaktOp: Date }) => ({ ...p, aangemaaktOp: iso(p.aangemaaktOp) })),
    };
  }

  async function namen(): Promise<LeefgebiedenNamen> {
    const [instrument] = await t.db.query(
      `SELECT domeinen, niveaus FROM leefgebieden_instrument WHERE organisatie_id = $1 ORDER BY versie DESC LIMIT 1`,
      [a.organisatie.id],
    );
    const paden = await t.db.query(
      `SELECT code, naam FROM dienstverleningspad WHERE organisatie_id = $1 ORDER BY volgorde`,
      [a.organisatie.id],
    );
    return { domeinen: instrument.domeinen, niveaus: instrument.niveaus, paden };
  }

  const FILTERS = () => [
    {},
    { gemeenteId: tweedeGemeente },
    { teamId: anderTeam },
    { teamId: a.organisatie.teamId, gemeenteId: a.organisatie.gemeenteId },
  ];

  it.each(PEILDATA)(
    'leefgebieden op %s zijn gelijk, voor de organisatie, per gemeente en per team',
    async (peildatum) => {
      const [data, n] = await Promise.all([dataset(), namen()]);
      for (const filter of FILTERS()) {
        const antwoord = await t
          .http()
          .get('/api/rapportages/leefgebieden')
          .query({ peildatum, ...filter })
          .set(bearer(a.teamleider.token));
        expect(antwoord.status).toBe(200);
        const r = leefgebiedenRapport(data, n, peildatum, filter);
        const aandeel = (deel: number) => (r.caseload === 0 ? null : Math.round((deel / r.caseload) * 10_000) / 10_000);
        expect({ filter, ...antwoord.body }).toEqual({
          filter,
          ...r,
          metPlan: aandeel(r.metPlan),
          evaluatieVerlopen: aandeel(r.evaluatieVerlopen),
          onderdrukt: false,
        });
      }
    },
  );

  it.each(PERIODES)(
    'beweging van %s tot %s is gelijk, voor de organisatie, per gemeente en per team',
    async (van, tot) => {
      const [data, n] = await Promise.all([dataset(), namen()]);
      for (const filter of FILTERS()) {
        const antwoord = await t
          .http()
          .get('/api/rapportages/leefgebieden/beweging')
          .query({ van, tot, ...filter })
          .set(bearer(a.teamleider.token));
        expect(antwoord.status).toBe(200);
        expect({ filter, ...antwoord.body }).toEqual({
          filter,
          van,
          tot,
          domeinen: leefgebiedenBeweging(data, n, van, tot, filter),
          onderdrukt: false,
        });
      }
    },
  );

  it('het gegenereerde geheel raakt alle onderdelen (de vergelijking zegt dus iets)', async () => {
    const [data, n] = await Promise.all([dataset(), namen()]);
    const r = leefgebiedenRapport(data, n, BASIS);
    expect(r.metGesprek).toBeGreaterThan(30);
    expect(r.caseload).toBeGreaterThan(r.metGesprek);
    expect(r.paden.every((p) => p.aantal > 0)).toBe(true);
    expect(r.metPlan).toBeGreaterThan(0);
    expect(r.evaluatieVerlopen).toBeGreaterThan(0);
    expect(r.metPlan).toBeGreaterThan(r.evaluatieVerlopen);
    // The older domain and niveau are counted under their code.
    expect(r.domeinen.find((d) => d.code === 'justitie')).toMatchObject({ naam: 'justitie', bekend: false });
    expect(r.domeinen.find((d) => d.code === 'oud_domein')!.totaal).toBeGreaterThan(0);
    expect(r.niveaus.at(-1)).toEqual({ waarde: 5, naam: '5', bekend: false });
    const b = leefgebiedenBeweging(data, n, '2025-10-31', BASIS);
    for (const richting of ['omhoog', 'gelijk', 'omlaag'] as const)
      expect(b.reduce((s, d) => s + d[richting], 0)).toBeGreaterThan(3);
  });
});
