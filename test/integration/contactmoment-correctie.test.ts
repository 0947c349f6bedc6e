import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  contactInvoer,
  dagenGeleden,
  Ingelogd,
  maakKlant,
  maakKlantVan,
  maakOmgeving,
  TestOmgeving,
} from '../support/factories';
import { maakIngelogde, maakTeam, soortenVan } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();
const REDEN = 'Verkeerde datum ingevuld: het gesprek was eerder';

/**
 * PATCH /api/contactmomenten/{id}: correcting a wrongly registered contactmoment (rule: libs/domain correctie.ts).
 * The old values and the reason stay visible in the change audit; the same triggers as on insert keep
 * laatstGezienOp, the werkvoorraad and the report months right.
 */
describe('contactmoment corrigeren', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let collega: Ingelogd;
  let zuidKm: Ingelogd;
  let zuidTl: Ingelogd;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    collega = await maakIngelogde(t, {
      organisatieId: a.organisatie.id,
      teamId: a.organisatie.teamId,
      rol: 'klantmanager',
    });
    const zuid = await maakTeam(t.db, a.organisatie.id);
    zuidKm = await maakIngelogde(t, { organisatieId: a.organisatie.id, teamId: zuid, rol: 'klantmanager' });
    zuidTl = await maakIngelogde(t, { organisatieId: a.organisatie.id, teamId: zuid, rol: 'teamleider' });
  });
  afterAll(() => t.sluit());

  /** A client of the omgeving's klantmanager with one contactmoment registered by `door` (default that klantmanager). */
  async function metContact(velden: Record<string, unknown> = {}, door: Ingelogd = a.klantmanager) {
    const klant = await maakKlant(t, a);
    const antwoord = await t
      .http()
      .post(`/api/klanten/${klant.id}/contactmomenten`)
      .set(bearer(door.token))
      .send(contactInvoer(velden));
    expect(antwoord.status).toBe(201);
    return {
      klant,
      contact: antwoord.body as { id: string; versie: number; plaatsgevondenOp: string; onderwerp: string },
    };
  }
  const corrigeer = (id: string, token: string, body: Record<string, unknown>) =>
    t.http().patch(`/api/contactmomenten/${id}`).set(bearer(token)).send(body);
  const rij = async (id: string) =>
    (
      await t.db.query(
        `SELECT versie, onderwerp, kanaal, plaatsgevonden_op, gecorrigeerd_op FROM contactmoment WHERE id = $1`,
        [id],
      )
    )[0];
  const wijzigingen = async (id: string) =>
    await t.db.query(
      `SELECT actie, oud, nieuw, medewerker_id AS "medewerkerId" FROM wijziging WHERE resource_id = $1 ORDER BY id`,
      [id],
    );

  describe('wie het mag', () => {
    it('de auteur corrigeert: 200 met de nieuwe waarden, versie + 1 en gecorrigeerdOp', async () => {
      const { klant, contact } = await metContact();
      expect(contact).toMatchObject({ versie: 1, gecorrigeerdOp: null });
      const antwoord = await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        onderwerp: 'Schuldhulpverlening',
        kanaal: 'telefoon',
        reden: REDEN,
      });
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({
        id: contact.id,
        klantId: klant.id,
        medewerkerId: a.klantmanager.id,
        onderwerp: 'Schuldhulpverlening',
        kanaal: 'telefoon',
        versie: 2,
        teltAlsGezien: true,
      });
      expect(Date.now() - Date.parse(antwoord.body.gecorrigeerdOp)).toBeLessThan(60_000);
      // The author stays the one who registered it; the corrector is in the audit.
      const lijst = await t.http().get(`/api/klanten/${klant.id}/contactmomenten`).set(bearer(a.klantmanager.token));
      expect(lijst.body.items[0]).toMatchObject({ id: contact.id, onderwerp: 'Schuldhulpverlening', versie: 2 });
      const tijdlijn = await t.http().get(`/api/klanten/${klant.id}/tijdlijn`).set(bearer(a.klantmanager.token));
      const item = tijdlijn.body.items.find((i: { id: string }) => i.id === contact.id);
      expect(item.onderwerp).toBe('Schuldhulpverlening');
      expect(Date.parse(item.gecorrigeerdOp)).toBe(Date.parse(antwoord.body.gecorrigeerdOp));
    });

    it('een teamleider van het team van de klant corrigeert wat een klantmanager vastlegde', async () => {
      const { contact } = await metContact();
      const antwoord = await corrigeer(contact.id, a.teamleider.token, {
        versie: 1,
        resultaat: 'no_show',
        reden: 'Klant was niet gekomen, per ongeluk gesproken',
      });
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({
        resultaat: 'no_show',
        teltAlsGezien: false,
        medewerkerId: a.klantmanager.id,
        versie: 2,
      });
      expect((await wijzigingen(contact.id)).at(-1).medewerkerId).toBe(a.teamleider.id);
    });

    it('een klant zonder klantmanager: elke teamleider mag, een collega-klantmanager niet', async () => {
      const klant = await maakKlant(t, a, { klantmanagerId: null });
      const contact = (
        await t
          .http()
          .post(`/api/klanten/${klant.id}/contactmomenten`)
          .set(bearer(a.klantmanager.token))
          .send(contactInvoer())
          .expect(201)
      ).body;
      expect(
        (await corrigeer(contact.id, collega.token, { versie: 1, onderwerp: 'Anders', reden: REDEN })).status,
      ).toBe(403);
      expect((await corrigeer(contact.id, zuidTl.token, { versie: 1, onderwerp: 'Anders', reden: REDEN })).status).toBe(
        200,
      );
    });

    it('403 voor een collega-klantmanager van hetzelfde team (niet de auteur), en er verandert niets', async () => {
      const { contact } = await metContact();
      const antwoord = await corrigeer(contact.id, collega.token, { versie: 1, onderwerp: 'Anders', reden: REDEN });
      expect(antwoord.status).toBe(403);
      expect(antwoord.body.code).toBe('CORRECTIE_NIET_TOEGESTAAN');
      expect(antwoord.body.message).toMatch(/vastgelegd.*teamleider/);
      expect(await rij(contact.id)).toMatchObject({ versie: 1, onderwerp: contact.onderwerp, gecorrigeerd_op: null });
      expect(await wijzigingen(contact.id)).toHaveLength(1); // only 'aangemaakt'
    });

    it('403 voor een ander team: de klant is buiten het team (BUITEN_TEAM); na doorbreken nog steeds niet bevoegd', async () => {
      const { klant, contact } = await metContact();
      for (const medewerker of [zuidKm, zuidTl]) {
        const antwoord = await corrigeer(contact.id, medewerker.token, {
          versie: 1,
          onderwerp: 'Anders',
          reden: REDEN,
        });
        expect({ status: antwoord.status, code: antwoord.body.code }).toEqual({ status: 403, code: 'BUITEN_TEAM' });
      }
      await t
        .http()
        .post(`/api/klanten/${klant.id}/doorbreken`)
        .set(bearer(zuidTl.token))
        .send({ reden: 'Collega ziek, klant belt over betaling' })
        .expect(201);
      const antwoord = await corrigeer(contact.id, zuidTl.token, { versie: 1, onderwerp: 'Anders', reden: REDEN });
      expect({ status: antwoord.status, code: antwoord.body.code }).toEqual({
        status: 403,
        code: 'CORRECTIE_NIET_TOEGESTAAN',
      });
      expect(await rij(contact.id)).toMatchObject({ versie: 1, onderwerp: contact.onderwerp });
    });

    it('de auteur van wie de klant intussen naar een ander team ging: eerst de toegang (BUITEN_TEAM)', async () => {
      const klant = await maakKlantVan(t, a, zuidKm.id);
      const contact = (
        await t
          .http()
          .post(`/api/klanten/${klant.id}/contactmomenten`)
          .set(bearer(zuidKm.token))
          .send(contactInvoer())
          .expect(201)
      ).body;
      // The teamleider of team Zuid may: the client's team is Zuid.
      expect(
        (await corrigeer(contact.id, zuidTl.token, { versie: 1, onderwerp: 'Door teamleider Zuid', reden: REDEN }))
          .status,
      ).toBe(200);
      // The teamleider of the omgeving (another team) is refused by the access check.
      expect(
        (await corrigeer(contact.id, a.teamleider.token, { versie: 2, onderwerp: 'Anders', reden: REDEN })).body.code,
      ).toBe('BUITEN_TEAM');
    });

    it.each(['beleid', 'beheerder', 'privacy', 'extern'] as const)('403 voor de rol %s', async (rol) => {
      const { contact } = await metContact();
      const antwoord = await corrigeer(contact.id, a[rol].token, { versie: 1, onderwerp: 'Anders', reden: REDEN });
      expect(antwoord.status).toBe(403);
      expect(await rij(contact.id)).toMatchObject({ versie: 1 });
    });

    it('404 voor een andere organisatie, net als voor een id die niet bestaat', async () => {
      const { contact } = await metContact();
      for (const token of [b.klantmanager.token, b.teamleider.token]) {
        const antwoord = await corrigeer(contact.id, token, { versie: 1, onderwerp: 'Anders', reden: REDEN });
        expect({ status: antwoord.status, code: antwoord.body.code }).toEqual({ status: 404, code: 'NIET_GEVONDEN' });
      }
      const onbekend = await corrigeer('7a1c2f54-3b7e-4d8f-9a0b-1c2d3e4f5a6b', a.klantmanager.token, {
        versie: 1,
        onderwerp: 'Anders',
        reden: REDEN,
      });
      expect(onbekend.status).toBe(404);
      expect(await rij(contact.id)).toMatchObject({ versie: 1 });
    });
  });

  describe('tot wanneer', () => {
    const zetVastgelegd = (id: string, dagen: number) =>
      // Registered `dagen` Dutch calendar days ago, at 12:00 Dutch time.
      t.db.query(
        `UPDATE contactmoment SET aangemaakt_op = ($2::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam' WHERE id = $1`,
        [id, plusDagen(vandaag(), -dagen)],
      );

    it('30 dagen na het vastleggen mag het nog (auteur en teamleider)', async () => {
      const { contact } = await metContact({ plaatsgevondenOp: dagenGeleden(31) });
      await zetVastgelegd(contact.id, 30);
      expect(
        (await corrigeer(contact.id, a.klantmanager.token, { versie: 1, onderwerp: 'Op de laatste dag', reden: REDEN }))
          .status,
      ).toBe(200);
      expect(
        (await corrigeer(contact.id, a.teamleider.token, { versie: 2, onderwerp: 'Ook de teamleider', reden: REDEN }))
          .status,
      ).toBe(200);
    });

    it('422 CORRECTIETERMIJN_VERSTREKEN na 30 dagen, voor auteur en teamleider; er verandert niets', async () => {
      const { contact } = await metContact({ plaatsgevondenOp: dagenGeleden(40) });
      await zetVastgelegd(contact.id, 31);
      for (const token of [a.klantmanager.token, a.teamleider.token]) {
        const antwoord = await corrigeer(contact.id, token, { versie: 1, onderwerp: 'Te laat', reden: REDEN });
        expect({ status: antwoord.status, code: antwoord.body.code }).toEqual({
          status: 422,
          code: 'CORRECTIETERMIJN_VERSTREKEN',
        });
        expect(antwoord.body.message).toContain(`tot en met ${plusDagen(vandaag(), -1)}`);
      }
      // Who may not correct it at all hears 403, not about the term.
      expect(
        (await corrigeer(contact.id, collega.token, { versie: 1, onderwerp: 'Te laat', reden: REDEN })).status,
      ).toBe(403);
      expect(await rij(contact.id)).toMatchObject({ versie: 1, onderwerp: contact.onderwerp, gecorrigeerd_op: null });
    });

    it('het telt vanaf het vastleggen, niet vanaf wanneer het plaatsvond', async () => {
      const { contact } = await metContact({ plaatsgevondenOp: dagenGeleden(200) });
      expect(
        (
          await corrigeer(contact.id, a.klantmanager.token, {
            versie: 1,
            plaatsgevondenOp: dagenGeleden(190),
            reden: REDEN,
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('versie en invoer', () => {
    it('409 bij een verouderde versie, en er verandert niets (ook geen audit)', async () => {
      const { contact } = await metContact();
      await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        onderwerp: 'Eerste correctie',
        reden: REDEN,
      }).expect(200);
      const antwoord = await corrigeer(contact.id, a.teamleider.token, {
        versie: 1,
        onderwerp: 'Tweede op oude versie',
        reden: REDEN,
      });
      expect({ status: antwoord.status, code: antwoord.body.code }).toEqual({ status: 409, code: 'VERSIE_CONFLICT' });
      expect(await rij(contact.id)).toMatchObject({ versie: 2, onderwerp: 'Eerste correctie' });
      expect(await wijzigingen(contact.id)).toHaveLength(2);
    });

    it('400 zonder reden, met een te korte reden of alleen spaties: veld reden, in het Nederlands', async () => {
      const { contact } = await metContact();
      const zonder = await corrigeer(contact.id, a.klantmanager.token, { versie: 1, onderwerp: 'Anders' });
      expect(zonder.status).toBe(400);
      expect(zonder.body.fouten).toEqual([{ veld: 'reden', melding: 'is verplicht' }]);
      const kort = await corrigeer(contact.id, a.klantmanager.token, { versie: 1, onderwerp: 'Anders', reden: 'typo' });
      expect(kort.body.fouten).toEqual([{ veld: 'reden', melding: 'moet minstens 10 tekens bevatten' }]);
      const spaties = await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        onderwerp: 'Anders',
        reden: '   typo      ',
      });
      expect(spaties.status).toBe(400);
      expect(spaties.body.fouten).toEqual([
        { veld: 'reden', melding: 'moet minstens 10 tekens bevatten: leg uit wat er niet klopte' },
      ]);
      expect(spaties.body.message).toContain('reden');
      expect(await rij(contact.id)).toMatchObject({ versie: 1, onderwerp: contact.onderwerp });
    });

    it('400 met elk fout veld genoemd: vorm, onbekende velden, null, zonder versie', async () => {
      const { contact } = await metContact();
      const antwoord = await corrigeer(contact.id, a.klantmanager.token, {
        kanaal: 'postduif',
        initiatief: null,
        resultaat: 7,
        onderwerp: '',
        samenvatting: 'x'.repeat(10_001),
        plaatsgevondenOp: 'gisteren',
        medewerkerId: a.teamleider.id,
        klantId: contact.id,
      });
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual([
        'initiatief',
        'kanaal',
        'klantId',
        'medewerkerId',
        'onderwerp',
        'plaatsgevondenOp',
        'reden',
        'resultaat',
        'samenvatting',
        'versie',
      ]);
      expect(antwoord.body.fouten.find((f: { veld: string }) => f.veld === 'medewerkerId').melding).toBe(
        'is geen bekend veld',
      );
    });

    it('400 voor een tijdstip in de toekomst, precies als bij vastleggen, en voor een onmogelijke combinatie met wat er al stond', async () => {
      const { klant, contact } = await metContact();
      const toekomst = new Date(Date.now() + 3 * 3600_000).toISOString();
      const bijVastleggen = await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(bearer(a.klantmanager.token))
        .send(contactInvoer({ plaatsgevondenOp: toekomst }));
      const bijCorrigeren = await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        plaatsgevondenOp: toekomst,
        reden: REDEN,
      });
      expect(bijCorrigeren.status).toBe(400);
      expect({
        code: bijCorrigeren.body.code,
        message: bijCorrigeren.body.message,
        fouten: bijCorrigeren.body.fouten,
      }).toEqual({
        code: bijVastleggen.body.code,
        message: bijVastleggen.body.message,
        fouten: bijVastleggen.body.fouten,
      });
      expect(bijCorrigeren.body.fouten).toEqual([
        { veld: 'plaatsgevondenOp', melding: 'mag niet in de toekomst liggen' },
      ]);
      // Only the kanaal changes, to a letter; the resultaat that was there (gesproken) cannot go with it. Both at once
      // with a reason that is only spaces: every field named.
      const brief = await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        kanaal: 'brief',
        plaatsgevondenOp: toekomst,
        reden: '          ',
      });
      expect(velden(brief.body)).toEqual(['plaatsgevondenOp', 'reden', 'resultaat']);
      expect(await rij(contact.id)).toMatchObject({ versie: 1, kanaal: 'gesprek_op_locatie' });
    });

    it('een correctie die niets verandert schrijft niets: zelfde versie, geen audit', async () => {
      const { contact } = await metContact();
      const zelfdeMoment = new Date(contact.plaatsgevondenOp).toISOString().replace('Z', '+00:00');
      const antwoord = await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        onderwerp: contact.onderwerp,
        plaatsgevondenOp: zelfdeMoment,
        reden: REDEN,
      });
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({ versie: 1, gecorrigeerdOp: null });
      expect(await wijzigingen(contact.id)).toHaveLength(1);
    });
  });

  describe('de oude versie blijft zichtbaar', () => {
    it('GET /api/audit/wijzigingen toont de oude en de nieuwe waarden en de reden, met wie corrigeerde', async () => {
      const { klant, contact } = await metContact({
        plaatsgevondenOp: dagenGeleden(3),
        onderwerp: 'Verkeerd onderwerp',
        samenvatting: 'Eerste tekst',
      });
      await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        plaatsgevondenOp: dagenGeleden(4),
        onderwerp: 'Goed onderwerp',
        samenvatting: 'Tweede tekst',
        reden: `  ${REDEN}  `,
      }).expect(200);
      const antwoord = await t
        .http()
        .get('/api/audit/wijzigingen')
        .query({ klantId: klant.id, resource: 'contactmoment' })
        .set(bearer(a.privacy.token));
      expect(antwoord.status).toBe(200);
      expect(antwoord.body.items).toHaveLength(2);
      const [correctie, aangemaakt] = antwoord.body.items;
      expect(aangemaakt).toMatchObject({ actie: 'aangemaakt', resourceId: contact.id });
      expect(correctie).toMatchObject({
        actie: 'gewijzigd',
        resource: 'contactmoment',
        resourceId: contact.id,
        klantId: klant.id,
        medewerkerId: a.klantmanager.id,
        wijzigingen: {
          oud: {
            plaatsgevondenOp: new Date(dagenGeleden(3)).toISOString(),
            onderwerp: 'Verkeerd onderwerp',
            samenvatting: 'Eerste tekst',
          },
          nieuw: {
            plaatsgevondenOp: new Date(dagenGeleden(4)).toISOString(),
            onderwerp: 'Goed onderwerp',
            samenvatting: 'Tweede tekst',
            reden: REDEN,
          },
        },
      });
      // Only what changed: kanaal, initiatief and resultaat were not touched.
      expect(Object.keys(correctie.wijzigingen.oud).sort()).toEqual(['onderwerp', 'plaatsgevondenOp', 'samenvatting']);
    });
  });

  describe('wat ervan afhangt volgt de correctie', () => {
    it('laatstGezienOp, in-beeld-status en werkvoorraad volgen een gecorrigeerde datum, heen en terug', async () => {
      const { klant, contact } = await metContact({ plaatsgevondenOp: dagenGeleden(2) });
      const km = bearer(a.klantmanager.token);
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(km)).body).toMatchObject({
        inBeeldStatus: 'in_beeld',
      });
      expect(await soortenVan(t, a.klantmanager.token, klant.id)).not.toContain('uit_beeld');

      // It was actually 100 days ago (norm 90): the client is out of sight again.
      await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        plaatsgevondenOp: dagenGeleden(100),
        reden: REDEN,
      }).expect(200);
      const na = (await t.http().get(`/api/klanten/${klant.id}`).set(km)).body;
      expect(na.laatstGezienOp.slice(0, 10)).toBe(plusDagen(vandaag(), -100));
      expect(na.inBeeldStatus).toBe('uit_beeld');
      expect(await soortenVan(t, a.klantmanager.token, klant.id)).toContain('uit_beeld');
      const lijst = await t
        .http()
        .get('/api/klanten')
        .query({ inBeeld: 'uit_beeld', klantmanagerId: a.klantmanager.id, pageSize: 200 })
        .set(km);
      expect(lijst.body.items.map((k: { id: string }) => k.id)).toContain(klant.id);

      // And a conversation corrected into a no-show no longer counts at all.
      await corrigeer(contact.id, a.klantmanager.token, {
        versie: 2,
        plaatsgevondenOp: dagenGeleden(1),
        resultaat: 'no_show',
        reden: 'Klant kwam niet, verkeerd resultaat',
      }).expect(200);
      expect((await t.http().get(`/api/klanten/${klant.id}`).set(km)).body).toMatchObject({
        laatstGezienOp: null,
        inBeeldStatus: 'uit_beeld',
      });

      await corrigeer(contact.id, a.klantmanager.token, {
        versie: 3,
        resultaat: 'gesproken',
        reden: 'Toch gesproken, no-show was fout',
      }).expect(200);
      const terug = (await t.http().get(`/api/klanten/${klant.id}`).set(km)).body;
      expect(terug.laatstGezienOp.slice(0, 10)).toBe(plusDagen(vandaag(), -1));
      expect(terug.inBeeldStatus).toBe('in_beeld');
      expect(await soortenVan(t, a.klantmanager.token, klant.id)).not.toContain('uit_beeld');
    });

    it('een gecorrigeerde datum in een afgesloten maand maakt de bewaarde maandcijfers vanaf die maand ongeldig', async () => {
      const { contact } = await metContact({ plaatsgevondenOp: dagenGeleden(1) });
      // Three closed month ends, marked complete.
      const maandeinde = (terug: number) => {
        const d = new Date();
        return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - terug + 1, 0)).toISOString().slice(0, 10);
      };
      const peildata = [maandeinde(3), maandeinde(2), maandeinde(1)];
      for (const peildatum of peildata)
        await t.db.query(`INSERT INTO rapport_maand (organisatie_id, peildatum) VALUES ($1, $2)`, [
          a.organisatie.id,
          peildatum,
        ]);
      const bewaard = async () =>
        (
          await t.db.query(`SELECT peildatum::text AS p FROM rapport_maand WHERE organisatie_id = $1 ORDER BY 1`, [
            a.organisatie.id,
          ])
        ).map((r: { p: string }) => r.p);

      // A correction of the subject only touches no report figure: the months stay.
      await corrigeer(contact.id, a.klantmanager.token, {
        versie: 1,
        onderwerp: 'Alleen het onderwerp',
        reden: REDEN,
      }).expect(200);
      expect(await bewaard()).toEqual(peildata);

      // Backdated into the month before last: that month end and later are no longer complete, earlier ones stay.
      await corrigeer(contact.id, a.klantmanager.token, {
        versie: 2,
        plaatsgevondenOp: `${maandeinde(2)}T10:00:00+01:00`,
        reden: REDEN,
      }).expect(200);
      expect(await bewaard()).toEqual([peildata[0]]);
    });
  });

  it('de toepassingsrol kan van een contactmoment alleen wijzigen wat een correctie wijzigt, nooit wiens het is of wanneer vastgelegd', async () => {
    const { contact } = await metContact();
    const app = new Client({ connectionString: t.toepassingsUrl });
    await app.connect();
    const als = async (sql: string) => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('kib.organisatie', $1, true)`, [a.organisatie.id]);
        return (await app.query(sql, [contact.id])).rowCount;
      } catch (e) {
        return (e as { code?: string }).code;
      } finally {
        await app.query('ROLLBACK');
      }
    };
    try {
      expect(
        await als(
          `UPDATE contactmoment SET onderwerp = 'x', versie = versie + 1, gecorrigeerd_op = now() WHERE id = $1`,
        ),
      ).toBe(1);
      for (const kolom of [
        'medewerker_id = medewerker_id',
        'klant_id = klant_id',
        'aangemaakt_op = now()',
        'organisatie_id = organisatie_id',
      ]) {
        expect({ kolom, uitkomst: await als(`UPDATE contactmoment SET ${kolom} WHERE id = $1`) }).toEqual({
          kolom,
          uitkomst: '42501',
        });
      }
    } finally {
      await app.end();
    }
  });
});
