import {
  EFFECT_HORIZONTEN,
  effectTellingen,
  plusDagen,
  plusMaanden,
  UITSTROOMREDENEN,
  ZRM_DOMEINEN,
  type EffectDataset,
} from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { EFFECT_SQL } from '../../apps/api/src/campagnes/effect.sql';
import { startTestApp, TestApp } from '../support/app';
import { maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

/**
 * EFFECT_SQL against effectTellingen in libs/domain over random deelnemers: start treden, ladder metingen,
 * uitstroom, gesprekken with and without this campagne (and with another campagne), late in the evening and just
 * after midnight Dutch time, on the horizon dates themselves; at several peildata and both horizons.
 */
describe('campagne effect: SQL = referentie-implementatie voor willekeurige gegevens', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let campagneId: string;
  let andereCampagneId: string;
  let instrumentId: string;
  const BASIS = '2026-06-30';
  const GESTART = '2025-03-31';
  const dag = (verschil: number) => plusDagen(BASIS, verschil);
  const DOMEINEN = [...ZRM_DOMEINEN.slice(0, 4).map((d) => d.code), 'oud_domein'];
  // Peildata: today, a month end in between, and days right at the horizon of the start and of a few gesprekken.
  const PEILDATA = [
    BASIS,
    '2026-01-31',
    plusMaanden(GESTART, 6),
    plusDagen(plusMaanden(GESTART, 6), -1),
    plusMaanden(GESTART, 12),
    '2025-12-15',
  ];
  let teller = 0;
  const moment = (datum: string, uur: number, minuut: number) =>
    `${datum}T${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}:00.000+02:00`;
  // Every entry gets its own aangemaakt_op (ms apart), so only the defined orderings decide.
  const invoer = () => new Date(Date.parse('2026-07-01T08:00:00Z') + ++teller).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    const campagne = async () => {
      const [{ id }] = await t.db.query(
        `INSERT INTO campagne (organisatie_id, naam, criteria, startdatum, einddatum, status, aangemaakt_door, gestart_op)
         VALUES ($1, 'Eigenschap', '{}', $2, $3, 'lopend', $4, $5) RETURNING id`,
        [a.organisatie.id, GESTART, BASIS, a.teamleider.id, `${GESTART}T23:30:00+02:00`],
      );
      return id as string;
    };
    campagneId = await campagne();
    andereCampagneId = await campagne();
    [{ id: instrumentId }] = await t.db.query(
      `SELECT id FROM leefgebieden_instrument WHERE organisatie_id = $1 ORDER BY versie DESC LIMIT 1`,
      [a.organisatie.id],
    );

    const gesprekDag = fc.oneof(
      fc.integer({ min: -700, max: 0 }),
      // On and around the horizon dates of PEILDATA and of the start.
      fc
        .constantFrom(...PEILDATA.flatMap((p) => [-12, -6].map((m) => plusMaanden(p, m))))
        .map((d) => Math.round((Date.parse(d) - Date.parse(BASIS)) / 86_400_000)),
    );
    const gesprekArb = fc.record({
      dag: gesprekDag,
      uur: fc.constantFrom(0, 9, 14, 23),
      campagne: fc.constantFrom('deze', 'deze', 'geen', 'geen', 'andere'),
      zelfdeMoment: fc.boolean(),
      scores: fc.uniqueArray(
        fc.record({ domein: fc.constantFrom(...DOMEINEN), niveau: fc.integer({ min: 1, max: 5 }) }),
        { selector: (s) => s.domein, maxLength: 4 },
      ),
    });
    const deelnemerArb = fc.record({
      startTrede: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 4 }),
      uitstroom: fc.option(fc.record({ dag: gesprekDag, reden: fc.constantFrom(...UITSTROOMREDENEN.slice(0, 3)) }), {
        nil: null,
        freq: 3,
      }),
      metingen: fc.array(
        fc.record({ dag: gesprekDag, trede: fc.integer({ min: 1, max: 6 }), zelfdeInvoer: fc.boolean() }),
        { maxLength: 4 },
      ),
      gesprekken: fc.array(gesprekArb, { maxLength: 4 }),
    });

    for (const [i, d] of fc.sample(deelnemerArb, { numRuns: 160, seed: 15 }).entries()) {
      const klantId = randomUUID();
      const uit = d.uitstroom;
      await t.db.query(
        `INSERT INTO klant (id, organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                            dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden)
         VALUES ($1, $2, $3, 'K', $4, '1970-01-01', $5, 'brede_doelgroep', '2020-01-01', 'job_ready', $6, $7, $8, $9)`,
        [
          klantId,
          a.organisatie.id,
          nieuwBsn(),
          `Nr ${i}`,
          a.organisatie.gemeenteId,
          a.klantmanager.id,
          uit ? 'uitgestroomd' : 'actief',
          uit ? dag(uit.dag) : null,
          uit?.reden ?? null,
        ],
      );
      for (const c of [campagneId, andereCampagneId]) {
        await t.db.query(
          `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_trede,
                                           start_gemeente_id)
           VALUES ($1, $2, $3, $4, 'job_ready', $5, $6)`,
          [c, a.organisatie.id, klantId, a.klantmanager.id, d.startTrede, a.organisatie.gemeenteId],
        );
      }
      let vorigeInvoer = invoer();
      for (const m of d.metingen) {
        const aangemaakt = m.zelfdeInvoer ? vorigeInvoer : invoer();
        vorigeInvoer = aangemaakt;
        await t.db.query(
          `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op, aangemaakt_op)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [a.organisatie.id, klantId, a.klantmanager.id, m.trede, dag(m.dag), aangemaakt],
        );
      }
      let vorige: string | null = null;
      for (const [j, g] of d.gesprekken.entries()) {
        const gevoerdOp: string = g.zelfdeMoment && vorige ? vorige : moment(dag(g.dag), g.uur, 10 + j);
        vorige = gevoerdOp;
        const [{ id: contactId }] = await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', 'gesproken', 'Gesprek') RETURNING id`,
          [a.organisatie.id, klantId, a.klantmanager.id, gevoerdOp],
        );
        const [{ id }] = await t.db.query(
          `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, berekend_categorie,
                                berekend_pad, advies_categorie, dienstverleningspad, campagne_id, aangemaakt_op)
           VALUES ($1, $2, $3, $4, $5, $6, 'job_ready', 'een_leefgebied', 'job_ready', 'een_leefgebied', $7, $8) RETURNING id`,
          [
            a.organisatie.id,
            klantId,
            a.klantmanager.id,
            contactId,
            instrumentId,
            gevoerdOp,
            g.campagne === 'deze' ? campagneId : g.campagne === 'andere' ? andereCampagneId : null,
            invoer(),
          ],
        );
        for (const s of g.scores) {
          await t.db.query(
            `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau) VALUES ($1, $2, $3, $4)`,
            [id, a.organisatie.id, s.domein, s.niveau],
          );
        }
      }
    }
  }, 240_000);
  afterAll(() => t.sluit());

  /** Everything the reference needs, read back from the database as it is. */
  async function dataset(): Promise<EffectDataset> {
    const iso = (d: Date) => d.toISOString();
    const [{ gestart_op }] = await t.db.query(`SELECT gestart_op FROM campagne WHERE id = $1`, [campagneId]);
    const deelnemers = await t.db.query(
      `SELECT d.klant_id AS "klantId", d.start_trede AS "startTrede", k.uitstroomdatum::text AS uitstroomdatum,
              k.uitstroomreden
         FROM campagne_deelnemer d JOIN klant k ON k.id = d.klant_id WHERE d.campagne_id = $1`,
      [campagneId],
    );
    const metingen = (
      await t.db.query(
        `SELECT id, klant_id, trede, gemeten_op::text AS gemeten_op, aangemaakt_op FROM ladder_meting WHERE organisatie_id = $1`,
        [a.organisatie.id],
      )
    ).map((m: { id: string; klant_id: string; trede: number; gemeten_op: string; aangemaakt_op: Date }) => ({
      id: m.id,
      klantId: m.klant_id,
      trede: m.trede,
      gemetenOp: m.gemeten_op,
      aangemaaktOp: iso(m.aangemaakt_op),
    }));
    const gesprekken = (
      await t.db.query(
        `SELECT g.id, g.klant_id, g.gevoerd_op, g.aangemaakt_op, g.campagne_id,
                coalesce((SELECT json_agg(json_build_object('domein', s.domein, 'niveau', s.niveau)) FROM gesprek_score s
                           WHERE s.gesprek_id = g.id), '[]') AS scores
           FROM gesprek g WHERE g.organisatie_id = $1`,
        [a.organisatie.id],
      )
    ).map(
      (g: {
        id: string;
        klant_id: string;
        gevoerd_op: Date;
        aangemaakt_op: Date;
        campagne_id: string | null;
        scores: { domein: string; niveau: number }[];
      }) => ({
        id: g.id,
        klantId: g.klant_id,
        gevoerdOp: iso(g.gevoerd_op),
        aangemaaktOp: iso(g.aangemaakt_op),
        campagne: g.campagne_id === campagneId,
        scores: g.scores,
      }),
    );
    return { gestartOp: iso(gestart_op), deelnemers, metingen, gesprekken };
  }

  it('geeft per horizon, peildatum en groep dezelfde tellingen', async () => {
    const data = await dataset();
    expect(data.gesprekken.filter((g) => g.campagne).length).toBeGreaterThan(50);
    let gemeten = 0;
    for (const peildatum of PEILDATA) {
      for (const maanden of EFFECT_HORIZONTEN) {
        const rijen = await t.db.query(EFFECT_SQL, [campagneId, peildatum, maanden]);
        const sql = Object.fromEntries(rijen.map(({ groep, ...r }: { groep: string }) => [groep, r]));
        const verwacht = effectTellingen(data, maanden, peildatum);
        expect({ peildatum, maanden, ...sql }).toEqual({ peildatum, maanden, ...verwacht });
        gemeten += verwacht.cohort.leefgebiedenGemeten + verwacht.referentie.leefgebiedenGemeten;
      }
    }
    // The data exercise every part: movement, uitstroom and every ladder outcome.
    const vandaag = effectTellingen(data, 6, BASIS);
    expect(gemeten).toBeGreaterThan(20);
    expect(vandaag.cohort.uitgestroomd + vandaag.referentie.uitgestroomd).toBeGreaterThan(5);
    for (const u of ['omhoog', 'gelijk', 'omlaag', 'onbekend'] as const)
      expect(vandaag.cohort.ladder[u]).toBeGreaterThan(0);
  }, 120_000);
});
