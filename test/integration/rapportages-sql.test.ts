import {
  DIENSTVERLENINGSCATEGORIEEN,
  doorstroom,
  KANALEN,
  kerncijfers,
  dagenTussen,
  trendPeildata,
  plusDagen,
  plusMaanden,
  RESULTATEN,
  UITSTROOMREDENEN,
  VRIJSTELLING_REDENEN,
  type Contactnormen,
  type RapportDataset,
} from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { Db } from '../../apps/api/src/database/db';
import { RapportagesService } from '../../apps/api/src/rapportages/rapportages.service';
import { startTestApp, TestApp } from '../support/app';
import { EIGEN_CATEGORIE_CODES, voegEigenCategorieenToe } from '../support/categorie-factories';
import { bearer, maakMedewerker, maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

/**
 * The report SQL against a straightforward reference (kerncijfers() and doorstroom() in libs/domain) over random
 * dossiers: same figures at several peildata, with and without gemeente and team filters.
 */
describe('rapportages: SQL = referentie-implementatie voor willekeurige gegevens', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let tweedeGemeente: string;
  let anderTeam: string;
  let klantmanagers: string[];
  /** The standard norms plus those of the organisatie's own categories. */
  let normen: Contactnormen;
  const BASIS = '2026-06-30';
  const PEILDATA = ['2025-09-15', '2026-01-31', '2026-03-29', BASIS];

  const dag = (verschil: number) => plusDagen(BASIS, verschil);
  // Days on both sides of each peildatum's 12-month boundary and of the peildatum itself.
  const GRENSDAGEN = PEILDATA.flatMap((p) => [dagenTussen(BASIS, plusMaanden(p, -12)), dagenTussen(BASIS, p)])
    .flatMap((d) => [d - 1, d, d + 1])
    .filter((d) => d <= 0);
  const moment = (datum: string, uur: number, minuut: number) =>
    `${datum}T${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}:00+01:00`;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    normen = await voegEigenCategorieenToe(t, a);
    [{ id: tweedeGemeente }] = await t.db.query(
      `INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, 'GM0014', 'Tweede') RETURNING id`,
      [a.organisatie.id],
    );
    [{ id: anderTeam }] = await t.db.query(
      `INSERT INTO team (organisatie_id, naam) VALUES ($1, 'Team Zuid') RETURNING id`,
      [a.organisatie.id],
    );
    klantmanagers = [a.klantmanager.id];
    for (const teamId of [a.organisatie.teamId, anderTeam, anderTeam]) {
      klantmanagers.push(
        (await maakMedewerker(t.db, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId })).id,
      );
    }

    const klantArb = fc.record({
      categorie: fc.constantFrom(...DIENSTVERLENINGSCATEGORIEEN, ...EIGEN_CATEGORIE_CODES),
      tweedeGemeente: fc.boolean(),
      start: fc.integer({ min: -700, max: 10 }),
      uitstroom: fc.option(
        fc.record({ dag: fc.integer({ min: -400, max: 10 }), reden: fc.constantFrom(...UITSTROOMREDENEN) }),
        { nil: null, freq: 4 },
      ),
      km: fc.option(fc.nat({ max: 3 }), { nil: null, freq: 6 }),
      wissel: fc.option(
        fc.record({
          dag: fc.integer({ min: -500, max: 0 }),
          km: fc.option(fc.nat({ max: 3 }), { nil: null, freq: 5 }),
        }),
        { nil: null, freq: 3 },
      ),
      contacten: fc.array(
        fc.record({
          dag: fc.oneof(
            fc.integer({ min: -750, max: 0 }),
            fc.integer({ min: -300, max: 0 }),
            fc.constantFrom(...GRENSDAGEN),
          ),
          // Mostly conversations that count, so every class of the 0/1/2/3/>3 distribution occurs.
          kanaal: fc.oneof(fc.constantFrom('gesprek_op_locatie', 'telefoon' as const), fc.constantFrom(...KANALEN)),
          resultaat: fc.oneof(fc.constant('gesproken' as const), fc.constantFrom(...RESULTATEN)),
          uur: fc.integer({ min: 0, max: 23 }),
          // Exactly at the start of the day in the Netherlands, or one second before: the edges of every window.
          middernacht: fc.constantFrom(null, null, null, 0, -1),
        }),
        { maxLength: 10 },
      ),
      metingen: fc.array(fc.record({ dag: fc.integer({ min: -700, max: 0 }), trede: fc.integer({ min: 1, max: 6 }) }), {
        maxLength: 3,
      }),
      afspraken: fc.array(
        fc.record({
          start: fc.integer({ min: -500, max: 0 }),
          duur: fc.integer({ min: 0, max: 200 }),
          status: fc.constantFrom('lopend', 'nagekomen', 'niet_nagekomen', 'vervallen'),
          gewijzigd: fc.integer({ min: -400, max: 0 }),
          aangemaakt: fc.integer({ min: -500, max: 0 }),
        }),
        { maxLength: 2 },
      ),
      vrijstellingen: fc.array(
        fc.record({
          soort: fc.constantFrom('formeel', 'informeel' as const),
          reden: fc.constantFrom(...VRIJSTELLING_REDENEN),
          start: fc.integer({ min: -500, max: 0 }),
          duur: fc.option(fc.integer({ min: 0, max: 183 }), { nil: null }),
          ingetrokken: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null, freq: 3 }),
        }),
        { maxLength: 2 },
      ),
    });

    for (const [i, g] of fc.sample(klantArb, { numRuns: 220, seed: 2026 }).entries()) {
      const id = randomUUID();
      const start = dag(g.start);
      const uit = g.uitstroom && dag(g.uitstroom.dag) >= start ? g.uitstroom : null;
      const km = g.km === null ? null : klantmanagers[g.km];
      await t.db.query(
        `INSERT INTO klant (id, organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                            dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden, aangemaakt_op)
         VALUES ($1, $2, $3, 'K', $4, '1970-01-01', $5, 'brede_doelgroep', $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          a.organisatie.id,
          nieuwBsn(),
          `Nr ${i}`,
          g.tweedeGemeente ? tweedeGemeente : a.organisatie.gemeenteId,
          start,
          g.categorie,
          km,
          uit ? 'uitgestroomd' : 'actief',
          uit ? dag(uit.dag) : null,
          uit ? uit.reden : null,
          moment(start, 9, 0),
        ],
      );
      if (g.wissel && dag(g.wissel.dag) > start) {
        // A change of klantmanager on a known moment: rewrite the history the trigger started.
        const wanneer = moment(dag(g.wissel.dag), 14, i % 60);
        const nieuweKm = g.wissel.km === null ? null : klantmanagers[g.wissel.km];
        await t.db.query(`UPDATE klant_toewijzing SET tot = $2 WHERE klant_id = $1`, [id, wanneer]);
        await t.db.query(
          `INSERT INTO klant_toewijzing (organisatie_id, klant_id, klantmanager_id, van) VALUES ($1, $2, $3, $4)`,
          [a.organisatie.id, id, nieuweKm, wanneer],
        );
      }
      for (const [j, c] of g.contacten.entries()) {
        await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, CASE WHEN $7::integer IS NULL THEN $4::timestamptz
                                    ELSE $8::date::timestamp AT TIME ZONE 'Europe/Amsterdam' + $7::integer * interval '1 second' END,
                   $5, 'gemeente', $6, 'x')`,
          [
            a.organisatie.id,
            id,
            a.klantmanager.id,
            moment(dag(c.dag), c.uur, j),
            c.kanaal,
            c.resultaat,
            c.middernacht,
            dag(c.dag),
          ],
        );
      }
      for (const [j, m] of g.metingen.entries()) {
        await t.db.query(
          `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6)`,
          [a.organisatie.id, id, a.klantmanager.id, m.trede, dag(m.dag), moment(dag(m.dag), 10, j)],
        );
      }
      for (const af of g.afspraken) {
        await t.db.query(
          `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, status, aangemaakt_op, gewijzigd_op)
           VALUES ($1, $2, $3, 'overig', 'x', $4, $5, $6, $7, $8)`,
          [
            a.organisatie.id,
            id,
            a.klantmanager.id,
            dag(af.start),
            dag(af.start + af.duur),
            af.status,
            moment(dag(af.aangemaakt), 11, 0),
            moment(dag(af.gewijzigd), 16, 0),
          ],
        );
      }
      for (const v of g.vrijstellingen) {
        const ingang = dag(v.start);
        const eind =
          v.soort === 'informeel' ? dag(v.start + (v.duur ?? 90)) : v.duur === null ? null : dag(v.start + v.duur);
        await t.db.query(
          `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum,
                                     beschikking_kenmerk, beschikking_datum, ingetrokken_op)
           VALUES ($1, $2, $3, $4, '{tegenprestatie}', $5, $6, $7, $6, 'K', $6, $8)`,
          [
            a.organisatie.id,
            id,
            a.klantmanager.id,
            v.soort,
            v.reden,
            ingang,
            eind,
            v.ingetrokken === null ? null : dag(v.start + v.ingetrokken),
          ],
        );
      }
    }
  }, 120_000);
  afterAll(() => t.sluit());

  /** Everything the reference needs, read back from the database as it is. */
  async function dataset(): Promise<RapportDataset> {
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
    const iso = (rijen: Record<string, unknown>[], velden: string[]) =>
      rijen.map((r) => ({ ...r, ...Object.fromEntries(velden.map((v) => [v, (r[v] as Date).toISOString()])) }));
    return {
      klanten: klanten.map((k: { toewijzingen: { van: string; tot: string | null }[] }) => ({
        ...k,
        toewijzingen: k.toewijzingen.map((tw) => ({
          ...tw,
          van: new Date(tw.van).toISOString(),
          tot: tw.tot && new Date(tw.tot).toISOString(),
        })),
      })),
      teamVan: Object.fromEntries(medewerkers.map((m) => [m.id, m.team_id])),
      contactmomenten: iso(
        await t.db.query(
          `SELECT klant_id AS "klantId", plaatsgevonden_op AS "plaatsgevondenOp", kanaal, resultaat, telt_als_gezien AS "teltAlsGezien" FROM contactmoment WHERE organisatie_id = $1`,
          org,
        ),
        ['plaatsgevondenOp'],
      ) as RapportDataset['contactmomenten'],
      ladder: iso(
        await t.db.query(
          `SELECT klant_id AS "klantId", trede, gemeten_op AS "gemetenOp", aangemaakt_op AS "aangemaaktOp" FROM ladder_meting WHERE organisatie_id = $1`,
          org,
        ),
        ['aangemaaktOp'],
      ) as RapportDataset['ladder'],
      afspraken: iso(
        await t.db.query(
          `SELECT klant_id AS "klantId", startdatum, einddatum, status, aangemaakt_op AS "aangemaaktOp", gewijzigd_op AS "gewijzigdOp" FROM afspraak WHERE organisatie_id = $1`,
          org,
        ),
        ['aangemaaktOp', 'gewijzigdOp'],
      ) as RapportDataset['afspraken'],
      vrijstellingen: await t.db.query(
        `SELECT klant_id AS "klantId", soort, reden, ingangsdatum, einddatum, ingetrokken_op AS "ingetrokkenOp" FROM vrijstelling WHERE organisatie_id = $1`,
        org,
      ),
      normen,
    };
  }

  /** The reference figures in the API's shape (no suppression: teamleider). */
  function verwacht(data: RapportDataset, peildatum: string, filter: { gemeenteId?: string; teamId?: string }) {
    const k = kerncijfers(data, peildatum, filter);
    const aandeel = (deel: number) => (k.caseload === 0 ? null : Math.round((deel / k.caseload) * 10_000) / 10_000);
    return {
      caseload: k.caseload,
      caseloadPerKlantmanager: k.caseloadPerKlantmanager,
      inBeeld: k.inBeeld,
      gesprokenLaatste12Maanden: aandeel(k.gesproken12Maanden),
      gesprekkenVerdeling12Maanden: k.gesprekkenVerdeling12Maanden,
      metLopendeAfspraak: aandeel(k.metLopendeAfspraak),
      vrijstellingen: k.vrijstellingen,
      ladder: k.ladder,
      ladderOnbekend: k.ladderOnbekend,
      noShowPercentage: k.geplandeGesprekken === 0 ? null : Math.round((k.noShows / k.geplandeGesprekken) * 1000) / 10,
      uitstroom: k.uitstroom,
    };
  }

  it.each(PEILDATA)(
    'kerncijfers op %s zijn gelijk, voor de organisatie, per gemeente en per team',
    async (peildatum) => {
      const data = await dataset();
      const filters = [
        {},
        { gemeenteId: tweedeGemeente },
        { teamId: anderTeam },
        { teamId: a.organisatie.teamId, gemeenteId: a.organisatie.gemeenteId },
      ];
      for (const filter of filters) {
        const antwoord = await t
          .http()
          .get('/api/rapportages/kerncijfers')
          .query({ peildatum, ...filter })
          .set(bearer(a.teamleider.token));
        expect(antwoord.status).toBe(200);
        const { peildatum: _p, periode: _periode, vrijstellingenPerReden: _r, onderdrukt, ...figuren } = antwoord.body;
        expect(onderdrukt).toBe(false);
        expect({ filter, ...figuren }).toEqual({ filter, ...verwacht(data, peildatum, filter) });
      }
    },
  );

  /** Every month of a trend for teamleider equals the reference, for the organisatie, per gemeente and per team. */
  async function verwachtTrendGelijk(van: string, tot: string, maanden: number) {
    const data = await dataset();
    for (const filter of [{}, { gemeenteId: tweedeGemeente }, { teamId: anderTeam }]) {
      const antwoord = await t
        .http()
        .get('/api/rapportages/trend')
        .query({ van, tot, ...filter })
        .set(bearer(a.teamleider.token));
      expect(antwoord.status).toBe(200);
      expect(antwoord.body.maanden).toHaveLength(maanden);
      for (const maand of antwoord.body.maanden) {
        const { peildatum, periode: _periode, vrijstellingenPerReden: _r, onderdrukt: _o, ...figuren } = maand;
        expect({ filter, peildatum, ...figuren }).toEqual({ filter, peildatum, ...verwacht(data, peildatum, filter) });
      }
    }
  }
  const TREND_MAANDEN = trendPeildata('2025-06-01', BASIS);
  const bewaard = async () =>
    (
      await t.db.query(`SELECT peildatum::text AS p FROM rapport_maand WHERE organisatie_id = $1 ORDER BY 1`, [
        a.organisatie.id,
      ])
    ).map((r: { p: string }) => r.p);

  it('trend: elke maand is gelijk aan de referentie, live berekend (niets bewaard), deels bewaard, geheel bewaard en geteld', async () => {
    await t.db.query(`DELETE FROM rapport_maand WHERE organisatie_id = $1`, [a.organisatie.id]);
    // Live: 13 months in one statement, nothing kept by the trend.
    await verwachtTrendGelijk('2025-06-01', BASIS, 13);
    expect(await bewaard()).toEqual([]);
    // Kept (as the background preparation keeps them), then every other month kept and the rest live.
    await t.app
      .get(Db)
      .verzoek(a.organisatie.id, () => t.app.get(RapportagesService).bewaarMaanden(a.organisatie.id, TREND_MAANDEN));
    expect(await bewaard()).toEqual(TREND_MAANDEN);
    await verwachtTrendGelijk('2025-06-01', BASIS, 13);
    // Counted per klantmanager and gemeente (the warm trend reads the counts), then a third of the counts stale (read
    // from the facts), then every other month not kept (live): counts, facts and live side by side.
    expect(
      await t.app
        .get(Db)
        .verzoek(a.organisatie.id, () => t.app.get(RapportagesService).telMaanden(a.organisatie.id, TREND_MAANDEN)),
    ).toBe(TREND_MAANDEN.length);
    await verwachtTrendGelijk('2025-06-01', BASIS, 13);
    await t.db.query(
      `UPDATE rapport_maand SET telling_kenmerk = 'oud' WHERE organisatie_id = $1 AND extract(month FROM peildatum)::int % 3 = 0`,
      [a.organisatie.id],
    );
    await verwachtTrendGelijk('2025-06-01', BASIS, 13);
    await t.db.query(
      `DELETE FROM rapport_maand WHERE organisatie_id = $1 AND extract(month FROM peildatum)::int % 2 = 0`,
      [a.organisatie.id],
    );
    expect((await bewaard()).length).toBe(6);
    await verwachtTrendGelijk('2025-06-01', BASIS, 13);
  });

  it('trend tot een dag die geen maandeinde is: alle peildata live, ook die dag', async () => {
    // Peildata 2025-09-30 … 2026-02-28 and 2026-03-29, whose window edges the contacts are placed around.
    await verwachtTrendGelijk('2025-09-01', '2026-03-29', 7);
  });

  it('het gegenereerde geheel raakt alle onderdelen (de vergelijking zegt dus iets)', async () => {
    const data = await dataset();
    const k = kerncijfers(data, BASIS);
    expect(k.caseload).toBeGreaterThan(60);
    expect(Object.values(k.inBeeld).every((n) => n > 0)).toBe(true);
    expect(Object.values(k.gesprekkenVerdeling12Maanden).filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
    expect(k.vrijstellingen.formeel + k.vrijstellingen.informeel).toBeGreaterThan(0);
    expect(k.metLopendeAfspraak).toBeGreaterThan(0);
    expect(Object.keys(k.uitstroom).length).toBeGreaterThan(0);
  });

  it('doorstroom is gelijk aan de referentie', async () => {
    const data = await dataset();
    for (const [van, tot] of [
      ['2025-06-30', BASIS],
      ['2026-01-31', '2026-03-29'],
    ]) {
      const antwoord = await t
        .http()
        .get('/api/rapportages/doorstroom')
        .query({ van, tot })
        .set(bearer(a.teamleider.token));
      expect(antwoord.status).toBe(200);
      const ref = doorstroom(data, van, tot);
      expect({
        matrix: antwoord.body.matrix,
        omhoog: antwoord.body.omhoog,
        gelijk: antwoord.body.gelijk,
        omlaag: antwoord.body.omlaag,
      }).toEqual(ref);
    }
  });
});
