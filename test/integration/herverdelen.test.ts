import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakKlant, maakKlantVan, maakMedewerker, maakOmgeving, TestOmgeving } from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();

describe('POST /api/klanten/herverdelen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let km2: { id: string };
  let inactief: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    km2 = await maakMedewerker(t.db, {
      organisatieId: a.organisatie.id,
      teamId: a.organisatie.teamId,
      rol: 'klantmanager',
      naam: 'Nieuwe Klantmanager',
    });
    inactief = await maakMedewerker(t.db, {
      organisatieId: a.organisatie.id,
      teamId: a.organisatie.teamId,
      rol: 'klantmanager',
      actief: false,
    });
  });
  afterAll(() => t.sluit());

  const herverdeel = (body: unknown, token = a.teamleider.token) =>
    t
      .http()
      .post('/api/klanten/herverdelen')
      .set(bearer(token))
      .send(body as object);
  const klantmanagerVan = async (id: string, omgeving = a) => {
    const antwoord = await t.http().get(`/api/klanten/${id}`).set(bearer(omgeving.teamleider.token));
    expect(antwoord.status).toBe(200);
    return { klantmanagerId: antwoord.body.klantmanagerId, versie: antwoord.body.versie };
  };
  const toewijzingen = (klantId: string) =>
    t.db.query(
      `SELECT klantmanager_id AS "klantmanagerId", tot IS NULL AS open FROM klant_toewijzing WHERE klant_id = $1 ORDER BY id`,
      [klantId],
    );
  const klantAudit = async (klantId: string) => {
    const antwoord = await t.http().get('/api/audit/wijzigingen').query({ klantId }).set(bearer(a.privacy.token));
    expect(antwoord.status).toBe(200);
    return antwoord.body.items.filter(
      (w: { resource: string; actie: string }) => w.resource === 'klant' && w.actie === 'gewijzigd',
    );
  };

  it('de teamleider verplaatst twee klanten in één keer, met toewijzingsgeschiedenis en audit per klant', async () => {
    const een = await maakKlant(t, a);
    const twee = await maakKlant(t, a);
    const antwoord = await herverdeel({ klantIds: [een.id, twee.id], naarKlantmanagerId: km2.id });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual({ verplaatst: 2 });

    for (const klant of [een, twee]) {
      expect(await klantmanagerVan(klant.id)).toEqual({ klantmanagerId: km2.id, versie: 2 });
      expect(await toewijzingen(klant.id)).toEqual([
        { klantmanagerId: a.klantmanager.id, open: false },
        { klantmanagerId: km2.id, open: true },
      ]);
      expect(await klantAudit(klant.id)).toEqual([
        expect.objectContaining({
          resource: 'klant',
          resourceId: klant.id,
          klantId: klant.id,
          actie: 'gewijzigd',
          medewerkerId: a.teamleider.id,
          wijzigingen: { oud: { klantmanagerId: a.klantmanager.id }, nieuw: { klantmanagerId: km2.id } },
        }),
      ]);
    }
  });

  it('telt klanten die al bij die klantmanager staan niet mee en laat ze ongemoeid; een klant zonder klantmanager telt wel', async () => {
    const bijKm1 = await maakKlant(t, a);
    const alBijKm2 = await maakKlant(t, a, { klantmanagerId: km2.id });
    const zonder = await maakKlant(t, a, { klantmanagerId: null });
    const antwoord = await herverdeel({ klantIds: [bijKm1.id, alBijKm2.id, zonder.id], naarKlantmanagerId: km2.id });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual({ verplaatst: 2 });
    expect(await klantmanagerVan(alBijKm2.id)).toEqual({ klantmanagerId: km2.id, versie: 1 });
    expect(await toewijzingen(alBijKm2.id)).toEqual([{ klantmanagerId: km2.id, open: true }]);
    expect(await klantAudit(alBijKm2.id)).toEqual([]);
    expect(await klantmanagerVan(zonder.id)).toEqual({ klantmanagerId: km2.id, versie: 2 });
    expect((await klantAudit(zonder.id))[0].wijzigingen).toEqual({
      oud: { klantmanagerId: null },
      nieuw: { klantmanagerId: km2.id },
    });

    const nogmaals = await herverdeel({ klantIds: [bijKm1.id, alBijKm2.id], naarKlantmanagerId: km2.id });
    expect(nogmaals.body).toEqual({ verplaatst: 0 });
  });

  describe('alles of niets', () => {
    it('één onbekende id tussen geldige: 400 op klantIds.<index> en er is niets verplaatst', async () => {
      const een = await maakKlant(t, a);
      const twee = await maakKlant(t, a);
      const onbekend = randomUUID();
      const antwoord = await herverdeel({ klantIds: [een.id, onbekend, twee.id], naarKlantmanagerId: km2.id });
      expect(antwoord.status).toBe(400);
      expect(antwoord.body).toMatchObject({ statusCode: 400, code: 'VALIDATIE' });
      expect(velden(antwoord.body)).toEqual(['klantIds.1']);
      expect(antwoord.body.fouten[0].melding).toContain(onbekend);
      for (const klant of [een, twee]) {
        expect(await klantmanagerVan(klant.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
        expect(await toewijzingen(klant.id)).toEqual([{ klantmanagerId: a.klantmanager.id, open: true }]);
        expect(await klantAudit(klant.id)).toEqual([]);
      }
    });

    it('één klant van een andere organisatie tussen geldige: 400 op klantIds.<index>, niets verplaatst, ook niet bij die organisatie', async () => {
      const een = await maakKlant(t, a);
      const twee = await maakKlant(t, a);
      const vanB = await maakKlant(t, b);
      const antwoord = await herverdeel({ klantIds: [een.id, twee.id, vanB.id], naarKlantmanagerId: km2.id });
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['klantIds.2']);
      expect(await klantmanagerVan(een.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
      expect(await klantmanagerVan(twee.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
      expect(await klantmanagerVan(vanB.id, b)).toEqual({ klantmanagerId: b.klantmanager.id, versie: 1 });
    });

    it('alleen binnen het eigen team: een klant of doel van een ander team geeft 400 op elk van die ids, en er verplaatst niets', async () => {
      const zuid = await maakTeam(t.db, a.organisatie.id, 'Team Zuid herverdelen');
      const kmZuid = await maakMedewerker(t.db, { organisatieId: a.organisatie.id, teamId: zuid, rol: 'klantmanager' });
      const eigen = await maakKlant(t, a);
      const vanZuid = await maakKlantVan(t, a, kmZuid.id);
      const naarZuid = await herverdeel({ klantIds: [eigen.id], naarKlantmanagerId: kmZuid.id });
      expect(naarZuid.status).toBe(400);
      expect(naarZuid.body.fouten).toEqual([
        { veld: 'naarKlantmanagerId', melding: 'is geen actieve klantmanager van je team' },
      ]);
      const uitZuid = await herverdeel({ klantIds: [eigen.id, vanZuid.id], naarKlantmanagerId: km2.id });
      expect(uitZuid.status).toBe(400);
      expect(uitZuid.body.fouten).toEqual([
        { veld: 'klantIds.1', melding: `klant ${vanZuid.id} hoort bij een ander team` },
      ]);
      expect(await klantmanagerVan(eigen.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
      const [zuidKlant] = await t.db.query(`SELECT klantmanager_id AS "klantmanagerId" FROM klant WHERE id = $1`, [
        vanZuid.id,
      ]);
      expect(zuidKlant.klantmanagerId).toBe(kmZuid.id);
    });

    it('noemt een ongeldige klantmanager en een onbekende klant tegelijk', async () => {
      const een = await maakKlant(t, a);
      const antwoord = await herverdeel({ klantIds: [randomUUID(), een.id], naarKlantmanagerId: b.klantmanager.id });
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['klantIds.0', 'naarKlantmanagerId']);
      expect(await klantmanagerVan(een.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
    });
  });

  it('weigert als doel een klantmanager van een andere organisatie, een teamleider, een inactieve of onbekende medewerker (400 op naarKlantmanagerId)', async () => {
    const klant = await maakKlant(t, a);
    for (const naar of [b.klantmanager.id, a.teamleider.id, a.beheerder.id, inactief.id, randomUUID()]) {
      const antwoord = await herverdeel({ klantIds: [klant.id], naarKlantmanagerId: naar });
      expect(antwoord.status).toBe(400);
      expect(antwoord.body.fouten).toEqual([{ veld: 'naarKlantmanagerId', melding: expect.any(String) }]);
    }
    expect(await klantmanagerVan(klant.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
  });

  it('is alleen voor de teamleider: klantmanager, beleid en beheerder krijgen 403 en er verandert niets', async () => {
    const klant = await maakKlant(t, a);
    for (const token of [a.klantmanager.token, a.beleid.token, a.beheerder.token]) {
      const antwoord = await herverdeel({ klantIds: [klant.id], naarKlantmanagerId: km2.id }, token);
      expect(antwoord.status).toBe(403);
    }
    expect(await klantmanagerVan(klant.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
  });

  it('weigert een lege lijst, dubbele ids, meer dan 500 ids en ids die geen UUID zijn (400 op klantIds)', async () => {
    const klant = await maakKlant(t, a);
    const gevallen: unknown[] = [
      [],
      [klant.id, klant.id],
      Array.from({ length: 501 }, () => randomUUID()),
      ['geen-uuid'],
      [klant.id, 12],
      klant.id,
    ];
    for (const klantIds of gevallen) {
      const antwoord = await herverdeel({ klantIds, naarKlantmanagerId: km2.id });
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['klantIds']);
    }
    expect(await klantmanagerVan(klant.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
  });

  it('precies 500 ids komen door de invoercontrole (en falen dan alleen op de onbekende ids)', async () => {
    const klant = await maakKlant(t, a);
    const ids = [klant.id, ...Array.from({ length: 499 }, () => randomUUID())];
    const antwoord = await herverdeel({ klantIds: ids, naarKlantmanagerId: km2.id });
    expect(antwoord.status).toBe(400);
    const fouten = velden(antwoord.body);
    expect(fouten).toHaveLength(499);
    expect(fouten).not.toContain('klantIds.0');
    expect(fouten).toContain('klantIds.499');
  });

  it('weigert een ontbrekende of ongeldige klantmanager-id en onbekende velden', async () => {
    const klant = await maakKlant(t, a);
    expect(velden((await herverdeel({ klantIds: [klant.id] })).body)).toEqual(['naarKlantmanagerId']);
    expect(velden((await herverdeel({ klantIds: [klant.id], naarKlantmanagerId: 'km2' })).body)).toEqual([
      'naarKlantmanagerId',
    ]);
    expect(velden((await herverdeel({})).body)).toEqual(['klantIds', 'naarKlantmanagerId']);
    const extra = await herverdeel({
      klantIds: [klant.id],
      naarKlantmanagerId: km2.id,
      vanKlantmanagerId: a.klantmanager.id,
    });
    expect(extra.status).toBe(400);
    expect(velden(extra.body)).toEqual(['vanKlantmanagerId']);
    expect(await klantmanagerVan(klant.id)).toEqual({ klantmanagerId: a.klantmanager.id, versie: 1 });
  });
});
