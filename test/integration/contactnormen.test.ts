import { vandaag } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';
import { gesprekGeleden, itemsVan, over } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();

/** The defaults of docs/ontwerp.md ("Contactnorm"), written out. */
const STANDAARD = {
  normen: [
    { dienstverleningscategorie: 'job_ready', maxDagen: 30, waarschuwingDagen: 7 },
    { dienstverleningscategorie: 'bijna_job_ready', maxDagen: 60, waarschuwingDagen: 14 },
    { dienstverleningscategorie: 'nog_niet_job_ready', maxDagen: 90, waarschuwingDagen: 21 },
    { dienstverleningscategorie: 'niet_job_ready', maxDagen: 180, waarschuwingDagen: 30 },
    { dienstverleningscategorie: 'beheer', maxDagen: 365, waarschuwingDagen: 60 },
  ],
  vrijgesteld: { maxDagen: 365, waarschuwingDagen: 60 },
  intakeDagen: 28,
  maxDuurInformeleVrijstellingDagen: 183,
};

const STRENGER = {
  normen: [
    { dienstverleningscategorie: 'beheer', maxDagen: 300, waarschuwingDagen: 50 },
    { dienstverleningscategorie: 'job_ready', maxDagen: 20, waarschuwingDagen: 5 },
    { dienstverleningscategorie: 'bijna_job_ready', maxDagen: 45, waarschuwingDagen: 10 },
    { dienstverleningscategorie: 'nog_niet_job_ready', maxDagen: 100, waarschuwingDagen: 20 },
    { dienstverleningscategorie: 'niet_job_ready', maxDagen: 200, waarschuwingDagen: 40 },
  ],
  vrijgesteld: { maxDagen: 400, waarschuwingDagen: 70 },
  intakeDagen: 21,
  maxDuurInformeleVrijstellingDagen: 120,
};

/** Norms in category order, to compare whatever order they were sent in. */
const opCategorie = (normen: { dienstverleningscategorie: string }[]) =>
  [...normen].sort((x, y) => x.dienstverleningscategorie.localeCompare(y.dienstverleningscategorie));
const gesorteerd = <T extends { normen: { dienstverleningscategorie: string }[] }>(n: T) => ({
  ...n,
  normen: opCategorie(n.normen),
});

