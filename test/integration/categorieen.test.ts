import { STANDAARD_CATEGORIEEN, type Categorie } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import { bearer, klantInvoer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';
import { gesprekGeleden, itemsVan, maakAfspraak } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld);

const EIGEN: Categorie = {
  code: 'werkfit_traject',
  naam: 'Werkfit-traject',
  actief: true,
  maxDagen: 14,
  waarschuwingDagen: 3,
  afspraakSoorten: ['vervolggesprek', 're_integratietraject', 'overig'],
};

describe('dienstverleningscategorieën: GET en PUT /api/instellingen/dienstverleningscategorieen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  const lees = (token: string) => t.http().get('/api/instellingen/dienstverleningscategorieen').set(bearer(token));
  const schrijf = (omgeving: TestOmgeving, categorieen: unknown, token = omgeving.beheerder.token) =>
    t.http().put('/api/instellingen/dienstverleningscategorieen').set(bearer(token)).send({ categorieen });

  it('een nieuwe organisatie heeft de vijf standaardcategorieën, en elke rol die categorieën toont mag ze lezen', async () => {
    for (const token of [
      a.klantmanager.token,
      a.teamleider.token,
      a.beleid.token,
      a.beheerder.token,
      a.privacy.token,
    ]) {
      const antwoord = await lees(token);
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toEqual({ categorieen: STANDAARD_CATEGORIEEN });
    }
    expect((await lees(a.extern.token)).status).toBe(403);
  });

  it('alleen de beheerder mag ze wijzigen', async () => {
    for (const token of [a.klantmanager.token, a.teamleider.token, a.beleid.token, a.privacy.token]) {
      const antwoord = await schrijf(a, STANDAARD_CATEGORIEEN, token);
      expect(antwoord.status).toBe(403);
    }
  });

  describe('hernoemen, toevoegen, op niet actief zetten', () => {
    let c: TestOmgeving;
    let inBeheer: string;
    let nieuw: Categorie[];
    let antwoord: Awaited<ReturnType<typeof schrijf>>;

    beforeAll(async () => {
      c = await maakOmgeving(t);
      inBeheer = (await maakKlant(t, c, { dienstverleningscategorie: 'beheer' })).id;
      await gesprekGeleden(t, c.klantmanager.token, inBeheer, 300);
      nieuw = [
        EIGEN,
        ...STANDAARD_CATEGORIEEN.map((cat) =>
          cat.code === 'job_ready'
            ? { ...cat, naam: 'Direct naar werk', afspraakSoorten: ['vervolggesprek', 'solliciteren', 'overig'] }
            : cat.code === 'beheer'
              ? { ...cat, actief: false, maxDagen: 200, waarschuwingDagen: 20 }
              : cat,
        ),
      ] as Categorie[];
      antwoord = await schrijf(c, nieuw);
    });

    it('vervangt de lijst en geeft hem in de nieuwe volgorde terug', async () => {
      expect(antwoord.status).toBe(200);
      expect(antwoord.body).toEqual({ categorieen: nieuw });
      expect((await lees(c.klantmanager.token)).body).toEqual({ categorieen: nieuw });
    });

    it('de contactnormen van v1 tonen dezelfde categorieën en normen', async () => {
      const v1 = await t.http().get('/api/instellingen/contactnormen').set(bearer(c.klantmanager.token));
      expect(v1.body.normen).toEqual(
        nieuw.map((cat) => ({
          dienstverleningscategorie: cat.code,
          maxDagen: cat.maxDagen,
          waarschuwingDagen: cat.waarschuwingDagen,
        })),
      );
    });

    it('een klant in een niet-actieve categorie houdt die, en haar (nieuwe) norm blijft gelden', async () => {
      const klant = await t.http().get(`/api/klanten/${inBeheer}`).set(bearer(c.klantmanager.token));
      expect(klant.body).toMatchObject({
        dienstverleningscategorie: 'beheer',
        norm: { maxDagen: 200, waarschuwingDagen: 20 },
        inBeeldStatus: 'uit_beeld',
      });
      // Other changes keep working, also when the unchanged category is sent along.
      const wijziging = await t
        .http()
        .patch(`/api/klanten/${inBeheer}`)
        .set(bearer(c.klantmanager.token))
        .send({ telefoon: '06-87654321', dienstverleningscategorie: 'beheer', versie: klant.body.versie });
      expect(wijziging.status).toBe(200);
      expect(wijziging.body.dienstverleningscategorie).toBe('beheer');
    });

    it('een nieuwe klant of een wijziging kiest alleen een actieve categorie (400 op dienstverleningscategorie)', async () => {
      const nieuweKlant = await t
        .http()
        .post('/api/klanten')
        .set(bearer(c.klantmanager.token))
        .send(klantInvoer(c, { dienstverleningscategorie: 'beheer' }));
      expect(nieuweKlant.status).toBe(400);
      expect(nieuweKlant.body.fouten).toEqual([
        { veld: 'dienstverleningscategorie', melding: 'is niet meer actief; kies een actieve categorie' },
      ]);
      const klant = await maakKlant(t, c, { dienstverleningscategorie: 'job_ready' });
      const naarBeheer = await t
        .http()
        .patch(`/api/klanten/${klant.id}`)
        .set(bearer(c.klantmanager.token))
        .send({ dienstverleningscategorie: 'beheer', versie: klant.versie });
      expect(naarBeheer.status).toBe(400);
      expect(velden(naarBeheer.body)).toEqual(['dienstverleningscategorie']);
    });

    it('een klant in de nieuwe categorie krijgt haar norm, in dossier en werkvoorraad', async () => {
      const klant = await maakKlant(t, c, { dienstverleningscategorie: EIGEN.code });
      expect(klant).toMatchObject({
        dienstverleningscategorie: EIGEN.code,
        norm: { maxDagen: 14, waarschuwingDagen: 3 },
      });
      await gesprekGeleden(t, c.klantmanager.token, klant.id, 15);
      expect((await itemsVan(t, c.klantmanager.token, klant.id)).map((i) => [i.soort, i.reden])).toEqual([
        ['uit_beeld', '15 dagen niet gesproken; de norm is 14 dagen.'],
      ]);
      const lijst = await t
        .http()
        .get('/api/klanten')
        .query({ inBeeld: 'uit_beeld' })
        .set(bearer(c.klantmanager.token));
      expect(lijst.body.items.map((k: { id: string }) => k.id)).toContain(klant.id);
    });

    it('een afspraak van een soort buiten de aangeboden soorten mag gewoon ("andere soort")', async () => {
      const klant = await maakKlant(t, c, { dienstverleningscategorie: 'job_ready' });
      const afspraak = await maakAfspraak(t, c.klantmanager.token, klant.id, { soort: 'schuldhulpverlening' });
      expect(afspraak).toMatchObject({ soort: 'schuldhulpverlening' });
    });

    it('legt de wijziging vast in de audit (resource instellingen), met oude en nieuwe lijst', async () => {
      const audit = await t
        .http()
        .get('/api/audit/wijzigingen')
        .query({ resource: 'instellingen' })
        .set(bearer(c.beheerder.token));
      expect(audit.status).toBe(200);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({
        resource: 'instellingen',
        resourceId: c.organisatie.id,
        actie: 'gewijzigd',
        medewerkerId: c.beheerder.id,
        wijzigingen: { oud: { categorieen: STANDAARD_CATEGORIEEN }, nieuw: { categorieen: nieuw } },
      });
    });

    it('v1 PUT contactnormen moet ook de nieuwe categorie bevatten, en wijzigt haar norm', async () => {
      const v1 = (await t.http().get('/api/instellingen/contactnormen').set(bearer(c.beheerder.token))).body;
      const zonder = await t
        .http()
        .put('/api/instellingen/contactnormen')
        .set(bearer(c.beheerder.token))
        .send({
          ...v1,
          normen: v1.normen.filter(
            (n: { dienstverleningscategorie: string }) => n.dienstverleningscategorie !== EIGEN.code,
          ),
        });
      expect(zonder.status).toBe(400);
      expect(zonder.body.fouten).toEqual([
        { veld: 'normen', melding: `moet precies één norm voor ${EIGEN.code} bevatten` },
      ]);
      const met = await t
        .http()
        .put('/api/instellingen/contactnormen')
        .set(bearer(c.beheerder.token))
        .send({
          ...v1,
          normen: v1.normen.map((n: { dienstverleningscategorie: string }) =>
            n.dienstverleningscategorie === EIGEN.code ? { ...n, maxDagen: 21, waarschuwingDagen: 4 } : n,
          ),
        });
      expect(met.status).toBe(200);
      const categorieen = (await lees(c.beheerder.token)).body.categorieen as Categorie[];
      expect(categorieen.find((cat) => cat.code === EIGEN.code)).toEqual({
        ...EIGEN,
        maxDagen: 21,
        waarschuwingDagen: 4,
      });
    });

    it('een andere organisatie merkt er niets van en kan de nieuwe code niet gebruiken', async () => {
      expect((await lees(b.klantmanager.token)).body).toEqual({ categorieen: STANDAARD_CATEGORIEEN });
      const antwoord = await t
        .http()
        .post('/api/klanten')
        .set(bearer(b.klantmanager.token))
        .send(klantInvoer(b, { dienstverleningscategorie: EIGEN.code }));
      expect(antwoord.status).toBe(400);
      expect(antwoord.body.fouten).toEqual([
        { veld: 'dienstverleningscategorie', melding: 'is geen dienstverleningscategorie van de organisatie' },
      ]);
    });
  });

  describe('validatie (er verandert dan niets)', () => {
    afterEach(async () => {
      expect((await lees(a.beheerder.token)).body).toEqual({ categorieen: STANDAARD_CATEGORIEEN });
    });
    afterAll(async () => {
      const audit = await t
        .http()
        .get('/api/audit/wijzigingen')
        .query({ resource: 'instellingen' })
        .set(bearer(a.beheerder.token));
      expect(audit.body.items).toEqual([]);
    });

    const met = (index: number, wijziging: Record<string, unknown>) =>
      STANDAARD_CATEGORIEEN.map((cat, i) => (i === index ? { ...cat, ...wijziging } : cat));

    it('een bestaande categorie weglaten geeft 400 op categorieen: zet hem op niet actief', async () => {
      const antwoord = await schrijf(a, STANDAARD_CATEGORIEEN.slice(1));
      expect(antwoord.status).toBe(400);
      expect(antwoord.body.fouten).toEqual([
        {
          veld: 'categorieen',
          melding: 'mist de bestaande categorie job_ready: een categorie verwijder je niet, je zet hem op niet actief',
        },
      ]);
    });

    it('elke fout in de lijst komt terug op haar veld, allemaal tegelijk', async () => {
      const antwoord = await schrijf(a, [
        ...met(1, { naam: ' ', waarschuwingDagen: 60 }),
        { ...EIGEN, code: 'job_ready', naam: 'Dubbel' },
        { ...EIGEN, code: 'vrijgesteld', naam: 'Gereserveerd' },
      ]);
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual([
        'categorieen.1.naam',
        'categorieen.1.waarschuwingDagen',
        'categorieen.5.code',
        'categorieen.6.code',
      ]);
    });

    it('vorm en type worden gecontroleerd voordat er iets gelezen wordt', async () => {
      const gevallen: [unknown, string[]][] = [
        [met(0, { code: 'Job Ready' }), ['categorieen.0.code']],
        [met(0, { afspraakSoorten: ['paardrijden'] }), ['categorieen.0.afspraakSoorten']],
        [met(0, { afspraakSoorten: [] }), ['categorieen.0.afspraakSoorten']],
        [met(0, { afspraakSoorten: ['overig', 'overig'] }), ['categorieen.0.afspraakSoorten']],
        [met(0, { actief: 'ja' }), ['categorieen.0.actief']],
        [met(0, { maxDagen: '30' }), ['categorieen.0.maxDagen']],
        [met(0, { kleur: 'rood' }), ['categorieen.0.kleur']],
        [[], ['categorieen']],
        ['alles', ['categorieen']],
      ];
      for (const [categorieen, verwacht] of gevallen) {
        const antwoord = await schrijf(a, categorieen);
        expect({ categorieen, status: antwoord.status, velden: velden(antwoord.body) }).toEqual({
          categorieen,
          status: 400,
          velden: verwacht,
        });
      }
    });

    it('alle categorieën op niet actief geeft 400: een nieuwe klant moet er een kunnen krijgen', async () => {
      const antwoord = await schrijf(
        a,
        STANDAARD_CATEGORIEEN.map((cat) => ({ ...cat, actief: false })),
      );
      expect(antwoord.status).toBe(400);
      expect(antwoord.body.fouten).toEqual([
        { veld: 'categorieen', melding: 'moet minstens één actieve categorie bevatten' },
      ]);
    });
  });

  it('de database laat geen klant toe in een categorie van een andere organisatie, en geen categorie vrijgesteld', async () => {
    await expect(
      t.db.query(
        `INSERT INTO dienstverleningscategorie (organisatie_id, code, naam, volgorde, afspraak_soorten) VALUES ($1, 'vrijgesteld', 'X', 99, ARRAY['overig'])`,
        [a.organisatie.id],
      ),
    ).rejects.toThrow(/check/);
    const klant = await maakKlant(t, a);
    await expect(
      t.db.query(`UPDATE klant SET dienstverleningscategorie = 'bestaat_niet' WHERE id = $1`, [klant.id]),
    ).rejects.toThrow(/klant_dienstverleningscategorie_fkey/);
    // A category without its norm cannot be committed.
    await expect(
      t.db.transaction((tx) =>
        tx.query(
          `INSERT INTO dienstverleningscategorie (organisatie_id, code, naam, volgorde, afspraak_soorten) VALUES ($1, 'zonder_norm', 'Zonder norm', 99, ARRAY['overig'])`,
          [a.organisatie.id],
        ),
      ),
    ).rejects.toThrow(/dienstverleningscategorie_norm_fkey/);
  });
});
