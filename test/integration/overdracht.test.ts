import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ImportenService } from '../../apps/api/src/importen/importen.service';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  contactInvoer,
  inloggen,
  maakKlant,
  maakKlantVan,
  maakOmgeving,
  maakTestMedewerker,
  TestOmgeving,
} from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

type Document = Record<string, unknown> & {
  klant: Record<string, unknown>;
  contactmomenten: Record<string, unknown>[];
  ladderMetingen: Record<string, unknown>[];
  afspraken: Record<string, unknown>[];
  vrijstellingen: Record<string, unknown>[];
};

/**
 * The overdracht (docs/overdracht.md): a whole dossier out of one organisatie as a JSON document, and into another
 * through the import's job flow — dry run, all or nothing, idempotent — so that the hand-over loses nothing.
 */
describe('overdracht', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  const map = mkdtempSync(join(tmpdir(), 'kib-overdracht-test-'));
  const schema = JSON.parse(readFileSync(join(__dirname, '../../docs/overdracht.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const valideer = ajv.compile(schema);

  beforeAll(async () => {
    t = await startTestApp({ importMap: map });
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  }, 60_000);
  afterAll(() => t.sluit());

  const wacht = () => t.app.get(ImportenService).klaar();

  const exporteer = (klantId: string, token: string) =>
    t.http().get(`/api/v1/klanten/${klantId}/overdracht`).set(bearer(token));

  /** A client of A with something in every part of the dossier, a text that looks like a formula included. */
  async function volDossier() {
    const klant = await maakKlant(t, a, { telefoon: '06-11223344' });
    const post = async (pad: string, body: object) => {
      const antwoord = await t
        .http()
        .post(`/api/v1/klanten/${klant.id}/${pad}`)
        .set(bearer(a.klantmanager.token))
        .send(body);
      expect(antwoord.status).toBe(201);
      return antwoord.body;
    };
    await post(
      'contactmomenten',
      contactInvoer({ plaatsgevondenOp: '2026-03-02T09:30:00.000Z', samenvatting: '=1+1 is geen formule' }),
    );
    await post('contactmomenten', contactInvoer({ kanaal: 'brief', resultaat: 'verstuurd', samenvatting: undefined }));
    await post('ladder', { trede: 2, doeltrede: 4, gemetenOp: plusDagen(vandaag(), -30), toelichting: 'Start' });
    await post('ladder', { trede: 3, gemetenOp: vandaag() });
    await post('afspraken', {
      soort: 'taal',
      omschrijving: 'Taalcursus B1',
      startdatum: plusDagen(vandaag(), -10),
      einddatum: plusDagen(vandaag(), 50),
    });
    const vr = await post('vrijstellingen', {
      soort: 'formeel',
      omvang: ['arbeidsverplichtingen', 'tegenprestatie'],
      reden: 'medisch_tijdelijk',
      ingangsdatum: plusDagen(vandaag(), -20),
      einddatum: plusDagen(vandaag(), 100),
      herbeoordelingsdatum: plusDagen(vandaag(), 60),
      beschikkingKenmerk: 'BS-2026-0042',
      beschikkingDatum: plusDagen(vandaag(), -21),
      besluitUrl: 'https://zaken.example.nl/besluiten/42',
      toelichting: 'Na operatie',
    });
    const ingetrokken = await t
      .http()
      .patch(`/api/v1/vrijstellingen/${vr.id}`)
      .set(bearer(a.klantmanager.token))
      .send({ ingetrokkenOp: vandaag(), versie: vr.versie });
    expect(ingetrokken.status).toBe(200);
    return klant;
  }

  async function upload(inhoud: string, opties: { token?: string; bron?: string } = {}) {
    const antwoord = await t
      .http()
      .post('/api/v1/importen')
      .set(bearer(opties.token ?? b.beheerder.token))
      .field('soort', 'overdracht')
      .field('bron', opties.bron ?? 'sociale-dienst-a')
      .attach('bestand', Buffer.from(inhoud, 'utf8'), 'overdracht.json');
    expect(antwoord.status).toBe(202);
    await wacht();
    const taak = await t
      .http()
      .get(`/api/v1/importen/${antwoord.body.id}`)
      .set(bearer(opties.token ?? b.beheerder.token));
    return taak.body;
  }

  async function voerUit(id: string, token = b.beheerder.token) {
    const antwoord = await t.http().post(`/api/v1/importen/${id}/uitvoeren`).set(bearer(token));
    expect(antwoord.status).toBe(202);
    await wacht();
    return (await t.http().get(`/api/v1/importen/${id}`).set(bearer(token))).body;
  }

  /** The dossier without what differs by design between two organisaties: ids, medewerkers, when and where from. */
  function inhoud(document: Document) {
    const zonder = (rij: Record<string, unknown>) => {
      const { bronId: _b, medewerker: _m, ...rest } = rij;
      return rest;
    };
    const { klantmanager: _k, ...klant } = document.klant;
    return {
      formaat: document.formaat,
      versie: document.versie,
      klant,
      contactmomenten: document.contactmomenten.map(zonder),
      ladderMetingen: document.ladderMetingen.map(zonder),
      afspraken: document.afspraken.map(zonder),
      vrijstellingen: document.vrijstellingen.map(zonder),
    };
  }

  it('exporteert het hele dossier met volledig BSN in de vorm van het JSON Schema, en logt dat als export', async () => {
    const klant = await volDossier();
    const antwoord = await exporteer(klant.id, a.klantmanager.token);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers['content-type']).toMatch(/^application\/json/);
    expect(antwoord.headers['content-disposition']).toMatch(/^attachment; filename="overdracht-/);
    const document = antwoord.body as Document;
    expect({ geldig: valideer(document), fouten: valideer.errors ?? null }).toEqual({ geldig: true, fouten: null });
    const [organisatie] = await t.db.query(`SELECT code, naam FROM organisatie WHERE id = $1`, [a.organisatie.id]);
    expect(document).toMatchObject({
      formaat: 'klant-in-beeld-overdracht',
      versie: 1,
      bron: { organisatie },
      klant: {
        bsn: klant.bsn,
        gemeente: { cbsCode: 'GM0363', naam: 'Testgemeente' },
        dienstverleningscategorie: { code: 'nog_niet_job_ready' },
        klantmanager: { gebruikersnaam: a.klantmanager.gebruikersnaam, naam: 'Test klantmanager', email: null },
        status: 'actief',
      },
    });
    expect(document.contactmomenten).toHaveLength(2);
    expect(document.contactmomenten[0]).toMatchObject({
      plaatsgevondenOp: '2026-03-02T09:30:00.000Z',
      samenvatting: '=1+1 is geen formule',
      medewerker: { gebruikersnaam: a.klantmanager.gebruikersnaam },
    });
    expect(document.ladderMetingen.map((l) => l.trede)).toEqual([2, 3]);
    expect(document.vrijstellingen[0]).toMatchObject({
      ingetrokkenOp: vandaag(),
      omvang: ['arbeidsverplichtingen', 'tegenprestatie'],
    });
    // No internal id of a medewerker, team or gemeente anywhere in the document.
    const tekst = JSON.stringify(document);
    for (const id of [a.klantmanager.id, a.organisatie.teamId, a.organisatie.gemeenteId, a.organisatie.id])
      expect(tekst).not.toContain(id);
    const log = await t.db.query(
      `SELECT handeling, resultaat FROM verwerking WHERE klant_id = $1 AND medewerker_id = $2 AND handeling = 'klant.overdracht_export'`,
      [klant.id, a.klantmanager.id],
    );
    expect(log).toEqual([{ handeling: 'klant.overdracht_export', resultaat: 'gelukt' }]);
    // The privacy officer's monthly report counts it as an export.
    const rapport = await t
      .http()
      .get('/api/v1/audit/rapport')
      .query({ maand: vandaag().slice(0, 7) })
      .set(bearer(a.privacy.token));
    expect(rapport.status).toBe(200);
    expect(
      rapport.body.medewerkers.find((m: { medewerkerId: string }) => m.medewerkerId === a.klantmanager.id),
    ).toMatchObject({ exports: 1 });
  });

  it('alleen klantmanager en teamleider met toegang tot de klant: ander organisatie 404, ander team 403, andere rol 403', async () => {
    const klant = await maakKlant(t, a);
    expect((await exporteer(klant.id, a.teamleider.token)).status).toBe(200);
    expect((await exporteer(klant.id, b.klantmanager.token)).status).toBe(404);
    expect((await exporteer('7c0b3f1e-1111-4111-8111-111111111111', a.klantmanager.token)).status).toBe(404);
    const zuid = await maakTeam(t.db, a.organisatie.id, 'Team Zuid overdracht');
    const kmZuid = await maakTestMedewerker(t, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId: zuid });
    const vanNoord = await maakKlantVan(t, a, a.klantmanager.id);
    const buitenTeam = await exporteer(vanNoord.id, await inloggen(t, kmZuid.gebruikersnaam));
    expect(buitenTeam.status).toBe(403);
    expect(buitenTeam.body.code).toBe('BUITEN_TEAM');
    for (const rol of ['beheerder', 'beleid', 'privacy', 'extern'] as const)
      expect((await exporteer(klant.id, a[rol].token)).status).toBe(403);
    const geweigerd = await t.db.query(
      `SELECT 1 FROM verwerking WHERE klant_id = $1 AND resultaat = 'geweigerd' AND medewerker_id = $2`,
      [klant.id, a.beheerder.id],
    );
    expect(geweigerd).toHaveLength(1);
  });

  it('een export uit A en een import in B geven hetzelfde dossier; een tweede import verandert niets', async () => {
    const klant = await volDossier();
    const uitA = (await exporteer(klant.id, a.klantmanager.token)).body as Document;
    const bestand = JSON.stringify(uitA, null, 2);

    const taak = await upload(bestand);
    expect(taak).toMatchObject({
      soort: 'overdracht',
      status: 'klaar',
      rijen: { totaal: 1, nieuw: 1, gewijzigd: 0, ongewijzigd: 0, fout: 0 },
      fouten: [],
    });
    // A's medewerkers are unknown in B: a warning, not an error.
    expect(taak.waarschuwingen).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Klantmanager "${a.klantmanager.gebruikersnaam}" is geen actieve klantmanager van deze organisatie`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^Medewerker "${a.klantmanager.gebruikersnaam}" .*: 6 regels blijven zonder eigen medewerker`),
      ),
    ]);
    expect(
      await t.db.query(`SELECT 1 FROM klant WHERE organisatie_id = $1 AND bsn = $2`, [b.organisatie.id, klant.bsn]),
    ).toHaveLength(0);
    expect(await voerUit(taak.id)).toMatchObject({
      status: 'uitgevoerd',
      rijen: { nieuw: 1, gewijzigd: 0, ongewijzigd: 0 },
    });

    const [inB] = await t.db.query(`SELECT id, klantmanager_id FROM klant WHERE organisatie_id = $1 AND bsn = $2`, [
      b.organisatie.id,
      klant.bsn,
    ]);
    expect(inB.klantmanager_id).toBeNull();
    const uitB = (await exporteer(inB.id, b.teamleider.token)).body as Document;
    expect(inhoud(uitB)).toEqual(inhoud(uitA));
    expect(uitB.klant.klantmanager).toBeNull();
    // The unmapped history rows stand in the name of who imported them.
    expect(
      new Set(uitB.contactmomenten.map((c) => (c.medewerker as { gebruikersnaam: string }).gebruikersnaam)),
    ).toEqual(new Set([b.beheerder.gebruikersnaam]));
    // What the dossier shows follows from it in B as in A.
    const kop = async (id: string, token: string) => {
      const { laatstGezienOp, inBeeldStatus, huidigeTrede, vrijgesteld, status } = (
        await t.http().get(`/api/v1/klanten/${id}`).set(bearer(token))
      ).body;
      return { laatstGezienOp, inBeeldStatus, huidigeTrede, vrijgesteld, status };
    };
    expect(await kop(inB.id, b.teamleider.token)).toEqual(await kop(klant.id, a.teamleider.token));
    const audit = await t.db.query(`SELECT resource, actie FROM wijziging WHERE klant_id = $1 ORDER BY resource`, [
      inB.id,
    ]);
    expect(audit).toHaveLength(1 + 2 + 2 + 1 + 1);

    // The same file again: every document unchanged, nothing written, no audit.
    const opnieuw = await upload(bestand);
    expect(opnieuw).toMatchObject({ status: 'klaar', rijen: { totaal: 1, nieuw: 0, gewijzigd: 0, ongewijzigd: 1 } });
    expect(await voerUit(opnieuw.id)).toMatchObject({
      status: 'uitgevoerd',
      rijen: { nieuw: 0, gewijzigd: 0, ongewijzigd: 1 },
    });
    expect(await t.db.query(`SELECT 1 FROM wijziging WHERE klant_id = $1`, [inB.id])).toHaveLength(audit.length);
    expect(inhoud((await exporteer(inB.id, b.teamleider.token)).body)).toEqual(inhoud(uitA));

    // A changed document changes that client, and says so.
    const gewijzigd = structuredClone(uitA);
    gewijzigd.klant.achternaam = 'Jansen-Bakker';
    gewijzigd.afspraken[0].status = 'nagekomen';
    const taak3 = await upload(JSON.stringify(gewijzigd));
    expect(taak3.rijen).toMatchObject({ nieuw: 0, gewijzigd: 1, ongewijzigd: 0 });
    await voerUit(taak3.id);
    const [{ achternaam }] = await t.db.query(`SELECT achternaam FROM klant WHERE id = $1`, [inB.id]);
    expect(achternaam).toBe('Jansen-Bakker');
    expect(
      await t.db.query(
        `SELECT oud, nieuw FROM wijziging WHERE klant_id = $1 AND resource = 'afspraak' AND actie = 'gewijzigd'`,
        [inB.id],
      ),
    ).toEqual([{ oud: { status: 'lopend' }, nieuw: { status: 'nagekomen' } }]);
  });

  it('vindt medewerkers op e-mail en dan op gebruikersnaam; een onbekende wordt een waarschuwing', async () => {
    const klant = await volDossier();
    const document = (await exporteer(klant.id, a.klantmanager.token)).body as Document;
    await t.db.query(`UPDATE medewerker SET email = $2 WHERE id = $1`, [
      b.klantmanager.id,
      `km-${b.klantmanager.id}@b.example.nl`,
    ]);
    document.klant.klantmanager = {
      gebruikersnaam: 'heet-anders',
      naam: 'K. Manager',
      email: `KM-${b.klantmanager.id}@b.example.nl`,
    };
    document.contactmomenten[0].medewerker = {
      gebruikersnaam: b.teamleider.gebruikersnaam,
      naam: 'T. Leider',
      email: null,
    };
    document.contactmomenten[1].medewerker = null;
    const taak = await upload(JSON.stringify([document]), { bron: 'mapping' });
    expect(taak.status).toBe('klaar');
    expect(taak.waarschuwingen).toEqual([
      expect.stringMatching(new RegExp(`^Medewerker "${a.klantmanager.gebruikersnaam}" .*: 4 regels blijven`)),
    ]);
    await voerUit(taak.id);
    const [inB] = await t.db.query(`SELECT id, klantmanager_id FROM klant WHERE organisatie_id = $1 AND bsn = $2`, [
      b.organisatie.id,
      klant.bsn,
    ]);
    expect(inB.klantmanager_id).toBe(b.klantmanager.id);
    const contacten = await t.db.query(
      `SELECT medewerker_id FROM contactmoment WHERE klant_id = $1 ORDER BY plaatsgevonden_op`,
      [inB.id],
    );
    expect(contacten.map((c: { medewerker_id: string }) => c.medewerker_id)).toEqual([b.teamleider.id, b.beheerder.id]);
  });

  it('neemt uitstroom mee; een teamleider importeert alleen in het eigen team', async () => {
    const klant = await volDossier();
    const [{ versie }] = await t.db.query(`SELECT versie FROM klant WHERE id = $1`, [klant.id]);
    const uit = await t
      .http()
      .patch(`/api/v1/klanten/${klant.id}`)
      .set(bearer(a.klantmanager.token))
      .send({ status: 'uitgestroomd', uitstroomdatum: vandaag(), uitstroomreden: 'verhuizing', versie });
    expect(uit.status).toBe(200);
    const document = (await exporteer(klant.id, a.klantmanager.token)).body as Document;
    expect(document.klant).toMatchObject({
      status: 'uitgestroomd',
      uitstroomdatum: vandaag(),
      uitstroomreden: 'verhuizing',
    });

    // B's teamleider: their own klantmanager is found by gebruikersnaam; a client of another team is not theirs to change.
    document.klant.klantmanager = { gebruikersnaam: b.klantmanager.gebruikersnaam, naam: 'K', email: null };
    const anderTeam = await maakTeam(t.db, b.organisatie.id, 'Team Zuid B');
    const kmZuid = await maakTestMedewerker(t, {
      organisatieId: b.organisatie.id,
      rol: 'klantmanager',
      teamId: anderTeam,
    });
    const vanZuid = await maakKlantVan(t, b, kmZuid.id);
    const andere = structuredClone(document);
    andere.klant.bsn = vanZuid.bsn;
    for (const sectie of ['contactmomenten', 'ladderMetingen', 'afspraken', 'vrijstellingen'] as const)
      andere[sectie] = [];
    const geweigerd = await upload(JSON.stringify([document, andere]), { token: b.teamleider.token, bron: 'team' });
    expect(geweigerd.status).toBe('afgekeurd');
    expect(geweigerd.fouten).toEqual([
      {
        rij: 2,
        veld: 'klant.bsn',
        melding: 'hoort bij een klant van een ander team: die kan alleen de beheerder of dat team bijwerken',
      },
    ]);
    const taak = await upload(JSON.stringify(document), { token: b.teamleider.token, bron: 'team' });
    expect(taak).toMatchObject({ status: 'klaar', rijen: { nieuw: 1 } });
    await voerUit(taak.id, b.teamleider.token);
    const [inB] = await t.db.query(
      `SELECT klantmanager_id, status, uitstroomdatum::text, uitstroomreden FROM klant WHERE organisatie_id = $1 AND bsn = $2`,
      [b.organisatie.id, klant.bsn],
    );
    expect(inB).toEqual({
      klantmanager_id: b.klantmanager.id,
      status: 'uitgestroomd',
      uitstroomdatum: vandaag(),
      uitstroomreden: 'verhuizing',
    });
  });

  it('keurt een document met fouten af met elk JSON-pad, en schrijft dan niets (ook niet de goede documenten)', async () => {
    const klant = await volDossier();
    const goed = (await exporteer(klant.id, a.klantmanager.token)).body as Document;
    const fout = structuredClone(goed);
    const anderBsn = (await maakKlant(t, a)).bsn;
    fout.klant.bsn = anderBsn;
    fout.klant.gemeente = { cbsCode: 'GM9999', naam: 'Nergens' };
    fout.klant.dienstverleningscategorie = { code: 'beheer', naam: 'Beheer' };
    fout.klant.geboortedatum = '31-02-1980';
    fout.contactmomenten[1].kanaal = 'postduif';
    fout.ladderMetingen[0].trede = '2';
    fout.afspraken[0].einddatum = plusDagen(vandaag(), -30);
    fout.vrijstellingen[0].extra = true;
    fout.contactmomenten.push({ ...goed.contactmomenten[0] });
    delete fout.formaat;
    // B has switched off the category 'beheer'.
    await t.db.query(
      `UPDATE dienstverleningscategorie SET actief = false WHERE organisatie_id = $1 AND code = 'beheer'`,
      [b.organisatie.id],
    );
    // JSON Lines: document 1 good, 2 with errors, 3 not JSON at all.
    const bestand = [JSON.stringify(goed), JSON.stringify(fout), '{"formaat": "klant-in-beeld-overdracht", }'].join(
      '\n',
    );
    const taak = await upload(bestand, { bron: 'fouten' });
    expect(taak.status).toBe('afgekeurd');
    expect(taak.rijen).toMatchObject({ totaal: 3, fout: 2 });
    const van = (rij: number) =>
      (taak.fouten as { rij: number; veld: string; melding: string }[])
        .filter((f) => f.rij === rij)
        .map((f) => `${f.veld}: ${f.melding}`)
        .sort();
    expect(van(1)).toEqual([]);
    expect(van(2)).toHaveLength(7);
    expect(van(2)).toEqual(
      expect.arrayContaining([
        'formaat: moet "klant-in-beeld-overdracht" zijn',
        'klant.geboortedatum: moet een bestaande datum zijn, zoals 23-11-2026 of 2026-11-23',
        expect.stringMatching(/^contactmomenten\[1\]\.kanaal: moet een van deze waarden zijn/),
        'contactmomenten[2].bronId: komt ook voor in contactmomenten[0]',
        'ladderMetingen[0].trede: moet een getal zijn',
        expect.stringMatching(/^afspraken\[0\]\.einddatum: /),
        'vrijstellingen[0].extra: is geen bekend veld',
      ]),
    );
    expect(van(3)).toEqual(['document: is geen geldige JSON']);
    // Nothing of document 1 either: all or nothing.
    expect(
      await t.db.query(`SELECT 1 FROM klant WHERE organisatie_id = $1 AND bsn = $2`, [b.organisatie.id, klant.bsn]),
    ).toHaveLength(0);
    const uitvoeren = await t.http().post(`/api/v1/importen/${taak.id}/uitvoeren`).set(bearer(b.beheerder.token));
    expect(uitvoeren.status).toBe(422);

    // The references the target must know are checked against it: gemeente by CBS code, an active category.
    const alleenVerwijzingen = structuredClone(goed);
    alleenVerwijzingen.klant.gemeente = { cbsCode: 'GM9999', naam: 'Nergens' };
    alleenVerwijzingen.klant.dienstverleningscategorie = { code: 'beheer', naam: 'Beheer' };
    const tweede = await upload(JSON.stringify(alleenVerwijzingen), { bron: 'fouten' });
    expect(tweede.status).toBe('afgekeurd');
    expect(tweede.fouten).toEqual([
      { rij: 1, veld: 'klant.gemeente.cbsCode', melding: 'is geen gemeente van deze organisatie (CBS-code)' },
      {
        rij: 1,
        veld: 'klant.dienstverleningscategorie.code',
        melding: 'is geen actieve dienstverleningscategorie van deze organisatie',
      },
    ]);
  });

  it('meldt een bestand dat geen overdracht is als geheel, en twee documenten van dezelfde klant', async () => {
    const leeg = await upload('[]');
    expect(leeg.fouten).toEqual([{ rij: 1, veld: 'bestand', melding: 'Het bestand bevat geen overdrachtsdocument.' }]);
    const csv = await upload('BSN;Naam\n123;x');
    expect(csv.status).toBe('afgekeurd');
    expect(csv.fouten[0].melding).toMatch(/geen overdrachtsbestand/);
    const open = await upload('[{"formaat": "klant-in-beeld-overdracht"}');
    expect(open.fouten[0].melding).toMatch(/niet afgesloten/);

    const klant = await maakKlant(t, a);
    const document = (await exporteer(klant.id, a.klantmanager.token)).body;
    const dubbel = await upload(JSON.stringify([document, document]));
    expect(dubbel.status).toBe('afgekeurd');
    expect(dubbel.fouten).toEqual([{ rij: 2, veld: 'klant.bsn', melding: 'komt ook voor in rij 1' }]);
  });
});