describe('contactnormen: GET en PUT /api/instellingen/contactnormen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  const lees = (token: string) => t.http().get('/api/instellingen/contactnormen').set(bearer(token));
  const schrijf = (body: unknown, token = a.beheerder.token) =>
    t
      .http()
      .put('/api/instellingen/contactnormen')
      .set(bearer(token))
      .send(body as object);

  it('een nieuwe organisatie heeft de standaardnormen uit het ontwerp, en elke rol mag ze lezen', async () => {
    for (const token of [a.klantmanager.token, a.teamleider.token, a.beleid.token, a.beheerder.token]) {
      const antwoord = await lees(token);
      expect(antwoord.status).toBe(200);
      expect(gesorteerd(antwoord.body)).toEqual(gesorteerd(STANDAARD));
    }
  });

  describe('PUT door de beheerder', () => {
    let c: TestOmgeving;
    let jobReady22: string;
    let nooitGezien25: string;
    let vrijgesteld: string;
    let antwoord: Awaited<ReturnType<typeof schrijf>>;

    beforeAll(async () => {
      c = await maakOmgeving(t);
      jobReady22 = (await maakKlant(t, c, { dienstverleningscategorie: 'job_ready' })).id;
      await gesprekGeleden(t, c.klantmanager.token, jobReady22, 22);
      nooitGezien25 = (await maakKlant(t, c, { startdatumUitkering: over(-25) })).id;
      vrijgesteld = (await maakKlant(t, c, { dienstverleningscategorie: 'job_ready' })).id;
      await gesprekGeleden(t, c.klantmanager.token, vrijgesteld, 320); // 365/60: bijna uit beeld; 400/70: in beeld
      await t
        .http()
        .post(`/api/klanten/${vrijgesteld}/vrijstellingen`)
        .set(bearer(c.klantmanager.token))
        .send({
          soort: 'formeel',
          omvang: ['arbeidsverplichtingen'],
          reden: 'medisch_permanent',
          ingangsdatum: over(-30),
          herbeoordelingsdatum: over(300),
          beschikkingKenmerk: 'PW-1',
          beschikkingDatum: over(-31),
        })
        .expect(201);

      // Before: the defaults apply.
      const klant = async (id: string) =>
        (await t.http().get(`/api/klanten/${id}`).set(bearer(c.klantmanager.token))).body;
      expect(await klant(jobReady22)).toMatchObject({
        inBeeldStatus: 'in_beeld',
        norm: { maxDagen: 30, waarschuwingDagen: 7 },
      });
      expect(await klant(nooitGezien25)).toMatchObject({ inBeeldStatus: 'bijna_uit_beeld' });
      expect(await klant(vrijgesteld)).toMatchObject({
        inBeeldStatus: 'bijna_uit_beeld',
        norm: { maxDagen: 365, waarschuwingDagen: 60 },
      });

      antwoord = await schrijf(STRENGER, c.beheerder.token);
    });

    it('vervangt alle normen en geeft ze terug', async () => {
      expect(antwoord.status).toBe(200);
      expect(gesorteerd(antwoord.body)).toEqual(gesorteerd(STRENGER));
      expect(gesorteerd((await lees(c.klantmanager.token)).body)).toEqual(gesorteerd(STRENGER));
    });

    it('de nieuwe norm geldt meteen voor het dossier, de klantenlijst en de werkvoorraad', async () => {
      const dossier = await t.http().get(`/api/klanten/${jobReady22}`).set(bearer(c.klantmanager.token));
      expect(dossier.body).toMatchObject({ inBeeldStatus: 'uit_beeld', norm: { maxDagen: 20, waarschuwingDagen: 5 } });
      const lijst = await t
        .http()
        .get('/api/klanten')
        .query({ inBeeld: 'uit_beeld' })
        .set(bearer(c.klantmanager.token));
      expect(lijst.body.items.map((k: { id: string }) => k.id).sort()).toEqual([jobReady22, nooitGezien25].sort());
      expect(
        (await itemsVan(t, c.klantmanager.token, jobReady22)).map((i) => [i.soort, i.vervaldatum, i.reden]),
      ).toEqual([['uit_beeld', over(-2), '22 dagen niet gesproken; de norm is 20 dagen.']]);
    });

    it('de nieuwe intaketermijn en de norm voor vrijgestelden gelden meteen', async () => {
      expect(
        (await t.http().get(`/api/klanten/${nooitGezien25}`).set(bearer(c.klantmanager.token))).body.inBeeldStatus,
      ).toBe('uit_beeld');
      expect(
        (await itemsVan(t, c.klantmanager.token, nooitGezien25)).map((i) => [i.soort, i.vervaldatum, i.urgentie]),
      ).toEqual([['intake_nodig', over(-4), 'verlopen']]);
      expect((await t.http().get(`/api/klanten/${vrijgesteld}`).set(bearer(c.klantmanager.token))).body).toMatchObject({
        inBeeldStatus: 'in_beeld',
        norm: { maxDagen: 400, waarschuwingDagen: 70 },
      });
    });

    it('de nieuwe maximale duur van een informele vrijstelling geldt meteen', async () => {
      const klant = await maakKlant(t, c);
      const informeel = {
        soort: 'informeel',
        omvang: ['tegenprestatie'],
        reden: 'studie',
        ingangsdatum: vandaag(),
        herbeoordelingsdatum: over(30),
      };
      const teLang = await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(bearer(c.klantmanager.token))
        .send({ ...informeel, einddatum: over(121) });
      expect(teLang.status).toBe(400);
      expect(teLang.body.fouten).toEqual([
        {
          veld: 'einddatum',
          melding: 'mag bij een informele vrijstelling hoogstens 120 dagen na de ingangsdatum liggen',
        },
      ]);
      await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(bearer(c.klantmanager.token))
        .send({ ...informeel, einddatum: over(120) })
        .expect(201);
    });

    it('legt de wijziging vast in de audit, met oude en nieuwe normen', async () => {
      const audit = await t.http().get('/api/audit/wijzigingen').set(bearer(c.beheerder.token));
      expect(audit.status).toBe(200);
      const records = audit.body.items.filter((w: { resource: string }) => w.resource === 'contactnormen');
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        resourceId: c.organisatie.id,
        klantId: null,
        actie: 'gewijzigd',
        medewerkerId: c.beheerder.id,
      });
      expect(gesorteerd(records[0].wijzigingen.oud)).toEqual(gesorteerd(STANDAARD));
      expect(gesorteerd(records[0].wijzigingen.nieuw)).toEqual(gesorteerd(STRENGER));
    });

    it('de normen van een andere organisatie blijven ongewijzigd', async () => {
      expect(gesorteerd((await lees(b.beheerder.token)).body)).toEqual(gesorteerd(STANDAARD));
      const klant = await maakKlant(t, b, { dienstverleningscategorie: 'job_ready' });
      await gesprekGeleden(t, b.klantmanager.token, klant.id, 22);
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(bearer(b.klantmanager.token))).body).toMatchObject({
        inBeeldStatus: 'in_beeld',
        norm: { maxDagen: 30, waarschuwingDagen: 7 },
      });
    });
  });

  describe('validatie (er verandert dan niets)', () => {
    const metNorm = (index: number, norm: Record<string, unknown>) => ({
      ...STANDAARD,
      normen: STANDAARD.normen.map((n, i) => (i === index ? { ...n, ...norm } : n)),
    });

    afterEach(async () => {
      expect(gesorteerd((await lees(a.beheerder.token)).body)).toEqual(gesorteerd(STANDAARD));
    });
    afterAll(async () => {
      const audit = await t.http().get('/api/audit/wijzigingen').set(bearer(a.beheerder.token));
      expect(audit.body.items.filter((w: { resource: string }) => w.resource === 'contactnormen')).toEqual([]);
    });

    it('een waarschuwingstermijn gelijk aan of groter dan de norm geeft 400 op normen.<i>.waarschuwingDagen', async () => {
      for (const waarschuwingDagen of [90, 91]) {
        const antwoord = await schrijf(metNorm(2, { waarschuwingDagen }));
        expect(antwoord.status).toBe(400);
        expect(antwoord.body.fouten).toEqual([
          { veld: 'normen.2.waarschuwingDagen', melding: 'moet kleiner zijn dan het maximum aantal dagen' },
        ]);
      }
      const vrij = await schrijf({ ...STANDAARD, vrijgesteld: { maxDagen: 100, waarschuwingDagen: 100 } });
      expect(velden(vrij.body)).toEqual(['vrijgesteld.waarschuwingDagen']);
      const normen = STANDAARD.normen.map((n, i) =>
        i === 0 ? { ...n, waarschuwingDagen: 30 } : i === 4 ? { ...n, waarschuwingDagen: 400 } : n,
      );
      const twee = await schrijf({ ...STANDAARD, normen });
      expect(velden(twee.body)).toEqual(['normen.0.waarschuwingDagen', 'normen.4.waarschuwingDagen']);
    });

    it('een waarschuwingstermijn één dag onder de norm mag', async () => {
      const d = await maakOmgeving(t); // its own organisatie: this PUT succeeds
      const antwoord = await schrijf(metNorm(2, { waarschuwingDagen: 89 }), d.beheerder.token);
      expect(antwoord.status).toBe(200);
      expect(
        antwoord.body.normen.find(
          (n: { dienstverleningscategorie: string }) => n.dienstverleningscategorie === 'nog_niet_job_ready',
        ),
      ).toEqual({
        dienstverleningscategorie: 'nog_niet_job_ready',
        maxDagen: 90,
        waarschuwingDagen: 89,
      });
    });

    it('een ontbrekende of dubbele categorie geeft 400 op normen', async () => {
      const ontbrekend = await schrijf({ ...STANDAARD, normen: STANDAARD.normen.slice(0, 4) });
      expect(ontbrekend.status).toBe(400);
      expect(velden(ontbrekend.body)).toEqual(['normen']);

      const dubbel = await schrijf({ ...STANDAARD, normen: [...STANDAARD.normen.slice(0, 4), STANDAARD.normen[0]] });
      expect(dubbel.status).toBe(400);
      expect(dubbel.body.fouten).toEqual([
        { veld: 'normen', melding: 'moet precies één norm voor job_ready bevatten' },
        { veld: 'normen', melding: 'moet precies één norm voor beheer bevatten' },
      ]);

      const teVeel = await schrijf({ ...STANDAARD, normen: [...STANDAARD.normen, STANDAARD.normen[1]] });
      expect(velden(teVeel.body)).toEqual(['normen']);
      expect(velden((await schrijf({ ...STANDAARD, normen: undefined })).body)).toEqual(['normen']);
      // An unknown code: named, and the category it replaced is then missing.
      expect(velden((await schrijf(metNorm(3, { dienstverleningscategorie: 'zorgmijder' }))).body)).toEqual([
        'normen',
        'normen.3.dienstverleningscategorie',
      ]);
    });

    it('0 dagen, negatieve of gebroken aantallen en tekst in plaats van een getal geven 400 op dat veld', async () => {
      const gevallen: [unknown, string][] = [
        [metNorm(0, { maxDagen: 0 }), 'normen.0.maxDagen'],
        [metNorm(1, { maxDagen: 59.5 }), 'normen.1.maxDagen'],
        [metNorm(1, { waarschuwingDagen: 13.5 }), 'normen.1.waarschuwingDagen'],
        [metNorm(1, { waarschuwingDagen: -1 }), 'normen.1.waarschuwingDagen'],
        [metNorm(4, { maxDagen: '365' }), 'normen.4.maxDagen'],
        [{ ...STANDAARD, vrijgesteld: { maxDagen: 0, waarschuwingDagen: 0 } }, 'vrijgesteld.maxDagen'],
        [{ ...STANDAARD, intakeDagen: 0 }, 'intakeDagen'],
        [{ ...STANDAARD, intakeDagen: 27.5 }, 'intakeDagen'],
        [{ ...STANDAARD, maxDuurInformeleVrijstellingDagen: 0 }, 'maxDuurInformeleVrijstellingDagen'],
        [{ ...STANDAARD, maxDuurInformeleVrijstellingDagen: undefined }, 'maxDuurInformeleVrijstellingDagen'],
      ];
      for (const [body, veld] of gevallen) {
        const antwoord = await schrijf(body);
        expect({ veld, status: antwoord.status, velden: velden(antwoord.body) }).toEqual({
          veld,
          status: 400,
          velden: [veld],
        });
      }
    });

    it('een onbekend veld geeft 400 op dat veld, ook binnen een norm', async () => {
      const boven = await schrijf({ ...STANDAARD, organisatieId: b.organisatie.id });
      expect(boven.status).toBe(400);
      expect(boven.body.fouten).toEqual([{ veld: 'organisatieId', melding: 'is geen bekend veld' }]);
      const binnen = await schrijf(metNorm(0, { minDagen: 3 }));
      expect(velden(binnen.body)).toEqual(['normen.0.minDagen']);
    });

    it('alleen de beheerder mag ze wijzigen: klantmanager, teamleider en beleid krijgen 403', async () => {
      for (const token of [a.klantmanager.token, a.teamleider.token, a.beleid.token]) {
        expect((await schrijf(STRENGER, token)).status).toBe(403);
      }
    });
  });
});
