import { plusDagen, STANDAARD_BRIEF, vandaag } from '@klant-in-beeld/domain';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { startTestApp, TestApp } from '../support/app';
import { bearer, Ingelogd, maakKlant, maakKlantVan, maakOmgeving, TestOmgeving } from '../support/factories';
import { maakIngelogde, maakTeam } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld);
// A 1x1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('uitnodigingsbrieven (HTTP)', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let ander: Ingelogd;
  let campagneId: string;
  let tweedeGemeente: string;
  const dag = vandaag();

  const pdf = (pad: string, token: string) =>
    t
      .http()
      .get(pad)
      .set(bearer(token))
      .buffer(true)
      .parse((res, klaar) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () => klaar(null, Buffer.concat(delen)));
      });
  const brieven = (token: string, datum = dag, id = campagneId) =>
    pdf(`/api/campagnes/${id}/brieven.pdf?datum=${datum}`, token);

  /** A deelnemer with an invitation and its letter contactmoment, straight into the tables. */
  async function uitgenodigd(klantId: string, medewerkerId: string, gemeenteId: string) {
    await t.db.query(
      `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_gemeente_id)
       VALUES ($1, $2, $3, $4, 'job_ready', $5)`,
      [campagneId, a.organisatie.id, klantId, medewerkerId, gemeenteId],
    );
    const [u] = await t.db.query(
      `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging, aangemaakt_door)
       VALUES ($1, $2, $3, $4, '2026-12-08T10:30:00+01:00', 'Stadskantoor, Lübeckplein 2', 1, $4) RETURNING id`,
      [a.organisatie.id, campagneId, klantId, medewerkerId],
    );
    await t.db.query(
      `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, uitnodiging_id)
       VALUES ($1, $2, $3, now(), 'brief', 'gemeente', 'verstuurd', 'Uitnodiging', $4)`,
      [a.organisatie.id, klantId, medewerkerId, u.id],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    const team = await maakTeam(t.db, a.organisatie.id);
    ander = await maakIngelogde(t, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId: team });
    const [g] = await t.db.query(
      `INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, 'GM0193', 'Zwolle') RETURNING id`,
      [a.organisatie.id],
    );
    tweedeGemeente = g.id;
    const [c] = await t.db.query(
      `INSERT INTO campagne (organisatie_id, naam, criteria, startdatum, einddatum, status, aangemaakt_door, gestart_op)
       VALUES ($1, 'Herscreening', '{}', $2, $3, 'lopend', $4, now()) RETURNING id`,
      [a.organisatie.id, plusDagen(dag, -10), plusDagen(dag, 30), a.teamleider.id],
    );
    campagneId = c.id;
    await t.db.query(`INSERT INTO campagne_extern (campagne_id, organisatie_id, medewerker_id) VALUES ($1, $2, $3)`, [
      campagneId,
      a.organisatie.id,
      a.extern.id,
    ]);
    const eigen = await maakKlant(t, a, { voornamen: 'Ans', achternaam: 'Bakker' });
    const vreemd = await maakKlantVan(t, a, ander.id, {
      voornamen: 'Kees',
      achternaam: 'Visser',
      gemeenteId: tweedeGemeente,
      adres: { straat: 'Kerkstraat', huisnummer: '3', postcode: '8011 CD', woonplaats: 'Zwolle' },
    });
    await uitgenodigd(eigen.id, a.klantmanager.id, a.organisatie.gemeenteId);
    await uitgenodigd(vreemd.id, ander.id, tweedeGemeente);
  });

  afterAll(() => t?.sluit());

  describe('sjablonen', () => {
    it('geeft de standaardbrief en de samenvoegvelden zolang er niets is opgeslagen', async () => {
      const r = await t.http().get('/api/instellingen/brieven').set(bearer(a.beheerder.token));
      expect(r.status).toBe(200);
      expect(r.body.sjablonen).toEqual([
        expect.objectContaining({ gemeenteId: null, onderwerp: STANDAARD_BRIEF.onderwerp, standaard: true, versie: 0 }),
      ]);
      expect(r.body.velden.map((v: { naam: string }) => v.naam)).toContain('uitnodiging.datum');
      expect((await t.http().get('/api/instellingen/brieven').set(bearer(a.teamleider.token))).status).toBe(200);
    });

    it.each(['klantmanager', 'beleid', 'privacy', 'extern'] as const)('weigert %s het lezen (403)', async (rol) => {
      const r = await t.http().get('/api/instellingen/brieven').set(bearer(a[rol].token));
      expect(r.status).toBe(403);
    });

    it('alleen de beheerder mag opslaan, voorbeelden maken en weghalen', async () => {
      const invoer = { ...STANDAARD_BRIEF, afzender: 'x', versie: 0 };
      expect(
        (await t.http().put('/api/instellingen/brieven').set(bearer(a.teamleider.token)).send(invoer)).status,
      ).toBe(403);
      expect(
        (await t.http().post('/api/instellingen/brieven/voorbeeld').set(bearer(a.teamleider.token)).send(invoer))
          .status,
      ).toBe(403);
      expect(
        (await t.http().delete(`/api/instellingen/brieven/${tweedeGemeente}`).set(bearer(a.teamleider.token))).status,
      ).toBe(403);
    });

    it('weigert een onbekend samenvoegveld en kapotte accolades met 400 op het veld', async () => {
      const r = await t
        .http()
        .put('/api/instellingen/brieven')
        .set(bearer(a.beheerder.token))
        .send({ onderwerp: 'Hallo {{klant.naam}', inhoud: 'BSN {{klant.bsn}}', afzender: 'x', versie: 0 });
      expect(r.status).toBe(400);
      expect(velden(r.body).sort()).toEqual(['inhoud', 'onderwerp']);
      expect(JSON.stringify(r.body.fouten)).toContain('onbekend samenvoegveld {{klant.bsn}}');
    });

    it('weigert lege en verkeerde velden met alle fouten tegelijk', async () => {
      const r = await t
        .http()
        .put('/api/instellingen/brieven')
        .set(bearer(a.beheerder.token))
        .send({ gemeenteId: 'nee', onderwerp: '', inhoud: 5, logo: { type: 'image/gif', data: '!!' }, versie: -1 });
      expect(r.status).toBe(400);
      expect(velden(r.body)).toEqual(
        expect.arrayContaining(['gemeenteId', 'onderwerp', 'inhoud', 'afzender', 'logo.type', 'logo.data', 'versie']),
      );
    });

    it('weigert een gemeente van een andere organisatie', async () => {
      const r = await t
        .http()
        .put('/api/instellingen/brieven')
        .set(bearer(a.beheerder.token))
        .send({ gemeenteId: b.organisatie.gemeenteId, ...STANDAARD_BRIEF, afzender: 'x', versie: 0 });
      expect(r.status).toBe(400);
      expect(velden(r.body)).toEqual(['gemeenteId']);
    });

    it('weigert een te groot logo (413) en een logo dat niet van het opgegeven type is (415)', async () => {
      const groot = Buffer.alloc(500_001, 1).toString('base64');
      const basis = { ...STANDAARD_BRIEF, afzender: 'x', versie: 0 };
      const r1 = await t
        .http()
        .put('/api/instellingen/brieven')
        .set(bearer(a.beheerder.token))
        .send({ ...basis, logo: { type: 'image/png', data: groot } });
      expect(r1.status).toBe(413);
      const r2 = await t
        .http()
        .put('/api/instellingen/brieven')
        .set(bearer(a.beheerder.token))
        .send({ ...basis, logo: { type: 'image/jpeg', data: PNG } });
      expect(r2.status).toBe(415);
      expect(velden(r2.body)).toEqual(['logo.data']);
    });

    it('slaat de brief van de organisatie en van een gemeente op, met versiecontrole, en legt het vast', async () => {
      const r = await t
        .http()
        .put('/api/instellingen/brieven')
        .set(bearer(a.beheerder.token))
        .send({
          ...STANDAARD_BRIEF,
          afzender: 'Sociale Dienst\nPostbus 1',
          logo: { type: 'image/png', data: PNG },
          versie: 0,
        });
      expect(r.status).toBe(200);
      expect(r.body.sjablonen[0]).toEqual(
        expect.objectContaining({ gemeenteId: null, versie: 1, heeftLogo: true, standaard: false }),
      );
      const oud = await t
        .http()
        .put('/api/instellingen/brieven')
        .set(bearer(a.beheerder.token))
        .send({ ...STANDAARD_BRIEF, afzender: 'x', versie: 0 });
      expect(oud.status).toBe(409);
      const gemeente = await t.http().put('/api/instellingen/brieven').set(bearer(a.beheerder.token)).send({
        gemeenteId: tweedeGemeente,
        onderwerp: 'Zwolle nodigt u uit op {{uitnodiging.datum}}',
        inhoud: '{{klant.aanhef}},\n\nKom praten in {{gemeente.naam}} om {{uitnodiging.tijd}}.',
        afzender: 'Gemeente Zwolle',
        versie: 0,
      });
      expect(gemeente.status).toBe(200);
      expect(gemeente.body.sjablonen.map((s: { gemeenteId: string | null }) => s.gemeenteId)).toEqual([
        null,
        tweedeGemeente,
      ]);
      const [w] = await t.db.query(
        `SELECT count(*)::int AS n FROM wijziging WHERE organisatie_id = $1 AND resource = 'brief_sjabloon'`,
        [a.organisatie.id],
      );
      expect(w.n).toBe(2);
      // Another organisatie still sees only the default.
      const elders = await t.http().get('/api/instellingen/brieven').set(bearer(b.beheerder.token));
      expect(elders.body.sjablonen).toHaveLength(1);
      expect(elders.body.sjablonen[0].standaard).toBe(true);
    });

    it('maakt een voorbeeld-PDF met voorbeeldgegevens', async () => {
      const r = await t
        .http()
        .post('/api/instellingen/brieven/voorbeeld')
        .set(bearer(a.beheerder.token))
        .send({ ...STANDAARD_BRIEF, afzender: 'Sociale Dienst' })
        .buffer(true)
        .parse((res, klaar) => {
          const delen: Buffer[] = [];
          res.on('data', (d: Buffer) => delen.push(d));
          res.on('end', () => klaar(null, Buffer.concat(delen)));
        });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/application\/pdf/);
      const tekst = (await pdfParse(r.body as Buffer)).text.replace(/\s+/g, ' ');
      expect(tekst).toContain('dinsdag 8 december 2026');
      expect(tekst).toContain('Fatima Yilmaz');
      const fout = await t
        .http()
        .post('/api/instellingen/brieven/voorbeeld')
        .set(bearer(a.beheerder.token))
        .send({ onderwerp: 'x', inhoud: '{{klant.bsn}}', afzender: '' });
      expect(fout.status).toBe(400);
      expect(velden(fout.body)).toEqual(['inhoud']);
    });
  });

  describe('brieven.pdf', () => {
    it('geeft de teamleider die de campagne maakte één pagina per brief, met naam, adres, datum en tijd', async () => {
      const r = await brieven(a.teamleider.token);
      expect(r.status).toBe(200);
      const inhoud = await pdfParse(r.body as Buffer);
      expect(inhoud.numpages).toBe(2);
      const tekst = inhoud.text.replace(/\s+/g, ' ');
      expect(tekst).toContain('Ans Bakker');
      expect(tekst).toContain('Grote Markt 12a');
      expect(tekst).toContain('8011 AB Zwolle');
      expect(tekst).toContain('dinsdag 8 december 2026');
      expect(tekst).toContain('10:30');
      // The gemeente's own letter for its client, the organisatie's for the other.
      expect(tekst).toContain('Zwolle nodigt u uit op dinsdag 8 december 2026');
      expect(tekst).toContain('Kom praten in Zwolle om 10:30');
      expect(tekst).toContain('Kees Visser');
      expect(tekst).toContain('Sociale Dienst');
    });

    it('laat een klant van een ander team weg voor de klantmanager en logt elke klant als inzage', async () => {
      const r = await brieven(a.klantmanager.token);
      expect(r.status).toBe(200);
      const inhoud = await pdfParse(r.body as Buffer);
      expect(inhoud.numpages).toBe(1);
      expect(inhoud.text).toContain('Ans Bakker');
      expect(inhoud.text).not.toContain('Kees Visser');
      const [v] = await t.db.query(
        `SELECT count(*)::int AS n FROM verwerking WHERE medewerker_id = $1 AND handeling = 'campagne.brieven'`,
        [a.klantmanager.id],
      );
      expect(v.n).toBe(1);
    });

    it.each(['beheerder', 'beleid', 'privacy'] as const)('weigert %s (403)', async (rol) => {
      expect((await brieven(a[rol].token)).status).toBe(403);
    });

    it('geeft 404 voor een campagne van een andere organisatie', async () => {
      expect((await brieven(b.teamleider.token)).status).toBe(404);
    });

    it('weigert een ongeldige datum met 400 op datum, en ontbrekend', async () => {
      for (const datum of ['2026-02-30', 'morgen', '']) {
        const r = await t
          .http()
          .get(`/api/campagnes/${campagneId}/brieven.pdf?datum=${datum}`)
          .set(bearer(a.teamleider.token));
        expect(r.status).toBe(400);
        expect(velden(r.body)).toEqual(['datum']);
      }
      const zonder = await t.http().get(`/api/campagnes/${campagneId}/brieven.pdf`).set(bearer(a.teamleider.token));
      expect(velden(zonder.body)).toEqual(['datum']);
      const id = await t.http().get(`/api/campagnes/nee/brieven.pdf?datum=${dag}`).set(bearer(a.teamleider.token));
      expect(id.status).toBe(404); // IdPipe: a malformed id is not found
    });

    it('geeft 404 met een Nederlandse melding op een dag zonder brieven', async () => {
      const r = await t
        .http()
        .get(`/api/campagnes/${campagneId}/brieven.pdf?datum=${plusDagen(dag, -1)}`)
        .set(bearer(a.teamleider.token));
      expect(r.status).toBe(404);
      expect(r.body.message).toMatch(/geen uitnodigingsbrieven/);
    });

    it('geeft de externe medewerker alle brieven zolang de campagne loopt, daarna niet meer', async () => {
      const tijdens = await brieven(a.extern.token);
      expect(tijdens.status).toBe(200);
      expect((await pdfParse(tijdens.body as Buffer)).numpages).toBe(2);
      await t.db.query(`UPDATE campagne SET status = 'afgesloten', afgesloten_op = now() WHERE id = $1`, [campagneId]);
      try {
        expect((await brieven(a.extern.token)).status).toBe(404);
      } finally {
        await t.db.query(`UPDATE campagne SET status = 'lopend', afgesloten_op = NULL WHERE id = $1`, [campagneId]);
      }
    });

    it('haalt de eigen brief van een gemeente weg: die valt terug op die van de organisatie', async () => {
      const weg = await t.http().delete(`/api/instellingen/brieven/${tweedeGemeente}`).set(bearer(a.beheerder.token));
      expect(weg.status).toBe(204);
      const nogmaals = await t
        .http()
        .delete(`/api/instellingen/brieven/${tweedeGemeente}`)
        .set(bearer(a.beheerder.token));
      expect(nogmaals.status).toBe(404);
      const tekst = (await pdfParse((await brieven(a.teamleider.token)).body as Buffer)).text;
      expect(tekst).not.toContain('Zwolle nodigt u uit');
    });
  });
});
