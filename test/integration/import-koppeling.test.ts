import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportenService } from '../../apps/api/src/importen/importen.service';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

/**
 * The column mapping step (docs/import.md, "Kolommen koppelen"): the job shows each column of the file and the field
 * it went to; PUT koppeling changes that and runs the dry run again on the kept upload.
 */
describe('import: kolommen koppelen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  const map = mkdtempSync(join(tmpdir(), 'kib-import-koppeling-'));

  beforeAll(async () => {
    t = await startTestApp({ importMap: map });
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    await t.db.query(`INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, 'GM0193', 'Zwolle')`, [
      a.organisatie.id,
    ]);
  });
  afterAll(() => t.sluit());

  const wacht = () => t.app.get(ImportenService).klaar();
  const haal = async (id: string, token = a.beheerder.token) =>
    (await t.http().get(`/api/importen/${id}`).set(bearer(token))).body;

  // "Familienaam" is not a name the engine knows for achternaam; "Opmerking" is no field at all.
  const KOP =
    'Burgerservicenummer;Voornaam;Familienaam;Geboren;Woongemeente;Doelgroep;Uitkering sinds;Categorie;Opmerking';
  const regel = (bsn: string, achternaam = 'Koppel') =>
    [bsn, 'Kees', achternaam, '01-02-1980', 'Zwolle', 'brede_doelgroep', '01-09-2026', 'job_ready', 'x'].join(';');

  async function proefrun(inhoud: string, token = a.beheerder.token) {
    const antwoord = await t
      .http()
      .post('/api/importen')
      .set(bearer(token))
      .field('soort', 'klanten')
      .field('bron', 'koppeltest')
      .attach('bestand', Buffer.from(inhoud, 'utf8'), 'klanten.csv');
    expect(antwoord.status).toBe(202);
    await wacht();
    return haal(antwoord.body.id, token);
  }

  const koppel = (id: string, koppeling: unknown, token = a.beheerder.token) =>
    t.http().put(`/api/importen/${id}/koppeling`).set(bearer(token)).send({ koppeling });

  /** The job's own mapping with some columns changed. */
  const met = (taak: { koppeling: { kolom: string; veld: string | null }[] }, wijzig: Record<string, string | null>) =>
    taak.koppeling.map((k) => ({ kolom: k.kolom, veld: k.kolom in wijzig ? wijzig[k.kolom] : k.veld }));

  it('toont de herkende koppeling, draait de proefrun opnieuw met een gewijzigde en voert die uit', async () => {
    const [bsn1, bsn2] = [nieuwBsn(), nieuwBsn()];
    const taak = await proefrun([KOP, regel(bsn1), regel(bsn2, 'Tweede')].join('\r\n'));
    expect(taak.status).toBe('afgekeurd');
    expect(taak.koppeling).toEqual([
      { kolom: 'Burgerservicenummer', veld: 'bsn' },
      { kolom: 'Voornaam', veld: 'voornamen' },
      { kolom: 'Familienaam', veld: null },
      { kolom: 'Geboren', veld: 'geboortedatum' },
      { kolom: 'Woongemeente', veld: 'gemeente' },
      { kolom: 'Doelgroep', veld: 'doelgroep' },
      { kolom: 'Uitkering sinds', veld: 'startdatumUitkering' },
      { kolom: 'Categorie', veld: 'dienstverleningscategorie' },
      { kolom: 'Opmerking', veld: null },
    ]);
    expect(taak.velden).toContainEqual({ veld: 'achternaam', naam: 'Achternaam', verplicht: true });
    expect(taak.velden).toContainEqual({ veld: 'klantmanager', naam: 'Klantmanager', verplicht: false });
    expect(taak.koppelingWijzigbaar).toBe(true);
    expect(taak.fouten).toEqual([
      { rij: 1, veld: 'Achternaam', melding: 'kolom ontbreekt (verwacht een kolom "Achternaam")' },
    ]);
    expect(taak.waarschuwingen).toEqual([
      'Kolom "Familienaam" wordt niet gebruikt.',
      'Kolom "Opmerking" wordt niet gebruikt.',
    ]);
    expect(existsSync(join(map, taak.id))).toBe(true);

    const antwoord = await koppel(taak.id, met(taak, { Familienaam: 'achternaam' }));
    expect(antwoord.status).toBe(202);
    expect(antwoord.body).toMatchObject({ id: taak.id, status: 'controleren', fouten: [] });
    await wacht();
    const opnieuw = await haal(taak.id);
    expect(opnieuw).toMatchObject({
      status: 'klaar',
      rijen: { totaal: 2, nieuw: 2, gewijzigd: 0, ongewijzigd: 0, fout: 0 },
      fouten: [],
      waarschuwingen: ['Kolom "Opmerking" wordt niet gebruikt.'],
      koppelingWijzigbaar: true,
    });
    expect(opnieuw.koppeling[2]).toEqual({ kolom: 'Familienaam', veld: 'achternaam' });

    // The change is in the change audit, with the mapping before and after.
    const [audit] = await t.db.query(
      `SELECT oud, nieuw FROM wijziging WHERE resource = 'import' AND resource_id = $1 AND actie = 'gewijzigd' ORDER BY id LIMIT 1`,
      [taak.id],
    );
    expect(audit.oud.koppeling[2]).toEqual({ kolom: 'Familienaam', veld: null });
    expect(audit.nieuw).toMatchObject({ status: 'controleren' });
    expect(audit.nieuw.koppeling[2]).toEqual({ kolom: 'Familienaam', veld: 'achternaam' });

    expect((await t.http().post(`/api/importen/${taak.id}/uitvoeren`).set(bearer(a.beheerder.token))).status).toBe(202);
    await wacht();
    const uitgevoerd = await haal(taak.id);
    expect(uitgevoerd).toMatchObject({ status: 'uitgevoerd', koppelingWijzigbaar: false });
    const klanten = await t.db.query(`SELECT achternaam FROM klant WHERE bsn = ANY ($1) ORDER BY achternaam`, [
      [bsn1, bsn2],
    ]);
    expect(klanten).toEqual([{ achternaam: 'Koppel' }, { achternaam: 'Tweede' }]);
    // Executed: the upload is gone, and the mapping can no longer change.
    expect(existsSync(join(map, taak.id))).toBe(false);
    const daarna = await koppel(taak.id, met(taak, { Familienaam: 'achternaam' }));
    expect(daarna.status).toBe(422);
    expect(daarna.body.code).toBe('IMPORT_NIET_TE_KOPPELEN');
  });

  it('een verplicht veld zonder kolom noemt de proefrun; een kolom zonder veld krijgt een waarschuwing', async () => {
    const taak = await proefrun([KOP, regel(nieuwBsn())].join('\n'));
    const antwoord = await koppel(taak.id, met(taak, { Familienaam: 'achternaam', Burgerservicenummer: null }));
    expect(antwoord.status).toBe(202);
    await wacht();
    const opnieuw = await haal(taak.id);
    expect(opnieuw.status).toBe('afgekeurd');
    expect(opnieuw.fouten).toEqual([
      {
        rij: 1,
        veld: 'BSN',
        melding: 'geen kolom gekoppeld aan dit verplichte veld (kies een kolom voor "BSN")',
      },
    ]);
    expect(opnieuw.waarschuwingen).toContain('Kolom "Burgerservicenummer" wordt niet gebruikt.');
    expect(opnieuw.koppeling[0]).toEqual({ kolom: 'Burgerservicenummer', veld: null });
    // Leaving a column out of the body is "not used" too; a field may then go to another column.
    const zonderOpmerking = met(opnieuw, { Burgerservicenummer: 'bsn' }).filter((k) => k.kolom !== 'Opmerking');
    expect((await koppel(taak.id, zonderOpmerking)).status).toBe(202);
    await wacht();
    expect(await haal(taak.id)).toMatchObject({
      status: 'klaar',
      waarschuwingen: ['Kolom "Opmerking" wordt niet gebruikt.'],
    });
  });

  it('400 noemt elk fout veld: een onbekend veld, een kolom die niet in het bestand staat, een veld twee keer', async () => {
    const taak = await proefrun([KOP, regel(nieuwBsn())].join('\n'));
    const antwoord = await koppel(taak.id, [
      { kolom: 'Burgerservicenummer', veld: 'sofinummer' },
      { kolom: 'Bestaat niet', veld: null },
      { kolom: 'Voornaam', veld: 'voornamen' },
      { kolom: 'Familienaam', veld: 'voornamen' },
    ]);
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.fouten).toEqual([
      { veld: 'koppeling.0.veld', melding: '"sofinummer" is geen veld van soort klanten' },
      { veld: 'koppeling.1.kolom', melding: 'staat niet (zo vaak) in het bestand' },
      { veld: 'koppeling.3.veld', melding: '"voornamen" is al gekoppeld aan kolom "Voornaam"' },
    ]);
    const vorm = await koppel(taak.id, [{ kolom: '', veld: 5 }]);
    expect(vorm.status).toBe(400);
    expect(vorm.body.fouten.map((f: { veld: string }) => f.veld).sort()).toEqual([
      'koppeling.0.kolom',
      'koppeling.0.veld',
    ]);
    expect((await koppel(taak.id, 'geen lijst')).status).toBe(400);
    // Nothing changed: still the recognised mapping, still afgekeurd.
    expect(await haal(taak.id)).toMatchObject({ status: 'afgekeurd', koppeling: taak.koppeling });
  });

  it('422 als er geen proefrun klaar is of het bestand weg is', async () => {
    const taak = await proefrun([KOP, regel(nieuwBsn())].join('\n'));
    await t.db.query(`UPDATE import_taak SET status = 'controleren' WHERE id = $1`, [taak.id]);
    const bezig = await koppel(taak.id, taak.koppeling);
    expect(bezig.status).toBe(422);
    expect(bezig.body.code).toBe('IMPORT_NIET_TE_KOPPELEN');
    await t.db.query(`UPDATE import_taak SET status = 'afgekeurd' WHERE id = $1`, [taak.id]);

    rmSync(join(map, taak.id));
    expect((await haal(taak.id)).koppelingWijzigbaar).toBe(false);
    const weg = await koppel(taak.id, taak.koppeling);
    expect(weg.status).toBe(422);
    expect(weg.body.code).toBe('IMPORT_BESTAND_WEG');
  });

  it('alleen beheerder en teamleider (de eigen import); een andere organisatie is 404', async () => {
    const taak = await proefrun([KOP, regel(nieuwBsn())].join('\n'));
    for (const rol of ['klantmanager', 'beleid', 'privacy', 'extern'] as const)
      expect((await koppel(taak.id, taak.koppeling, a[rol].token)).status).toBe(403);
    expect((await koppel(taak.id, taak.koppeling, b.beheerder.token)).status).toBe(404);
    expect((await koppel(taak.id, taak.koppeling, a.teamleider.token)).status).toBe(404);

    const eigen = await proefrun([KOP, regel(nieuwBsn())].join('\n'), a.teamleider.token);
    expect((await koppel(eigen.id, met(eigen, { Familienaam: 'achternaam' }), a.teamleider.token)).status).toBe(202);
    await wacht();
    expect(await haal(eigen.id, a.teamleider.token)).toMatchObject({
      status: 'klaar',
      medewerker: { id: a.teamleider.id },
    });
  });
});
