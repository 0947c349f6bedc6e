import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, dagenGeleden, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();

describe('klantdossier: contactmomenten, ladder, afspraken, vrijstellingen, tijdlijn', () => {
  let t: TestApp;
  let a: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  const km = () => bearer(a.klantmanager.token);

  describe('contactmomenten', () => {
    it('een gesprek maakt de klant meteen "in beeld": laatstGezienOp en status kloppen zodra het is opgeslagen', async () => {
      const klant = await maakKlant(t, a); // started 400 days ago, never seen → uit beeld
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(km())).body.inBeeldStatus).toBe('uit_beeld');

      const invoer = contactInvoer();
      const antwoord = await t.http().post(`/api/klanten/${klant.id}/contactmomenten`).set(km()).send(invoer);
      expect(antwoord.status).toBe(201);
      expect(antwoord.body).toMatchObject({
        klantId: klant.id,
        medewerkerId: a.klantmanager.id,
        teltAlsGezien: true,
        kanaal: 'gesprek_op_locatie',
      });

      const na = await t.http().get(`/api/klanten/${klant.id}`).set(km());
      expect(new Date(na.body.laatstGezienOp).toISOString()).toBe(new Date(invoer.plaatsgevondenOp).toISOString());
      expect(na.body.inBeeldStatus).toBe('in_beeld');
      const lijst = await t
        .http()
        .get('/api/klanten')
        .query({ inBeeld: 'uit_beeld', klantmanagerId: a.klantmanager.id })
        .set(km());
      expect(lijst.body.items.map((k: { id: string }) => k.id)).not.toContain(klant.id);
    });

    it('laat het tijdstip in dezelfde transactie bijwerken: in een teruggedraaide transactie blijft de klant ongewijzigd', async () => {
      const klant = await maakKlant(t, a);
      await t.db
        .transaction(async (tx) => {
          await tx.query(
            `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, now(), 'telefoon', 'klant', 'gesproken', 'Belde zelf')`,
            [a.organisatie.id, klant.id, a.klantmanager.id],
          );
          const [binnen] = await tx.query(`SELECT laatst_gezien_op FROM klant WHERE id = $1`, [klant.id]);
          expect(binnen.laatst_gezien_op).not.toBeNull();
          throw new Error('terugdraaien');
        })
        .catch((fout: Error) => expect(fout.message).toBe('terugdraaien'));
      const [na] = await t.db.query(`SELECT laatst_gezien_op FROM klant WHERE id = $1`, [klant.id]);
      expect(na.laatst_gezien_op).toBeNull();
    });

    it('een brief, e-mail, no-show of mislukt telefoontje zet de klok niet terug', async () => {
      const klant = await maakKlant(t, a);
      await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(100) }))
        .expect(201);
      for (const [kanaal, resultaat] of [
        ['brief', 'verstuurd'],
        ['email', 'verstuurd'],
        ['gesprek_op_locatie', 'no_show'],
        ['telefoon', 'niet_bereikt'],
        ['huisbezoek', 'afgezegd'],
      ]) {
        const antwoord = await t
          .http()
          .post(`/api/klanten/${klant.id}/contactmomenten`)
          .set(km())
          .send(contactInvoer({ kanaal, resultaat }));
        expect(antwoord.status).toBe(201);
        expect(antwoord.body.teltAlsGezien).toBe(false);
      }
      const na = await t.http().get(`/api/klanten/${klant.id}`).set(km());
      expect(na.body.laatstGezienOp.slice(0, 10)).toBe(plusDagen(vandaag(), -100));
      expect(na.body.inBeeldStatus).toBe('uit_beeld'); // norm 90 days
    });

    it('een later vastgelegd ouder gesprek verschuift laatstGezienOp niet terug', async () => {
      const klant = await maakKlant(t, a);
      await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(5) }))
        .expect(201);
      await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(50) }))
        .expect(201);
      const na = await t.http().get(`/api/klanten/${klant.id}`).set(km());
      expect(na.body.laatstGezienOp.slice(0, 10)).toBe(plusDagen(vandaag(), -5));
    });

    it('weigert een contactmoment in de toekomst, een te lange samenvatting en onmogelijke combinaties', async () => {
      const klant = await maakKlant(t, a);
      const toekomst = await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ plaatsgevondenOp: new Date(Date.now() + 2 * 3600_000).toISOString() }));
      expect(toekomst.status).toBe(400);
      expect(toekomst.body.fouten).toEqual([{ veld: 'plaatsgevondenOp', melding: 'mag niet in de toekomst liggen' }]);

      const binnenHetUur = await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ plaatsgevondenOp: new Date(Date.now() + 30 * 60_000).toISOString() }));
      expect(binnenHetUur.status).toBe(201);

      const teLang = await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ samenvatting: 'x'.repeat(10_001) }));
      expect(teLang.status).toBe(400);
      expect(teLang.body.fouten).toEqual([{ veld: 'samenvatting', melding: 'mag hoogstens 10000 tekens bevatten' }]);

      const brief = await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ kanaal: 'brief', resultaat: 'gesproken' }));
      expect(velden(brief.body)).toEqual(['resultaat']);

      const rommel = await t.http().post(`/api/klanten/${klant.id}/contactmomenten`).set(km()).send({
        plaatsgevondenOp: '2026-02-30T10:00:00+01:00',
        kanaal: 'duif',
        initiatief: 'niemand',
        resultaat: 5,
        extra: 1,
      });
      expect(rommel.status).toBe(400);
      expect(velden(rommel.body)).toEqual([
        'extra',
        'initiatief',
        'kanaal',
        'onderwerp',
        'plaatsgevondenOp',
        'resultaat',
      ]);
    });

    it('toont contactmomenten nieuwste eerst, gepagineerd', async () => {
      const klant = await maakKlant(t, a);
      for (const dagen of [30, 3, 10]) {
        await t
          .http()
          .post(`/api/klanten/${klant.id}/contactmomenten`)
          .set(km())
          .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(dagen), onderwerp: `${dagen}` }))
          .expect(201);
      }
      const pagina = await t.http().get(`/api/klanten/${klant.id}/contactmomenten`).query({ pageSize: 2 }).set(km());
      expect(pagina.body.totaal).toBe(3);
      expect(pagina.body.items.map((c: { onderwerp: string }) => c.onderwerp)).toEqual(['3', '10']);
    });
  });

  describe('participatieladder', () => {
    it('legt metingen vast; de laatste gemeten trede is de huidige trede', async () => {
      const klant = await maakKlant(t, a);
      await t
        .http()
        .post(`/api/klanten/${klant.id}/ladder`)
        .set(km())
        .send({ trede: 2, gemetenOp: plusDagen(vandaag(), -200), doeltrede: 4 })
        .expect(201);
      const nieuw = await t
        .http()
        .post(`/api/klanten/${klant.id}/ladder`)
        .set(km())
        .send({ trede: 3, gemetenOp: plusDagen(vandaag(), -10), toelichting: 'Doet mee aan taalcafé' });
      expect(nieuw.status).toBe(201);
      expect(nieuw.body).toMatchObject({
        trede: 3,
        doeltrede: null,
        toelichting: 'Doet mee aan taalcafé',
        medewerkerId: a.klantmanager.id,
      });
      // Entered later but measured earlier: not the current one.
      await t
        .http()
        .post(`/api/klanten/${klant.id}/ladder`)
        .set(km())
        .send({ trede: 1, gemetenOp: plusDagen(vandaag(), -300) })
        .expect(201);
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(km())).body.huidigeTrede).toBe(3);
      const lijst = await t.http().get(`/api/klanten/${klant.id}/ladder`).set(km());
      expect(lijst.body.items.map((l: { trede: number }) => l.trede)).toEqual([3, 2, 1]);
    });

    it('weigert een trede buiten 1–6, een gebroken getal en een meting in de toekomst', async () => {
      const klant = await maakKlant(t, a);
      for (const trede of [0, 7, 2.5, '3']) {
        const antwoord = await t
          .http()
          .post(`/api/klanten/${klant.id}/ladder`)
          .set(km())
          .send({ trede, gemetenOp: vandaag() });
        expect(antwoord.status).toBe(400);
        expect(velden(antwoord.body)).toEqual(['trede']);
      }
      const toekomst = await t
        .http()
        .post(`/api/klanten/${klant.id}/ladder`)
        .set(km())
        .send({ trede: 3, gemetenOp: plusDagen(vandaag(), 1) });
      expect(velden(toekomst.body)).toEqual(['gemetenOp']);
    });
  });

  describe('afspraken', () => {
    const afspraak = (velden: Record<string, unknown> = {}) => ({
      soort: 'taal',
      omschrijving: 'Taalcursus NT2 niveau A2 volgen bij het ROC',
      startdatum: plusDagen(vandaag(), -30),
      einddatum: plusDagen(vandaag(), 60),
      ...velden,
    });

    it('legt een afspraak vast als lopend en rondt hem af met de juiste versie', async () => {
      const klant = await maakKlant(t, a);
      const gemaakt = await t.http().post(`/api/klanten/${klant.id}/afspraken`).set(km()).send(afspraak());
      expect(gemaakt.status).toBe(201);
      expect(gemaakt.body).toMatchObject({
        status: 'lopend',
        versie: 1,
        soort: 'taal',
        einddatum: plusDagen(vandaag(), 60),
      });
      const klaar = await t
        .http()
        .patch(`/api/afspraken/${gemaakt.body.id}`)
        .set(km())
        .send({ versie: 1, status: 'nagekomen', resultaatToelichting: 'Certificaat A2 behaald' });
      expect(klaar.status).toBe(200);
      expect(klaar.body).toMatchObject({
        status: 'nagekomen',
        versie: 2,
        resultaatToelichting: 'Certificaat A2 behaald',
      });
      const oud = await t
        .http()
        .patch(`/api/afspraken/${gemaakt.body.id}`)
        .set(bearer(a.teamleider.token))
        .send({ versie: 1, status: 'vervallen' });
      expect(oud.status).toBe(409);
      expect((await t.http().get(`/api/afspraken/${gemaakt.body.id}`).set(km())).body.status).toBe('nagekomen');
    });

    it('eist altijd een einddatum, niet voor de startdatum, ook bij wijzigen', async () => {
      const klant = await maakKlant(t, a);
      const zonder = await t
        .http()
        .post(`/api/klanten/${klant.id}/afspraken`)
        .set(km())
        .send(afspraak({ einddatum: undefined }));
      expect(velden(zonder.body)).toEqual(['einddatum']);
      const omgekeerd = await t
        .http()
        .post(`/api/klanten/${klant.id}/afspraken`)
        .set(km())
        .send(afspraak({ einddatum: plusDagen(vandaag(), -31) }));
      expect(omgekeerd.status).toBe(400);
      expect(omgekeerd.body.fouten).toEqual([{ veld: 'einddatum', melding: 'mag niet voor de startdatum liggen' }]);
      const gemaakt = await t.http().post(`/api/klanten/${klant.id}/afspraken`).set(km()).send(afspraak());
      const wijziging = await t
        .http()
        .patch(`/api/afspraken/${gemaakt.body.id}`)
        .set(km())
        .send({ versie: 1, startdatum: plusDagen(vandaag(), 61) });
      expect(wijziging.status).toBe(400);
      expect(velden(wijziging.body)).toEqual(['einddatum']);
    });

    it('toont lopende afspraken eerst, de eerstvolgende einddatum bovenaan', async () => {
      const klant = await maakKlant(t, a);
      await t
        .http()
        .post(`/api/klanten/${klant.id}/afspraken`)
        .set(km())
        .send(afspraak({ omschrijving: 'later', einddatum: plusDagen(vandaag(), 90) }));
      await t
        .http()
        .post(`/api/klanten/${klant.id}/afspraken`)
        .set(km())
        .send(afspraak({ omschrijving: 'klaar', status: 'nagekomen' }));
      await t
        .http()
        .post(`/api/klanten/${klant.id}/afspraken`)
        .set(km())
        .send(afspraak({ omschrijving: 'eerst', einddatum: plusDagen(vandaag(), 5) }));
      const lijst = await t.http().get(`/api/klanten/${klant.id}/afspraken`).set(km());
      expect(lijst.body.items.map((x: { omschrijving: string }) => x.omschrijving)).toEqual([
        'eerst',
        'later',
        'klaar',
      ]);
    });
  });

  describe('vrijstellingen', () => {
    const formeel = (velden: Record<string, unknown> = {}) => ({
      soort: 'formeel',
      omvang: ['arbeidsverplichtingen', 're_integratieverplichtingen'],
      reden: 'medisch_tijdelijk',
      ingangsdatum: plusDagen(vandaag(), -10),
      herbeoordelingsdatum: plusDagen(vandaag(), 170),
      beschikkingKenmerk: 'PW-2026-000123',
      beschikkingDatum: plusDagen(vandaag(), -12),
      besluitUrl: 'https://besluiten.example.nl/api/v1/besluiten/abc',
      ...velden,
    });
    const informeel = (velden: Record<string, unknown> = {}) => ({
      soort: 'informeel',
      omvang: ['arbeidsverplichtingen'],
      reden: 'multiproblematiek',
      ingangsdatum: plusDagen(vandaag(), -10),
      einddatum: plusDagen(vandaag(), 80),
      herbeoordelingsdatum: plusDagen(vandaag(), 60),
      toelichting: 'Rustperiode na verhuizing en schuldenproblematiek',
      ...velden,
    });

    it('een geldende vrijstelling geeft de klant de langere norm voor vrijgestelden', async () => {
      const klant = await maakKlant(t, a);
      await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km())
        .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(120) }))
        .expect(201);
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(km())).body).toMatchObject({
        inBeeldStatus: 'uit_beeld',
        vrijgesteld: false,
      });
      const antwoord = await t.http().post(`/api/klanten/${klant.id}/vrijstellingen`).set(km()).send(formeel());
      expect(antwoord.status).toBe(201);
      expect(antwoord.body).toMatchObject({
        soort: 'formeel',
        actief: true,
        versie: 1,
        omvang: ['arbeidsverplichtingen', 're_integratieverplichtingen'],
      });
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(km())).body).toMatchObject({
        inBeeldStatus: 'in_beeld',
        vrijgesteld: true,
        norm: { maxDagen: 365, waarschuwingDagen: 60 },
      });
    });

    it('eist bij formeel een beschikking en bij informeel een einddatum binnen het maximum', async () => {
      const klant = await maakKlant(t, a);
      const geenBeschikking = await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(km())
        .send(formeel({ beschikkingKenmerk: undefined, beschikkingDatum: undefined }));
      expect(geenBeschikking.status).toBe(400);
      expect(velden(geenBeschikking.body)).toEqual(['beschikkingDatum', 'beschikkingKenmerk']);

      const geenEinde = await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(km())
        .send(informeel({ einddatum: undefined }));
      expect(geenEinde.body.fouten).toEqual([
        { veld: 'einddatum', melding: 'is verplicht bij een informele vrijstelling' },
      ]);

      const teLang = await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(km())
        .send(informeel({ einddatum: plusDagen(vandaag(), -10 + 184) }));
      expect(teLang.body.fouten).toEqual([
        {
          veld: 'einddatum',
          melding: 'mag bij een informele vrijstelling hoogstens 183 dagen na de ingangsdatum liggen',
        },
      ]);
      const precies = await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(km())
        .send(informeel({ einddatum: plusDagen(vandaag(), -10 + 183) }));
      expect(precies.status).toBe(201);

      const geenHerbeoordeling = await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(km())
        .send(informeel({ herbeoordelingsdatum: undefined }));
      expect(velden(geenHerbeoordeling.body)).toEqual(['herbeoordelingsdatum']);

      const rommel = await t
        .http()
        .post(`/api/klanten/${klant.id}/vrijstellingen`)
        .set(km())
        .send(formeel({ omvang: [], reden: 'zin', besluitUrl: 'geen url' }));
      expect(velden(rommel.body)).toEqual(['besluitUrl', 'omvang', 'reden']);
    });

    it('trekt een vrijstelling in met de juiste versie; daarna geldt ze niet meer', async () => {
      const klant = await maakKlant(t, a);
      const gemaakt = await t.http().post(`/api/klanten/${klant.id}/vrijstellingen`).set(km()).send(informeel());
      const ingetrokken = await t
        .http()
        .patch(`/api/vrijstellingen/${gemaakt.body.id}`)
        .set(km())
        .send({ versie: 1, ingetrokkenOp: vandaag() });
      expect(ingetrokken.status).toBe(200);
      expect(ingetrokken.body).toMatchObject({ actief: false, ingetrokkenOp: vandaag(), versie: 2 });
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(km())).body.vrijgesteld).toBe(false);
      const verouderd = await t
        .http()
        .patch(`/api/vrijstellingen/${gemaakt.body.id}`)
        .set(km())
        .send({ versie: 1, toelichting: 'x' });
      expect(verouderd.status).toBe(409);
      const naarFormeel = await t
        .http()
        .patch(`/api/vrijstellingen/${gemaakt.body.id}`)
        .set(km())
        .send({ versie: 2, soort: 'formeel' });
      expect(velden(naarFormeel.body)).toEqual(['beschikkingDatum', 'beschikkingKenmerk']);
    });
  });

  it('de tijdlijn toont alles nieuwste eerst, gepagineerd', async () => {
    const klant = await maakKlant(t, a);
    await t
      .http()
      .post(`/api/klanten/${klant.id}/contactmomenten`)
      .set(km())
      .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(1) }))
      .expect(201);
    await t
      .http()
      .post(`/api/klanten/${klant.id}/ladder`)
      .set(km())
      .send({ trede: 2, gemetenOp: plusDagen(vandaag(), -3) })
      .expect(201);
    await t
      .http()
      .post(`/api/klanten/${klant.id}/afspraken`)
      .set(km())
      .send({
        soort: 'vrijwilligerswerk',
        omschrijving: 'Kringloop',
        startdatum: plusDagen(vandaag(), -2),
        einddatum: plusDagen(vandaag(), 30),
      })
      .expect(201);
    await t
      .http()
      .post(`/api/klanten/${klant.id}/vrijstellingen`)
      .set(km())
      .send({
        soort: 'informeel',
        omvang: ['tegenprestatie'],
        reden: 'studie',
        ingangsdatum: plusDagen(vandaag(), -5),
        einddatum: plusDagen(vandaag(), 20),
        herbeoordelingsdatum: plusDagen(vandaag(), 10),
      })
      .expect(201);

    const antwoord = await t.http().get(`/api/klanten/${klant.id}/tijdlijn`).set(km());
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.totaal).toBe(4);
    expect(antwoord.body.items.map((i: { soort: string }) => i.soort)).toEqual([
      'contactmoment',
      'afspraak',
      'ladder',
      'vrijstelling',
    ]);
    expect(antwoord.body.items[1]).toMatchObject({
      soort: 'afspraak',
      afspraakSoort: 'vrijwilligerswerk',
      datum: plusDagen(vandaag(), -2),
      omschrijving: 'Kringloop',
    });
    expect(antwoord.body.items[3]).toMatchObject({
      soort: 'vrijstelling',
      vrijstellingSoort: 'informeel',
      reden: 'studie',
    });
    const tweede = await t.http().get(`/api/klanten/${klant.id}/tijdlijn`).query({ page: 2, pageSize: 3 }).set(km());
    expect(tweede.body.items.map((i: { soort: string }) => i.soort)).toEqual(['vrijstelling']);
  });
});
