import { maskeerBsn, plusDagen, vandaag } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  klantInvoer,
  maakKlant,
  maakMedewerker,
  maakOmgeving,
  nieuwBsn,
  TestOmgeving,
} from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();

describe('klanten: registreren, zoeken, wijzigen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  describe('POST /api/klanten', () => {
    it('registreert een klant en geeft het volledige dossierhoofd terug', async () => {
      const invoer = klantInvoer(a, { startdatumUitkering: plusDagen(vandaag(), -10) });
      const antwoord = await t.http().post('/api/klanten').set(bearer(a.klantmanager.token)).send(invoer);
      expect(antwoord.status).toBe(201);
      const { bsn, ...zonderBsn } = invoer;
      expect(antwoord.body).toMatchObject({
        ...zonderBsn,
        bsnGemaskeerd: `*****${bsn.slice(-4)}`,
        status: 'actief',
        uitstroomdatum: null,
        uitstroomreden: null,
        laatstGezienOp: null,
        inBeeldStatus: 'bijna_uit_beeld', // never seen, within the intake period
        huidigeTrede: null,
        versie: 1,
        norm: { maxDagen: 90, waarschuwingDagen: 21 },
        vrijgesteld: false,
        gemeenteNaam: 'Testgemeente',
      });
      expect(antwoord.body.id).toMatch(/^[0-9a-f-]{36}$/);
      // The whole BSN only through the logged bsn-inzage.
      expect(antwoord.body).not.toHaveProperty('bsn');
      expect(JSON.stringify(antwoord.body)).not.toContain(bsn);
    });

    it('accepteert een BSN met voorloopnul en een klant zonder klantmanager en contactgegevens', async () => {
      const antwoord = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.teamleider.token))
        .send({
          ...klantInvoer(a),
          bsn: '010000008'.padStart(9, '0'),
          klantmanagerId: null,
          adres: null,
          telefoon: null,
          email: null,
        });
      // 010000008: 0·9+1·8+0·7+0·6+0·5+0·4+0·3+0·2−8 = 0 → divisible by 11
      expect(antwoord.status).toBe(201);
      expect(antwoord.body).toMatchObject({ bsnGemaskeerd: '*****0008', klantmanagerId: null, adres: null });
      const inzage = await t.http().post(`/api/klanten/${antwoord.body.id}/bsn-inzage`).set(bearer(a.teamleider.token));
      expect(inzage.body).toEqual({ bsn: '010000008' });
    });

    it('weigert een BSN dat de elfproef niet haalt met 400 op bsn', async () => {
      const antwoord = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.klantmanager.token))
        .send(klantInvoer(a, { bsn: '123456789' }));
      expect(antwoord.status).toBe(400);
      expect(antwoord.body.fouten).toEqual([
        { veld: 'bsn', melding: 'is geen geldig burgerservicenummer (9 cijfers die aan de elfproef voldoen)' },
      ]);
    });

    it('geeft 409 als het BSN al in de organisatie staat, maar niet als het bij een andere organisatie hoort', async () => {
      const bsn = nieuwBsn();
      await maakKlant(t, a, { bsn });
      const dubbel = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.klantmanager.token))
        .send(klantInvoer(a, { bsn }));
      expect(dubbel.status).toBe(409);
      expect(dubbel.body).toMatchObject({ code: 'BSN_BESTAAT', fouten: [{ veld: 'bsn' }] });
      const elders = await t
        .http()
        .post('/api/klanten')
        .set(bearer(b.klantmanager.token))
        .send(klantInvoer(b, { bsn }));
      expect(elders.status).toBe(201);
    });

    it('noemt elk fout veld tegelijk: ontbrekend, onbekend, verkeerd type, onmogelijke datum, te lang', async () => {
      const antwoord = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.klantmanager.token))
        .send({
          bsn: 12345,
          voornamen: 'x'.repeat(201),
          geboortedatum: '1980-02-30',
          gemeenteId: 'geen-uuid',
          doelgroep: 'iedereen',
          startdatumUitkering: '2026-13-01',
          dienstverleningscategorie: 'job_ready',
          adres: { straat: 'Markt', huisnummer: '1', postcode: '123', woonplaats: 'Zwolle' },
          email: 'geen-mail',
          geheim: true,
        });
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(
        [
          'achternaam',
          'adres.postcode',
          'bsn',
          'doelgroep',
          'email',
          'geboortedatum',
          'geheim',
          'gemeenteId',
          'startdatumUitkering',
          'voornamen',
        ].sort(),
      );
      expect(antwoord.body.message).toMatch(/^De invoer is niet juist/);
    });

    it('weigert een gemeente of klantmanager van een andere organisatie met 400 op dat veld', async () => {
      const antwoord = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.klantmanager.token))
        .send(klantInvoer(a, { gemeenteId: b.organisatie.gemeenteId, klantmanagerId: b.klantmanager.id }));
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['gemeenteId', 'klantmanagerId']);
    });

    it('weigert een teamleider als klantmanager en een geboortedatum in de toekomst', async () => {
      const antwoord = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.klantmanager.token))
        .send(klantInvoer(a, { klantmanagerId: a.teamleider.id }));
      expect(velden(antwoord.body)).toEqual(['klantmanagerId']);
      const toekomst = await t
        .http()
        .post('/api/klanten')
        .set(bearer(a.klantmanager.token))
        .send(klantInvoer(a, { geboortedatum: plusDagen(vandaag(), 1) }));
      expect(toekomst.status).toBe(400);
      expect(velden(toekomst.body)).toEqual(['geboortedatum']);
    });

    it('is niet voor beleid en beheerder (403)', async () => {
      for (const token of [a.beleid.token, a.beheerder.token]) {
        expect((await t.http().post('/api/klanten').set(bearer(token)).send(klantInvoer(a))).status).toBe(403);
        expect((await t.http().get('/api/klanten').set(bearer(token))).status).toBe(403);
      }
    });
  });

  describe('GET /api/klanten', () => {
    let c: TestOmgeving;
    beforeAll(async () => {
      c = await maakOmgeving(t);
      const tweedeKm = await maakMedewerker(t.db, {
        organisatieId: c.organisatie.id,
        teamId: c.organisatie.teamId,
        rol: 'klantmanager',
      });
      await maakKlant(t, c, { voornamen: 'Anna', achternaam: 'Bakker', bsn: '111222333' });
      await maakKlant(t, c, { voornamen: 'Bram', achternaam: 'de Wit', klantmanagerId: tweedeKm.id });
      await maakKlant(t, c, { voornamen: 'Chris', achternaam: 'Zijlstra', klantmanagerId: null });
      await maakKlant(t, c, { voornamen: 'Dewi', achternaam: '100%_Echt' });
    });

    it('toont de klanten van de eigen organisatie op achternaam, met gemaskeerd BSN en zonder andere gegevens', async () => {
      const antwoord = await t.http().get('/api/klanten').set(bearer(c.klantmanager.token));
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({ totaal: 4, page: 1, pageSize: 50 });
      expect(antwoord.body.items.map((k: { naam: string }) => k.naam)).toEqual([
        'Dewi 100%_Echt',
        'Anna Bakker',
        'Bram de Wit',
        'Chris Zijlstra',
      ]);
      const anna = antwoord.body.items[1];
      expect(Object.keys(anna).sort()).toEqual(
        [
          'bsnGemaskeerd',
          'buitenTeam',
          'dienstverleningscategorie',
          'gemeenteId',
          'id',
          'inBeeldStatus',
          'klantmanagerId',
          'laatstGezienOp',
          'naam',
          'status',
        ].sort(),
      );
      expect(anna.bsnGemaskeerd).toBe(maskeerBsn('111222333'));
      expect(anna.bsnGemaskeerd).toBe('*****2333');
    });

    it('zoekt op een deel van de naam (hoofdletterongevoelig) of op het volledige BSN; een deel van het BSN vindt niets', async () => {
      const opNaam = await t.http().get('/api/klanten').query({ zoek: 'BAKK' }).set(bearer(c.klantmanager.token));
      expect(opNaam.body.items.map((k: { naam: string }) => k.naam)).toEqual(['Anna Bakker']);
      const opBsn = await t.http().get('/api/klanten').query({ zoek: '111222333' }).set(bearer(c.klantmanager.token));
      expect(opBsn.body.items.map((k: { naam: string }) => k.naam)).toEqual(['Anna Bakker']);
      for (const deel of ['2333', '11222333', '11122233', '1112223334']) {
        const antwoord = await t.http().get('/api/klanten').query({ zoek: deel }).set(bearer(c.klantmanager.token));
        expect({ deel, totaal: antwoord.body.totaal }).toEqual({ deel, totaal: 0 });
      }
      const jokers = await t.http().get('/api/klanten').query({ zoek: '%_' }).set(bearer(c.klantmanager.token));
      expect(jokers.body.items.map((k: { naam: string }) => k.naam)).toEqual(['Dewi 100%_Echt']);
    });

    it('filtert op klantmanager, zonder klantmanager en in-beeldstatus, en pagineert', async () => {
      const eigen = await t
        .http()
        .get('/api/klanten')
        .query({ klantmanagerId: c.klantmanager.id })
        .set(bearer(c.teamleider.token));
      expect(eigen.body.totaal).toBe(2);
      const zonder = await t
        .http()
        .get('/api/klanten')
        .query({ zonderKlantmanager: 'true' })
        .set(bearer(c.teamleider.token));
      expect(zonder.body.items.map((k: { naam: string }) => k.naam)).toEqual(['Chris Zijlstra']);
      const uit = await t.http().get('/api/klanten').query({ inBeeld: 'uit_beeld' }).set(bearer(c.teamleider.token));
      expect(uit.body.totaal).toBe(4); // started 400 days ago, never seen
      const inBeeld = await t.http().get('/api/klanten').query({ inBeeld: 'in_beeld' }).set(bearer(c.teamleider.token));
      expect(inBeeld.body.totaal).toBe(0);
      const pagina = await t.http().get('/api/klanten').query({ page: 2, pageSize: 3 }).set(bearer(c.teamleider.token));
      expect(pagina.body).toMatchObject({ totaal: 4, page: 2, pageSize: 3 });
      expect(pagina.body.items).toHaveLength(1);
    });

    it('weigert onbekende filterwaarden met de velden erbij', async () => {
      const antwoord = await t
        .http()
        .get('/api/klanten')
        .query({ inBeeld: 'soms', status: 'weg', pageSize: 201 })
        .set(bearer(c.teamleider.token));
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['inBeeld', 'pageSize', 'status']);
    });
  });

  describe('PATCH /api/klanten/{id}', () => {
    it('wijzigt alleen wat is meegestuurd en verhoogt de versie', async () => {
      const klant = await maakKlant(t, a);
      const antwoord = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ versie: 1, dienstverleningscategorie: 'job_ready', telefoon: null });
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({
        versie: 2,
        dienstverleningscategorie: 'job_ready',
        telefoon: null,
        voornamen: klant.voornamen,
        norm: { maxDagen: 30, waarschuwingDagen: 7 },
      });
    });

    it('geeft 409 bij een verouderde versie en wijzigt dan niets', async () => {
      const klant = await maakKlant(t, a);
      expect(
        (
          await t
            .http()
            .patch(`/api/klanten/${klant.id}`)
            .set(bearer(a.klantmanager.token))
            .send({ versie: 1, voornamen: 'Eerste' })
        ).status,
      ).toBe(200);
      const tweede = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(a.teamleider.token))
        .send({ versie: 1, voornamen: 'Tweede' });
      expect(tweede.status).toBe(409);
      expect(tweede.body).toMatchObject({
        code: 'VERSIE_CONFLICT',
        message: expect.stringContaining('Iemand anders heeft dit intussen gewijzigd'),
      });
      const nu = await t.http().get(`/api/klanten/${klant.id}`).set(bearer(a.klantmanager.token));
      expect(nu.body).toMatchObject({ voornamen: 'Eerste', versie: 2 });
    });

    it('eist een versie', async () => {
      const klant = await maakKlant(t, a);
      const antwoord = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ voornamen: 'Zonder' });
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['versie']);
    });

    it('registreert uitstroom alleen met datum en reden, en wist die bij terugkeer', async () => {
      const klant = await maakKlant(t, a);
      const half = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ versie: 1, status: 'uitgestroomd' });
      expect(half.status).toBe(400);
      expect(velden(half.body)).toEqual(['uitstroomdatum', 'uitstroomreden']);
      const uit = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ versie: 1, status: 'uitgestroomd', uitstroomdatum: vandaag(), uitstroomreden: 'werk' });
      expect(uit.body).toMatchObject({ status: 'uitgestroomd', uitstroomreden: 'werk', versie: 2 });
      const terug = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ versie: 2, status: 'actief' });
      expect(terug.body).toMatchObject({ status: 'actief', uitstroomdatum: null, uitstroomreden: null });
    });

    it('geeft 409 bij een BSN dat een andere klant al heeft', async () => {
      const een = await maakKlant(t, a);
      const twee = await maakKlant(t, a);
      const antwoord = await t
        .http()
        .patch(`/api/klanten/${twee.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ versie: 1, bsn: een.bsn });
      expect(antwoord.status).toBe(409);
      expect(antwoord.body.fouten).toEqual([{ veld: 'bsn', melding: 'is al geregistreerd bij een andere klant' }]);
    });
  });

  it('houdt de toewijzingsgeschiedenis bij wanneer de klantmanager wisselt', async () => {
    const klant = await maakKlant(t, a);
    const ander = await maakMedewerker(t.db, {
      organisatieId: a.organisatie.id,
      teamId: a.organisatie.teamId,
      rol: 'klantmanager',
    });
    const herverdeel = (naar: string) =>
      t
        .http()
        .post('/api/klanten/herverdelen')
        .set(bearer(a.teamleider.token))
        .send({ klantIds: [klant.id], naarKlantmanagerId: naar })
        .expect(200);
    await herverdeel(ander.id);
    await herverdeel(a.klantmanager.id);
    const rijen = await t.db.query(
      `SELECT klantmanager_id, tot IS NULL AS open FROM klant_toewijzing WHERE klant_id = $1 ORDER BY id`,
      [klant.id],
    );
    expect(rijen).toEqual([
      { klantmanager_id: a.klantmanager.id, open: false },
      { klantmanager_id: ander.id, open: false },
      { klantmanager_id: a.klantmanager.id, open: true },
    ]);
  });

  it('wijzigt de klantmanager nooit via PATCH: dat gaat alleen via herverdelen (400 op klantmanagerId)', async () => {
    const klant = await maakKlant(t, a);
    for (const token of [a.klantmanager.token, a.teamleider.token]) {
      const antwoord = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(token))
        .send({ versie: 1, klantmanagerId: a.klantmanager.id });
      expect(antwoord.status).toBe(400);
      expect(antwoord.body.fouten).toEqual([{ veld: 'klantmanagerId', melding: 'is geen bekend veld' }]);
    }
    const [rij] = await t.db.query(`SELECT versie FROM klant WHERE id = $1`, [klant.id]);
    expect(rij.versie).toBe(1);
  });

  it('maakt een klant alleen aan voor een klantmanager van het eigen team (400 op klantmanagerId)', async () => {
    const anderTeam = await maakTeam(t.db, a.organisatie.id);
    const kmAnderTeam = await maakMedewerker(t.db, {
      organisatieId: a.organisatie.id,
      teamId: anderTeam,
      rol: 'klantmanager',
    });
    const antwoord = await t
      .http()
      .post('/api/klanten')
      .set(bearer(a.teamleider.token))
      .send(klantInvoer(a, { klantmanagerId: kmAnderTeam.id }));
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.fouten).toEqual([
      { veld: 'klantmanagerId', melding: 'is geen actieve klantmanager van je team' },
    ]);
  });
});
