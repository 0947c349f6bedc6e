import {
  datumInWoorden,
  MAX_DOELEN,
  plusDagen,
  STANDAARD_INSTRUMENT,
  STANDAARD_PADEN,
  vandaag,
} from '@klant-in-beeld/domain';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { startTestApp, TestApp } from '../support/app';
import { bearer, Ingelogd, maakKlant, maakKlantVan, maakOmgeving, TestOmgeving } from '../support/factories';
import { maakIngelogde, maakTeam } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld);
const netGeleden = () => new Date(Date.now() - 60_000).toISOString();

/** Zwolle-like matrix: six leefgebieden, four levels, its own rules. */
const ZWOLLE = {
  naam: 'Matrix Zwolle',
  bron: 'Herscreening Zwolle',
  domeinen: [
    { code: 'persoonlijke_verzorging', naam: 'Persoonlijke verzorging' },
    { code: 'taalbeheersing', naam: 'Taalbeheersing' },
    { code: 'opleidingsniveau', naam: 'Opleidingsniveau' },
    { code: 'daginvulling', naam: 'Daginvulling' },
    { code: 'solliciteren', naam: 'Solliciteren' },
    { code: 'financien', naam: 'Geldzaken' },
  ],
  niveaus: [
    { waarde: 1, naam: 'Grote zorg' },
    { waarde: 2, naam: 'Zorg' },
    { waarde: 3, naam: 'Op orde' },
    { waarde: 4, naam: 'Sterk' },
  ],
  adviesregels: {
    regels: [
      {
        omschrijving: 'Taal of opleiding is een zorg',
        minAantal: 1,
        maxNiveau: 2,
        domeinen: ['taalbeheersing', 'opleidingsniveau'],
        categorie: 'nog_niet_job_ready',
        pad: 'taal_opleiding_medisch',
      },
    ],
    anders: { categorie: 'job_ready', pad: 'intensief_naar_werk' },
  },
};

