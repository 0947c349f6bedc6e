import { vandaag } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  dagenGeleden,
  maakKlant,
  maakKlantVan,
  maakMedewerker,
  maakOmgeving,
  TestOmgeving,
} from '../support/factories';
import {
  alleItems,
  gesprekGeleden,
  itemsVan,
  maakAfspraak,
  maakTeam,
  maakVrijstelling,
  nlDatum,
  over,
  registreerContact,
  soortenVan,
} from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();

describe('werkvoorraad: GET /api/werkvoorraad en uitstellen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  const km = () => a.klantmanager.token;
  const jobReady = (velden: Record<string, unknown> = {}) =>
    maakKlant(t, a, { dienstverleningscategorie: 'job_ready', ...velden });

  describe('uit_beeld en bijna_uit_beeld (job_ready: norm 30, waarschuwing 7)', () => {
    it('toont niets zolang het laatste gesprek hoogstens 23 dagen geleden is', async () => {
      const klant = await jobReady();
      await gesprekGeleden(t, km(), klant.id, 23);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });

    it('toont bijna_uit_beeld vanaf dag 24, met vervaldatum laatst gezien + 30', async () => {
      const klant = await jobReady({ voornamen: 'Bert', achternaam: 'Bijna' });
      await gesprekGeleden(t, km(), klant.id, 24);
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          klantId: klant.id,
          klantNaam: 'Bert Bijna',
          soort: 'bijna_uit_beeld',
          vervaldatum: over(6),
          urgentie: 'binnenkort',
          referentieId: null,
          klantmanagerId: a.klantmanager.id,
          laatstGezien: over(-24),
          normDagen: 30,
          reden: '24 dagen niet gesproken; nog 6 dagen binnen de norm van 30.',
        }),
      ]);
    });

    it('toont op de normdag zelf (dag 30) nog bijna_uit_beeld, met urgentie vandaag', async () => {
      const klant = await jobReady();
      await gesprekGeleden(t, km(), klant.id, 30);
      const items = await itemsVan(t, km(), klant.id);
      expect(items.map(({ soort, vervaldatum, urgentie }) => ({ soort, vervaldatum, urgentie }))).toEqual([
        { soort: 'bijna_uit_beeld', vervaldatum: vandaag(), urgentie: 'vandaag' },
      ]);
      expect(items[0].reden).toMatch(/^30 dagen niet gesproken; .*norm van 30/);
    });

    it('toont uit_beeld vanaf de dag na de norm, met urgentie verlopen', async () => {
      const klant = await jobReady();
      await gesprekGeleden(t, km(), klant.id, 31);
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'uit_beeld',
          vervaldatum: over(-1),
          urgentie: 'verlopen',
          referentieId: null,
          reden: '31 dagen niet gesproken; de norm is 30 dagen.',
        }),
      ]);
    });

    it('een brief of no-show haalt uit_beeld niet weg; een gesprek vandaag wel (en ook de no-show opvolging)', async () => {
      const klant = await jobReady();
      await gesprekGeleden(t, km(), klant.id, 40);
      await registreerContact(t, km(), klant.id, {
        kanaal: 'brief',
        resultaat: 'verstuurd',
        plaatsgevondenOp: dagenGeleden(3),
      });
      expect(await soortenVan(t, km(), klant.id)).toEqual(['uit_beeld']);
      await registreerContact(t, km(), klant.id, {
        kanaal: 'gesprek_op_locatie',
        resultaat: 'no_show',
        plaatsgevondenOp: dagenGeleden(2),
      });
      expect(await soortenVan(t, km(), klant.id)).toEqual(['no_show_opvolgen', 'uit_beeld']);

      await registreerContact(t, km(), klant.id); // a gesprek a minute ago
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });

    it('een uitgestroomde klant heeft geen items meer', async () => {
      const klant = await jobReady();
      await gesprekGeleden(t, km(), klant.id, 45);
      expect(await soortenVan(t, km(), klant.id)).toEqual(['uit_beeld']);
      await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(km()))
        .send({ versie: klant.versie, status: 'uitgestroomd', uitstroomdatum: vandaag(), uitstroomreden: 'werk' })
        .expect(200);
      expect(await itemsVan(t, a.teamleider.token, klant.id)).toEqual([]);
    });
  });

  describe('intake_nodig', () => {
    it('een nieuwe klant die nog niet gezien is moet binnen 28 dagen na de startdatum een intake hebben', async () => {
      const klant = await maakKlant(t, a, { startdatumUitkering: vandaag() });
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'intake_nodig',
          vervaldatum: over(28),
          urgentie: 'binnenkort',
          referentieId: null,
          laatstGezien: null,
          reden: `Nog geen intakegesprek; uiterlijk ${nlDatum(over(28))}.`,
        }),
      ]);
    });

    it('is op dag 28 na de startdatum "vandaag" en op dag 29 verlopen', async () => {
      const dag28 = await maakKlant(t, a, { startdatumUitkering: over(-28) });
      const dag29 = await maakKlant(t, a, { startdatumUitkering: over(-29) });
      expect(
        (await itemsVan(t, km(), dag28.id)).map(({ soort, vervaldatum, urgentie }) => ({
          soort,
          vervaldatum,
          urgentie,
        })),
      ).toEqual([{ soort: 'intake_nodig', vervaldatum: vandaag(), urgentie: 'vandaag' }]);
      expect(await itemsVan(t, km(), dag29.id)).toEqual([
        expect.objectContaining({
          soort: 'intake_nodig',
          vervaldatum: over(-1),
          urgentie: 'verlopen',
          reden: `Nog geen intakegesprek; dat had uiterlijk ${nlDatum(over(-1))} moeten zijn.`,
        }),
      ]);
    });

    it('verdwijnt na een gesprek, maar niet na een brief', async () => {
      const klant = await maakKlant(t, a, { startdatumUitkering: over(-29) });
      await registreerContact(t, km(), klant.id, { kanaal: 'brief', resultaat: 'verstuurd' });
      expect(await soortenVan(t, km(), klant.id)).toEqual(['intake_nodig']);
      await registreerContact(t, km(), klant.id);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });
  });

  describe('no_show_opvolgen', () => {
    it('volgt de laatste poging op als dat een no-show was: vervaldatum no-showdatum + 7, verwijzend naar dat contactmoment', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 10);
      const noShow = await registreerContact(t, km(), klant.id, {
        resultaat: 'no_show',
        plaatsgevondenOp: dagenGeleden(3),
      });
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'no_show_opvolgen',
          referentieId: noShow.id,
          vervaldatum: over(4),
          urgentie: 'binnenkort',
          reden: `Niet verschenen op ${nlDatum(over(-3))} en nog niet opgevolgd.`,
        }),
      ]);
    });

    it('is 7 dagen na de no-show "vandaag" en 8 dagen erna verlopen', async () => {
      const zeven = await maakKlant(t, a);
      const acht = await maakKlant(t, a);
      for (const [klant, dagen] of [
        [zeven, 7],
        [acht, 8],
      ] as const) {
        await gesprekGeleden(t, km(), klant.id, 20);
        await registreerContact(t, km(), klant.id, {
          kanaal: 'telefoon',
          resultaat: 'no_show',
          plaatsgevondenOp: dagenGeleden(dagen),
        });
      }
      expect((await itemsVan(t, km(), zeven.id)).map((i) => [i.soort, i.vervaldatum, i.urgentie])).toEqual([
        ['no_show_opvolgen', vandaag(), 'vandaag'],
      ]);
      expect((await itemsVan(t, km(), acht.id)).map((i) => [i.soort, i.vervaldatum, i.urgentie])).toEqual([
        ['no_show_opvolgen', over(-1), 'verlopen'],
      ]);
    });

    it('een ouder contactmoment dat later is ingevoerd verandert niets; een later contact van welke soort ook haalt het item weg', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 10);
      const noShow = await registreerContact(t, km(), klant.id, {
        resultaat: 'no_show',
        plaatsgevondenOp: dagenGeleden(4),
      });
      await registreerContact(t, km(), klant.id, {
        kanaal: 'brief',
        resultaat: 'verstuurd',
        plaatsgevondenOp: dagenGeleden(5),
      });
      expect((await itemsVan(t, km(), klant.id)).map((i) => [i.soort, i.referentieId])).toEqual([
        ['no_show_opvolgen', noShow.id],
      ]);

      await registreerContact(t, km(), klant.id, {
        kanaal: 'brief',
        resultaat: 'verstuurd',
        plaatsgevondenOp: dagenGeleden(2),
      });
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });
  });

  describe('afspraak_verlopen', () => {
    it('een lopende afspraak met einddatum gisteren geeft een item; einddatum vandaag nog niet', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 2);
      const gisteren = await maakAfspraak(t, km(), klant.id, {
        omschrijving: 'Sollicitatietraining afronden',
        einddatum: over(-1),
      });
      await maakAfspraak(t, km(), klant.id, { einddatum: vandaag() });
      await maakAfspraak(t, km(), klant.id, { einddatum: over(-5), status: 'niet_nagekomen' });
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'afspraak_verlopen',
          referentieId: gisteren.id,
          vervaldatum: over(-1),
          urgentie: 'verlopen',
          reden: `Afspraak "Sollicitatietraining afronden" liep af op ${nlDatum(over(-1))} en staat nog op lopend.`,
        }),
      ]);
    });

    it('verdwijnt zodra de afspraak op nagekomen wordt gezet', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 2);
      const afspraak = await maakAfspraak(t, km(), klant.id, { einddatum: over(-3) });
      expect(await soortenVan(t, km(), klant.id)).toEqual(['afspraak_verlopen']);
      await t
        .http()
        .patch(`/api/afspraken/${afspraak.id}`)
        .set(bearer(km()))
        .send({ versie: afspraak.versie, status: 'nagekomen' })
        .expect(200);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });
  });

  describe('vrijstelling_herbeoordelen en vrijstelling_verlopen', () => {
    it('komt 14 dagen voor de herbeoordelingsdatum in de werkvoorraad, 15 dagen ervoor nog niet', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 2);
      const veertien = await maakVrijstelling(t, km(), klant.id, { herbeoordelingsdatum: over(14) });
      await maakVrijstelling(t, km(), klant.id, { herbeoordelingsdatum: over(15) });
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'vrijstelling_herbeoordelen',
          referentieId: veertien.id,
          vervaldatum: over(14),
          urgentie: 'binnenkort',
          reden: `Vrijstelling herbeoordelen uiterlijk ${nlDatum(over(14))}.`,
        }),
      ]);
    });

    it('een gemiste herbeoordelingsdatum is verlopen', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 2);
      const vrijstelling = await maakVrijstelling(t, km(), klant.id, {
        ingangsdatum: over(-60),
        herbeoordelingsdatum: over(-1),
      });
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'vrijstelling_herbeoordelen',
          referentieId: vrijstelling.id,
          vervaldatum: over(-1),
          urgentie: 'verlopen',
          reden: `Vrijstelling had op ${nlDatum(over(-1))} herbeoordeeld moeten worden.`,
        }),
      ]);
    });

    it('een informele vrijstelling met einddatum gisteren is verlopen; met einddatum vandaag niet', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 2);
      const informeel = {
        soort: 'informeel',
        reden: 'multiproblematiek',
        beschikkingKenmerk: undefined,
        beschikkingDatum: undefined,
        ingangsdatum: over(-60),
      };
      const verlopen = await maakVrijstelling(t, km(), klant.id, {
        ...informeel,
        einddatum: over(-1),
        herbeoordelingsdatum: over(-30),
      });
      await maakVrijstelling(t, km(), klant.id, { ...informeel, einddatum: vandaag(), herbeoordelingsdatum: over(20) });
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'vrijstelling_verlopen',
          referentieId: verlopen.id,
          vervaldatum: over(-1),
          urgentie: 'verlopen',
          reden: `Informele vrijstelling liep af op ${nlDatum(over(-1))}: verlengen of afsluiten.`,
        }),
      ]);
    });

    it('een ingetrokken verlopen vrijstelling verdwijnt uit de werkvoorraad', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 2);
      const vrijstelling = await maakVrijstelling(t, km(), klant.id, {
        soort: 'informeel',
        reden: 'zorgtaken_overig',
        beschikkingKenmerk: undefined,
        beschikkingDatum: undefined,
        ingangsdatum: over(-90),
        einddatum: over(-1),
        herbeoordelingsdatum: over(-10),
      });
      expect(await soortenVan(t, km(), klant.id)).toEqual(['vrijstelling_verlopen']);
      await t
        .http()
        .patch(`/api/vrijstellingen/${vrijstelling.id}`)
        .set(bearer(km()))
        .send({ versie: vrijstelling.versie, ingetrokkenOp: vandaag() })
        .expect(200);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });
  });

  describe('geen_klantmanager', () => {
    it('staat alleen in de werkvoorraad van de teamleider, niet in die van een klantmanager', async () => {
      const klant = await maakKlant(t, a, { klantmanagerId: null }, a.teamleider.token);
      // Never seen since 400 days: the overdue intake comes first, then the unassigned client (due today).
      expect(await itemsVan(t, a.teamleider.token, klant.id)).toEqual([
        expect.objectContaining({ soort: 'intake_nodig', urgentie: 'verlopen' }),
        expect.objectContaining({
          soort: 'geen_klantmanager',
          vervaldatum: vandaag(),
          urgentie: 'vandaag',
          klantmanagerId: null,
          referentieId: null,
          reden: `Klant heeft sinds ${nlDatum(vandaag())} geen klantmanager.`,
        }),
      ]);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });

    it('de vervaldatum is de dag sinds de klant geen klantmanager heeft; toewijzen haalt het item weg', async () => {
      const klant = await maakKlant(t, a, { klantmanagerId: null }, a.teamleider.token);
      await gesprekGeleden(t, a.teamleider.token, klant.id, 1);
      await t.db.query(
        `UPDATE klant_toewijzing SET van = now() - interval '10 days' WHERE klant_id = $1 AND tot IS NULL`,
        [klant.id],
      );
      expect(
        (await itemsVan(t, a.teamleider.token, klant.id)).map((i) => [i.soort, i.vervaldatum, i.urgentie]),
      ).toEqual([['geen_klantmanager', over(-10), 'verlopen']]);
      await t
        .http()
        .post('/api/klanten/herverdelen')
        .set(bearer(a.teamleider.token))
        .send({ klantIds: [klant.id], naarKlantmanagerId: a.klantmanager.id })
        .expect(200);
      expect(await itemsVan(t, a.teamleider.token, klant.id)).toEqual([]);
    });
  });

  describe('plan_evalueren en plan_nodig (plan en gesprek ingevoegd met SQL)', () => {
    /** A klant-in-beeld-gesprek `dagen` days ago: its contactmoment through the API, the gesprek row with SQL. */
    async function gesprekRij(klantId: string, dagen: number): Promise<string> {
      const contact = await gesprekGeleden(t, km(), klantId, dagen);
      const [{ id }] = await t.db.query(
        `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op,
                              berekend_categorie, berekend_pad, advies_categorie, dienstverleningspad)
         SELECT c.organisatie_id, c.klant_id, c.medewerker_id, c.id, i.id, c.plaatsgevonden_op,
                'job_ready', 'intensief_naar_werk', 'job_ready', 'intensief_naar_werk'
           FROM contactmoment c JOIN leefgebieden_instrument i ON i.organisatie_id = c.organisatie_id AND i.versie = 1
          WHERE c.id = $1 RETURNING id`,
        [contact.id],
      );
      return id;
    }

    /** A plan last changed `gewijzigdGeleden` days ago (noon, Dutch time), with its doelen. */
    async function planRij(
      klantId: string,
      velden: {
        evaluatiedatum: string;
        gewijzigdGeleden?: number;
        doelen?: { omschrijving: string; streefdatum: string; status?: string }[];
      },
    ): Promise<{ id: string; doelIds: string[] }> {
      const [{ id }] = await t.db.query(
        `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op, gewijzigd_op)
         VALUES ($1, $2, $3, $4, ($5::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam', ($5::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam')
         RETURNING id`,
        [a.organisatie.id, klantId, a.klantmanager.id, velden.evaluatiedatum, over(-(velden.gewijzigdGeleden ?? 0))],
      );
      const doelIds: string[] = [];
      for (const [i, d] of (velden.doelen ?? []).entries()) {
        const [doel] = await t.db.query(
          `INSERT INTO plan_doel (organisatie_id, klant_id, plan_id, omschrijving, streefdatum, status, volgorde)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [a.organisatie.id, klantId, id, d.omschrijving, d.streefdatum, d.status ?? 'lopend', i + 1],
        );
        doelIds.push(doel.id);
      }
      return { id, doelIds };
    }

    /** A client seen two days ago (in beeld), so only the plan kinds show. */
    async function gezieneKlant() {
      const klant = await jobReady();
      await gesprekGeleden(t, km(), klant.id, 2);
      return klant;
    }

    it('plan_evalueren komt 14 dagen voor de evaluatiedatum, 15 dagen ervoor nog niet; referentie is het plan', async () => {
      const veertien = await gezieneKlant();
      const vijftien = await gezieneKlant();
      const plan = await planRij(veertien.id, { evaluatiedatum: over(14) });
      await planRij(vijftien.id, { evaluatiedatum: over(15) });
      expect(await itemsVan(t, km(), veertien.id)).toEqual([
        expect.objectContaining({
          soort: 'plan_evalueren',
          vervaldatum: over(14),
          urgentie: 'binnenkort',
          referentieId: plan.id,
          reden: `Evaluatie van het plan op ${nlDatum(over(14))}.`,
        }),
      ]);
      expect(await itemsVan(t, km(), vijftien.id)).toEqual([]);
    });

    it('een gemiste evaluatiedatum is verlopen; vandaag is "vandaag"', async () => {
      const gemist = await gezieneKlant();
      const vandaagKlant = await gezieneKlant();
      await planRij(gemist.id, { evaluatiedatum: over(-3) });
      await planRij(vandaagKlant.id, { evaluatiedatum: vandaag() });
      expect(await itemsVan(t, km(), gemist.id)).toEqual([
        expect.objectContaining({
          soort: 'plan_evalueren',
          urgentie: 'verlopen',
          reden: `Het plan had op ${nlDatum(over(-3))} geëvalueerd moeten worden.`,
        }),
      ]);
      expect((await itemsVan(t, km(), vandaagKlant.id)).map((i) => i.urgentie)).toEqual(['vandaag']);
    });

    it('een lopend doel met streefdatum gisteren geeft plan_evalueren naar het doel; vandaag nog niet; behaald haalt het weg', async () => {
      const klant = await gezieneKlant();
      const plan = await planRij(klant.id, {
        evaluatiedatum: over(60),
        doelen: [
          { omschrijving: 'Taalcursus NT2 afronden', streefdatum: over(-1) },
          { omschrijving: 'Vrijwilligerswerk zoeken', streefdatum: vandaag() },
          { omschrijving: 'Schulden in beeld', streefdatum: over(-10), status: 'behaald' },
        ],
      });
      expect(await itemsVan(t, km(), klant.id)).toEqual([
        expect.objectContaining({
          soort: 'plan_evalueren',
          vervaldatum: over(-1),
          urgentie: 'verlopen',
          referentieId: plan.doelIds[0],
          reden: `Doel "Taalcursus NT2 afronden" had op ${nlDatum(over(-1))} bereikt moeten zijn en staat nog op lopend.`,
        }),
      ]);
      await t.db.query(`UPDATE plan_doel SET status = 'behaald' WHERE id = $1`, [plan.doelIds[0]]);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });

    it('plan_nodig: een gesprek zonder plan is 28 dagen later "vandaag", na 27 dagen nog niets; referentie is het gesprek', async () => {
      const achtentwintig = await jobReady();
      const zevenentwintig = await jobReady();
      const gesprek = await gesprekRij(achtentwintig.id, 28);
      await gesprekRij(zevenentwintig.id, 27);
      expect(await itemsVan(t, km(), achtentwintig.id, { soort: 'plan_nodig' })).toEqual([
        expect.objectContaining({
          soort: 'plan_nodig',
          vervaldatum: vandaag(),
          urgentie: 'vandaag',
          referentieId: gesprek,
          reden: `Gesprek van ${nlDatum(over(-28))} heeft na 28 dagen nog geen plan van aanpak.`,
        }),
      ]);
      expect(await itemsVan(t, km(), zevenentwintig.id, { soort: 'plan_nodig' })).toEqual([]);
    });

    it('plan_nodig: een plan van de dag vóór het gesprek telt niet, een plan van de gespreksdag wel', async () => {
      const klant = await jobReady();
      await gesprekRij(klant.id, 40);
      const plan = await planRij(klant.id, { evaluatiedatum: over(60), gewijzigdGeleden: 41 });
      expect(
        (await itemsVan(t, km(), klant.id, { soort: 'plan_nodig' })).map((i) => [i.vervaldatum, i.urgentie]),
      ).toEqual([[over(-12), 'verlopen']]);
      await t.db.query(
        `UPDATE plan SET gewijzigd_op = ($2::date + time '00:30') AT TIME ZONE 'Europe/Amsterdam' WHERE id = $1`,
        [plan.id, over(-40)],
      );
      expect(await itemsVan(t, km(), klant.id, { soort: 'plan_nodig' })).toEqual([]);
    });

    it('een uitgestroomde klant heeft geen plan-items', async () => {
      const klant = await jobReady();
      await gesprekRij(klant.id, 40);
      await planRij(klant.id, { evaluatiedatum: over(-1), gewijzigdGeleden: 50 });
      expect(await soortenVan(t, km(), klant.id)).toEqual(['plan_evalueren', 'plan_nodig', 'uit_beeld']);
      await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(km()))
        .send({ versie: klant.versie, status: 'uitgestroomd', uitstroomdatum: vandaag(), uitstroomreden: 'werk' })
        .expect(200);
      expect(await itemsVan(t, a.teamleider.token, klant.id)).toEqual([]);
    });

    it('uitstellen van plan_evalueren (met het plan als referentie) en plan_nodig (met het gesprek) verbergt alleen dat item', async () => {
      const klant = await jobReady();
      const gesprek = await gesprekRij(klant.id, 2);
      // Client seen 2 days ago (in beeld), the gesprek dated 32 days back and a plan older than it: both kinds open.
      await t.db.query(`UPDATE gesprek SET gevoerd_op = gevoerd_op - interval '30 days' WHERE id = $1`, [gesprek]);
      const plan = await planRij(klant.id, { evaluatiedatum: over(5), gewijzigdGeleden: 35 });
      expect((await itemsVan(t, km(), klant.id)).map((i) => i.soort)).toEqual(['plan_nodig', 'plan_evalueren']);

      const stelUit = (body: Record<string, unknown>) =>
        t
          .http()
          .post('/api/werkvoorraad/uitstellen')
          .set(bearer(km()))
          .send({ klantId: klant.id, totDatum: over(7), reden: 'Evaluatie gepland na de vakantie', ...body });
      const zonderReferentie = await stelUit({ soort: 'plan_evalueren' });
      expect(zonderReferentie.status).toBe(422);
      expect(zonderReferentie.body.code).toBe('GEEN_OPEN_ITEM');
      const evalueren = await stelUit({ soort: 'plan_evalueren', referentieId: plan.id });
      expect(evalueren.status).toBe(201);
      expect(evalueren.body).toMatchObject({ soort: 'plan_evalueren', referentieId: plan.id, lopend: true });
      expect((await itemsVan(t, km(), klant.id)).map((i) => i.soort)).toEqual(['plan_nodig']);

      const nodig = await stelUit({ soort: 'plan_nodig', referentieId: gesprek });
      expect(nodig.status).toBe(201);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);

      // On its totDatum the plan_evalueren item is back.
      await t.db.query(`UPDATE werkvoorraad_uitstel SET tot_datum = $2 WHERE id = $1`, [evalueren.body.id, vandaag()]);
      expect((await itemsVan(t, km(), klant.id)).map((i) => [i.soort, i.referentieId])).toEqual([
        ['plan_evalueren', plan.id],
      ]);
    });
  });

  describe('volgorde, filter, paginering en aantallen per soort', () => {
    let s: TestOmgeving;
    const verwachteVolgorde: [string, string, string, string][] = [];

    beforeAll(async () => {
      s = await maakOmgeving(t);
      const token = s.klantmanager.token;
      const k = (achternaam: string, velden: Record<string, unknown> = {}) =>
        maakKlant(t, s, { voornamen: 'Klant', achternaam, ...velden });
      const uit = await k('Uit', { dienstverleningscategorie: 'job_ready' });
      await gesprekGeleden(t, token, uit.id, 31);
      const bijna = await k('Bijna', { dienstverleningscategorie: 'job_ready' });
      await gesprekGeleden(t, token, bijna.id, 26);
      const intakeLaat = await k('IntakeLaat', { startdatumUitkering: over(-40) });
      const afspraak = await k('Afspraak');
      await gesprekGeleden(t, token, afspraak.id, 2);
      await maakAfspraak(t, token, afspraak.id, { einddatum: over(-5) });
      const nieuw = await k('Nieuw', { startdatumUitkering: vandaag() });
      const noShow = await k('NoShow');
      await gesprekGeleden(t, token, noShow.id, 10);
      await registreerContact(t, token, noShow.id, { resultaat: 'no_show', plaatsgevondenOp: dagenGeleden(7) });
      const inBeeld = await k('InBeeld');
      await gesprekGeleden(t, token, inBeeld.id, 1);
      verwachteVolgorde.push(
        [intakeLaat.id, 'intake_nodig', over(-12), 'verlopen'],
        [afspraak.id, 'afspraak_verlopen', over(-5), 'verlopen'],
        [uit.id, 'uit_beeld', over(-1), 'verlopen'],
        [noShow.id, 'no_show_opvolgen', vandaag(), 'vandaag'],
        [bijna.id, 'bijna_uit_beeld', over(4), 'binnenkort'],
        [nieuw.id, 'intake_nodig', over(28), 'binnenkort'],
      );
    });

    const rij = (i: { klantId: string; soort: string; vervaldatum: string; urgentie: string }) => [
      i.klantId,
      i.soort,
      i.vervaldatum,
      i.urgentie,
    ];

    it('zet verlopen items eerst en sorteert verder op vervaldatum, oplopend', async () => {
      const antwoord = await t.http().get('/api/werkvoorraad').set(bearer(s.klantmanager.token));
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({ totaal: 6, page: 1, pageSize: 50, peildatum: vandaag() });
      expect(antwoord.body.items.map(rij)).toEqual(verwachteVolgorde);
    });

    it('telt de items per soort', async () => {
      const antwoord = await t.http().get('/api/werkvoorraad').set(bearer(s.klantmanager.token));
      expect(antwoord.body.perSoort).toEqual({
        intake_nodig: 2,
        afspraak_verlopen: 1,
        uit_beeld: 1,
        no_show_opvolgen: 1,
        bijna_uit_beeld: 1,
      });
    });

    it('filtert op soort; perSoort blijft de aantallen zonder filter tonen', async () => {
      const antwoord = await t
        .http()
        .get('/api/werkvoorraad')
        .query({ soort: 'intake_nodig' })
        .set(bearer(s.klantmanager.token));
      expect(antwoord.status).toBe(200);
      expect(antwoord.body.totaal).toBe(2);
      expect(antwoord.body.items.map(rij)).toEqual([verwachteVolgorde[0], verwachteVolgorde[5]]);
      expect(antwoord.body.perSoort).toEqual({
        intake_nodig: 2,
        afspraak_verlopen: 1,
        uit_beeld: 1,
        no_show_opvolgen: 1,
        bijna_uit_beeld: 1,
      });
      const leeg = await t
        .http()
        .get('/api/werkvoorraad')
        .query({ soort: 'vrijstelling_verlopen' })
        .set(bearer(s.klantmanager.token));
      expect(leeg.body).toMatchObject({ items: [], totaal: 0 });
      const onbekend = await t
        .http()
        .get('/api/werkvoorraad')
        .query({ soort: 'alles' })
        .set(bearer(s.klantmanager.token));
      expect(onbekend.status).toBe(400);
      expect(velden(onbekend.body)).toEqual(['soort']);
    });

    it('pagineert in dezelfde volgorde, met het totaal over alle pagina’s', async () => {
      const tweede = await t
        .http()
        .get('/api/werkvoorraad')
        .query({ page: 2, pageSize: 2 })
        .set(bearer(s.klantmanager.token));
      expect(tweede.body).toMatchObject({ totaal: 6, page: 2, pageSize: 2 });
      expect(tweede.body.items.map(rij)).toEqual(verwachteVolgorde.slice(2, 4));
      const voorbij = await t
        .http()
        .get('/api/werkvoorraad')
        .query({ page: 4, pageSize: 2 })
        .set(bearer(s.klantmanager.token));
      expect(voorbij.body).toMatchObject({ items: [], totaal: 6, page: 4 });
      const teGroot = await t
        .http()
        .get('/api/werkvoorraad')
        .query({ pageSize: 201 })
        .set(bearer(s.klantmanager.token));
      expect(teGroot.status).toBe(400);
      expect(velden(teGroot.body)).toEqual(['pageSize']);
    });

    it('geeft bij elk item een reden als Nederlandse zin', async () => {
      const { items } = await alleItems(t, s.klantmanager.token);
      expect(items).toHaveLength(6);
      for (const item of items) {
        expect(item.reden).toMatch(/^[A-Z0-9].{10,}\.$/);
        expect(item.reden).not.toMatch(/undefined|null|NaN|Invalid/);
      }
      expect(items.find((i) => i.soort === 'bijna_uit_beeld')!.reden).toBe(
        '26 dagen niet gesproken; nog 4 dagen binnen de norm van 30.',
      );
    });
  });

  describe('bereik: wiens werkvoorraad', () => {
    let c: TestOmgeving;
    let km2: { id: string };
    let kmAnderTeam: { id: string };
    let anderTeamId: string;
    const klanten = {} as Record<'eigen' | 'collega' | 'anderTeam' | 'zonder' | 'vanB', string>;

    beforeAll(async () => {
      c = await maakOmgeving(t);
      km2 = await maakMedewerker(t.db, {
        organisatieId: c.organisatie.id,
        teamId: c.organisatie.teamId,
        rol: 'klantmanager',
      });
      anderTeamId = await maakTeam(t.db, c.organisatie.id);
      kmAnderTeam = await maakMedewerker(t.db, {
        organisatieId: c.organisatie.id,
        teamId: anderTeamId,
        rol: 'klantmanager',
      });
      // All never seen, started 400 days ago: each has an open intake_nodig item.
      klanten.eigen = (await maakKlant(t, c)).id;
      klanten.collega = (await maakKlant(t, c, { klantmanagerId: km2.id })).id;
      klanten.anderTeam = (await maakKlantVan(t, c, kmAnderTeam.id)).id;
      klanten.zonder = (await maakKlant(t, c, { klantmanagerId: null })).id;
      klanten.vanB = (await maakKlant(t, b)).id;
    });

    const klantIds = async (token: string, query: Record<string, string> = {}) =>
      [...new Set((await alleItems(t, token, query)).items.map((i) => i.klantId))].sort();

    it('een klantmanager ziet alleen de eigen klanten', async () => {
      expect(await klantIds(c.klantmanager.token)).toEqual([klanten.eigen]);
      expect(await klantIds(c.klantmanager.token, { medewerkerId: c.klantmanager.id })).toEqual([klanten.eigen]);
    });

    it('een klantmanager mag niet de werkvoorraad van een ander of van het team opvragen (403)', async () => {
      for (const query of [
        { medewerkerId: km2.id },
        { medewerkerId: b.klantmanager.id },
        { teamId: c.organisatie.teamId },
      ]) {
        const antwoord = await t.http().get('/api/werkvoorraad').query(query).set(bearer(c.klantmanager.token));
        expect(antwoord.status).toBe(403);
      }
    });

    it('een teamleider ziet standaard het eigen team met de klanten zonder klantmanager', async () => {
      const verwacht = [klanten.eigen, klanten.collega, klanten.zonder].sort();
      expect(await klantIds(c.teamleider.token)).toEqual(verwacht);
      expect(await klantIds(c.teamleider.token, { teamId: c.organisatie.teamId })).toEqual(verwacht);
    });

    it('een teamleider kan de werkvoorraad van één klantmanager uit het eigen team opvragen', async () => {
      expect(await klantIds(c.teamleider.token, { medewerkerId: km2.id })).toEqual([klanten.collega]);
    });

    it('een klantmanager of team buiten het eigen team geeft 403, buiten de organisatie 404', async () => {
      const vraag = (query: Record<string, string>) =>
        t.http().get('/api/werkvoorraad').query(query).set(bearer(c.teamleider.token));
      expect((await vraag({ medewerkerId: kmAnderTeam.id })).status).toBe(403);
      expect((await vraag({ teamId: anderTeamId })).status).toBe(403);
      const medewerkerB = await vraag({ medewerkerId: b.klantmanager.id });
      expect(medewerkerB.status).toBe(404);
      expect(medewerkerB.body.code).toBe('NIET_GEVONDEN');
      expect((await vraag({ teamId: b.organisatie.teamId })).status).toBe(404);
    });

    it('is niet voor beleid en beheerder (403)', async () => {
      for (const token of [c.beleid.token, c.beheerder.token]) {
        expect((await t.http().get('/api/werkvoorraad').set(bearer(token))).status).toBe(403);
      }
    });

    it('de werkvoorraad van een andere organisatie toont nooit klanten van deze', async () => {
      const vanB = await klantIds(b.teamleider.token);
      expect(vanB).toContain(klanten.vanB);
      const vanBKlantmanager = await klantIds(b.klantmanager.token);
      expect(vanBKlantmanager).toContain(klanten.vanB);
      for (const id of [klanten.eigen, klanten.collega, klanten.anderTeam, klanten.zonder]) {
        expect(vanB).not.toContain(id);
        expect(vanBKlantmanager).not.toContain(id);
      }
    });
  });

  describe('uitstellen', () => {
    const uitstel = (velden: Record<string, unknown>) => ({
      totDatum: over(7),
      reden: 'Klant is opgenomen in het ziekenhuis; bellen na ontslag',
      ...velden,
    });
    const stelUit = (token: string, body: Record<string, unknown>) =>
      t.http().post('/api/werkvoorraad/uitstellen').set(bearer(token)).send(body);

    async function uitBeeldKlant(omgeving = a) {
      const klant = await maakKlant(t, omgeving, {
        dienstverleningscategorie: 'job_ready',
        voornamen: 'Uitstel',
        achternaam: `Klant ${Math.random().toString(36).slice(2, 6)}`,
      });
      await gesprekGeleden(t, omgeving.klantmanager.token, klant.id, 31);
      return klant;
    }

    it('uitstellen geeft 201 en verbergt het item tot de totDatum; op die dag komt het terug', async () => {
      const klant = await uitBeeldKlant();
      const antwoord = await stelUit(km(), uitstel({ klantId: klant.id, soort: 'uit_beeld' }));
      expect(antwoord.status).toBe(201);
      expect(antwoord.body).toMatchObject({
        klantId: klant.id,
        klantNaam: `${klant.voornamen} ${klant.achternaam}`,
        soort: 'uit_beeld',
        referentieId: null,
        totDatum: over(7),
        reden: 'Klant is opgenomen in het ziekenhuis; bellen na ontslag',
        medewerkerId: a.klantmanager.id,
        medewerkerNaam: 'Test klantmanager',
        lopend: true,
      });
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
      expect(await itemsVan(t, a.teamleider.token, klant.id)).toEqual([]);

      await t.db.query(`UPDATE werkvoorraad_uitstel SET tot_datum = $2 WHERE id = $1`, [antwoord.body.id, over(1)]);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
      await t.db.query(`UPDATE werkvoorraad_uitstel SET tot_datum = $2 WHERE id = $1`, [antwoord.body.id, vandaag()]);
      expect((await itemsVan(t, km(), klant.id)).map((i) => [i.soort, i.urgentie])).toEqual([
        ['uit_beeld', 'verlopen'],
      ]);
    });

    it('een uitstel verbergt het item zolang de peildatum voor de totDatum ligt', async () => {
      const klant = await uitBeeldKlant();
      const [{ id }] = await t.db.query(
        `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, referentie_id, tot_datum, reden, medewerker_id)
         VALUES ($1, $2, 'uit_beeld', NULL, $3, 'Klant belt zelf terug', $4) RETURNING id`,
        [a.organisatie.id, klant.id, over(1), a.klantmanager.id],
      );
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
      await t.db.query(`UPDATE werkvoorraad_uitstel SET tot_datum = $2 WHERE id = $1`, [id, vandaag()]);
      expect((await itemsVan(t, km(), klant.id)).map((i) => [i.soort, i.vervaldatum])).toEqual([
        ['uit_beeld', over(-1)],
      ]);
      // An uitstel of another kind (or another referentie) hides nothing.
      await t.db.query(
        `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, referentie_id, tot_datum, reden, medewerker_id)
         VALUES ($1, $2, 'bijna_uit_beeld', NULL, $3, 'Verkeerde soort', $4)`,
        [a.organisatie.id, klant.id, over(5), a.klantmanager.id],
      );
      expect(await soortenVan(t, km(), klant.id)).toEqual(['uit_beeld']);
    });

    it('stelt een no-show opvolging uit via het contactmoment (referentieId); zonder referentieId staat dat item niet open', async () => {
      const klant = await maakKlant(t, a);
      await gesprekGeleden(t, km(), klant.id, 10);
      const noShow = await registreerContact(t, km(), klant.id, {
        resultaat: 'no_show',
        plaatsgevondenOp: dagenGeleden(1),
      });
      const zonderReferentie = await stelUit(km(), uitstel({ klantId: klant.id, soort: 'no_show_opvolgen' }));
      expect(zonderReferentie.status).toBe(422);
      expect(zonderReferentie.body.code).toBe('GEEN_OPEN_ITEM');
      const met = await stelUit(
        km(),
        uitstel({ klantId: klant.id, soort: 'no_show_opvolgen', referentieId: noShow.id }),
      );
      expect(met.status).toBe(201);
      expect(met.body.referentieId).toBe(noShow.id);
      expect(await itemsVan(t, km(), klant.id)).toEqual([]);
    });

    it('eist een reden en een totDatum van morgen tot en met 90 dagen vooruit', async () => {
      const klant = await uitBeeldKlant();
      const basis = { klantId: klant.id, soort: 'uit_beeld' };
      const zonderReden = await stelUit(km(), { ...basis, totDatum: over(7) });
      expect(zonderReden.status).toBe(400);
      expect(velden(zonderReden.body)).toEqual(['reden']);
      for (const reden of ['', '   ']) {
        const leeg = await stelUit(km(), uitstel({ ...basis, reden }));
        expect(leeg.status).toBe(400);
        expect(velden(leeg.body)).toEqual(['reden']);
      }
      for (const totDatum of [vandaag(), over(-1), over(91), '2026-02-30', undefined]) {
        const fout = await stelUit(km(), uitstel({ ...basis, totDatum }));
        expect(fout.status).toBe(400);
        expect(velden(fout.body)).toEqual(['totDatum']);
      }
      expect(await soortenVan(t, km(), klant.id)).toEqual(['uit_beeld']);
      const precies90 = await stelUit(km(), uitstel({ ...basis, totDatum: over(90) }));
      expect(precies90.status).toBe(201);
      expect(precies90.body.totDatum).toBe(over(90));
    });

    it('noemt een ongeldige totDatum en een lege reden tegelijk', async () => {
      const klant = await uitBeeldKlant();
      const antwoord = await stelUit(
        km(),
        uitstel({ klantId: klant.id, soort: 'uit_beeld', totDatum: vandaag(), reden: '   ' }),
      );
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['reden', 'totDatum']);
    });

    it('weigert een item dat niet openstaat of al is uitgesteld met 422 GEEN_OPEN_ITEM', async () => {
      const klant = await uitBeeldKlant();
      const nietOpen = await stelUit(km(), uitstel({ klantId: klant.id, soort: 'afspraak_verlopen' }));
      expect(nietOpen.status).toBe(422);
      expect(nietOpen.body).toMatchObject({ statusCode: 422, code: 'GEEN_OPEN_ITEM' });
      expect(nietOpen.body.message).toMatch(/staat niet/);
      const bijna = await stelUit(km(), uitstel({ klantId: klant.id, soort: 'bijna_uit_beeld' }));
      expect(bijna.status).toBe(422);
      await stelUit(km(), uitstel({ klantId: klant.id, soort: 'uit_beeld' })).expect(201);
      const nogmaals = await stelUit(km(), uitstel({ klantId: klant.id, soort: 'uit_beeld', totDatum: over(30) }));
      expect(nogmaals.status).toBe(422);
      expect(nogmaals.body.code).toBe('GEEN_OPEN_ITEM');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM werkvoorraad_uitstel WHERE klant_id = $1`, [
        klant.id,
      ]);
      expect(n).toBe(1);
    });

    it('een klant van een andere organisatie geeft 404 en wordt niet uitgesteld', async () => {
      const klantB = await uitBeeldKlant(b);
      const antwoord = await stelUit(km(), uitstel({ klantId: klantB.id, soort: 'uit_beeld' }));
      expect(antwoord.status).toBe(404);
      expect(antwoord.body.code).toBe('NIET_GEVONDEN');
      expect(await soortenVan(t, b.klantmanager.token, klantB.id)).toEqual(['uit_beeld']);
    });

    it('is niet voor beleid en beheerder (403)', async () => {
      const klant = await uitBeeldKlant();
      for (const token of [a.beleid.token, a.beheerder.token]) {
        expect((await stelUit(token, uitstel({ klantId: klant.id, soort: 'uit_beeld' }))).status).toBe(403);
      }
    });

    it('legt het uitstel vast in de wijzigingsaudit', async () => {
      const klant = await uitBeeldKlant();
      const gemaakt = await stelUit(
        km(),
        uitstel({ klantId: klant.id, soort: 'uit_beeld', reden: 'Op vakantie tot half december' }),
      );
      expect(gemaakt.status).toBe(201);
      const audit = await t
        .http()
        .get('/api/audit/wijzigingen')
        .query({ klantId: klant.id })
        .set(bearer(a.privacy.token));
      expect(audit.status).toBe(200);
      const uitstelRecords = audit.body.items.filter((w: { resource: string }) => w.resource === 'uitstel');
      expect(uitstelRecords).toEqual([
        expect.objectContaining({
          resource: 'uitstel',
          resourceId: gemaakt.body.id,
          actie: 'aangemaakt',
          medewerkerId: a.klantmanager.id,
          klantId: klant.id,
          wijzigingen: {
            oud: null,
            nieuw: expect.objectContaining({
              soort: 'uit_beeld',
              totDatum: over(7),
              reden: 'Op vakantie tot half december',
            }),
          },
        }),
      ]);
    });

    describe('GET /api/werkvoorraad/uitstellen', () => {
      let u: TestOmgeving;
      let verlopenId: string;
      let lopendId: string;

      beforeAll(async () => {
        // Recorded straight in the table, so the list is tested apart from POST /api/werkvoorraad/uitstellen.
        u = await maakOmgeving(t);
        const een = await uitBeeldKlant(u);
        const twee = await uitBeeldKlant(u);
        const leg = async (klantId: string, medewerkerId: string, totDatum: string, reden: string): Promise<string> => {
          const [{ id }] = await t.db.query(
            `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, referentie_id, tot_datum, reden, medewerker_id)
             VALUES ($1, $2, 'uit_beeld', NULL, $3, $4, $5) RETURNING id`,
            [u.organisatie.id, klantId, totDatum, reden, medewerkerId],
          );
          return id;
        };
        verlopenId = await leg(een.id, u.klantmanager.id, vandaag(), 'Eerst schuldhulp afwachten');
        lopendId = await leg(twee.id, u.teamleider.id, over(14), 'Klant verhuist');
      });

      it('toont de teamleider wie wat heeft uitgesteld, tot wanneer en waarom', async () => {
        const antwoord = await t.http().get('/api/werkvoorraad/uitstellen').set(bearer(u.teamleider.token));
        expect(antwoord.status).toBe(200);
        expect(antwoord.body.totaal).toBe(2);
        const perId = new Map(antwoord.body.items.map((i: { id: string }) => [i.id, i]));
        expect(perId.get(verlopenId)).toMatchObject({
          soort: 'uit_beeld',
          reden: 'Eerst schuldhulp afwachten',
          medewerkerId: u.klantmanager.id,
          medewerkerNaam: 'Test klantmanager',
          totDatum: vandaag(),
          lopend: false,
          klantNaam: expect.stringMatching(/^Uitstel Klant /),
        });
        expect(perId.get(lopendId)).toMatchObject({
          reden: 'Klant verhuist',
          medewerkerId: u.teamleider.id,
          totDatum: over(14),
          lopend: true,
        });
      });

      it('lopend=true toont alleen uitstel dat het item nu nog verbergt', async () => {
        const antwoord = await t
          .http()
          .get('/api/werkvoorraad/uitstellen')
          .query({ lopend: 'true' })
          .set(bearer(u.teamleider.token));
        expect(antwoord.body.totaal).toBe(1);
        expect(antwoord.body.items.map((i: { id: string }) => i.id)).toEqual([lopendId]);
      });

      it('toont geen uitstel van een andere organisatie', async () => {
        const antwoord = await t.http().get('/api/werkvoorraad/uitstellen').set(bearer(b.teamleider.token));
        const ids = antwoord.body.items.map((i: { id: string }) => i.id);
        expect(ids).not.toContain(verlopenId);
        expect(ids).not.toContain(lopendId);
      });

      it('is niet voor een klantmanager (403)', async () => {
        expect((await t.http().get('/api/werkvoorraad/uitstellen').set(bearer(u.klantmanager.token))).status).toBe(403);
      });
    });
  });
});
