import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

describe('audit: logboek dataverwerkingen en wijzigingen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  it('schrijft bij elke inzage van het dossier een verwerking met trace-id, handeling, klant en medewerker', async () => {
    const klant = await maakKlant(t, a);
    const km = bearer(a.klantmanager.token);
    const detail = await t
      .http()
      .get(`/api/klanten/${klant.id}`)
      .set(km)
      .set('X-Request-Id', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(detail.status).toBe(200);
    for (const pad of ['tijdlijn', 'contactmomenten', 'ladder', 'afspraken', 'vrijstellingen']) {
      await t.http().get(`/api/klanten/${klant.id}/${pad}`).set(km).expect(200);
    }
    const log = await t.http().get('/api/audit/verwerkingen').query({ klantId: klant.id }).set(bearer(a.privacy.token));
    expect(log.status).toBe(200);
    expect(log.body.items.map((v: { handeling: string }) => v.handeling).sort()).toEqual(
      [
        'afspraken.inzien',
        'contactmomenten.inzien',
        'klant.inzien',
        'ladder.inzien',
        'tijdlijn.inzien',
        'vrijstellingen.inzien',
      ].sort(),
    );
    const inzage = log.body.items.find((v: { handeling: string }) => v.handeling === 'klant.inzien');
    expect(inzage).toMatchObject({
      medewerkerId: a.klantmanager.id,
      klantId: klant.id,
      traceId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      resultaat: 'gelukt',
      verwerkingsactiviteit: 're_integratie',
      verwerkingsactiviteitNaam: 'Re-integratie en begeleiding Participatiewet',
    });
    expect(new Date(inzage.tijdstip).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('legt het tonen van het volledige BSN apart vast', async () => {
    const klant = await maakKlant(t, a);
    const antwoord = await t.http().post(`/api/klanten/${klant.id}/bsn-inzage`).set(bearer(a.klantmanager.token));
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual({ bsn: klant.bsn });
    const log = await t.http().get('/api/audit/verwerkingen').query({ klantId: klant.id }).set(bearer(a.privacy.token));
    expect(log.body.items.map((v: { handeling: string }) => v.handeling)).toEqual(['bsn.tonen']);
  });

  it('filtert verwerkingen op medewerker en periode', async () => {
    const klant = await maakKlant(t, a);
    await t.http().get(`/api/klanten/${klant.id}`).set(bearer(a.teamleider.token)).expect(200);
    const vanTl = await t
      .http()
      .get('/api/audit/verwerkingen')
      .query({ medewerkerId: a.teamleider.id })
      .set(bearer(a.privacy.token));
    expect(vanTl.body.items.every((v: { medewerkerId: string }) => v.medewerkerId === a.teamleider.id)).toBe(true);
    expect(vanTl.body.totaal).toBeGreaterThan(0);
    const gisteren = await t
      .http()
      .get('/api/audit/verwerkingen')
      .query({ medewerkerId: a.teamleider.id, tot: '2020-01-01' })
      .set(bearer(a.privacy.token));
    expect(gisteren.body.totaal).toBe(0);
  });

  it('schrijft bij aanmaken en wijzigen wie, wat, oude en nieuwe waarden', async () => {
    const klant = await maakKlant(t, a, { voornamen: 'Oud' });
    await t
      .http()
      .patch(`/api/klanten/${klant.id}`)
      .set(bearer(a.teamleider.token))
      .send({ versie: 1, voornamen: 'Nieuw', achternaam: klant.achternaam })
      .expect(200);
    await t
      .http()
      .post(`/api/klanten/${klant.id}/contactmomenten`)
      .set(bearer(a.klantmanager.token))
      .send(contactInvoer())
      .expect(201);
    const log = await t.http().get('/api/audit/wijzigingen').query({ klantId: klant.id }).set(bearer(a.privacy.token));
    expect(log.status).toBe(200);
    expect(log.body.items.map((w: { resource: string; actie: string }) => `${w.resource}:${w.actie}`)).toEqual([
      'contactmoment:aangemaakt',
      'klant:gewijzigd',
      'klant:aangemaakt',
    ]);
    // Only what changed: the achternaam was sent unchanged.
    expect(log.body.items[1]).toMatchObject({
      medewerkerId: a.teamleider.id,
      resourceId: klant.id,
      wijzigingen: { oud: { voornamen: 'Oud' }, nieuw: { voornamen: 'Nieuw' } },
    });
    expect(log.body.items[2].wijzigingen).toMatchObject({
      oud: null,
      nieuw: { voornamen: 'Oud', bsn: `*****${klant.bsn.slice(-4)}` },
    });
  });

  it('is voor de privacyfunctionaris en alleen over de eigen organisatie; de beheerder ziet alleen wijzigingen van instellingen', async () => {
    for (const token of [a.klantmanager.token, a.teamleider.token, a.beleid.token, a.extern.token]) {
      expect((await t.http().get('/api/audit/verwerkingen').set(bearer(token))).status).toBe(403);
      expect((await t.http().get('/api/audit/wijzigingen').set(bearer(token))).status).toBe(403);
    }
    expect((await t.http().get('/api/audit/verwerkingen').set(bearer(a.beheerder.token))).status).toBe(403);
    for (const resource of ['klant', 'contactmoment', 'afspraak']) {
      expect(
        (await t.http().get('/api/audit/wijzigingen').query({ resource }).set(bearer(a.beheerder.token))).status,
      ).toBe(403);
    }
    const beheer = await t.http().get('/api/audit/wijzigingen').set(bearer(a.beheerder.token));
    expect(beheer.status).toBe(200);
    expect(
      beheer.body.items.every((w: { resource: string }) =>
        ['instellingen', 'contactnormen', 'bewaartermijn', 'medewerker', 'team', 'gemeente'].includes(w.resource),
      ),
    ).toBe(true);
    const klant = await maakKlant(t, a);
    await t.http().get(`/api/klanten/${klant.id}`).set(bearer(a.klantmanager.token)).expect(200);
    const anders = await t
      .http()
      .get('/api/audit/verwerkingen')
      .query({ klantId: klant.id })
      .set(bearer(b.privacy.token));
    expect(anders.status).toBe(200);
    expect(anders.body.totaal).toBe(0);
  });

  it.each(['verwerking', 'wijziging'])('de database weigert UPDATE, DELETE en TRUNCATE op %s', async (tabel) => {
    const klant = await maakKlant(t, a);
    await t.http().get(`/api/klanten/${klant.id}`).set(bearer(a.klantmanager.token)).expect(200);
    const [{ aantal }] = await t.db.query(`SELECT count(*) AS aantal FROM ${tabel}`);
    expect(aantal).toBeGreaterThan(0);
    await expect(t.db.query(`UPDATE ${tabel} SET medewerker_id = gen_random_uuid()`)).rejects.toThrow(
      /alleen aan te vullen: UPDATE/,
    );
    await expect(t.db.query(`DELETE FROM ${tabel}`)).rejects.toThrow(/alleen aan te vullen: DELETE/);
    await expect(t.db.query(`TRUNCATE ${tabel}`)).rejects.toThrow(/alleen aan te vullen: TRUNCATE/);
    const [{ aantal: na }] = await t.db.query(`SELECT count(*) AS aantal FROM ${tabel}`);
    expect(na).toBe(aantal);
  });
});