describe('klant-in-beeld-gesprek en plan van aanpak (HTTP)', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let zuid: Ingelogd;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    zuid = await maakIngelogde(t, {
      organisatieId: a.organisatie.id,
      teamId: await maakTeam(t.db, a.organisatie.id),
      rol: 'klantmanager',
    });
  });
  afterAll(() => t.sluit());

  const http = () => t.http();
  const gesprek = (klantId: string, body: Record<string, unknown>, token = a.klantmanager.token) =>
    http().post(`/api/klanten/${klantId}/gesprekken`).set(bearer(token)).send(body);
  const planPut = (klantId: string, body: Record<string, unknown>, token = a.klantmanager.token) =>
    http().put(`/api/klanten/${klantId}/plan`).set(bearer(token)).send(body);
  const planGet = (klantId: string, token = a.klantmanager.token) =>
    http().get(`/api/klanten/${klantId}/plan`).set(bearer(token));

  describe('instellingen: leefgebieden en dienstverleningspaden', () => {
    it('een nieuwe organisatie heeft de ZRM als versie 1 en de vier paden van Zwolle (gelijk aan libs/domain)', async () => {
      for (const token of [a.klantmanager.token, a.teamleider.token, a.beheerder.token, a.beleid.token]) {
        const antwoord = await http().get('/api/instellingen/leefgebieden').set(bearer(token));
        expect(antwoord.status).toBe(200);
        expect(antwoord.body).toEqual({ versie: 1, ...STANDAARD_INSTRUMENT, aangemaaktOp: expect.any(String) });
        const paden = await http().get('/api/instellingen/dienstverleningspaden').set(bearer(token));
        expect(paden.body).toEqual({ paden: STANDAARD_PADEN.map((p) => ({ ...p, actief: true })) });
      }
      const rijen = await t.db.query(
        `SELECT naam, bron, domeinen, niveaus, adviesregels FROM leefgebieden_instrument WHERE organisatie_id = $1`,
        [b.organisatie.id],
      );
      expect(rijen).toEqual([STANDAARD_INSTRUMENT]);
      for (const token of [a.privacy.token, a.extern.token]) {
        expect((await http().get('/api/instellingen/leefgebieden').set(bearer(token))).status).toBe(403);
      }
    });

    it('alleen de beheerder wijzigt; een fout instrument geeft 400 met elk veld', async () => {
      for (const token of [a.klantmanager.token, a.teamleider.token, a.beleid.token]) {
        expect((await http().put('/api/instellingen/leefgebieden').set(bearer(token)).send(ZWOLLE)).status).toBe(403);
        const paden = await http()
          .put('/api/instellingen/dienstverleningspaden')
          .set(bearer(token))
          .send({ paden: STANDAARD_PADEN.map((p) => ({ ...p, actief: true })) });
        expect(paden.status).toBe(403);
      }
      const fout = await http()
        .put('/api/instellingen/leefgebieden')
        .set(bearer(a.beheerder.token))
        .send({
          ...ZWOLLE,
          domeinen: [...ZWOLLE.domeinen, { code: 'financien', naam: 'Dubbel' }],
          adviesregels: {
            regels: [{ ...ZWOLLE.adviesregels.regels[0], maxNiveau: 7, pad: 'bestaat_niet' }],
            anders: { categorie: 'onbekend', pad: 'intensief_naar_werk' },
          },
        });
      expect(fout.status).toBe(400);
      expect(velden(fout.body).sort()).toEqual(
        [
          'domeinen.6.code',
          'adviesregels.regels.0.maxNiveau',
          'adviesregels.regels.0.pad',
          'adviesregels.anders.categorie',
        ].sort(),
      );
      const vorm = await http()
        .put('/api/instellingen/leefgebieden')
        .set(bearer(a.beheerder.token))
        .send({
          ...ZWOLLE,
          niveaus: [
            { waarde: 'hoog', naam: '' },
            { waarde: 2, naam: 'Zorg' },
          ],
        });
      expect(velden(vorm.body).sort()).toEqual(['niveaus.0.naam', 'niveaus.0.waarde']);
    });

    it('dezelfde inhoud opnieuw verandert niets: zelfde versie, geen audit', async () => {
      const c = await maakOmgeving(t);
      const {
        versie: _v,
        aangemaaktOp: _o,
        ...huidig
      } = (await http().get('/api/instellingen/leefgebieden').set(bearer(c.beheerder.token))).body;
      const antwoord = await http().put('/api/instellingen/leefgebieden').set(bearer(c.beheerder.token)).send(huidig);
      expect(antwoord.status).toBe(200);
      expect(antwoord.body.versie).toBe(1);
      const audit = await t.db.query(
        `SELECT 1 FROM wijziging WHERE organisatie_id = $1 AND resource = 'instellingen'`,
        [c.organisatie.id],
      );
      expect(audit).toHaveLength(0);
    });

    it('paden: de hele lijst, een bestaande code weglaten is 400, nieuwe en niet actieve kunnen; één auditregel', async () => {
      const c = await maakOmgeving(t);
      const schrijf = (paden: unknown) =>
        http().put('/api/instellingen/dienstverleningspaden').set(bearer(c.beheerder.token)).send({ paden });
      const weg = await schrijf(STANDAARD_PADEN.slice(1).map((p) => ({ ...p, actief: true })));
      expect(weg.status).toBe(400);
      expect(weg.body.fouten).toEqual([
        { veld: 'paden', melding: "pad 'intensief_naar_werk' kan niet worden verwijderd; zet het op niet actief" },
      ]);
      const slecht = await schrijf([
        { code: 'Fout Pad', naam: 'x', actief: true },
        { code: 'dubbel', naam: 'a', actief: true },
        { code: 'dubbel', naam: '', actief: true },
        ...STANDAARD_PADEN.map((p) => ({ ...p, actief: true })),
      ]);
      expect(velden(slecht.body).sort()).toEqual(['paden.0.code', 'paden.2.naam']);
      const dubbel = await schrijf([
        { code: 'dubbel', naam: 'a', actief: true },
        { code: 'dubbel', naam: 'b', actief: true },
        ...STANDAARD_PADEN.map((p) => ({ ...p, actief: true })),
      ]);
      expect(dubbel.body.fouten).toEqual([{ veld: 'paden.1.code', melding: "code 'dubbel' komt twee keer voor" }]);
      const nieuw = [
        { code: 'werkfit', naam: 'Werkfit', actief: true },
        ...STANDAARD_PADEN.map((p) => ({ ...p, actief: p.code !== 'intensief_naar_werk' })),
      ];
      const goed = await schrijf(nieuw);
      expect(goed.status).toBe(200);
      expect(goed.body).toEqual({ paden: nieuw });
      const audit = await t.db.query(
        `SELECT oud, nieuw FROM wijziging WHERE organisatie_id = $1 AND resource = 'instellingen'`,
        [c.organisatie.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].nieuw).toEqual({ paden: nieuw });

      // An inactive pad cannot be chosen in a new gesprek, but the advice may still point at it.
      const klant = await maakKlant(t, c);
      const gekozen = await gesprek(
        klant.id,
        {
          gevoerdOp: netGeleden(),
          scores: [{ domein: 'financien', niveau: 4 }],
          dienstverleningspad: 'intensief_naar_werk',
        },
        c.klantmanager.token,
      );
      expect(gekozen.status).toBe(400);
      expect(velden(gekozen.body)).toEqual(['dienstverleningspad']);
      const anders = await gesprek(
        klant.id,
        {
          gevoerdOp: netGeleden(),
          scores: [{ domein: 'financien', niveau: 4 }],
          dienstverleningspad: 'werkfit',
          afwijkingReden: 'Intensief naar werk is gestopt',
        },
        c.klantmanager.token,
      );
      expect(anders.status).toBe(201);
      expect(anders.body.advies).toEqual({ categorie: 'job_ready', pad: 'intensief_naar_werk', regel: null });
      expect(anders.body.dienstverleningspad).toBe('werkfit');
    });
  });

  describe('POST en GET /api/klanten/{id}/gesprekken', () => {
    it('legt gesprek en contactmoment samen vast: de klant is meteen in beeld; het advies volgt de regels', async () => {
      const klant = await maakKlant(t, a, { dienstverleningscategorie: 'job_ready' });
      expect((await http().get(`/api/klanten/${klant.id}`).set(bearer(a.klantmanager.token))).body.inBeeldStatus).toBe(
        'uit_beeld',
      );
      const antwoord = await gesprek(klant.id, {
        gevoerdOp: netGeleden(),
        scores: [
          { domein: 'justitie', niveau: 5 },
          { domein: 'financien', niveau: 2, toelichting: 'Schulden bij drie schuldeisers' },
          { domein: 'huisvesting', niveau: 1 },
        ],
        loonwaarde: { percentage: 20, methode: 'Dariuz' },
        toelichting: 'Eerste brede gesprek',
      });
      expect(antwoord.status).toBe(201);
      expect(antwoord.body).toEqual({
        id: expect.any(String),
        klantId: klant.id,
        gevoerdOp: expect.any(String),
        kanaal: 'gesprek_op_locatie',
        medewerkerId: a.klantmanager.id,
        medewerkerNaam: expect.any(String),
        contactmomentId: expect.any(String),
        instrumentVersie: 1,
        // In the instrument's order, with its names.
        scores: [
          {
            domein: 'financien',
            domeinNaam: 'Financiën',
            niveau: 2,
            niveauNaam: 'Niet zelfredzaam',
            toelichting: 'Schulden bij drie schuldeisers',
          },
          {
            domein: 'huisvesting',
            domeinNaam: 'Huisvesting',
            niveau: 1,
            niveauNaam: 'Acute problematiek',
            toelichting: null,
          },
          {
            domein: 'justitie',
            domeinNaam: 'Justitie',
            niveau: 5,
            niveauNaam: 'Volledig zelfredzaam',
            toelichting: null,
          },
        ],
        loonwaarde: { percentage: 20, methode: 'Dariuz' },
        advies: {
          categorie: 'niet_job_ready',
          pad: 'sociaal_wijkteam',
          regel: 'Twee of meer leefgebieden op niveau 2 of lager',
        },
        adviesCategorie: 'niet_job_ready',
        dienstverleningspad: 'sociaal_wijkteam',
        afwijkingReden: null,
        categorieOvergenomen: false,
        toelichting: 'Eerste brede gesprek',
        campagneId: null,
        aangemaaktOp: expect.any(String),
      });
      const dossier = (await http().get(`/api/klanten/${klant.id}`).set(bearer(a.klantmanager.token))).body;
      expect(dossier.inBeeldStatus).toBe('in_beeld');
      // Without categorieOvernemen the client keeps the category.
      expect(dossier.dienstverleningscategorie).toBe('job_ready');
      const [cm] = await t.db.query(
        `SELECT kanaal, initiatief, resultaat, onderwerp, samenvatting, telt_als_gezien AS "teltAlsGezien" FROM contactmoment WHERE id = $1`,
        [antwoord.body.contactmomentId],
      );
      expect(cm).toEqual({
        kanaal: 'gesprek_op_locatie',
        initiatief: 'gemeente',
        resultaat: 'gesproken',
        onderwerp: 'Klant-in-beeld-gesprek',
        samenvatting: 'Eerste brede gesprek',
        teltAlsGezien: true,
      });
      const audit = await t.db.query(
        `SELECT resource FROM wijziging WHERE klant_id = $1 AND actie = 'aangemaakt' AND resource IN ('gesprek', 'contactmoment') ORDER BY resource`,
        [klant.id],
      );
      expect(audit.map((r: { resource: string }) => r.resource)).toEqual(['contactmoment', 'gesprek']);

      const lijst = await http().get(`/api/klanten/${klant.id}/gesprekken`).set(bearer(a.teamleider.token));
      expect(lijst.status).toBe(200);
      expect(lijst.body).toEqual({ items: [antwoord.body], totaal: 1, page: 1, pageSize: 50 });
      const log = await t.db.query(`SELECT 1 FROM verwerking WHERE klant_id = $1 AND handeling = 'gesprekken.inzien'`, [
        klant.id,
      ]);
      expect(log).toHaveLength(1);
    });

    it('het advies overnemen zet de categorie (en de norm) in dezelfde transactie, met audit op de klant', async () => {
      const klant = await maakKlant(t, a, { dienstverleningscategorie: 'job_ready' });
      const antwoord = await gesprek(klant.id, {
        gevoerdOp: netGeleden(),
        scores: [{ domein: 'werk_opleiding', niveau: 2 }],
        categorieOvernemen: true,
      });
      expect(antwoord.status).toBe(201);
      expect(antwoord.body).toMatchObject({
        advies: { categorie: 'nog_niet_job_ready', pad: 'taal_opleiding_medisch' },
        adviesCategorie: 'nog_niet_job_ready',
        categorieOvergenomen: true,
      });
      const dossier = (await http().get(`/api/klanten/${klant.id}`).set(bearer(a.klantmanager.token))).body;
      expect(dossier.dienstverleningscategorie).toBe('nog_niet_job_ready');
      expect(dossier.versie).toBe(klant.versie + 1);
      const audit = await t.db.query(
        `SELECT oud, nieuw FROM wijziging WHERE resource = 'klant' AND resource_id = $1 AND actie = 'gewijzigd'`,
        [klant.id],
      );
      expect(audit).toEqual([
        {
          oud: { dienstverleningscategorie: 'job_ready' },
          nieuw: { dienstverleningscategorie: 'nog_niet_job_ready', gesprekId: antwoord.body.id },
        },
      ]);

      // Same category already: nothing to take over.
      const nogmaals = await gesprek(klant.id, {
        gevoerdOp: netGeleden(),
        scores: [{ domein: 'werk_opleiding', niveau: 2 }],
        categorieOvernemen: true,
      });
      expect(nogmaals.body.categorieOvergenomen).toBe(false);
    });

    it('een bad input noemt elk veld; afwijken zonder reden is 400; een mislukt gesprek legt niets vast', async () => {
      const klant = await maakKlant(t, a);
      const cases: [Record<string, unknown>, string[]][] = [
        [{ gevoerdOp: netGeleden(), scores: [] }, ['scores']],
        [
          {
            gevoerdOp: netGeleden(),
            scores: [
              { domein: 'financien', niveau: 3 },
              { domein: 'financien', niveau: 4 },
              { domein: 'onbekend', niveau: 3 },
              { domein: 'huisvesting', niveau: 6 },
            ],
          },
          ['scores.1.domein', 'scores.2.niveau', 'scores.3.niveau'],
        ],
        [{ gevoerdOp: netGeleden(), scores: [{ domein: 'financien', niveau: 'drie' }] }, ['scores.0.niveau']],
        [
          {
            gevoerdOp: netGeleden(),
            scores: [{ domein: 'financien', niveau: 3 }],
            loonwaarde: { percentage: 101, methode: 'x' },
          },
          ['loonwaarde.percentage'],
        ],
        [
          { gevoerdOp: netGeleden(), scores: [{ domein: 'financien', niveau: 3 }], loonwaarde: { percentage: 50 } },
          ['loonwaarde.methode'],
        ],
        [
          {
            gevoerdOp: new Date(Date.now() + 2 * 3_600_000).toISOString(),
            scores: [{ domein: 'financien', niveau: 3 }],
          },
          ['gevoerdOp'],
        ],
        [
          { gevoerdOp: netGeleden(), scores: [{ domein: 'financien', niveau: 3 }], adviesCategorie: 'beheer' },
          ['afwijkingReden'],
        ],
        [
          {
            gevoerdOp: netGeleden(),
            scores: [{ domein: 'financien', niveau: 3 }],
            dienstverleningspad: 'sociaal_wijkteam',
          },
          ['afwijkingReden'],
        ],
        [
          {
            gevoerdOp: netGeleden(),
            scores: [{ domein: 'financien', niveau: 3 }],
            adviesCategorie: 'bestaat_niet',
            dienstverleningspad: 'ook_niet',
            afwijkingReden: 'Reden',
          },
          ['adviesCategorie', 'dienstverleningspad'],
        ],
        [
          {
            gevoerdOp: netGeleden(),
            scores: [{ domein: 'financien', niveau: 3 }],
            campagneId: '7b0c1f0e-2c4a-4a7e-9d51-0f3c6a1b2c3d',
          },
          ['campagneId'],
        ],
        [{ gevoerdOp: netGeleden(), scores: [{ domein: 'financien', niveau: 3 }], kanaal: 'telefoon' }, ['kanaal']],
      ];
      for (const [body, verwacht] of cases) {
        const antwoord = await gesprek(klant.id, body);
        expect({ body, status: antwoord.status, velden: velden(antwoord.body).sort() }).toEqual({
          body,
          status: 400,
          velden: verwacht.sort(),
        });
      }
      const campagne = await gesprek(klant.id, cases[9][0]);
      expect(campagne.body.fouten).toEqual([{ veld: 'campagneId', melding: 'campagne bestaat niet' }]);
      const aantallen = await t.db.query(
        `SELECT (SELECT count(*) FROM gesprek WHERE klant_id = $1)::int AS g, (SELECT count(*) FROM contactmoment WHERE klant_id = $1)::int AS c`,
        [klant.id],
      );
      expect(aantallen).toEqual([{ g: 0, c: 0 }]);

      const metReden = await gesprek(klant.id, {
        gevoerdOp: netGeleden(),
        scores: [{ domein: 'financien', niveau: 3 }],
        adviesCategorie: 'beheer',
        afwijkingReden: 'Klant is mantelzorger, beheer past beter',
      });
      expect(metReden.status).toBe(201);
      expect(metReden.body).toMatchObject({
        advies: { categorie: 'job_ready', pad: 'intensief_naar_werk', regel: null },
        adviesCategorie: 'beheer',
        dienstverleningspad: 'intensief_naar_werk',
        afwijkingReden: 'Klant is mantelzorger, beheer past beter',
      });
    });

    it('rol, organisatie en team: 403, 404, 403 BUITEN_TEAM', async () => {
      const klant = await maakKlant(t, a);
      const body = { gevoerdOp: netGeleden(), scores: [{ domein: 'financien', niveau: 3 }] };
      for (const token of [a.beheerder.token, a.beleid.token, a.privacy.token]) {
        expect((await gesprek(klant.id, body, token)).status).toBe(403);
        expect((await http().get(`/api/klanten/${klant.id}/gesprekken`).set(bearer(token))).status).toBe(403);
      }
      expect((await gesprek(klant.id, body, b.klantmanager.token)).status).toBe(404);
      expect((await http().get(`/api/klanten/${klant.id}/gesprekken`).set(bearer(b.teamleider.token))).status).toBe(
        404,
      );
      const buiten = await gesprek(klant.id, body, zuid.token);
      expect({ status: buiten.status, code: buiten.body.code }).toEqual({ status: 403, code: 'BUITEN_TEAM' });
    });

    it('een correctie van zijn contactmoment houdt het een gevoerd gesprek; een nieuw tijdstip volgt het gesprek', async () => {
      const klant = await maakKlant(t, a);
      const g = await gesprek(klant.id, { gevoerdOp: netGeleden(), scores: [{ domein: 'financien', niveau: 4 }] });
      expect(g.status).toBe(201);
      const corrigeer = (body: Record<string, unknown>) =>
        http()
          .patch(`/api/contactmomenten/${g.body.contactmomentId}`)
          .set(bearer(a.klantmanager.token))
          .send({ reden: 'Verkeerd vastgelegd bij het gesprek', ...body });
      const fout = await corrigeer({ versie: 1, kanaal: 'telefoon', resultaat: 'no_show' });
      expect(fout.status).toBe(400);
      expect(velden(fout.body).sort()).toEqual(['kanaal', 'resultaat']);
      expect(fout.body.fouten[0].melding).toContain('klant-in-beeld-gesprek');

      const eerder = new Date(Date.now() - 3 * 3600_000).toISOString();
      const goed = await corrigeer({ versie: 1, kanaal: 'huisbezoek', plaatsgevondenOp: eerder });
      expect(goed.status).toBe(200);
      const [na] = (await http().get(`/api/klanten/${klant.id}/gesprekken`).set(bearer(a.klantmanager.token))).body
        .items;
      expect({ kanaal: na.kanaal, gevoerdOp: new Date(na.gevoerdOp).toISOString() }).toEqual({
        kanaal: 'huisbezoek',
        gevoerdOp: eerder,
      });
    });

    it('een nieuw instrument laat eerdere gesprekken hun namen en niveaus houden', async () => {
      const c = await maakOmgeving(t);
      const klant = await maakKlant(t, c);
      const oud = await gesprek(
        klant.id,
        {
          gevoerdOp: netGeleden(),
          scores: [
            { domein: 'financien', niveau: 5 },
            { domein: 'justitie', niveau: 4 },
          ],
        },
        c.klantmanager.token,
      );
      expect(oud.status).toBe(201);
      const nieuw = await http().put('/api/instellingen/leefgebieden').set(bearer(c.beheerder.token)).send(ZWOLLE);
      expect(nieuw.status).toBe(200);
      expect(nieuw.body).toEqual({ versie: 2, ...ZWOLLE, aangemaaktOp: expect.any(String) });
      const audit = await t.db.query(
        `SELECT oud, nieuw FROM wijziging WHERE organisatie_id = $1 AND resource = 'instellingen'`,
        [c.organisatie.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].oud.leefgebieden.versie).toBe(1);
      expect(audit[0].nieuw.leefgebieden.versie).toBe(2);
      // Version 1 is still there, unchanged.
      const versies = await t.db.query(
        `SELECT versie, naam FROM leefgebieden_instrument WHERE organisatie_id = $1 ORDER BY versie`,
        [c.organisatie.id],
      );
      expect(versies).toEqual([
        { versie: 1, naam: STANDAARD_INSTRUMENT.naam },
        { versie: 2, naam: 'Matrix Zwolle' },
      ]);

      // Under v2, ZRM's justitie or level 5 is refused; Zwolle's own domains are scored.
      const fout = await gesprek(
        klant.id,
        {
          gevoerdOp: netGeleden(),
          scores: [
            { domein: 'justitie', niveau: 3 },
            { domein: 'financien', niveau: 5 },
          ],
        },
        c.klantmanager.token,
      );
      expect(velden(fout.body)).toEqual(['scores.0.niveau', 'scores.1.niveau']);
      const zwolle = await gesprek(
        klant.id,
        {
          gevoerdOp: netGeleden(),
          scores: [
            { domein: 'taalbeheersing', niveau: 2 },
            { domein: 'financien', niveau: 4 },
          ],
        },
        c.klantmanager.token,
      );
      expect(zwolle.body).toMatchObject({
        instrumentVersie: 2,
        scores: [
          { domein: 'taalbeheersing', domeinNaam: 'Taalbeheersing', niveau: 2, niveauNaam: 'Zorg' },
          { domein: 'financien', domeinNaam: 'Geldzaken', niveau: 4, niveauNaam: 'Sterk' },
        ],
        advies: {
          categorie: 'nog_niet_job_ready',
          pad: 'taal_opleiding_medisch',
          regel: 'Taal of opleiding is een zorg',
        },
      });
      const lijst = (await http().get(`/api/klanten/${klant.id}/gesprekken`).set(bearer(c.klantmanager.token))).body;
      const eerder = lijst.items.find((g: { id: string }) => g.id === oud.body.id);
      expect(eerder).toEqual(oud.body);
      expect(eerder.scores).toEqual([
        {
          domein: 'financien',
          domeinNaam: 'Financiën',
          niveau: 5,
          niveauNaam: 'Volledig zelfredzaam',
          toelichting: null,
        },
        {
          domein: 'justitie',
          domeinNaam: 'Justitie',
          niveau: 4,
          niveauNaam: 'Voldoende zelfredzaam',
          toelichting: null,
        },
      ]);
    });
  });

  describe('GET en PUT /api/klanten/{id}/plan', () => {
    it('zonder plan: versie 0 en geen doelen; versie 0 maakt het, daarna bijwerken; verouderde versie 409', async () => {
      const klant = await maakKlant(t, a);
      const leeg = await planGet(klant.id);
      expect(leeg.status).toBe(200);
      expect(leeg.body).toEqual({
        id: null,
        klantId: klant.id,
        evaluatiedatum: null,
        versie: 0,
        doelen: [],
        medewerkerNaam: null,
        aangemaaktOp: null,
        gewijzigdOp: null,
      });
      const evaluatiedatum = plusDagen(vandaag(), 60);
      const gemaakt = await planPut(klant.id, {
        evaluatiedatum,
        versie: 0,
        doelen: [
          {
            omschrijving: 'Schulden op een rij',
            leefgebied: 'financien',
            streefdatum: plusDagen(vandaag(), 40),
            status: 'lopend',
          },
          { omschrijving: 'Taalcursus A2 afronden', streefdatum: plusDagen(vandaag(), 90), status: 'lopend' },
        ],
      });
      expect(gemaakt.status).toBe(200);
      expect(gemaakt.body).toEqual({
        id: expect.any(String),
        klantId: klant.id,
        evaluatiedatum,
        versie: 1,
        doelen: [
          {
            id: expect.any(String),
            omschrijving: 'Schulden op een rij',
            leefgebied: 'financien',
            leefgebiedNaam: 'Financiën',
            streefdatum: plusDagen(vandaag(), 40),
            status: 'lopend',
            afspraken: [],
          },
          {
            id: expect.any(String),
            omschrijving: 'Taalcursus A2 afronden',
            leefgebied: null,
            leefgebiedNaam: null,
            streefdatum: plusDagen(vandaag(), 90),
            status: 'lopend',
            afspraken: [],
          },
        ],
        medewerkerNaam: 'Test klantmanager',
        aangemaaktOp: expect.any(String),
        gewijzigdOp: expect.any(String),
      });
      expect((await planGet(klant.id, a.teamleider.token)).body).toEqual(gemaakt.body);

      // Another versie 0 while the plan exists, or a stale versie: 409.
      expect((await planPut(klant.id, { evaluatiedatum, versie: 0, doelen: [] })).status).toBe(409);
      const [eerste, tweede] = gemaakt.body.doelen;
      const bijgewerkt = await planPut(klant.id, {
        evaluatiedatum,
        versie: 1,
        doelen: [{ ...doelInvoer(tweede), status: 'behaald' }, doelInvoer(eerste)],
      });
      expect(bijgewerkt.status).toBe(200);
      expect(bijgewerkt.body.versie).toBe(2);
      expect(bijgewerkt.body.doelen.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([
        [tweede.id, 'behaald'],
        [eerste.id, 'lopend'],
      ]);
      expect((await planPut(klant.id, { evaluatiedatum, versie: 1, doelen: [] })).status).toBe(409);

      const audit = await t.db.query(
        `SELECT actie, oud, nieuw FROM wijziging WHERE resource = 'plan' AND klant_id = $1 ORDER BY tijdstip, id`,
        [klant.id],
      );
      expect(audit.map((r: { actie: string }) => r.actie)).toEqual(['aangemaakt', 'gewijzigd']);
      expect(audit[1].oud.versie).toBe(1);
      expect(audit[1].nieuw.doelen[0]).toEqual({ ...doelInvoer(tweede), status: 'behaald' });
      const log = await t.db.query(`SELECT 1 FROM verwerking WHERE klant_id = $1 AND handeling = 'plan.inzien'`, [
        klant.id,
      ]);
      expect(log.length).toBeGreaterThanOrEqual(2);
    });

    it('een doel van een andere klant is 404; een weggelaten doel ontkoppelt zijn afspraak; afspraak.doelId', async () => {
      const klant = await maakKlant(t, a);
      const ander = await maakKlant(t, a);
      const doel = {
        omschrijving: 'Vrijwilligerswerk vinden',
        streefdatum: plusDagen(vandaag(), 30),
        status: 'lopend',
      };
      const plan = (await planPut(klant.id, { evaluatiedatum: plusDagen(vandaag(), 30), versie: 0, doelen: [doel] }))
        .body;
      const anderPlan = (
        await planPut(ander.id, { evaluatiedatum: plusDagen(vandaag(), 30), versie: 0, doelen: [doel] })
      ).body;
      const vreemd = await planPut(klant.id, {
        evaluatiedatum: plusDagen(vandaag(), 30),
        versie: 1,
        doelen: [{ ...doel, id: anderPlan.doelen[0].id }],
      });
      expect(vreemd.status).toBe(404);

      const afspraak = {
        soort: 'vrijwilligerswerk',
        omschrijving: 'Kennismaken bij de voedselbank',
        startdatum: vandaag(),
        einddatum: plusDagen(vandaag(), 14),
      };
      const fout = await http()
        .post(`/api/klanten/${klant.id}/afspraken`)
        .set(bearer(a.klantmanager.token))
        .send({ ...afspraak, doelId: anderPlan.doelen[0].id });
      expect(fout.status).toBe(404);
      const gekoppeld = await http()
        .post(`/api/klanten/${klant.id}/afspraken`)
        .set(bearer(a.klantmanager.token))
        .send({ ...afspraak, doelId: plan.doelen[0].id });
      expect(gekoppeld.status).toBe(201);
      expect(gekoppeld.body.doelId).toBe(plan.doelen[0].id);
      const patchFout = await http()
        .patch(`/api/afspraken/${gekoppeld.body.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ doelId: anderPlan.doelen[0].id, versie: gekoppeld.body.versie });
      expect(patchFout.status).toBe(404);
      expect((await planGet(klant.id)).body.doelen[0].afspraken).toEqual([
        {
          id: gekoppeld.body.id,
          soort: 'vrijwilligerswerk',
          omschrijving: 'Kennismaken bij de voedselbank',
          einddatum: plusDagen(vandaag(), 14),
          status: 'lopend',
        },
      ]);

      const zonder = await planPut(klant.id, { evaluatiedatum: plusDagen(vandaag(), 30), versie: 1, doelen: [] });
      expect(zonder.status).toBe(200);
      expect(zonder.body.doelen).toEqual([]);
      const na = await http().get(`/api/afspraken/${gekoppeld.body.id}`).set(bearer(a.klantmanager.token));
      expect(na.status).toBe(200);
      expect(na.body.doelId).toBeNull();
      const ontkoppel = await http()
        .patch(`/api/afspraken/${gekoppeld.body.id}`)
        .set(bearer(a.klantmanager.token))
        .send({ doelId: null, versie: na.body.versie });
      expect(ontkoppel.status).toBe(200);
    });

    it('datums niet voor het laatste gesprek, leefgebied uit het instrument, hoogstens MAX_DOELEN doelen', async () => {
      const klant = await maakKlant(t, a);
      await gesprek(klant.id, { gevoerdOp: netGeleden(), scores: [{ domein: 'financien', niveau: 3 }] }).expect(201);
      const gisteren = plusDagen(vandaag(), -1);
      const fout = await planPut(klant.id, {
        evaluatiedatum: gisteren,
        versie: 0,
        doelen: [
          { omschrijving: 'Goed doel', streefdatum: plusDagen(vandaag(), 10), status: 'lopend' },
          { omschrijving: 'Te vroeg', streefdatum: gisteren, status: 'lopend' },
          { omschrijving: 'Onbekend leefgebied', leefgebied: 'bestaat_niet', streefdatum: vandaag(), status: 'lopend' },
          { omschrijving: '', streefdatum: '2027-02-30', status: 'klaar' },
        ],
      });
      expect(fout.status).toBe(400);
      expect(velden(fout.body).sort()).toEqual(
        ['doelen.3.omschrijving', 'doelen.3.streefdatum', 'doelen.3.status'].sort(),
      );
      const datums = await planPut(klant.id, {
        evaluatiedatum: gisteren,
        versie: 0,
        doelen: [
          { omschrijving: 'Te vroeg', streefdatum: gisteren, status: 'lopend' },
          { omschrijving: 'Onbekend leefgebied', leefgebied: 'bestaat_niet', streefdatum: vandaag(), status: 'lopend' },
        ],
      });
      expect(velden(datums.body).sort()).toEqual(
        ['doelen.0.streefdatum', 'doelen.1.leefgebied', 'evaluatiedatum'].sort(),
      );
      const teVeel = await planPut(klant.id, {
        evaluatiedatum: vandaag(),
        versie: 0,
        doelen: Array.from({ length: MAX_DOELEN + 1 }, (_, i) => ({
          omschrijving: `Doel ${i}`,
          streefdatum: vandaag(),
          status: 'lopend',
        })),
      });
      expect(velden(teVeel.body)).toEqual(['doelen']);
      expect((await planGet(klant.id)).body.versie).toBe(0);
    });

    it('rol, organisatie en team: 403, 404, 403 BUITEN_TEAM', async () => {
      const klant = await maakKlant(t, a);
      const body = { evaluatiedatum: vandaag(), versie: 0, doelen: [] };
      for (const token of [a.beheerder.token, a.beleid.token, a.privacy.token]) {
        expect((await planGet(klant.id, token)).status).toBe(403);
        expect((await planPut(klant.id, body, token)).status).toBe(403);
        expect((await http().get(`/api/klanten/${klant.id}/plan.pdf`).set(bearer(token))).status).toBe(403);
      }
      expect((await planGet(klant.id, b.klantmanager.token)).status).toBe(404);
      expect((await planPut(klant.id, body, b.teamleider.token)).status).toBe(404);
      expect((await http().get(`/api/klanten/${klant.id}/plan.pdf`).set(bearer(b.klantmanager.token))).status).toBe(
        404,
      );
      const vanZuid = await maakKlantVan(t, a, zuid.id);
      for (const antwoord of [
        await planGet(vanZuid.id),
        await planPut(vanZuid.id, body),
        await http().get(`/api/klanten/${vanZuid.id}/plan.pdf`).set(bearer(a.klantmanager.token)),
      ]) {
        expect({ status: antwoord.status, code: antwoord.body.code }).toEqual({ status: 403, code: 'BUITEN_TEAM' });
      }
    });
  });

  describe('inzage-export en anonimiseren', () => {
    it('de inzage-export (JSON en PDF) bevat de gesprekken en het plan; anonimiseren wist hun vrije tekst', async () => {
      const c = await maakOmgeving(t);
      const klant = await maakKlant(t, c, { startdatumUitkering: '2008-01-07' });
      await gesprek(
        klant.id,
        {
          gevoerdOp: netGeleden(),
          scores: [{ domein: 'financien', niveau: 2, toelichting: 'Schuld bij de woningcorporatie' }],
          adviesCategorie: 'beheer',
          afwijkingReden: 'Zorgt voor haar zieke moeder',
          toelichting: 'Vertelde over de scheiding',
        },
        c.klantmanager.token,
      ).expect(201);
      await planPut(
        klant.id,
        {
          evaluatiedatum: plusDagen(vandaag(), 20),
          versie: 0,
          doelen: [
            {
              omschrijving: 'Afspraak bij de schuldhulp maken',
              streefdatum: plusDagen(vandaag(), 10),
              status: 'lopend',
            },
          ],
        },
        c.klantmanager.token,
      ).expect(200);

      const json = await http().get(`/api/klanten/${klant.id}/inzage-export`).set(bearer(c.privacy.token)).expect(200);
      const inzage = JSON.parse(json.text);
      expect(inzage.gesprekken).toHaveLength(1);
      expect(inzage.gesprekken[0]).toMatchObject({
        scores: [{ domein: 'financien', domeinNaam: 'Financiën', niveauNaam: 'Niet zelfredzaam' }],
        afwijkingReden: 'Zorgt voor haar zieke moeder',
      });
      expect(inzage.plan).toMatchObject({
        evaluatiedatum: plusDagen(vandaag(), 20),
        doelen: [{ omschrijving: 'Afspraak bij de schuldhulp maken', status: 'lopend' }],
      });
      const pdf = await http()
        .get(`/api/klanten/${klant.id}/inzage-export`)
        .query({ formaat: 'pdf' })
        .set(bearer(c.privacy.token))
        .buffer(true)
        .parse((res, klaar) => {
          const delen: Buffer[] = [];
          res.on('data', (d: Buffer) => delen.push(d));
          res.on('end', () => klaar(null, Buffer.concat(delen)));
        });
      const tekst = (await pdfParse(pdf.body as Buffer)).text.replace(/\s+/g, ' ');
      expect(tekst).toContain('Klant-in-beeld-gesprekken (1)');
      expect(tekst).toContain('Financiën: niet zelfredzaam');
      expect(tekst).toContain('Afspraak bij de schuldhulp maken');

      await t.db.query(
        `UPDATE klant SET status = 'uitgestroomd', uitstroomdatum = '2010-01-01', uitstroomreden = 'werk' WHERE id = $1`,
        [klant.id],
      );
      await http().post('/api/beheer/anonimiseren').set(bearer(c.beheerder.token)).expect(200);
      expect(
        await t.db.query(`SELECT toelichting, afwijking_reden AS "afwijkingReden" FROM gesprek WHERE klant_id = $1`, [
          klant.id,
        ]),
      ).toEqual([{ toelichting: null, afwijkingReden: 'Geanonimiseerd' }]);
      expect(
        await t.db.query(
          `SELECT s.toelichting, s.niveau FROM gesprek_score s JOIN gesprek g ON g.id = s.gesprek_id WHERE g.klant_id = $1`,
          [klant.id],
        ),
      ).toEqual([{ toelichting: null, niveau: 2 }]);
      expect(await t.db.query(`SELECT omschrijving FROM plan_doel WHERE klant_id = $1`, [klant.id])).toEqual([
        { omschrijving: 'Geanonimiseerd' },
      ]);
    });
  });

  describe('GET /api/klanten/{id}/plan.pdf', () => {
    const pdf = (klantId: string) =>
      http()
        .get(`/api/klanten/${klantId}/plan.pdf`)
        .set(bearer(a.klantmanager.token))
        .buffer(true)
        .parse((res, klaar) => {
          const delen: Buffer[] = [];
          res.on('data', (d: Buffer) => delen.push(d));
          res.on('end', () => klaar(null, Buffer.concat(delen)));
        });

    it('"Mijn plan" op één A4, in gewone taal, ook met het maximum aan doelen met elk een afspraak', async () => {
      const klant = await maakKlant(t, a, { voornamen: 'Fatma', achternaam: 'Yılmaz-de Boer' });
      const plan = (
        await planPut(klant.id, {
          evaluatiedatum: plusDagen(vandaag(), 120),
          versie: 0,
          doelen: Array.from({ length: MAX_DOELEN }, (_, i) => ({
            omschrijving: i === 0 ? 'Ik rond de taalcursus A2 af' : `Ik werk aan stap ${i + 1} van mijn plan`,
            streefdatum: plusDagen(vandaag(), 90),
            status: 'lopend',
          })),
        })
      ).body;
      for (const doel of plan.doelen) {
        await http()
          .post(`/api/klanten/${klant.id}/afspraken`)
          .set(bearer(a.klantmanager.token))
          .send({
            soort: 'taal',
            omschrijving: 'Twee ochtenden per week naar de les',
            startdatum: vandaag(),
            einddatum: plusDagen(vandaag(), 60),
            doelId: doel.id,
          })
          .expect(201);
      }
      const antwoord = await pdf(klant.id);
      expect(antwoord.status).toBe(200);
      expect(antwoord.headers['content-type']).toBe('application/pdf');
      const inhoud = await pdfParse(antwoord.body as Buffer);
      expect(inhoud.numpages).toBe(1);
      expect(inhoud.text).toContain('Mijn plan');
      expect(inhoud.text).toContain('Fatma Yılmaz-de Boer');
      expect(inhoud.text).toContain(`Ik rond de taalcursus A2 af — vóór ${datumInWoorden(plusDagen(vandaag(), 90))}`);
      expect(inhoud.text).toContain(
        `Twee ochtenden per week naar de les (tot ${datumInWoorden(plusDagen(vandaag(), 60))})`,
      );
      expect(inhoud.text).toContain(
        `Rond ${datumInWoorden(plusDagen(vandaag(), 120))} bespreken we samen hoe het gaat.`,
      );
      expect(inhoud.text).toContain(`Je klantmanager is ${'Test klantmanager'}.`);
      const log = await t.db.query(`SELECT 1 FROM verwerking WHERE klant_id = $1 AND handeling = 'plan.pdf'`, [
        klant.id,
      ]);
      expect(log).toHaveLength(1);
    });

    it('zonder plan: een PDF die zegt dat er nog geen doelen zijn', async () => {
      const klant = await maakKlant(t, a);
      const antwoord = await pdf(klant.id);
      expect(antwoord.status).toBe(200);
      const inhoud = await pdfParse(antwoord.body as Buffer);
      expect(inhoud.numpages).toBe(1);
      expect(inhoud.text).toContain('We hebben nog geen doelen opgeschreven.');
    });
  });
});

function doelInvoer(d: {
  id: string;
  omschrijving: string;
  leefgebied: string | null;
  streefdatum: string;
  status: string;
}) {
  return {
    id: d.id,
    omschrijving: d.omschrijving,
    leefgebied: d.leefgebied,
    streefdatum: d.streefdatum,
    status: d.status,
  };
}
