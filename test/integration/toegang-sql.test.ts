import {
  campagneLoopt,
  klantToegang,
  plusDagen,
  vandaag,
  type CampagneStatus,
  type KlantPositie,
  type Rol,
} from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { KLANT_POSITIE_SQL, zichtbaarVoorTeamSql } from '../../apps/api/src/toegang/toegang.sql';
import { startTestApp, TestApp } from '../support/app';
import { maakMedewerker, maakOrganisatie, nieuwBsn, type TestMedewerker } from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

/**
 * One rule for who may open which client: the SQL the client lists filter with, and the position the access helper
 * reads, must give exactly what libs/domain's klantToegang says, for random organisaties with teams, medewerkers
 * without team, clients without klantmanager, doorbrekingen of today and yesterday, and campagnes (running, closed,
 * over or not begun) with deelnemers, their medewerkers, the teamleider who made them and extern medewerkers on them.
 */
describe('de toegangsregel in SQL is gelijk aan klantToegang', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.sluit());

  const wereld = fc.record({
    teams: fc.integer({ min: 1, max: 3 }),
    // Per medewerker: role and team index (-1: no team).
    medewerkers: fc.array(
      fc.record({
        rol: fc.constantFrom<Rol>('klantmanager', 'klantmanager', 'teamleider', 'extern'),
        team: fc.integer({ min: -1, max: 2 }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    // Per client: index of its klantmanager among the medewerkers, or -1 without.
    klanten: fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 1, maxLength: 8 }),
    // Doorbrekingen: medewerker index, client index, today or yesterday.
    doorbrekingen: fc.array(fc.record({ medewerker: fc.nat(5), klant: fc.nat(7), vandaag: fc.boolean() }), {
      maxLength: 6,
    }),
    // Campagnes: status, period around today, maker, deelnemers (client and medewerker index) and externs.
    campagnes: fc.array(
      fc.record({
        status: fc.constantFrom<CampagneStatus>('lopend', 'lopend', 'afgesloten', 'concept'),
        periode: fc.constantFrom('nu', 'voorbij', 'straks', 'eindigtVandaag'),
        maker: fc.nat(5),
        deelnemers: fc.array(fc.record({ klant: fc.nat(7), medewerker: fc.integer({ min: -1, max: 5 }) }), {
          maxLength: 4,
        }),
        externen: fc.array(fc.nat(5), { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
  });

  it('voor elke medewerker en elke klant', async () => {
    const dag = vandaag();
    let gevallen = 0;
    let toegestaan = 0;
    let viaCampagne = 0;
    await fc.assert(
      fc.asyncProperty(wereld, async (w) => {
        const org = await maakOrganisatie(t.db);
        const teamIds = [org.teamId];
        for (let i = 1; i < w.teams; i++) teamIds.push(await maakTeam(t.db, org.id, `Team ${i}`));
        const medewerkers: (TestMedewerker & { teamId: string | null })[] = [];
        for (const m of w.medewerkers) {
          const teamId = m.rol !== 'extern' && m.team >= 0 && m.team < teamIds.length ? teamIds[m.team] : null;
          // Clients only go to klantmanagers; a teamleider's clients in the world become clients without one.
          medewerkers.push({ ...(await maakMedewerker(t.db, { organisatieId: org.id, rol: m.rol, teamId })), teamId });
        }
        const klanten: { id: string; klantmanagerId: string | null }[] = [];
        for (const km of w.klanten) {
          const eigenaar =
            km >= 0 && km < medewerkers.length && medewerkers[km].rol === 'klantmanager' ? medewerkers[km].id : null;
          const [{ id }] = await t.db.query(
            `INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering, dienstverleningscategorie, klantmanager_id)
             VALUES ($1, $2, 'T', 'K', '1980-01-01', $3, 'brede_doelgroep', '2025-01-01', 'job_ready', $4) RETURNING id`,
            [org.id, nieuwBsn(), org.gemeenteId, eigenaar],
          );
          klanten.push({ id, klantmanagerId: eigenaar });
        }
        const vandaagGeopend = new Set<string>();
        for (const d of w.doorbrekingen) {
          if (d.medewerker >= medewerkers.length || d.klant >= klanten.length) continue;
          if (d.vandaag) vandaagGeopend.add(`${medewerkers[d.medewerker].id}:${klanten[d.klant].id}`);
          await t.db.query(
            `INSERT INTO doorbreking (organisatie_id, klant_id, medewerker_id, reden, datum) VALUES ($1, $2, $3, 'Een reden van tien', $4)`,
            [org.id, klanten[d.klant].id, medewerkers[d.medewerker].id, d.vandaag ? dag : plusDagen(dag, -1)],
          );
        }

        // Who works on a running campagne that holds the client, worked out here without SQL: "medewerker:klant".
        const inCampagne = new Set<string>();
        for (const c of w.campagnes) {
          const maker = medewerkers[c.maker % medewerkers.length];
          const [startdatum, einddatum] = {
            nu: [plusDagen(dag, -5), plusDagen(dag, 30)],
            voorbij: [plusDagen(dag, -30), plusDagen(dag, -1)],
            straks: [plusDagen(dag, 1), plusDagen(dag, 30)],
            eindigtVandaag: [plusDagen(dag, -30), dag],
          }[c.periode];
          const [{ id: campagneId }] = await t.db.query(
            `INSERT INTO campagne (organisatie_id, naam, criteria, startdatum, einddatum, status, aangemaakt_door, gestart_op, afgesloten_op)
             VALUES ($1, 'Campagne', '{}', $2, $3, $4, $5, CASE WHEN $4 <> 'concept' THEN now() END,
                     CASE WHEN $4 = 'afgesloten' THEN now() END) RETURNING id`,
            [org.id, startdatum, einddatum, c.status, maker.id],
          );
          const loopt = campagneLoopt({ status: c.status, startdatum, einddatum }, dag);
          const externen = [...new Set(c.externen.map((i) => medewerkers[i % medewerkers.length]))];
          for (const e of externen)
            await t.db.query(
              `INSERT INTO campagne_extern (campagne_id, organisatie_id, medewerker_id) VALUES ($1, $2, $3)`,
              [campagneId, org.id, e.id],
            );
          const gehad = new Set<number>();
          for (const d of c.deelnemers) {
            if (d.klant >= klanten.length || gehad.has(d.klant)) continue;
            gehad.add(d.klant);
            const klant = klanten[d.klant];
            const medewerker =
              d.medewerker >= 0 && d.medewerker < medewerkers.length ? medewerkers[d.medewerker] : null;
            await t.db.query(
              `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_gemeente_id)
               VALUES ($1, $2, $3, $4, 'job_ready', $5)`,
              [campagneId, org.id, klant.id, medewerker?.id ?? null, org.gemeenteId],
            );
            if (!loopt) continue;
            for (const m of [maker, medewerker, ...externen]) if (m) inCampagne.add(`${m.id}:${klant.id}`);
          }
        }

        for (const vrager of medewerkers) {
          const zichtbaar: { id: string }[] = await t.db.query(
            `SELECT k.id FROM klant k WHERE k.organisatie_id = $1 AND ${zichtbaarVoorTeamSql({ medewerkerId: '$2', teamId: '$3', vandaag: '$4' })}`,
            [org.id, vrager.id, vrager.teamId, dag],
          );
          const inLijst = new Set(zichtbaar.map((k) => k.id));
          for (const klant of klanten) {
            // What the world says, worked out here without SQL.
            const verwacht: KlantPositie = {
              klantmanagerId: klant.klantmanagerId,
              klantTeamId: medewerkers.find((m) => m.id === klant.klantmanagerId)?.teamId ?? null,
              doorbrokenVandaag: vandaagGeopend.has(`${vrager.id}:${klant.id}`),
              inLopendeCampagneVanVrager: inCampagne.has(`${vrager.id}:${klant.id}`),
            };
            const [positie] = await t.db.query(KLANT_POSITIE_SQL, [klant.id, org.id, vrager.id, dag]);
            expect({ ...positie, id: undefined }).toEqual({ ...verwacht, id: undefined });
            const uitkomst = klantToegang({ rol: vrager.rol, teamId: vrager.teamId }, verwacht);
            if (uitkomst === 'toegestaan') toegestaan++;
            if (verwacht.inLopendeCampagneVanVrager) viaCampagne++;
            gevallen++;
            // Client lists are for the team roles; an extern only ever opens a single client.
            if (vrager.rol === 'extern') continue;
            expect({ vrager: vrager.rol, klant: klant.id, inLijst: inLijst.has(klant.id) }).toEqual({
              vrager: vrager.rol,
              klant: klant.id,
              inLijst: uitkomst === 'toegestaan',
            });
          }
        }
      }),
      { numRuns: 40, seed: 20261201 },
    );
    expect(gevallen).toBeGreaterThan(200);
    expect(toegestaan).toBeGreaterThan(50);
    expect(viaCampagne).toBeGreaterThan(10);
  }, 120_000);
});
