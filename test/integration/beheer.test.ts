import { startTestApp, TestApp } from '../support/app';
import { bearer, inloggen, maakKlantVan, maakOmgeving, maakTestMedewerker, TestOmgeving } from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();
const GOED_WACHTWOORD = 'Fietsenmaker-Zonnebloem-77';
let teller = 0;
const uniekeNaam = (voorvoegsel = 'bh') => `${voorvoegsel}-${process.pid}-${++teller}`;

describe('beheer van medewerkers, teams en gemeenten', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  const http = () => t.http();
  const als = (token: string) => bearer(token);
  const nieuweMedewerker = async (velden: Record<string, unknown> = {}, token = a.beheerder.token) => {
    const naam = uniekeNaam();
    return http()
      .post('/api/medewerkers')
      .set(als(token))
      .send({
        gebruikersnaam: naam,
        naam: `Collega ${naam}`,
        rol: 'klantmanager',
        teamId: a.organisatie.teamId,
        email: `${naam}@example.nl`,
        ...velden,
      });
  };
  const lees = async (id: string, omgeving = a) => {
    const antwoord = await http().get('/api/medewerkers').query({ pageSize: 200 }).set(als(omgeving.beheerder.token));
    return antwoord.body.items.find((m: { id: string }) => m.id === id);
  };
  const wijzig = async (id: string, body: Record<string, unknown>, omgeving = a) =>
    http()
      .patch(`/api/medewerkers/${id}`)
      .set(als(omgeving.beheerder.token))
      .send({ versie: (await lees(id, omgeving)).versie, ...body });
  const wijzigingen = async (resource: string, resourceId: string) => {
    const antwoord = await http()
      .get('/api/audit/wijzigingen')
      .query({ resource, pageSize: 200 })
      .set(als(a.beheerder.token));
    expect(antwoord.status).toBe(200);
    return antwoord.body.items.filter((w: { resourceId: string }) => w.resourceId === resourceId);
  };
  const klantmanagerVan = async (klantId: string) =>
    (await t.db.query(`SELECT klantmanager_id AS id FROM klant WHERE id = $1`, [klantId]))[0].id;

  describe('rollen en organisaties', () => {
    it('weigert elke beheerhandeling voor een andere rol (403)', async () => {
      const km = a.klantmanager.token;
      const verzoeken = [
        http().post('/api/medewerkers').set(als(a.teamleider.token)).send({}),
        http().patch(`/api/medewerkers/${a.klantmanager.id}`).set(als(km)).send({ versie: 1 }),
        http().get(`/api/medewerkers/${a.klantmanager.id}/overdracht`).set(als(a.teamleider.token)),
        http().post(`/api/medewerkers/${a.klantmanager.id}/wachtwoord-herstel`).set(als(a.privacy.token)),
        http().post('/api/teams').set(als(a.teamleider.token)).send({ naam: 'X' }),
        http().patch(`/api/teams/${a.organisatie.teamId}`).set(als(km)).send({ naam: 'X' }),
        http().post('/api/gemeenten').set(als(a.beleid.token)).send({ cbsCode: 'GM0001', naam: 'X' }),
        http().patch(`/api/gemeenten/${a.organisatie.gemeenteId}`).set(als(a.beleid.token)).send({ naam: 'X' }),
        http().get('/api/medewerkers').set(als(a.beleid.token)),
        http().get('/api/teams').set(als(a.extern.token)),
      ];
      for (const antwoord of await Promise.all(verzoeken)) {
        expect(antwoord.status).toBe(403);
        expect(antwoord.body.code).toBe('GEEN_TOEGANG');
      }
    });

    it('geeft 404 voor een id van een andere organisatie', async () => {
      const bh = als(a.beheerder.token);
      const verzoeken = [
        http().patch(`/api/medewerkers/${b.klantmanager.id}`).set(bh).send({ naam: 'Gekaapt', versie: 1 }),
        http().get(`/api/medewerkers/${b.klantmanager.id}/overdracht`).set(bh),
        http().post(`/api/medewerkers/${b.klantmanager.id}/wachtwoord-herstel`).set(bh),
        http().patch(`/api/teams/${b.organisatie.teamId}`).set(bh).send({ naam: 'Gekaapt' }),
        http().patch(`/api/gemeenten/${b.organisatie.gemeenteId}`).set(bh).send({ naam: 'Gekaapt' }),
      ];
      for (const antwoord of await Promise.all(verzoeken)) expect(antwoord.status).toBe(404);
      const [m] = await t.db.query(`SELECT naam FROM medewerker WHERE id = $1`, [b.klantmanager.id]);
      expect(m.naam).not.toBe('Gekaapt');
    });
  });

  describe('medewerkers', () => {
    it('maakt een klantmanager met een eenmalige code; alleen de hash wordt bewaard', async () => {
      const antwoord = await nieuweMedewerker();
      expect(antwoord.status).toBe(201);
      const { medewerker, eenmaligeCode } = antwoord.body;
      expect(medewerker).toMatchObject({
        rol: 'klantmanager',
        teamId: a.organisatie.teamId,
        actief: true,
        lokaal: true,
        versie: 1,
        aantalKlanten: 0,
      });
      expect(eenmaligeCode.code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
      const uren = (Date.parse(eenmaligeCode.verlooptOp) - Date.now()) / 3_600_000;
      expect(uren).toBeGreaterThan(71.9);
      expect(uren).toBeLessThanOrEqual(72);
      const [rij] = await t.db.query(
        `SELECT herstelcode_hash AS hash, wachtwoord_hash AS wachtwoord FROM medewerker WHERE id = $1`,
        [medewerker.id],
      );
      expect(rij.hash).toMatch(/^\$argon2id\$/);
      expect(rij.hash).not.toContain(eenmaligeCode.code);
      expect(rij.wachtwoord).toBeNull();
      expect(await wijzigingen('medewerker', medewerker.id)).toEqual([
        expect.objectContaining({ actie: 'aangemaakt', medewerkerId: a.beheerder.id }),
      ]);
    });

    it('maakt een SSO-account zonder code, en een rol zonder team', async () => {
      const antwoord = await nieuweMedewerker({ rol: 'beleid', teamId: null, lokaal: false });
      expect(antwoord.status).toBe(201);
      expect(antwoord.body.eenmaligeCode).toBeUndefined();
      expect(antwoord.body.medewerker).toMatchObject({ teamId: null, lokaal: false, codeVerlooptOp: null });
      const herstel = await http()
        .post(`/api/medewerkers/${antwoord.body.medewerker.id}/wachtwoord-herstel`)
        .set(als(a.beheerder.token));
      expect(herstel.status).toBe(422);
      expect(herstel.body.code).toBe('GEEN_LOKAAL_ACCOUNT');
    });

    it('noemt elk fout veld (400)', async () => {
      const leeg = await http()
        .post('/api/medewerkers')
        .set(als(a.beheerder.token))
        .send({ gebruikersnaam: 'a b', rol: 'baas', email: 'geen-mail' });
      expect(leeg.status).toBe(400);
      expect(velden(leeg.body)).toEqual(['email', 'gebruikersnaam', 'naam', 'rol']);

      const zonderTeam = await nieuweMedewerker({ teamId: undefined });
      expect(zonderTeam.status).toBe(400);
      expect(zonderTeam.body.fouten).toEqual([{ veld: 'teamId', melding: 'is verplicht voor de rol Klantmanager' }]);

      const beleidMetTeam = await nieuweMedewerker({ rol: 'beleid' });
      expect(velden(beleidMetTeam.body)).toEqual(['teamId']);

      const anderTeam = await nieuweMedewerker({ teamId: b.organisatie.teamId });
      expect(anderTeam.status).toBe(400);
      expect(anderTeam.body.fouten).toEqual([{ veld: 'teamId', melding: 'is geen team van deze organisatie' }]);
    });

    it('weigert een dubbele gebruikersnaam (ook van een andere organisatie) en een dubbel e-mailadres (409)', async () => {
      const eerste = (await nieuweMedewerker()).body.medewerker;
      const dubbelNaam = await nieuweMedewerker({ gebruikersnaam: eerste.gebruikersnaam.toUpperCase() });
      expect(dubbelNaam.status).toBe(409);
      expect(velden(dubbelNaam.body)).toEqual(['gebruikersnaam']);
      const vanB = await nieuweMedewerker({ gebruikersnaam: b.klantmanager.gebruikersnaam });
      expect(vanB.status).toBe(409);
      const dubbelMail = await nieuweMedewerker({ email: eerste.email.toUpperCase() });
      expect(dubbelMail.status).toBe(409);
      expect(velden(dubbelMail.body)).toEqual(['email']);

      const tweede = (await nieuweMedewerker()).body.medewerker;
      const wijzigMail = await wijzig(tweede.id, { email: eerste.email });
      expect(wijzigMail.status).toBe(409);
      expect(velden(wijzigMail.body)).toEqual(['email']);
    });

    it('wijzigt met optimistic locking: een verouderde versie is 409', async () => {
      const m = (await nieuweMedewerker()).body.medewerker;
      const eerst = await http()
        .patch(`/api/medewerkers/${m.id}`)
        .set(als(a.beheerder.token))
        .send({ naam: 'Nieuwe Naam', versie: 1 });
      expect(eerst.status).toBe(200);
      expect(eerst.body).toMatchObject({ naam: 'Nieuwe Naam', versie: 2 });
      const oud = await http()
        .patch(`/api/medewerkers/${m.id}`)
        .set(als(a.beheerder.token))
        .send({ naam: 'Weer Anders', versie: 1 });
      expect(oud.status).toBe(409);
      expect((await lees(m.id)).naam).toBe('Nieuwe Naam');
      expect(await wijzigingen('medewerker', m.id)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actie: 'gewijzigd',
            wijzigingen: { oud: { naam: m.naam }, nieuw: { naam: 'Nieuwe Naam' } },
          }),
        ]),
      );
    });

    it('haalt het team weg bij een rol zonder team en eist er een bij klantmanager', async () => {
      const m = (await nieuweMedewerker({ rol: 'teamleider' })).body.medewerker;
      const naarBeleid = await wijzig(m.id, { rol: 'beleid' });
      expect(naarBeleid.status).toBe(200);
      expect(naarBeleid.body.teamId).toBeNull();
      const terug = await wijzig(m.id, { rol: 'klantmanager' });
      expect(terug.status).toBe(400);
      expect(velden(terug.body)).toEqual(['teamId']);
    });

    it('zoekt op naam, gebruikersnaam en e-mail, filtert op actief, en pagineert', async () => {
      const m = (await nieuweMedewerker({ naam: 'Zoekbare Zwaluw', email: `zwaluw-${process.pid}@vogels.nl` })).body
        .medewerker;
      for (const zoek of ['zwaluw', m.gebruikersnaam.slice(3), 'vogels.nl']) {
        const antwoord = await http().get('/api/medewerkers').query({ zoek }).set(als(a.beheerder.token));
        expect(antwoord.body.items.map((r: { id: string }) => r.id)).toContain(m.id);
      }
      const percent = await http().get('/api/medewerkers').query({ zoek: '%' }).set(als(a.beheerder.token));
      expect(percent.body.totaal).toBe(0);
      await wijzig(m.id, { actief: false });
      const actief = await http()
        .get('/api/medewerkers')
        .query({ zoek: 'zwaluw', actief: 'true' })
        .set(als(a.beheerder.token));
      expect(actief.body.totaal).toBe(0);
      const inactief = await http()
        .get('/api/medewerkers')
        .query({ zoek: 'zwaluw', actief: 'false' })
        .set(als(a.beheerder.token));
      expect(inactief.body.items.map((r: { id: string }) => r.id)).toEqual([m.id]);
      const pagina = await http().get('/api/medewerkers').query({ pageSize: 2, page: 1 }).set(als(a.beheerder.token));
      expect(pagina.body).toMatchObject({ page: 1, pageSize: 2 });
      expect(pagina.body.items).toHaveLength(2);
      expect(pagina.body.totaal).toBeGreaterThan(2);
      const vanB = await http().get('/api/medewerkers').query({ pageSize: 200 }).set(als(a.beheerder.token));
      expect(vanB.body.items.map((r: { id: string }) => r.id)).not.toContain(b.klantmanager.id);
    });

    it('deactiveert (sessies eindigen) en heractiveert', async () => {
      const m = await maakTestMedewerker(t, {
        organisatieId: a.organisatie.id,
        rol: 'teamleider',
        teamId: a.organisatie.teamId,
      });
      const token = await inloggen(t, m.gebruikersnaam);
      expect((await http().get('/api/me').set(als(token))).status).toBe(200);
      const uit = await wijzig(m.id, { actief: false });
      expect(uit.status).toBe(200);
      expect(uit.body.actief).toBe(false);
      expect((await http().get('/api/me').set(als(token))).status).toBe(401);
      await expect(inloggen(t, m.gebruikersnaam)).rejects.toThrow('401');
      const aan = await wijzig(m.id, { actief: true });
      expect(aan.status).toBe(200);
      expect(aan.body.actief).toBe(true);
      expect(await inloggen(t, m.gebruikersnaam)).toBeTruthy();
    });

    it('weigert de laatste actieve beheerder te deactiveren of een andere rol te geven (422)', async () => {
      const c = await maakOmgeving(t);
      const versie = (await lees(c.beheerder.id, c)).versie;
      for (const body of [{ actief: false }, { rol: 'beleid' }]) {
        const antwoord = await http()
          .patch(`/api/medewerkers/${c.beheerder.id}`)
          .set(als(c.beheerder.token))
          .send({ ...body, versie });
        expect(antwoord.status).toBe(422);
        expect(antwoord.body.code).toBe('LAATSTE_BEHEERDER');
      }
      const tweede = await nieuweMedewerker({ rol: 'beheerder', teamId: null }, c.beheerder.token);
      expect(tweede.status).toBe(201);
      const nu = await http()
        .patch(`/api/medewerkers/${c.beheerder.id}`)
        .set(als(c.beheerder.token))
        .send({ rol: 'beleid', versie });
      expect(nu.status).toBe(200);
    });
  });

  describe('eenmalige code en eigen wachtwoord', () => {
    const loginMet = (gebruikersnaam: string, wachtwoord: string) =>
      http().post('/api/auth/login').send({ gebruikersnaam, wachtwoord });

    it('een nieuwe klantmanager logt in met de code, kiest een wachtwoord en is ingelogd; de code werkt daarna niet meer', async () => {
      const { medewerker, eenmaligeCode } = (await nieuweMedewerker()).body;
      // Typed over in lower case without dashes still works.
      const stap = await loginMet(medewerker.gebruikersnaam, eenmaligeCode.code.toLowerCase().replace(/-/g, ''));
      expect(stap.status).toBe(200);
      expect(stap.body).toEqual({ tweedeStap: 'nieuw_wachtwoord', tussenToken: expect.any(String) });

      const zwak = await http()
        .post('/api/auth/login/nieuw-wachtwoord')
        .send({ tussenToken: stap.body.tussenToken, nieuwWachtwoord: 'wachtwoord1234' });
      expect(zwak.status).toBe(400);
      expect(velden(zwak.body)).toEqual(['nieuwWachtwoord']);
      const naam = await http()
        .post('/api/auth/login/nieuw-wachtwoord')
        .send({ tussenToken: stap.body.tussenToken, nieuwWachtwoord: `${medewerker.gebruikersnaam}123456` });
      expect(naam.status).toBe(400);

      const goed = await http()
        .post('/api/auth/login/nieuw-wachtwoord')
        .send({ tussenToken: stap.body.tussenToken, nieuwWachtwoord: GOED_WACHTWOORD });
      expect(goed.status).toBe(200);
      expect(goed.body.medewerker.id).toBe(medewerker.id);
      expect((await http().get('/api/werkvoorraad').set(als(goed.body.accessToken))).status).toBe(200);

      // Single use: the code and the step are spent.
      expect((await loginMet(medewerker.gebruikersnaam, eenmaligeCode.code)).status).toBe(401);
      const nogEens = await http()
        .post('/api/auth/login/nieuw-wachtwoord')
        .send({ tussenToken: stap.body.tussenToken, nieuwWachtwoord: 'Nog-een-heel-ander-2026' });
      expect(nogEens.status).toBe(401);
      expect((await loginMet(medewerker.gebruikersnaam, GOED_WACHTWOORD)).body.accessToken).toBeTruthy();
      expect((await lees(medewerker.id)).codeVerlooptOp).toBeNull();
    });

    it('een beheerder of privacyfunctionaris richt na het nieuwe wachtwoord eerst tweestapsverificatie in', async () => {
      const { medewerker, eenmaligeCode } = (await nieuweMedewerker({ rol: 'privacy', teamId: null })).body;
      const stap = await loginMet(medewerker.gebruikersnaam, eenmaligeCode.code);
      const verder = await http()
        .post('/api/auth/login/nieuw-wachtwoord')
        .send({ tussenToken: stap.body.tussenToken, nieuwWachtwoord: GOED_WACHTWOORD });
      expect(verder.status).toBe(200);
      expect(verder.body.tweedeStap).toBe('totp_instellen');
      expect(verder.body.accessToken).toBeUndefined();
    });

    it('wachtwoord herstellen geeft een nieuwe code, beëindigt de sessies en een verlopen code werkt niet', async () => {
      const m = await maakTestMedewerker(t, {
        organisatieId: a.organisatie.id,
        rol: 'klantmanager',
        teamId: a.organisatie.teamId,
      });
      const token = await inloggen(t, m.gebruikersnaam);
      const herstel = await http().post(`/api/medewerkers/${m.id}/wachtwoord-herstel`).set(als(a.beheerder.token));
      expect(herstel.status).toBe(201);
      expect(herstel.body.code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
      expect((await http().get('/api/me').set(als(token))).status).toBe(401);
      expect((await lees(m.id)).codeVerlooptOp).toBe(herstel.body.verlooptOp);
      expect(await wijzigingen('medewerker', m.id)).toEqual([
        expect.objectContaining({
          actie: 'gewijzigd',
          wijzigingen: expect.objectContaining({ nieuw: expect.objectContaining({ eenmaligeCodeUitgegeven: true }) }),
        }),
      ]);
      await t.db.query(`UPDATE medewerker SET herstelcode_verloopt_op = now() - interval '1 minute' WHERE id = $1`, [
        m.id,
      ]);
      expect((await loginMet(m.gebruikersnaam, herstel.body.code)).status).toBe(401);

      const gedeactiveerd = (await nieuweMedewerker({ rol: 'beleid', teamId: null })).body.medewerker;
      await wijzig(gedeactiveerd.id, { actief: false });
      const geweigerd = await http()
        .post(`/api/medewerkers/${gedeactiveerd.id}/wachtwoord-herstel`)
        .set(als(a.beheerder.token));
      expect(geweigerd.status).toBe(422);
    });
  });

  describe('overdracht bij vertrek', () => {
    const toewijzingen = (klantId: string) =>
      t.db.query(
        `SELECT klantmanager_id AS "klantmanagerId", tot IS NULL AS open FROM klant_toewijzing WHERE klant_id = $1 ORDER BY id`,
        [klantId],
      );

    async function teamMet(namen: string[]) {
      const teamId = await maakTeam(t.db, a.organisatie.id, uniekeNaam('Team'));
      const leden = [];
      for (const naam of namen)
        leden.push(await maakTestMedewerker(t, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId, naam }));
      return { teamId, leden };
    }
    const klantenVan = async (km: { id: string }, aantal: number) => {
      const klanten = [];
      for (let i = 0; i < aantal; i++) klanten.push(await maakKlantVan(t, a, km.id));
      return klanten;
    };

    it('weigert te deactiveren zolang er actieve klanten zijn (422) en verandert dan niets', async () => {
      const {
        leden: [vertrekker],
      } = await teamMet(['Vera Vertrek', 'Otto Opvolger']);
      const [klant] = await klantenVan(vertrekker, 1);
      const antwoord = await wijzig(vertrekker.id, { actief: false });
      expect(antwoord.status).toBe(422);
      expect(antwoord.body.code).toBe('OVERDRACHT_NODIG');
      expect((await lees(vertrekker.id)).actief).toBe(true);
      expect(await klantmanagerVan(klant.id)).toBe(vertrekker.id);
    });

    it('een rol- of teamwissel van een klantmanager met klanten vraagt dezelfde keuze', async () => {
      const {
        leden: [km],
      } = await teamMet(['Rolf Rolwissel', 'Ria Rest']);
      await klantenVan(km, 1);
      expect((await wijzig(km.id, { rol: 'teamleider' })).body.code).toBe('OVERDRACHT_NODIG');
      expect((await wijzig(km.id, { teamId: a.organisatie.teamId })).body.code).toBe('OVERDRACHT_NODIG');
      const metKeuze = await wijzig(km.id, { teamId: a.organisatie.teamId, verdelenOverTeam: true });
      expect(metKeuze.status).toBe(200);
      expect(metKeuze.body).toMatchObject({ teamId: a.organisatie.teamId, aantalKlanten: 0, actief: true });
    });

    it('draagt alle klanten over aan één opvolger, met toewijzingsgeschiedenis en audit per klant', async () => {
      const {
        leden: [vertrekker, opvolger],
      } = await teamMet(['Vera Vertrek', 'Otto Opvolger']);
      const klanten = await klantenVan(vertrekker, 3);
      const uitgestroomd = await maakKlantVan(t, a, vertrekker.id);
      await t.db.query(
        `UPDATE klant SET status = 'uitgestroomd', uitstroomdatum = current_date, uitstroomreden = 'werk' WHERE id = $1`,
        [uitgestroomd.id],
      );

      const voorbeeld = await http()
        .get(`/api/medewerkers/${vertrekker.id}/overdracht`)
        .query({ naarKlantmanagerId: opvolger.id })
        .set(als(a.beheerder.token));
      expect(voorbeeld.status).toBe(200);
      expect(voorbeeld.body).toEqual({
        aantalKlanten: 3,
        ontvangers: [{ medewerkerId: opvolger.id, naam: 'Otto Opvolger', aantal: 3, caseloadNa: 3 }],
      });

      const antwoord = await wijzig(vertrekker.id, { actief: false, naarKlantmanagerId: opvolger.id });
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toMatchObject({ actief: false, aantalKlanten: 0 });
      for (const klant of klanten) {
        expect(await klantmanagerVan(klant.id)).toBe(opvolger.id);
        expect(await toewijzingen(klant.id)).toEqual([
          { klantmanagerId: null, open: false },
          { klantmanagerId: vertrekker.id, open: false },
          { klantmanagerId: opvolger.id, open: true },
        ]);
        const audit = await t.db.query(
          `SELECT medewerker_id AS "door", oud, nieuw FROM wijziging WHERE resource = 'klant' AND resource_id = $1 AND actie = 'gewijzigd'`,
          [klant.id],
        );
        expect(audit).toEqual([
          { door: a.beheerder.id, oud: { klantmanagerId: vertrekker.id }, nieuw: { klantmanagerId: opvolger.id } },
        ]);
      }
      // History stays: the client who left keeps the name of the klantmanager.
      expect(await klantmanagerVan(uitgestroomd.id)).toBe(vertrekker.id);
      expect(await wijzigingen('medewerker', vertrekker.id)).toEqual([
        expect.objectContaining({
          wijzigingen: { oud: { actief: true }, nieuw: { actief: false, klantenOverdragen: 3 } },
        }),
      ]);
      // The team overview no longer lists the leaver; the successor has the clients.
      const { teamId } = await lees(opvolger.id);
      const teamleider = await maakTestMedewerker(t, { organisatieId: a.organisatie.id, rol: 'teamleider', teamId });
      const overzicht = await http()
        .get(`/api/teams/${teamId}/overzicht`)
        .set(als(await inloggen(t, teamleider.gebruikersnaam)));
      const rijen = overzicht.body.klantmanagers.map((k: { medewerkerId: string; caseload: number }) => [
        k.medewerkerId,
        k.caseload,
      ]);
      expect(rijen).toEqual([[opvolger.id, 3]]);
      // The successor sees them in the werkvoorraad.
      const token = await inloggen(t, opvolger.gebruikersnaam);
      const klantenlijst = await http()
        .get('/api/klanten')
        .query({ klantmanagerId: opvolger.id, pageSize: 200 })
        .set(als(token));
      expect(klantenlijst.body.items.map((k: { id: string }) => k.id).sort()).toEqual(klanten.map((k) => k.id).sort());
    });

    it('verdeelt over het team, kleinste caseload eerst; het voorbeeld klopt met de uitkomst', async () => {
      const {
        leden: [vertrekker, anna, bram],
      } = await teamMet(['Vera Vertrek', 'Anna Aalders', 'Bram Bos']);
      const inactief = await maakTestMedewerker(t, {
        organisatieId: a.organisatie.id,
        rol: 'klantmanager',
        teamId: (await lees(anna.id)).teamId,
        actief: false,
      });
      await klantenVan(anna, 2);
      const klanten = await klantenVan(vertrekker, 5);
      const voorbeeld = await http()
        .get(`/api/medewerkers/${vertrekker.id}/overdracht`)
        .query({ verdelenOverTeam: 'true' })
        .set(als(a.beheerder.token));
      expect(voorbeeld.body).toEqual({
        aantalKlanten: 5,
        ontvangers: [
          { medewerkerId: anna.id, naam: 'Anna Aalders', aantal: 2, caseloadNa: 4 },
          { medewerkerId: bram.id, naam: 'Bram Bos', aantal: 3, caseloadNa: 3 },
        ],
      });
      const antwoord = await wijzig(vertrekker.id, { actief: false, verdelenOverTeam: true });
      expect(antwoord.status).toBe(200);
      const naar = await Promise.all(klanten.map((k) => klantmanagerVan(k.id)));
      expect(naar.filter((id) => id === anna.id)).toHaveLength(2);
      expect(naar.filter((id) => id === bram.id)).toHaveLength(3);
      expect(naar).not.toContain(inactief.id);
    });

    it('weigert een ongeldige opvolger (400) of een team zonder andere klantmanager (422)', async () => {
      const {
        leden: [vertrekker],
      } = await teamMet(['Vera Vertrek']);
      const [klant] = await klantenVan(vertrekker, 1);
      const inactief = await maakTestMedewerker(t, {
        organisatieId: a.organisatie.id,
        rol: 'klantmanager',
        teamId: a.organisatie.teamId,
        actief: false,
      });
      for (const naarKlantmanagerId of [inactief.id, a.teamleider.id, b.klantmanager.id, vertrekker.id]) {
        const antwoord = await wijzig(vertrekker.id, { actief: false, naarKlantmanagerId });
        expect(antwoord.status).toBe(400);
        expect(velden(antwoord.body)).toEqual(['naarKlantmanagerId']);
      }
      const beide = await wijzig(vertrekker.id, {
        actief: false,
        naarKlantmanagerId: a.klantmanager.id,
        verdelenOverTeam: true,
      });
      expect(velden(beide.body)).toEqual(['verdelenOverTeam']);
      const alleen = await wijzig(vertrekker.id, { actief: false, verdelenOverTeam: true });
      expect(alleen.status).toBe(422);
      expect(alleen.body.code).toBe('GEEN_ONTVANGERS');
      expect(
        (
          await http()
            .get(`/api/medewerkers/${vertrekker.id}/overdracht`)
            .query({ verdelenOverTeam: 'true' })
            .set(als(a.beheerder.token))
        ).status,
      ).toBe(422);
      expect(await klantmanagerVan(klant.id)).toBe(vertrekker.id);
      // Another team's klantmanager may take over (the beheerder works organisation-wide).
      const naarAnderTeam = await wijzig(vertrekker.id, { actief: false, naarKlantmanagerId: a.klantmanager.id });
      expect(naarAnderTeam.status).toBe(200);
      expect(await klantmanagerVan(klant.id)).toBe(a.klantmanager.id);
    });

    it('alles in één transactie: faalt de wijziging daarna, dan is er geen klant verplaatst', async () => {
      const {
        leden: [vertrekker, opvolger],
      } = await teamMet(['Vera Vertrek', 'Otto Opvolger']);
      const klanten = await klantenVan(vertrekker, 2);
      const bezet = (await nieuweMedewerker()).body.medewerker.email;
      const antwoord = await wijzig(vertrekker.id, { actief: false, naarKlantmanagerId: opvolger.id, email: bezet });
      expect(antwoord.status).toBe(409);
      for (const klant of klanten) {
        expect(await klantmanagerVan(klant.id)).toBe(vertrekker.id);
        expect(await toewijzingen(klant.id)).toHaveLength(2);
        expect(
          await t.db.query(
            `SELECT 1 FROM wijziging WHERE resource = 'klant' AND resource_id = $1 AND actie = 'gewijzigd'`,
            [klant.id],
          ),
        ).toEqual([]);
      }
      expect((await lees(vertrekker.id)).actief).toBe(true);
    });
  });

  describe('teams', () => {
    it('maakt, hernoemt en archiveert; een gearchiveerd team wordt niet aangeboden en kan niet worden toegewezen', async () => {
      const bh = als(a.beheerder.token);
      const naam = uniekeNaam('Team');
      const nieuw = await http().post('/api/teams').set(bh).send({ naam });
      expect(nieuw.status).toBe(201);
      expect(nieuw.body).toMatchObject({ naam, gearchiveerd: false, aantalLeden: 0 });
      expect((await http().post('/api/teams').set(bh).send({ naam })).status).toBe(409);
      expect(velden((await http().post('/api/teams').set(bh).send({ naam: '' })).body)).toEqual(['naam']);

      const lid = (await nieuweMedewerker({ teamId: nieuw.body.id })).body.medewerker;
      const metLeden = await http().patch(`/api/teams/${nieuw.body.id}`).set(bh).send({ gearchiveerd: true });
      expect(metLeden.status).toBe(422);
      expect(metLeden.body.code).toBe('TEAM_HEEFT_LEDEN');
      await wijzig(lid.id, { teamId: a.organisatie.teamId });

      const hernoemd = await http()
        .patch(`/api/teams/${nieuw.body.id}`)
        .set(bh)
        .send({ naam: `${naam} Oost`, gearchiveerd: true });
      expect(hernoemd.status).toBe(200);
      expect(hernoemd.body).toMatchObject({ naam: `${naam} Oost`, gearchiveerd: true });
      const aangeboden = await http().get('/api/teams').query({ pageSize: 200 }).set(als(a.klantmanager.token));
      expect(aangeboden.body.items.map((r: { id: string }) => r.id)).not.toContain(nieuw.body.id);
      const alle = await http().get('/api/teams').query({ status: 'alle', zoek: 'Oost' }).set(bh);
      expect(alle.body.items.map((r: { id: string }) => r.id)).toEqual([nieuw.body.id]);

      const toewijzen = await wijzig(lid.id, { teamId: nieuw.body.id });
      expect(toewijzen.status).toBe(400);
      expect(toewijzen.body.fouten).toEqual([{ veld: 'teamId', melding: 'is gearchiveerd; kies een ander team' }]);
      expect((await nieuweMedewerker({ teamId: nieuw.body.id })).status).toBe(400);

      const acties = (await wijzigingen('team', nieuw.body.id)).map((w: { actie: string }) => w.actie);
      expect(acties.sort()).toEqual(['aangemaakt', 'gewijzigd']);
    });
  });

  describe('gemeenten', () => {
    it('voegt toe met CBS-code, weigert een foute (400) of dubbele (409), hernoemt, zoekt en pagineert', async () => {
      const bh = als(a.beheerder.token);
      const fout = await http().post('/api/gemeenten').set(bh).send({ cbsCode: 'GM193', naam: '' });
      expect(fout.status).toBe(400);
      expect(velden(fout.body)).toEqual(['cbsCode', 'naam']);
      const zwolle = await http().post('/api/gemeenten').set(bh).send({ cbsCode: 'GM0193', naam: 'Zwolle' });
      expect(zwolle.status).toBe(201);
      expect(zwolle.body).toEqual({ id: expect.any(String), cbsCode: 'GM0193', naam: 'Zwolle' });
      const dubbel = await http().post('/api/gemeenten').set(bh).send({ cbsCode: 'GM0193', naam: 'Zwolle 2' });
      expect(dubbel.status).toBe(409);
      expect(velden(dubbel.body)).toEqual(['cbsCode']);
      // The same code in another organisatie is fine.
      expect(
        (await http().post('/api/gemeenten').set(als(b.beheerder.token)).send({ cbsCode: 'GM0193', naam: 'Zwolle' }))
          .status,
      ).toBe(201);

      const hernoemd = await http().patch(`/api/gemeenten/${zwolle.body.id}`).set(bh).send({ naam: 'Gemeente Zwolle' });
      expect(hernoemd.body.naam).toBe('Gemeente Zwolle');
      const gezocht = await http().get('/api/gemeenten').query({ zoek: '0193' }).set(als(a.klantmanager.token));
      expect(gezocht.body).toEqual({ items: [hernoemd.body], totaal: 1, page: 1, pageSize: 50 });
      expect((await wijzigingen('gemeente', zwolle.body.id)).map((w: { actie: string }) => w.actie).sort()).toEqual([
        'aangemaakt',
        'gewijzigd',
      ]);
    });
  });
});
