import { plusDagen, plusMaanden, vandaag } from '@klant-in-beeld/domain';
import { randomUUID } from 'node:crypto';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { VERWERKINGSACTIVITEITEN } from '../../apps/api/src/audit/audit.service';
import { BewaartermijnTaak } from '../../apps/api/src/bewaartermijn/bewaartermijn.taak';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  contactInvoer,
  Ingelogd,
  maakKlant,
  maakKlantVan,
  maakOmgeving,
  TestOmgeving,
} from '../support/factories';
import { maakIngelogde, maakTeam } from '../support/werkvoorraad-factories';

const trace = () => randomUUID();

/**
 * Privacy by design (docs/privacy.md): the BSN only on purpose, every processing in the access log (one record per
 * client, refusals too), the privacy officer's reports and inzage export, and the bewaartermijn.
 */
describe('privacy: BSN, logboek, privacyfunctionaris en bewaartermijn', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let zuid: Ingelogd;
  let klanten: { id: string; bsn: string; achternaam: string }[];
  let vanZuid: { id: string; bsn: string };

  beforeAll(async () => {
    t = await startTestApp({ zoekenPerMinuut: 1000 });
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    const km = bearer(a.klantmanager.token);
    klanten = [];
    for (let i = 0; i < 3; i++) {
      const achternaam = `Privacytest${'ABC'[i]}`; // no digits: a digit search must not find them by name
      const klant = await maakKlant(t, a, { achternaam });
      klanten.push({ id: klant.id, bsn: klant.bsn, achternaam });
      await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(km)
        .send(contactInvoer({ resultaat: 'no_show' }))
        .expect(201);
    }
    const anderTeam = await maakTeam(t.db, a.organisatie.id);
    zuid = await maakIngelogde(t, { organisatieId: a.organisatie.id, teamId: anderTeam, rol: 'klantmanager' });
    const z = await maakKlantVan(t, a, zuid.id, { achternaam: 'Privacyzuid' });
    vanZuid = { id: z.id, bsn: z.bsn };
  }, 60_000);
  afterAll(() => t.sluit());

  const verwerkingenVan = (traceId: string) =>
    t.db.query(
      `SELECT handeling, klant_id AS "klantId", resultaat, activiteit FROM verwerking WHERE trace_id = $1 ORDER BY klant_id NULLS FIRST`,
      [traceId],
    );

  describe('het BSN alleen met een doel', () => {
    it('geen antwoord bevat een volledig BSN, behalve bsn-inzage, de inzage-export voor de klant zelf en de overdracht', async () => {
      const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      const ids: Record<string, string> = { id: klanten[0].id, klantId: klanten[0].id };
      const gevraagd: string[] = [];
      for (const [pad, methodes] of Object.entries(doc.paths)) {
        // The overdracht hands the dossier to another organisatie, which finds the client by it (docs/overdracht.md).
        if (!('get' in methodes) || pad.endsWith('inzage-export') || pad.endsWith('/overdracht')) continue;
        const url = `/api/v1${pad}`.replace(/\{(\w+)\}/g, (_m, naam: string) => ids[naam] ?? a.organisatie.teamId);
        for (const rol of ['klantmanager', 'teamleider', 'beleid', 'beheerder', 'privacy', 'extern'] as const) {
          const antwoord = await t
            .http()
            .get(url)
            .query(url.includes('rapport') ? { maand: vandaag().slice(0, 7) } : {})
            .set(bearer(a[rol].token));
          const tekst = antwoord.text ?? '';
          for (const klant of [...klanten, vanZuid])
            expect({ url, rol, bevatBsn: tekst.includes(klant.bsn) }).toEqual({ url, rol, bevatBsn: false });
          gevraagd.push(`${rol} ${url} ${antwoord.status}`);
        }
      }
      expect(gevraagd.filter((r) => r.endsWith(' 200')).length).toBeGreaterThan(20);
      const inzage = await t.http().post(`/api/klanten/${klanten[0].id}/bsn-inzage`).set(bearer(a.klantmanager.token));
      expect(inzage.body).toEqual({ bsn: klanten[0].bsn });
    });

    it('zoeken op een deel van het BSN vindt nooit een klant; op het hele BSN wel', async () => {
      const bsn = klanten[1].bsn;
      for (let n = 1; n < 9; n++) {
        for (const deel of [bsn.slice(-n), bsn.slice(0, n)]) {
          const antwoord = await t.http().get('/api/klanten').query({ zoek: deel }).set(bearer(a.teamleider.token));
          expect({ deel, ids: antwoord.body.items.map((k: { id: string }) => k.id) }).not.toEqual(
            expect.objectContaining({ ids: expect.arrayContaining([klanten[1].id]) }),
          );
        }
      }
      const heel = await t.http().get('/api/klanten').query({ zoek: bsn }).set(bearer(a.teamleider.token));
      expect(heel.body.items.map((k: { id: string }) => k.id)).toEqual([klanten[1].id]);
    });

    it('zoeken is per medewerker begrensd; bladeren zonder zoekterm telt niet mee', async () => {
      const begrensd = await startTestApp({ zoekenPerMinuut: 3 });
      try {
        const c = await maakOmgeving(begrensd);
        const zoek = (token: string) =>
          begrensd.http().get('/api/klanten').query({ zoek: 'Jansen' }).set(bearer(token));
        expect([
          (await zoek(c.klantmanager.token)).status,
          (await zoek(c.klantmanager.token)).status,
          (await zoek(c.klantmanager.token)).status,
        ]).toEqual([200, 200, 200]);
        const te = await zoek(c.klantmanager.token);
        expect(te.status).toBe(429);
        expect(te.body.code).toBe('TE_VEEL_ZOEKOPDRACHTEN');
        expect((await begrensd.http().get('/api/klanten').set(bearer(c.klantmanager.token))).status).toBe(200);
        expect((await zoek(c.teamleider.token)).status).toBe(200);
      } finally {
        await begrensd.sluit();
      }
    });
  });

  describe('het logboek dataverwerkingen', () => {
    it('elke lijst legt één verwerking per getoonde klant vast, in één keer', async () => {
      const gevallen: [string, string, string][] = [
        ['/api/klanten', a.teamleider.token, 'klanten.zoeken'],
        ['/api/werkvoorraad', a.klantmanager.token, 'werkvoorraad.inzien'],
      ];
      for (const [pad, token, handeling] of gevallen) {
        const id = trace();
        const antwoord = await t.http().get(pad).set(bearer(token)).set('X-Request-Id', id).expect(200);
        const getoond = [
          ...new Set(antwoord.body.items.map((i: { id?: string; klantId?: string }) => i.klantId ?? i.id)),
        ].sort();
        expect(getoond.length).toBeGreaterThanOrEqual(3);
        const rijen = await verwerkingenVan(id);
        expect({ pad, klanten: rijen.map((r: { klantId: string }) => r.klantId).sort() }).toEqual({
          pad,
          klanten: getoond,
        });
        expect(
          rijen.every(
            (r: { handeling: string; resultaat: string; activiteit: string }) =>
              r.handeling === handeling && r.resultaat === 'gelukt' && r.activiteit === 're_integratie',
          ),
        ).toBe(true);
      }
    });

    it('het uitstel-overzicht, het teamoverzicht en elk dossieronderdeel worden vastgelegd', async () => {
      const id1 = trace();
      const werkvoorraad = await t.http().get('/api/werkvoorraad').set(bearer(a.klantmanager.token)).expect(200);
      const item = werkvoorraad.body.items.find((i: { klantId: string }) => i.klantId === klanten[0].id);
      const uitstel = await t
        .http()
        .post('/api/werkvoorraad/uitstellen')
        .set(bearer(a.klantmanager.token))
        .send({
          klantId: klanten[0].id,
          soort: item.soort,
          referentieId: item.referentieId ?? undefined,
          totDatum: plusDagen(vandaag(), 7),
          reden: 'Klant is met vakantie',
        });
      expect(uitstel.status).toBe(201);
      await t
        .http()
        .get('/api/werkvoorraad/uitstellen')
        .set(bearer(a.teamleider.token))
        .set('X-Request-Id', id1)
        .expect(200);
      expect((await verwerkingenVan(id1)).map((r: { klantId: string }) => r.klantId)).toEqual([klanten[0].id]);

      const id2 = trace();
      await t
        .http()
        .get(`/api/teams/${a.organisatie.teamId}/overzicht`)
        .set(bearer(a.teamleider.token))
        .set('X-Request-Id', id2)
        .expect(200);
      expect(await verwerkingenVan(id2)).toEqual([
        { handeling: 'team.overzicht', klantId: null, resultaat: 'gelukt', activiteit: 're_integratie' },
      ]);

      for (const deel of ['', '/tijdlijn', '/contactmomenten', '/ladder', '/afspraken', '/vrijstellingen']) {
        const id = trace();
        await t
          .http()
          .get(`/api/klanten/${klanten[2].id}${deel}`)
          .set(bearer(a.klantmanager.token))
          .set('X-Request-Id', id)
          .expect(200);
        expect({ deel, rijen: (await verwerkingenVan(id)).map((r: { klantId: string }) => r.klantId) }).toEqual({
          deel,
          rijen: [klanten[2].id],
        });
      }
    });

    it('een geweigerde poging komt ook in het logboek: ander team, andere organisatie, verkeerde rol', async () => {
      const gevallen: [string, string, number][] = [
        [`/api/klanten/${vanZuid.id}`, a.klantmanager.token, 403],
        [`/api/klanten/${klanten[0].id}`, b.klantmanager.token, 404],
        [`/api/klanten/${klanten[0].id}/contactmomenten`, a.beheerder.token, 403],
        [`/api/klanten/${klanten[0].id}`, a.beleid.token, 403],
      ];
      for (const [pad, token, status] of gevallen) {
        const id = trace();
        expect((await t.http().get(pad).set(bearer(token)).set('X-Request-Id', id)).status).toBe(status);
        const rijen = await verwerkingenVan(id);
        expect({ pad, rijen }).toEqual({
          pad,
          rijen: [expect.objectContaining({ resultaat: 'geweigerd', klantId: pad.split('/')[3] })],
        });
        expect(rijen[0].handeling).toMatch(/^GET \/api\/v1\/klanten\/:(id|klantId)/);
      }
    });

    it('het logboek zelf lezen wordt vastgelegd, als privacytoezicht, met de klanten die het toont', async () => {
      const id = trace();
      const log = await t
        .http()
        .get('/api/audit/verwerkingen')
        .query({ klantId: klanten[2].id })
        .set(bearer(a.privacy.token))
        .set('X-Request-Id', id)
        .expect(200);
      expect(log.body.items.length).toBeGreaterThan(0);
      expect(log.body.items[0]).toMatchObject({
        klantNaam: expect.stringContaining('PrivacytestC'),
        medewerkerNaam: expect.any(String),
        verwerkingsactiviteitNaam: expect.any(String),
      });
      expect(await verwerkingenVan(id)).toEqual([
        { handeling: 'audit.verwerkingen', klantId: klanten[2].id, resultaat: 'gelukt', activiteit: 'privacytoezicht' },
      ]);
    });

    it('kent het register van verwerkingsactiviteiten, gelijk aan de lijst in de API', async () => {
      const register = await t.http().get('/api/verwerkingsactiviteiten').set(bearer(a.privacy.token)).expect(200);
      expect(Object.fromEntries(register.body.map((r: { code: string; naam: string }) => [r.code, r.naam]))).toEqual(
        VERWERKINGSACTIVITEITEN,
      );
      expect(
        register.body.every((r: { doel: string; grondslag: string }) => r.doel.length > 10 && r.grondslag.length > 5),
      ).toBe(true);
    });
  });

  describe('de privacyfunctionaris', () => {
    it('vindt een klant op het volledige BSN (gelogd), niet op een deel', async () => {
      const id = trace();
      const gevonden = await t
        .http()
        .post('/api/audit/klant-op-bsn')
        .set(bearer(a.privacy.token))
        .set('X-Request-Id', id)
        .send({ bsn: klanten[1].bsn });
      expect(gevonden.body).toEqual({ klantId: klanten[1].id, naam: `Johanna Maria PrivacytestB` });
      expect(await verwerkingenVan(id)).toEqual([
        { handeling: 'audit.klant_op_bsn', klantId: klanten[1].id, resultaat: 'gelukt', activiteit: 'privacytoezicht' },
      ]);
      expect(
        (
          await t
            .http()
            .post('/api/audit/klant-op-bsn')
            .set(bearer(a.privacy.token))
            .send({ bsn: klanten[1].bsn.slice(1) })
        ).status,
      ).toBe(400);
      expect(
        (await t.http().post('/api/audit/klant-op-bsn').set(bearer(b.privacy.token)).send({ bsn: klanten[1].bsn }))
          .status,
      ).toBe(404);
      expect(
        (await t.http().post('/api/audit/klant-op-bsn').set(bearer(a.teamleider.token)).send({ bsn: klanten[1].bsn }))
          .status,
      ).toBe(403);
    });

    it('het maandrapport telt per medewerker inzagen, klanten, buiten het eigen team, doorbrekingen met reden, BSN getoond en geweigerd; ook als CSV', async () => {
      await t
        .http()
        .post(`/api/klanten/${vanZuid.id}/doorbreken`)
        .set(bearer(a.klantmanager.token))
        .send({ reden: '=Collega ziek, klant belt' })
        .expect(201);
      await t.http().get(`/api/klanten/${vanZuid.id}`).set(bearer(a.klantmanager.token)).expect(200);
      await t.http().post(`/api/klanten/${vanZuid.id}/bsn-inzage`).set(bearer(a.klantmanager.token)).expect(200);
      const maand = vandaag().slice(0, 7);
      const rapport = await t
        .http()
        .get('/api/audit/rapport')
        .query({ maand })
        .set(bearer(a.privacy.token))
        .expect(200);
      const km = rapport.body.medewerkers.find((m: { medewerkerId: string }) => m.medewerkerId === a.klantmanager.id);
      const [verwacht] = await t.db.query(
        `SELECT count(*) FILTER (WHERE klant_id IS NOT NULL AND resultaat = 'gelukt')::int AS inzagen,
                count(DISTINCT klant_id) FILTER (WHERE resultaat = 'gelukt')::int AS klanten,
                count(*) FILTER (WHERE handeling = 'bsn.tonen')::int AS bsn,
                count(*) FILTER (WHERE resultaat = 'geweigerd')::int AS geweigerd,
                count(*) FILTER (WHERE klant_id = $2 AND resultaat = 'gelukt')::int AS buiten
           FROM verwerking WHERE medewerker_id = $1`,
        [a.klantmanager.id, vanZuid.id],
      );
      expect(km).toMatchObject({
        naam: 'Test klantmanager',
        rol: 'klantmanager',
        inzagen: verwacht.inzagen,
        klanten: verwacht.klanten,
        buitenEigenTeam: verwacht.buiten,
        doorbrekingen: 1,
        bsnInzagen: verwacht.bsn,
        geweigerd: verwacht.geweigerd,
        doorbrekingRedenen: [expect.objectContaining({ klantId: vanZuid.id, reden: '=Collega ziek, klant belt' })],
      });
      expect(verwacht.buiten).toBeGreaterThanOrEqual(2); // the dossier and the BSN of the other team's client
      expect(verwacht.geweigerd).toBeGreaterThanOrEqual(1);

      const csv = await t
        .http()
        .get('/api/audit/rapport.csv')
        .query({ maand })
        .set(bearer(a.privacy.token))
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text).toContain("'=Collega ziek, klant belt"); // never a formula in a spreadsheet
      expect(
        (await t.http().get('/api/audit/rapport').query({ maand: '2026-13' }).set(bearer(a.privacy.token))).status,
      ).toBe(400);
    });

    it('de inzage-export (AVG art. 15) bevat alles over de klant en wie het inzag, als JSON en als leesbare PDF', async () => {
      const json = await t
        .http()
        .get(`/api/klanten/${klanten[0].id}/inzage-export`)
        .set(bearer(a.privacy.token))
        .expect(200);
      const inzage = JSON.parse(json.text);
      expect(inzage.klant).toMatchObject({ id: klanten[0].id, bsn: klanten[0].bsn, achternaam: 'PrivacytestA' });
      expect(inzage.contactmomenten).toHaveLength(1);
      expect(inzage.verwerkingen.length).toBeGreaterThan(3);
      expect(inzage.wijzigingen.map((w: { resource: string }) => w.resource)).toEqual(
        expect.arrayContaining(['klant', 'contactmoment']),
      );

      const pdf = await t
        .http()
        .get(`/api/klanten/${klanten[0].id}/inzage-export`)
        .query({ formaat: 'pdf' })
        .set(bearer(a.privacy.token))
        .buffer(true)
        .parse((res, klaar) => {
          const delen: Buffer[] = [];
          res.on('data', (d: Buffer) => delen.push(d));
          res.on('end', () => klaar(null, Buffer.concat(delen)));
        });
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const tekst = (await pdfParse(pdf.body as Buffer)).text;
      expect(tekst).toContain('Johanna Maria PrivacytestA');
      expect(tekst).toContain(klanten[0].bsn);
      expect(tekst).toContain('Wie uw gegevens bekeek');
      expect(
        (await t.http().get(`/api/klanten/${klanten[0].id}/inzage-export`).set(bearer(a.teamleider.token))).status,
      ).toBe(403);
      expect(
        (await t.http().get(`/api/klanten/${klanten[0].id}/inzage-export`).set(bearer(b.privacy.token))).status,
      ).toBe(404);
    });

    it('de beheerder komt nergens bij persoonsgegevens', async () => {
      const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      for (const [pad, methodes] of Object.entries(doc.paths)) {
        if (!('get' in methodes)) continue;
        const url = `/api/v1${pad}`.replace(/\{(\w+)\}/g, () => klanten[0].id);
        const antwoord = await t.http().get(url).set(bearer(a.beheerder.token));
        const tekst = antwoord.text ?? '';
        for (const klant of klanten) {
          expect({
            url,
            lekt: tekst.includes(klant.bsn) || tekst.includes(klant.achternaam) || tekst.includes('Grote Markt'),
          }).toEqual({ url, lekt: false });
        }
      }
    });
  });

  describe('de bewaartermijn', () => {
    it('staat standaard op 10 jaar na uitstroom (Selectielijst gemeenten); de beheerder stelt hem in binnen 1–30 jaar', async () => {
      const lees = await t.http().get('/api/instellingen/bewaartermijn').set(bearer(a.beheerder.token)).expect(200);
      expect(lees.body).toMatchObject({ jarenNaUitstroom: 10, automatisch: false, teAnonimiseren: 0 });
      const fout = await t
        .http()
        .put('/api/instellingen/bewaartermijn')
        .set(bearer(a.beheerder.token))
        .send({ jarenNaUitstroom: 0, automatisch: false });
      expect(fout.status).toBe(400);
      expect(fout.body.fouten.map((f: { veld: string }) => f.veld)).toEqual(['jarenNaUitstroom']);
      expect(
        (
          await t
            .http()
            .put('/api/instellingen/bewaartermijn')
            .set(bearer(a.teamleider.token))
            .send({ jarenNaUitstroom: 7, automatisch: false })
        ).status,
      ).toBe(403);
    });

    it('anonimiseert precies wat de proefrun telde: persoonsgegevens weg, de kerncijfers van toen blijven gelijk, alles gelogd', async () => {
      const c = await maakOmgeving(t);
      const oud = await maakKlant(t, c, { achternaam: 'Langgeleden', startdatumUitkering: '2010-01-04' });
      await t
        .http()
        .post(`/api/klanten/${oud.id}/contactmomenten`)
        .set(bearer(c.klantmanager.token))
        .send(contactInvoer())
        .expect(201);
      await t
        .http()
        .post(`/api/klanten/${oud.id}/ladder`)
        .set(bearer(c.klantmanager.token))
        .send({ trede: 3, gemetenOp: vandaag(), toelichting: 'Heeft moeite met lezen' })
        .expect(201);
      const recent = await maakKlant(t, c, { achternaam: 'Kortgeleden', startdatumUitkering: '2020-01-06' });
      // Left the benefit 12 and 3 years ago: only the first is past a 10-year term.
      await t.db.query(
        `UPDATE klant SET status = 'uitgestroomd', uitstroomdatum = $2, uitstroomreden = 'werk' WHERE id = $1`,
        [oud.id, plusMaanden(vandaag(), -144)],
      );
      await t.db.query(
        `UPDATE klant SET status = 'uitgestroomd', uitstroomdatum = $2, uitstroomreden = 'verhuizing' WHERE id = $1`,
        [recent.id, plusMaanden(vandaag(), -36)],
      );
      const peildatum = plusMaanden(vandaag(), -150);
      const kerncijfers = async () =>
        (
          await t
            .http()
            .get('/api/rapportages/kerncijfers')
            .query({ peildatum })
            .set(bearer(c.teamleider.token))
            .expect(200)
        ).body;
      const voor = await kerncijfers();
      expect(voor.caseload).toBeGreaterThanOrEqual(1);

      const proef = await t
        .http()
        .post('/api/beheer/anonimiseren')
        .query({ proefrun: 'true' })
        .set(bearer(c.beheerder.token))
        .expect(200);
      expect(proef.body).toEqual({ aantal: 1, proefrun: true });
      expect((await t.db.query(`SELECT achternaam FROM klant WHERE id = $1`, [oud.id]))[0].achternaam).toBe(
        'Langgeleden',
      );
      const echt = await t.http().post('/api/beheer/anonimiseren').set(bearer(c.beheerder.token)).expect(200);
      expect(echt.body).toEqual({ aantal: proef.body.aantal, proefrun: false });

      const [klant] = await t.db.query(
        `SELECT bsn, voornamen, achternaam, adres, telefoon, email, geboortedatum::text AS geboortedatum, geanonimiseerd_op FROM klant WHERE id = $1`,
        [oud.id],
      );
      expect(klant).toMatchObject({
        bsn: null,
        voornamen: 'Geanonimiseerde',
        achternaam: 'klant',
        adres: null,
        telefoon: null,
        email: null,
        geboortedatum: '1980-01-01',
      });
      expect(klant.geanonimiseerd_op).not.toBeNull();
      expect(
        (await t.db.query(`SELECT onderwerp, samenvatting FROM contactmoment WHERE klant_id = $1`, [oud.id]))[0],
      ).toEqual({ onderwerp: 'Geanonimiseerd', samenvatting: null });
      expect(
        (await t.db.query(`SELECT toelichting FROM ladder_meting WHERE klant_id = $1`, [oud.id]))[0].toelichting,
      ).toBeNull();
      const audit = JSON.stringify(await t.db.query(`SELECT oud, nieuw FROM wijziging WHERE klant_id = $1`, [oud.id]));
      expect(audit).not.toContain('Langgeleden');
      expect(audit).not.toContain(oud.bsn);
      expect(audit).toContain('geanonimiseerd');
      expect((await t.db.query(`SELECT achternaam FROM klant WHERE id = $1`, [recent.id]))[0].achternaam).toBe(
        'Kortgeleden',
      );
      expect(await kerncijfers()).toEqual(voor);
      const log = await t.db.query(
        `SELECT handeling, activiteit FROM verwerking WHERE klant_id = $1 AND handeling = 'klant.anonimiseren'`,
        [oud.id],
      );
      expect(log).toEqual([{ handeling: 'klant.anonimiseren', activiteit: 'bewaartermijn' }]);
      const run = await t.db.query(
        `SELECT nieuw FROM wijziging WHERE organisatie_id = $1 AND resource = 'bewaartermijn'`,
        [c.organisatie.id],
      );
      expect(run.map((r: { nieuw: { geanonimiseerd?: number } }) => r.nieuw.geanonimiseerd)).toContain(1);
      // A second run finds nothing more; the BSN of an anonymised client cannot be shown.
      expect((await t.http().post('/api/beheer/anonimiseren').set(bearer(c.beheerder.token))).body).toEqual({
        aantal: 0,
        proefrun: false,
      });
      expect((await t.http().post(`/api/klanten/${oud.id}/bsn-inzage`).set(bearer(c.teamleider.token))).status).toBe(
        422,
      );
    });

    it("draait 's nachts vanzelf voor een organisatie die het aanzet, één keer per dag", async () => {
      const c = await maakOmgeving(t);
      const oud = await maakKlant(t, c, { startdatumUitkering: '2008-01-07' });
      await t.db.query(
        `UPDATE klant SET status = 'uitgestroomd', uitstroomdatum = $2, uitstroomreden = 'werk' WHERE id = $1`,
        [oud.id, plusMaanden(vandaag(), -130)],
      );
      const taak = t.app.get(BewaartermijnTaak);
      expect(await taak.anonimiseerVerlopen()).toBe(0); // not switched on
      await t
        .http()
        .put('/api/instellingen/bewaartermijn')
        .set(bearer(c.beheerder.token))
        .send({ jarenNaUitstroom: 10, automatisch: true })
        .expect(200);
      expect(await taak.anonimiseerVerlopen()).toBeGreaterThanOrEqual(1);
      expect((await t.db.query(`SELECT bsn FROM klant WHERE id = $1`, [oud.id]))[0].bsn).toBeNull();
      expect(await taak.anonimiseerVerlopen()).toBe(0); // already ran today
      const door = await t
        .http()
        .get('/api/audit/wijzigingen')
        .query({ resource: 'bewaartermijn' })
        .set(bearer(c.privacy.token))
        .expect(200);
      expect(door.body.items[0].medewerkerNaam).toBe('Klant in Beeld (automatisch)');
    });
  });
});
