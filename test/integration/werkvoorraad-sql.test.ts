import {
  AFSPRAAK_STATUSSEN,
  datumInNederland,
  DIENSTVERLENINGSCATEGORIEEN,
  DOEL_STATUSSEN,
  inBeeldStatus,
  isVrijstellingActief,
  KANALEN,
  normVoor,
  plusDagen,
  RESULTATEN,
  teltAlsGezien,
  vandaag,
  type WerkvoorraadCampagne,
  werkvoorraadItems,
  type Contactnormen,
  type WerkvoorraadDossier,
  type WerkvoorraadSoort,
} from '@klant-in-beeld/domain';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestApp, TestApp } from '../support/app';
import { EIGEN_CATEGORIE_CODES, voegEigenCategorieenToe } from '../support/categorie-factories';
import { bearer, maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

const vandaagIn = (iso: string) => datumInNederland(new Date(iso));

/**
 * One truth: the werkvoorraad and the in-beeld status that SQL computes equal what the libs/domain functions
 * compute, for many random dossiers with dates around every boundary (including exactly on the norm day).
 */
describe('werkvoorraad: SQL = domein voor willekeurige dossiers', () => {
  let t: TestApp;
  let a: TestOmgeving;
  const peildatum = vandaag();
  const dossiers = new Map<string, WerkvoorraadDossier & { naam: string }>();
  /** The standard norms plus those of the organisatie's own categories (one active, one deactivated). */
  let normen: Contactnormen;
  /** The organisatie's version-1 instrument (the ZRM), which every generated gesprek is scored with. */
  let instrumentId: string;

  // Days around the boundaries of the default norms (30/7, 60/14, 90/21, 180/30, 365/60), intake 28, +-14, +-7.
  const rondGrens = fc.constantFrom(
    0,
    1,
    6,
    7,
    8,
    13,
    14,
    15,
    22,
    23,
    24,
    27,
    28,
    29,
    30,
    31,
    45,
    46,
    47,
    59,
    60,
    61,
    68,
    69,
    70,
    89,
    90,
    91,
    149,
    150,
    151,
    179,
    180,
    181,
    304,
    305,
    306,
    364,
    365,
    366,
    500,
  );
  const TIJDEN = ['00:30', '10:00', '23:30'] as const;
  const dossierArb = fc.record({
    // The standard categories and the organisatie's own: the rules work for any code.
    categorie: fc.constantFrom(...DIENSTVERLENINGSCATEGORIEEN, ...EIGEN_CATEGORIE_CODES),
    startGeleden: rondGrens,
    zonderKlantmanager: fc.boolean().map((b) => b && Math.random() < 0.3),
    contacten: fc.array(
      fc.record({ geleden: rondGrens, kanaal: fc.constantFrom(...KANALEN), resultaat: fc.constantFrom(...RESULTATEN) }),
      { maxLength: 4 },
    ),
    afspraken: fc.array(
      fc.record({ status: fc.constantFrom(...AFSPRAAK_STATUSSEN), eindOver: fc.integer({ min: -3, max: 3 }) }),
      { maxLength: 2 },
    ),
    vrijstellingen: fc.array(
      fc.record({
        soort: fc.constantFrom('formeel', 'informeel' as const),
        ingangGeleden: fc.integer({ min: 0, max: 150 }),
        eindOver: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
        herbeoordelingOver: fc.constantFrom(-2, -1, 0, 1, 13, 14, 15, 40),
        ingetrokkenGeleden: fc.option(fc.integer({ min: -1, max: 1 }), { nil: null, freq: 4 }),
      }),
      { maxLength: 2 },
    ),
    // Around the plan boundaries: gesprek + 28, plan changed on / the day before the gesprek, evaluatie - 14,
    // streefdatum yesterday / today; Dutch times near midnight, so a UTC date would differ.
    gesprekken: fc.array(
      fc.record({ geleden: fc.constantFrom(0, 1, 26, 27, 28, 29, 30, 31, 60), tijd: fc.constantFrom(...TIJDEN) }),
      { maxLength: 2 },
    ),
    plan: fc.option(
      fc.record({
        evaluatieOver: fc.constantFrom(-30, -1, 0, 1, 13, 14, 15, 60),
        gewijzigdGeleden: fc.constantFrom(0, 26, 27, 28, 29, 30, 31, 59, 61),
        tijd: fc.constantFrom(...TIJDEN),
        doelen: fc.array(
          fc.record({ streefOver: fc.constantFrom(-20, -1, 0, 1, 30), status: fc.constantFrom(...DOEL_STATUSSEN) }),
          { maxLength: 3 },
        ),
      }),
      { nil: null, freq: 2 },
    ),
    // A deelnemer of one of the campagnes (running, closed, not started yet) with invitations at Dutch times near
    // midnight, their letters, calls the day before, outcomes and maybe the campagne gesprek.
    campagne: fc.option(
      fc.record({
        keuze: fc.constantFrom(0, 0, 0, 1, 2),
        uitnodigingen: fc.array(
          fc.record({
            over: fc.constantFrom(-9, -3, -1, 0, 1, 2, 3, 4, 5),
            tijd: fc.constantFrom('00:30', '23:30', '10:00'),
            brief: fc.boolean(),
            tel: fc.option(fc.constantFrom('gesproken', 'niet_bereikt' as const), { nil: null }),
            uitkomst: fc.option(fc.constantFrom('gesproken', 'no_show', 'afgezegd' as const), { nil: null }),
          }),
          { maxLength: 3 },
        ),
        gesprek: fc.boolean().map((b) => b && Math.random() < 0.3),
      }),
      { nil: null, freq: 2 },
    ),
    uitstel: fc.option(fc.record({ totOver: fc.integer({ min: -1, max: 2 }), keuze: fc.nat() }), {
      nil: null,
      freq: 3,
    }),
  });

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    normen = await voegEigenCategorieenToe(t, a);
    const [instrument] = await t.db.query(
      `SELECT id FROM leefgebieden_instrument WHERE organisatie_id = $1 AND versie = 1`,
      [a.organisatie.id],
    );
    instrumentId = instrument.id;
    // Three campagnes by the teamleider: running (max 2 invitations), closed, and lopend but from tomorrow.
    const campagnes: Omit<WerkvoorraadCampagne, 'medewerkerId' | 'uitnodigingen' | 'heeftGesprek'>[] = [];
    for (const [status, start, eind] of [
      ['lopend', -10, 30],
      ['afgesloten', -20, 20],
      ['lopend', 1, 40],
    ] as const) {
      const startdatum = plusDagen(peildatum, start);
      const einddatum = plusDagen(peildatum, eind);
      const [{ id }] = await t.db.query(
        `INSERT INTO campagne (organisatie_id, naam, criteria, startdatum, einddatum, status, max_uitnodigingen, aangemaakt_door,
                               gestart_op, afgesloten_op)
         VALUES ($1, $2, '{}', $3, $4, $5, 2, $6, now(), CASE WHEN $5 = 'afgesloten' THEN now() END) RETURNING id`,
        [a.organisatie.id, `Campagne ${status} ${start}`, startdatum, einddatum, status, a.teamleider.id],
      );
      campagnes.push({ id, status, startdatum, einddatum, maxUitnodigingen: 2, aangemaaktDoor: a.teamleider.id });
    }
    const gevallen = fc.sample(dossierArb, { numRuns: 400, seed: 42 });
    for (const [i, g] of gevallen.entries()) {
      const klantId = randomUUID();
      const start = plusDagen(peildatum, -g.startGeleden);
      const km = g.zonderKlantmanager ? null : a.klantmanager.id;
      await t.db.query(
        `INSERT INTO klant (id, organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                            dienstverleningscategorie, klantmanager_id, aangemaakt_op)
         VALUES ($1, $2, $3, 'Klant', $4, '1980-01-01', $5, 'brede_doelgroep', $6, $7, $8, ($6::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam')`,
        [
          klantId,
          a.organisatie.id,
          nieuwBsn(),
          `Nr ${String(i).padStart(3, '0')}`,
          a.organisatie.gemeenteId,
          start,
          g.categorie,
          km,
        ],
      );
      const dossier: WerkvoorraadDossier & { naam: string } = {
        naam: `Klant Nr ${String(i).padStart(3, '0')}`,
        klant: {
          status: 'actief',
          dienstverleningscategorie: g.categorie,
          startdatumUitkering: start,
          klantmanagerId: km,
          zonderKlantmanagerSinds: km ? null : start,
        },
        contactmomenten: [],
        afspraken: [],
        vrijstellingen: [],
        gesprekken: [],
        plan: null,
        uitstellen: [],
      };
      // Distinct moments (minute offsets), so "the latest attempt" is never a tie.
      for (const [j, c] of g.contacten.entries()) {
        const datum = plusDagen(peildatum, -c.geleden);
        const moment = `${datum}T${String(8 + j).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+01:00`;
        const [{ id }] = await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, $4, $5, 'gemeente', $6, 'x') RETURNING id`,
          [a.organisatie.id, klantId, a.klantmanager.id, moment, c.kanaal, c.resultaat],
        );
        dossier.contactmomenten.push({
          id,
          datum,
          moment: new Date(moment).toISOString(),
          kanaal: c.kanaal,
          resultaat: c.resultaat,
          teltAlsGezien: teltAlsGezien(c),
        });
      }
      for (const af of g.afspraken) {
        const einddatum = plusDagen(peildatum, af.eindOver);
        const [{ id }] = await t.db.query(
          `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, status)
           VALUES ($1, $2, $3, 'overig', 'x', $4, $5, $6) RETURNING id`,
          [a.organisatie.id, klantId, a.klantmanager.id, plusDagen(einddatum, -30), einddatum, af.status],
        );
        dossier.afspraken.push({ id, status: af.status, einddatum });
      }
      for (const v of g.vrijstellingen) {
        const ingangsdatum = plusDagen(peildatum, -v.ingangGeleden);
        const einddatum = v.soort === 'informeel' || v.eindOver !== null ? plusDagen(peildatum, v.eindOver ?? 1) : null;
        const herbeoordelingsdatum = [plusDagen(peildatum, v.herbeoordelingOver), ingangsdatum].sort().at(-1)!;
        const ingetrokkenOp =
          v.ingetrokkenGeleden === null
            ? null
            : [plusDagen(peildatum, -v.ingetrokkenGeleden), ingangsdatum].sort().at(-1)!;
        const [{ id }] = await t.db.query(
          `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum,
                                     beschikking_kenmerk, beschikking_datum, ingetrokken_op)
           VALUES ($1, $2, $3, $4, '{arbeidsverplichtingen}', 'overig', $5, $6, $7, 'K-1', $5, $8) RETURNING id`,
          [
            a.organisatie.id,
            klantId,
            a.klantmanager.id,
            v.soort,
            ingangsdatum,
            einddatum && einddatum < ingangsdatum ? ingangsdatum : einddatum,
            herbeoordelingsdatum,
            ingetrokkenOp,
          ],
        );
        const [opgeslagen] = await t.db.query(`SELECT einddatum FROM vrijstelling WHERE id = $1`, [id]);
        dossier.vrijstellingen.push({
          id,
          soort: v.soort,
          ingangsdatum,
          einddatum: opgeslagen.einddatum,
          herbeoordelingsdatum,
          ingetrokkenOp,
        });
      }
      // A klant-in-beeld-gesprek is also a contactmoment (gesprek op locatie, gesproken) that counts as gezien.
      for (const [j, g2] of g.gesprekken.entries()) {
        const datum = plusDagen(peildatum, -g2.geleden);
        const [{ id: contactId, moment }] = await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, ($4::date + $5::time + make_interval(secs => $6)) AT TIME ZONE 'Europe/Amsterdam',
                   'gesprek_op_locatie', 'gemeente', 'gesproken', 'Klant-in-beeld-gesprek')
           RETURNING id, plaatsgevonden_op AS moment`,
          [a.organisatie.id, klantId, a.klantmanager.id, datum, g2.tijd, j],
        );
        const [{ id }] = await t.db.query(
          `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op,
                                berekend_categorie, berekend_pad, advies_categorie, dienstverleningspad)
           VALUES ($1, $2, $3, $4, $5, $6, 'job_ready', 'intensief_naar_werk', 'job_ready', 'intensief_naar_werk') RETURNING id`,
          [a.organisatie.id, klantId, a.klantmanager.id, contactId, instrumentId, moment],
        );
        const iso = new Date(moment).toISOString();
        dossier.contactmomenten.push({
          id: contactId,
          datum,
          moment: iso,
          kanaal: 'gesprek_op_locatie',
          resultaat: 'gesproken',
          teltAlsGezien: true,
        });
        dossier.gesprekken!.push({ id, datum, moment: iso });
      }
      if (g.plan) {
        const evaluatiedatum = plusDagen(peildatum, g.plan.evaluatieOver);
        const gewijzigdOp = plusDagen(peildatum, -g.plan.gewijzigdGeleden);
        const [{ id: planId }] = await t.db.query(
          `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op, gewijzigd_op)
           VALUES ($1, $2, $3, $4, ($5::date + $6::time) AT TIME ZONE 'Europe/Amsterdam', ($5::date + $6::time) AT TIME ZONE 'Europe/Amsterdam')
           RETURNING id`,
          [a.organisatie.id, klantId, a.klantmanager.id, evaluatiedatum, gewijzigdOp, g.plan.tijd],
        );
        const plan: NonNullable<WerkvoorraadDossier['plan']> = { id: planId, evaluatiedatum, gewijzigdOp, doelen: [] };
        for (const [j, d] of g.plan.doelen.entries()) {
          const streefdatum = plusDagen(peildatum, d.streefOver);
          const [{ id }] = await t.db.query(
            `INSERT INTO plan_doel (organisatie_id, klant_id, plan_id, omschrijving, streefdatum, status, volgorde)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [a.organisatie.id, klantId, planId, `Doel ${j + 1}`, streefdatum, d.status, j + 1],
          );
          plan.doelen.push({ id, streefdatum, status: d.status });
        }
        dossier.plan = plan;
      }
      if (g.campagne) {
        const c = campagnes[g.campagne.keuze];
        await t.db.query(
          `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_gemeente_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [c.id, a.organisatie.id, klantId, a.klantmanager.id, g.categorie, a.organisatie.gemeenteId],
        );
        const deelname: WerkvoorraadCampagne = {
          ...c,
          medewerkerId: a.klantmanager.id,
          uitnodigingen: [],
          heeftGesprek: false,
        };
        const contact = async (
          uitnodigingId: string,
          moment: string,
          kanaal: 'brief' | 'telefoon' | 'gesprek_op_locatie',
          resultaat: string,
        ) => {
          const [rij] = await t.db.query(
            `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, uitnodiging_id)
             VALUES ($1, $2, $3, $4, $5, 'gemeente', $6, 'Campagne', $7) RETURNING id, plaatsgevonden_op, aangemaakt_op`,
            [a.organisatie.id, klantId, a.klantmanager.id, moment, kanaal, resultaat, uitnodigingId],
          );
          const iso = new Date(rij.plaatsgevonden_op).toISOString();
          dossier.contactmomenten.push({
            id: rij.id,
            datum: vandaagIn(iso),
            moment: iso,
            kanaal,
            resultaat: resultaat as (typeof RESULTATEN)[number],
            teltAlsGezien: teltAlsGezien({ kanaal, resultaat: resultaat as (typeof RESULTATEN)[number] }),
            uitnodigingId,
          });
          return {
            kanaal,
            resultaat: resultaat as (typeof RESULTATEN)[number],
            moment: iso,
            aangemaakt: new Date(rij.aangemaakt_op).toISOString(),
          };
        };
        for (const [j, u] of g.campagne.uitnodigingen.entries()) {
          const dag = plusDagen(peildatum, u.over);
          const [{ id, datum_tijd }] = await t.db.query(
            `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging, aangemaakt_door)
             VALUES ($1, $2, $3, $4, ($5::date + $6::time) AT TIME ZONE 'Europe/Amsterdam', 'Stadhuis', $7, $4) RETURNING id, datum_tijd`,
            [a.organisatie.id, c.id, klantId, a.klantmanager.id, dag, u.tijd, j + 1],
          );
          const contacten = [];
          const voor = plusDagen(dag, -2);
          if (u.brief)
            contacten.push(
              await contact(id, `${voor}T09:${String(j).padStart(2, '0')}:00+01:00`, 'brief', 'verstuurd'),
            );
          if (u.tel)
            contacten.push(await contact(id, `${voor}T11:${String(j).padStart(2, '0')}:00+01:00`, 'telefoon', u.tel));
          if (u.uitkomst)
            contacten.push(await contact(id, new Date(datum_tijd).toISOString(), 'gesprek_op_locatie', u.uitkomst));
          deelname.uitnodigingen.push({ id, poging: j + 1, datumTijd: new Date(datum_tijd).toISOString(), contacten });
        }
        if (g.campagne.gesprek) {
          const [{ id: contactId, moment }] = await t.db.query(
            `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
             VALUES ($1, $2, $3, now() - interval '1 hour', 'gesprek_op_locatie', 'gemeente', 'gesproken', 'Klant-in-beeld-gesprek')
             RETURNING id, plaatsgevonden_op AS moment`,
            [a.organisatie.id, klantId, a.klantmanager.id],
          );
          const [{ id }] = await t.db.query(
            `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op, campagne_id,
                                  berekend_categorie, berekend_pad, advies_categorie, dienstverleningspad)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'job_ready', 'intensief_naar_werk', 'job_ready', 'intensief_naar_werk') RETURNING id`,
            [a.organisatie.id, klantId, a.klantmanager.id, contactId, instrumentId, moment, c.id],
          );
          const iso = new Date(moment).toISOString();
          dossier.contactmomenten.push({
            id: contactId,
            datum: vandaagIn(iso),
            moment: iso,
            kanaal: 'gesprek_op_locatie',
            resultaat: 'gesproken',
            teltAlsGezien: true,
          });
          dossier.gesprekken!.push({ id, datum: vandaagIn(iso), moment: iso });
          deelname.heeftGesprek = true;
        }
        dossier.campagnes = [deelname];
      }
      // Postpone one of the items the client has (or would have without the uitstel), until around today.
      if (g.uitstel) {
        const open = werkvoorraadItems(dossier, normen, peildatum);
        if (open.length > 0) {
          const item = open[g.uitstel.keuze % open.length];
          const totDatum = plusDagen(peildatum, g.uitstel.totOver);
          await t.db.query(
            `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, referentie_id, tot_datum, reden, medewerker_id)
             VALUES ($1, $2, $3, $4, $5, 'test', $6)`,
            [a.organisatie.id, klantId, item.soort, item.referentieId, totDatum, a.klantmanager.id],
          );
          dossier.uitstellen.push({ soort: item.soort, referentieId: item.referentieId, totDatum });
        }
      }
      dossiers.set(klantId, dossier);
    }
  }, 120_000);
  afterAll(() => t.sluit());

  async function alleItems() {
    const items: {
      klantId: string;
      soort: WerkvoorraadSoort;
      vervaldatum: string;
      urgentie: string;
      referentieId: string | null;
    }[] = [];
    for (let page = 1; ; page++) {
      const antwoord = await t
        .http()
        .get('/api/werkvoorraad')
        .query({ page, pageSize: 200 })
        .set(bearer(a.teamleider.token));
      expect(antwoord.status).toBe(200);
      items.push(...antwoord.body.items);
      if (items.length >= antwoord.body.totaal) return { items, perSoort: antwoord.body.perSoort };
    }
  }

  it('de items uit SQL zijn precies de items van werkvoorraadItems(), in dezelfde volgorde', async () => {
    const { items, perSoort } = await alleItems();
    const verwacht = [...dossiers.entries()].flatMap(([klantId, dossier]) =>
      werkvoorraadItems(dossier, normen, peildatum).map((item) => ({
        klantId,
        naam: dossier.naam,
        ...item,
      })),
    );
    const sleutel = (i: { klantId: string; soort: string; referentieId: string | null }) =>
      `${i.klantId}|${i.soort}|${i.referentieId}`;
    const inSql = new Map(items.map((i) => [sleutel(i), { vervaldatum: i.vervaldatum, urgentie: i.urgentie }]));
    const inDomein = new Map(verwacht.map((i) => [sleutel(i), { vervaldatum: i.vervaldatum, urgentie: i.urgentie }]));
    const alleenSql = [...inSql.keys()].filter((k) => !inDomein.has(k));
    const alleenDomein = [...inDomein.keys()].filter((k) => !inSql.has(k));
    const anders = [...inSql.entries()].filter(
      ([k, v]) => inDomein.has(k) && JSON.stringify(inDomein.get(k)) !== JSON.stringify(v),
    );
    expect({ alleenSql, alleenDomein, anders: anders.slice(0, 5) }).toEqual({
      alleenSql: [],
      alleenDomein: [],
      anders: [],
    });

    // Order: overdue first, then by due date; within a day by kind, then client name.
    verwacht.sort((x, y) =>
      (x.vervaldatum + x.soort + x.naam + x.klantId).localeCompare(y.vervaldatum + y.soort + y.naam + y.klantId),
    );
    expect(items.map((i) => `${i.vervaldatum}|${i.soort}|${i.klantId}`).slice(0, 50)).toEqual(
      verwacht.map((i) => `${i.vervaldatum}|${i.soort}|${i.klantId}`).slice(0, 50),
    );

    // Every kind occurs, and the counts per kind are right.
    const perSoortDomein: Record<string, number> = {};
    for (const i of verwacht) perSoortDomein[i.soort] = (perSoortDomein[i.soort] ?? 0) + 1;
    expect(perSoort).toEqual(perSoortDomein);
    expect(Object.keys(perSoortDomein).sort()).toEqual(
      [
        'afspraak_verlopen',
        'bijna_uit_beeld',
        'campagne_no_show',
        'campagne_uitnodigen',
        'geen_klantmanager',
        'nabellen',
        'intake_nodig',
        'no_show_opvolgen',
        'plan_evalueren',
        'plan_nodig',
        'uit_beeld',
        'vrijstelling_herbeoordelen',
        'vrijstelling_verlopen',
      ].sort(),
    );
  });

  it('de in-beeldstatus in de klantenlijst is die van inBeeldStatus()', async () => {
    const uitApi = new Map<string, string>();
    for (let page = 1; ; page++) {
      const antwoord = await t
        .http()
        .get('/api/klanten')
        .query({ page, pageSize: 200 })
        .set(bearer(a.teamleider.token));
      for (const k of antwoord.body.items) uitApi.set(k.id, k.inBeeldStatus);
      if (uitApi.size >= antwoord.body.totaal) break;
    }
    const verschillen = [...dossiers.entries()].filter(([klantId, d]) => {
      const gezien = d.contactmomenten
        .filter((c) => c.teltAlsGezien)
        .map((c) => c.datum)
        .sort();
      const vrijgesteld = d.vrijstellingen.some((v) => isVrijstellingActief(v, peildatum));
      const verwacht = inBeeldStatus({
        laatstGezien: gezien.at(-1) ?? null,
        startdatumUitkering: d.klant.startdatumUitkering,
        norm: normVoor({ dienstverleningscategorie: d.klant.dienstverleningscategorie, vrijgesteld }, normen),
        intakeDagen: normen.intakeDagen,
        peildatum,
      });
      return uitApi.get(klantId) !== verwacht;
    });
    expect(verschillen.map(([id]) => id)).toEqual([]);
    expect(new Set(uitApi.values())).toEqual(new Set(['in_beeld', 'bijna_uit_beeld', 'uit_beeld']));
    // Every category occurs, the organisatie's own (also the deactivated one) included.
    expect(new Set([...dossiers.values()].map((d) => d.klant.dienstverleningscategorie))).toEqual(
      new Set([...DIENSTVERLENINGSCATEGORIEEN, ...EIGEN_CATEGORIE_CODES]),
    );
  });
});
