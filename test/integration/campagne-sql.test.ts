import {
  deelnemerStatus,
  inCohort,
  plusDagen,
  plusMaanden,
  trechterVan,
  uitnodigingFeiten,
  vandaag,
  type CampagneCriteria,
  type CohortKandidaat,
  type DeelnemerFeiten,
  type GekoppeldContact,
  type Kanaal,
  type Resultaat,
} from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { COHORT_SQL, cohortParameters } from '../../apps/api/src/campagnes/cohort.sql';
import { DEELNEMERS_SQL, TRECHTER_SQL } from '../../apps/api/src/campagnes/deelnemers.sql';
import { startTestApp, TestApp } from '../support/app';
import { maakMedewerker, maakOrganisatie, nieuwBsn, type TestOrganisatie } from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

/**
 * The campagne's SQL is written once (cohort.sql.ts, deelnemers.sql.ts) and must say exactly what libs/domain says:
 * inCohort for the cohort a campagne freezes, deelnemerStatus and trechterVan for the status and funnel every screen
 * and export shows. Random worlds, with dates at month ends and Dutch times just after midnight and before it, so a
 * UTC date or a month arithmetic difference would show.
 */
describe('de campagne-SQL is gelijk aan libs/domain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.sluit());

  const insertKlant = async (
    org: TestOrganisatie,
    k: {
      gemeenteId?: string;
      klantmanagerId: string | null;
      categorie?: string;
      startdatum?: string;
      status?: 'actief' | 'uitgestroomd';
      laatstGezienOp?: string | null;
    },
  ): Promise<string> => {
    const uit = k.status === 'uitgestroomd';
    const [{ id }] = await t.db.query(
      `INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                          dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden, laatst_gezien_op)
       VALUES ($1, $2, 'T', 'K', '1980-01-01', $3, 'brede_doelgroep', $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        org.id,
        nieuwBsn(),
        k.gemeenteId ?? org.gemeenteId,
        k.startdatum ?? '2020-01-01',
        k.categorie ?? 'job_ready',
        k.klantmanagerId,
        uit ? 'uitgestroomd' : 'actief',
        uit ? (k.startdatum ?? '2020-01-01') : null,
        uit ? 'werk' : null,
        k.laatstGezienOp ?? null,
      ],
    );
    return id;
  };

  describe('COHORT_SQL = inCohort', () => {
    // Peildatums at month ends (plusMaanden clamps), a DST change and today.
    const PEILDATUMS = ['2026-03-31', '2026-02-28', '2026-10-25', '2024-02-29', vandaag()] as const;
    const wereld = fc.record({
      peildatum: fc.constantFrom(...PEILDATUMS),
      klanten: fc.array(
        fc.record({
          actief: fc.boolean().map((b) => b || Math.random() < 0.7),
          categorie: fc.constantFrom('job_ready', 'bijna_job_ready', 'beheer'),
          // Benefit start: months before the peildatum, plus or minus a day around the criterion's edge.
          startMaanden: fc.constantFrom(0, 3, 6, 12, 36),
          startDag: fc.constantFrom(-1, 0, 1),
          // Last seen: never, or months before the peildatum, a day either side, at 00:30 or 23:30 Dutch time.
          gezien: fc.option(
            fc.record({
              maanden: fc.constantFrom(0, 6, 11, 12, 13, 24),
              dag: fc.constantFrom(-1, 0, 1),
              tijd: fc.constantFrom('00:30', '23:30'),
            }),
            { nil: null, freq: 4 },
          ),
          gemeente: fc.constantFrom(0, 1),
          klantmanager: fc.constantFrom(-1, 0, 1, 2),
          treden: fc.array(fc.record({ trede: fc.integer({ min: 1, max: 6 }), dagenGeleden: fc.nat(400) }), {
            maxLength: 2,
          }),
        }),
        { minLength: 1, maxLength: 10 },
      ),
      criteria: fc.record(
        {
          nietGesprokenMaanden: fc.constantFrom(6, 12, 24),
          minUitkeringsduurMaanden: fc.constantFrom(0, 6, 12),
          categorieen: fc.subarray(['job_ready', 'bijna_job_ready', 'beheer'], { minLength: 1 }),
          gemeenten: fc.subarray([0, 1], { minLength: 1 }),
          teams: fc.subarray([0, 1], { minLength: 1 }),
        },
        { requiredKeys: [] },
      ),
    });

    it('voor elke klant en elke combinatie van criteria', async () => {
      let gevallen = 0;
      let inHetCohort = 0;
      await fc.assert(
        fc.asyncProperty(wereld, async (w) => {
          const org = await maakOrganisatie(t.db);
          const [{ id: gemeente2 }] = await t.db.query(
            `INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, 'GM0193', 'Zwolle') RETURNING id`,
            [org.id],
          );
          const gemeenten = [org.gemeenteId, gemeente2];
          const teams = [org.teamId, await maakTeam(t.db, org.id, 'Team Twee')];
          // Klantmanagers in team 0, team 1 and without team.
          const kms = [
            await maakMedewerker(t.db, { organisatieId: org.id, rol: 'klantmanager', teamId: teams[0] }),
            await maakMedewerker(t.db, { organisatieId: org.id, rol: 'klantmanager', teamId: teams[1] }),
            await maakMedewerker(t.db, { organisatieId: org.id, rol: 'klantmanager', teamId: null }),
          ];
          const kmTeam = [teams[0], teams[1], null];
          const verwacht = new Map<string, Record<string, unknown>>();
          const criteria: CampagneCriteria = {
            nietGesprokenMaanden: w.criteria.nietGesprokenMaanden,
            minUitkeringsduurMaanden: w.criteria.minUitkeringsduurMaanden,
            categorieen: w.criteria.categorieen,
            gemeenteIds: w.criteria.gemeenten?.map((i) => gemeenten[i]),
            teamIds: w.criteria.teams?.map((i) => teams[i]),
          };
          for (const k of w.klanten) {
            const startdatum = plusDagen(plusMaanden(w.peildatum, -k.startMaanden), k.startDag);
            const gezienDag = k.gezien ? plusDagen(plusMaanden(w.peildatum, -k.gezien.maanden), k.gezien.dag) : null;
            const [{ moment }] = await t.db.query(
              `SELECT (($1::date + $2::time) AT TIME ZONE 'Europe/Amsterdam') AS moment`,
              [gezienDag ?? '2000-01-01', k.gezien?.tijd ?? '12:00'],
            );
            const klantmanager = k.klantmanager >= 0 ? kms[k.klantmanager] : null;
            const id = await insertKlant(org, {
              gemeenteId: gemeenten[k.gemeente],
              klantmanagerId: klantmanager?.id ?? null,
              categorie: k.categorie,
              startdatum,
              status: k.actief ? 'actief' : 'uitgestroomd',
              laatstGezienOp: gezienDag ? moment : null,
            });
            let trede: number | null = null;
            let laatste = -1;
            for (const [i, m] of k.treden.entries()) {
              await t.db.query(
                `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op)
                 VALUES ($1, $2, $3, $4, $5)`,
                [org.id, id, kms[0].id, m.trede, plusDagen(w.peildatum, -m.dagenGeleden)],
              );
              // Latest measurement wins; on the same date the one registered last.
              const volgorde = (400 - m.dagenGeleden) * 10 + i;
              if (volgorde > laatste) {
                laatste = volgorde;
                trede = m.trede;
              }
            }
            const kandidaat: CohortKandidaat = {
              status: k.actief ? 'actief' : 'uitgestroomd',
              dienstverleningscategorie: k.categorie,
              startdatumUitkering: startdatum,
              laatstGezien: gezienDag,
              gemeenteId: gemeenten[k.gemeente],
              teamId: k.klantmanager >= 0 ? kmTeam[k.klantmanager] : null,
            };
            if (inCohort(kandidaat, criteria, w.peildatum))
              verwacht.set(id, {
                klantmanagerId: klantmanager?.id ?? null,
                teamId: kandidaat.teamId,
                gemeenteId: kandidaat.gemeenteId,
                categorie: k.categorie,
                trede,
              });
            gevallen++;
          }
          const rijen: Record<string, unknown>[] = await t.db.query(
            COHORT_SQL,
            cohortParameters(org.id, w.peildatum, criteria),
          );
          const gevonden = new Map(
            rijen.map((r) => [
              r.klant_id as string,
              {
                klantmanagerId: r.klantmanager_id,
                teamId: r.team_id,
                gemeenteId: r.gemeente_id,
                categorie: r.dienstverleningscategorie,
                trede: r.trede,
              },
            ]),
          );
          expect(Object.fromEntries(gevonden)).toEqual(Object.fromEntries(verwacht));
          inHetCohort += verwacht.size;
        }),
        { numRuns: 40, seed: 20261202 },
      );
      // The worlds must test both sides of the rule.
      expect(gevallen).toBeGreaterThan(150);
      expect(inHetCohort).toBeGreaterThan(15);
      expect(inHetCohort).toBeLessThan(gevallen - 15);
    }, 180_000);
  });

  describe('DEELNEMERS_SQL en TRECHTER_SQL = deelnemerStatus en trechterVan', () => {
    const GEKOPPELD: [Kanaal, Resultaat][] = [
      ['brief', 'verstuurd'],
      ['telefoon', 'gesproken'],
      ['telefoon', 'niet_bereikt'],
      ['gesprek_op_locatie', 'gesproken'],
      ['gesprek_op_locatie', 'no_show'],
      ['huisbezoek', 'afgezegd'],
      ['beeldbellen', 'gesproken'],
      ['huisbezoek', 'no_show'],
      // Not an outcome: a gesprek channel with niet_bereikt, and an e-mail.
      ['gesprek_op_locatie', 'niet_bereikt'],
      ['email', 'verstuurd'],
    ];
    const deelnemerArb = fc.record({
      uitnodigingen: fc.array(
        fc.array(
          fc.record({
            soort: fc.nat(GEKOPPELD.length - 1),
            // Hours from a base moment: equal moments happen on purpose (ties go to the one registered last).
            uur: fc.constantFrom(0, 1, 1, 5),
          }),
          { maxLength: 3 },
        ),
        { maxLength: 3 },
      ),
      // Campagne gesprekken (hours after the base) and one outside the campagne that must not count.
      gesprekken: fc.array(fc.constantFrom(2, 6, 30), { maxLength: 2 }),
      losGesprek: fc.boolean(),
      // Plan changed this many hours after the base (before, at, or after the first campagne gesprek).
      plan: fc.option(fc.constantFrom(0, 2, 3, 40), { nil: null }),
    });

    it('per deelnemer en voor de hele trechter', async () => {
      const org = await maakOrganisatie(t.db);
      const km = await maakMedewerker(t.db, { organisatieId: org.id, rol: 'klantmanager', teamId: org.teamId });
      const [{ id: instrumentId }] = await t.db.query(
        `SELECT id FROM leefgebieden_instrument WHERE organisatie_id = $1 AND versie = 1`,
        [org.id],
      );
      let deelnemersTotaal = 0;
      const statussen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(fc.array(deelnemerArb, { minLength: 1, maxLength: 6 }), async (wereld) => {
          const [{ id: campagneId }] = await t.db.query(
            `INSERT INTO campagne (organisatie_id, naam, criteria, startdatum, einddatum, status, aangemaakt_door, gestart_op)
             VALUES ($1, 'Eigenschap', '{}', '2026-01-01', '2026-12-31', 'lopend', $2, now()) RETURNING id`,
            [org.id, km.id],
          );
          const basis = Date.parse('2026-03-29T00:30:00+01:00');
          const uur = (h: number) => new Date(basis + h * 3_600_000).toISOString();
          const verwacht = new Map<string, DeelnemerFeiten>();
          const gesprek = async (klantId: string, moment: string, metCampagne: boolean) => {
            const [{ id: contactId }] = await t.db.query(
              `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
               VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', 'gesproken', 'Gesprek') RETURNING id`,
              [org.id, klantId, km.id, moment],
            );
            await t.db.query(
              `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, campagne_id,
                                    berekend_categorie, berekend_pad, advies_categorie, dienstverleningspad)
               VALUES ($1, $2, $3, $4, $5, $6, $7, 'job_ready', 'intensief_naar_werk', 'job_ready', 'intensief_naar_werk')`,
              [org.id, klantId, km.id, contactId, instrumentId, moment, metCampagne ? campagneId : null],
            );
          };
          for (const d of wereld) {
            const klantId = await insertKlant(org, { klantmanagerId: km.id });
            await t.db.query(
              `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_gemeente_id)
               VALUES ($1, $2, $3, $4, 'job_ready', $5)`,
              [campagneId, org.id, klantId, km.id, org.gemeenteId],
            );
            const feiten: DeelnemerFeiten = { uitnodigingen: [], gesprekOp: null, planGewijzigdOp: null };
            for (const [i, contacten] of d.uitnodigingen.entries()) {
              const [{ id: uitnodigingId, datum_tijd }] = await t.db.query(
                `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging, aangemaakt_door)
                 VALUES ($1, $2, $3, $4, $5, 'Stadskantoor', $6, $4) RETURNING id, datum_tijd`,
                [org.id, campagneId, klantId, km.id, uur(24 * (i + 1)), i + 1],
              );
              const gekoppeld: GekoppeldContact[] = [];
              for (const c of contacten) {
                const [kanaal, resultaat] = GEKOPPELD[c.soort];
                const [rij] = await t.db.query(
                  `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, uitnodiging_id)
                   VALUES ($1, $2, $3, $4, $5, 'gemeente', $6, 'Campagne', $7) RETURNING plaatsgevonden_op, aangemaakt_op`,
                  [org.id, klantId, km.id, uur(24 * i + c.uur), kanaal, resultaat, uitnodigingId],
                );
                gekoppeld.push({
                  kanaal,
                  resultaat,
                  moment: new Date(rij.plaatsgevonden_op).toISOString(),
                  aangemaakt: new Date(rij.aangemaakt_op).toISOString(),
                });
              }
              const f = uitnodigingFeiten(gekoppeld);
              feiten.uitnodigingen.push({
                poging: i + 1,
                datumTijd: new Date(datum_tijd).toISOString(),
                uitkomst: f.uitkomst,
                nagebeld: f.nagebeld,
              });
            }
            for (const h of d.gesprekken) await gesprek(klantId, uur(h), true);
            if (d.losGesprek) await gesprek(klantId, uur(1), false);
            if (d.gesprekken.length > 0) feiten.gesprekOp = uur(Math.min(...d.gesprekken));
            if (d.plan !== null) {
              await t.db.query(
                `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op, gewijzigd_op)
                 VALUES ($1, $2, $3, '2026-06-01', $4, $4)`,
                [org.id, klantId, km.id, uur(d.plan)],
              );
              feiten.planGewijzigdOp = uur(d.plan);
            }
            verwacht.set(klantId, feiten);
          }

          const rijen: {
            klant_id: string;
            status: string;
            pogingen: number;
            nagebeld: boolean;
            verschenen: boolean;
          }[] = await t.db.query(`${DEELNEMERS_SQL} SELECT klant_id, status, pogingen, nagebeld, verschenen FROM dl`, [
            campagneId,
          ]);
          expect(rijen).toHaveLength(verwacht.size);
          for (const r of rijen) {
            const f = verwacht.get(r.klant_id)!;
            const status = deelnemerStatus(f);
            statussen.add(status);
            expect({ klant: r.klant_id, status: r.status, pogingen: r.pogingen, nagebeld: r.nagebeld }).toEqual({
              klant: r.klant_id,
              status,
              pogingen: f.uitnodigingen.length,
              nagebeld: f.uitnodigingen.some((u) => u.nagebeld),
            });
          }
          const { trechter, opkomst } = trechterVan([...verwacht.values()]);
          const [som] = await t.db.query(TRECHTER_SQL, [campagneId]);
          expect(som).toEqual({
            ...trechter,
            metNabellenUitnodigingen: opkomst.metNabellen.uitnodigingen,
            metNabellenVerschenen: opkomst.metNabellen.verschenen,
            zonderNabellenUitnodigingen: opkomst.zonderNabellen.uitnodigingen,
            zonderNabellenVerschenen: opkomst.zonderNabellen.verschenen,
          });
          deelnemersTotaal += verwacht.size;
        }),
        { numRuns: 50, seed: 20261202 },
      );
      expect(deelnemersTotaal).toBeGreaterThan(100);
      // Every status must have come up, or the worlds test too little.
      expect([...statussen].sort()).toEqual(
        ['gesprek_gevoerd', 'no_show', 'plan_gemaakt', 'te_plannen', 'uitgenodigd', 'verschenen'].sort(),
      );
    }, 180_000);
  });
});
