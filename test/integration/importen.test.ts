import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ImportenService } from '../../apps/api/src/importen/importen.service';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  maakKlant,
  maakKlantVan,
  maakMedewerker,
  maakOmgeving,
  nieuwBsn,
  TestOmgeving,
} from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

/**
 * Imports through HTTP (docs/import.md): every file is first a dry run, execution is all or nothing, a re-run
 * changes nothing; the messy files people really upload are refused with a clear error per row and field.
 */
describe('importen', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  const map = mkdtempSync(join(tmpdir(), 'kib-import-test-'));

  beforeAll(async () => {
    t = await startTestApp({ importMap: map, importMaxMb: 0.25 });
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    await t.db.query(`INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, 'GM0193', 'Zwolle')`, [
      a.organisatie.id,
    ]);
  });
  afterAll(() => t.sluit());

  const wacht = () => t.app.get(ImportenService).klaar();

  async function upload(
    inhoud: string | Buffer,
    opties: { soort?: string; bron?: string; naam?: string; token?: string } = {},
  ) {
    return t
      .http()
      .post('/api/importen')
      .set(bearer(opties.token ?? a.beheerder.token))
      .field('soort', opties.soort ?? 'klanten')
      .field('bron', opties.bron ?? 'testbron')
      .attach('bestand', Buffer.isBuffer(inhoud) ? inhoud : Buffer.from(inhoud, 'utf8'), opties.naam ?? 'bestand.csv');
  }

  /** Upload, wait for the dry run, return the job. */
  async function proefrun(inhoud: string | Buffer, opties: Parameters<typeof upload>[1] = {}) {
    const antwoord = await upload(inhoud, opties);
    expect(antwoord.status).toBe(202);
    await wacht();
    const taak = await t
      .http()
      .get(`/api/importen/${antwoord.body.id}`)
      .set(bearer(opties.token ?? a.beheerder.token));
    expect(taak.status).toBe(200);
    return taak.body;
  }

  async function voerUit(id: string, token = a.beheerder.token) {
    const antwoord = await t.http().post(`/api/importen/${id}/uitvoeren`).set(bearer(token));
    await wacht();
    const taak = await t.http().get(`/api/importen/${id}`).set(bearer(token));
    return { antwoord, taak: taak.body };
  }

  const KOP =
    'BSN;Voornamen;Achternaam;Geboortedatum;Gemeente;Doelgroep;Startdatum uitkering;Dienstverleningscategorie;Klantmanager';

  function klantRegel(bsn: string, velden: Partial<Record<string, string>> = {}) {
    const v = {
      voornamen: 'Jan',
      achternaam: 'Jansen',
      geboortedatum: '17-05-1980',
      gemeente: 'GM0193',
      doelgroep: 'brede_doelgroep',
      start: '2026-01-05',
      categorie: 'job_ready',
      klantmanager: '',
      ...velden,
    };
    return [
      bsn,
      v.voornamen,
      v.achternaam,
      v.geboortedatum,
      v.gemeente,
      v.doelgroep,
      v.start,
      v.categorie,
      v.klantmanager,
    ].join(';');
  }

  const wijzigingen = (klantId: string) =>
    t.db.query(`SELECT actie, oud, nieuw FROM wijziging WHERE klant_id = $1 AND resource = 'klant' ORDER BY id`, [
      klantId,
    ]);

  it('leest een CSV zoals Excel hem schrijft, voert hem uit en verandert bij de tweede keer niets', async () => {
    const [bsn1, bsn2, bsn3] = [nieuwBsn(), nieuwBsn(), nieuwBsn()];
    // BOM, Windows line ends, a quoted ; in a field, d-m-jjjj and ISO dates, gemeente by name, an extra column,
    // a text that looks like a formula, and a trailing empty line.
    const inhoud =
      '\uFEFF' +
      [
        KOP + ';Opmerking',
        klantRegel(bsn1, { klantmanager: a.klantmanager.gebruikersnaam.toUpperCase() }) + ';eerste',
        klantRegel(bsn2, { achternaam: '"Vries; de"', geboortedatum: '3-2-1990', gemeente: 'zwolle' }) + ';',
        klantRegel(bsn3, { voornamen: '=1+1', gemeente: '193', doelgroep: 'Statushouder' }) + ';x',
        '',
      ].join('\r\n');
    const taak = await proefrun(inhoud);
    expect(taak).toMatchObject({
      soort: 'klanten',
      status: 'klaar',
      voortgang: 1,
      rijen: { totaal: 3, nieuw: 3, gewijzigd: 0, ongewijzigd: 0, fout: 0 },
      fouten: [],
    });
    expect(taak.waarschuwingen).toEqual(['Kolom "Opmerking" wordt niet gebruikt.']);
    // A dry run writes nothing.
    expect(await t.db.query(`SELECT 1 FROM klant WHERE bsn = ANY ($1)`, [[bsn1, bsn2, bsn3]])).toHaveLength(0);

    const { antwoord, taak: uitgevoerd } = await voerUit(taak.id);
    expect(antwoord.status).toBe(202);
    expect(uitgevoerd).toMatchObject({ status: 'uitgevoerd', rijen: { nieuw: 3, gewijzigd: 0, ongewijzigd: 0 } });
    const klanten = await t.db.query(
      `SELECT bsn, voornamen, achternaam, geboortedatum::text, klantmanager_id, gemeente_id, doelgroep FROM klant
        WHERE bsn = ANY ($1) ORDER BY achternaam, voornamen`,
      [[bsn1, bsn2, bsn3]],
    );
    expect(klanten).toHaveLength(3);
    const perBsn = Object.fromEntries(klanten.map((k: { bsn: string }) => [k.bsn, k]));
    expect(perBsn[bsn1]).toMatchObject({ klantmanager_id: a.klantmanager.id, geboortedatum: '1980-05-17' });
    expect(perBsn[bsn2]).toMatchObject({ achternaam: 'Vries; de', geboortedatum: '1990-02-03' });
    expect(perBsn[bsn3]).toMatchObject({ voornamen: '=1+1', doelgroep: 'statushouder' });
    const [klant1] = await t.db.query(`SELECT id FROM klant WHERE bsn = $1`, [bsn1]);
    expect(await wijzigingen(klant1.id)).toEqual([expect.objectContaining({ actie: 'aangemaakt' })]);
    // The staging rows are gone once the job has ended.
    expect(await t.db.query(`SELECT 1 FROM import_rij WHERE import_id = $1`, [taak.id])).toHaveLength(0);

    // The same file again: nothing to do, nothing changes, no audit.
    const opnieuw = await proefrun(inhoud);
    expect(opnieuw).toMatchObject({ status: 'klaar', rijen: { totaal: 3, nieuw: 0, gewijzigd: 0, ongewijzigd: 3 } });
    const tweede = await voerUit(opnieuw.id);
    expect(tweede.taak).toMatchObject({ status: 'uitgevoerd', rijen: { nieuw: 0, gewijzigd: 0, ongewijzigd: 3 } });
    expect(await wijzigingen(klant1.id)).toHaveLength(1);

    // A changed row updates its client, with the change in the audit.
    const gewijzigd = await proefrun(
      [KOP, klantRegel(bsn1, { achternaam: 'Jansen-Bakker', klantmanager: a.klantmanager.gebruikersnaam })].join('\n'),
    );
    expect(gewijzigd.rijen).toMatchObject({ nieuw: 0, gewijzigd: 1, ongewijzigd: 0 });
    await voerUit(gewijzigd.id);
    expect(await wijzigingen(klant1.id)).toEqual([
      expect.objectContaining({ actie: 'aangemaakt' }),
      { actie: 'gewijzigd', oud: { achternaam: 'Jansen' }, nieuw: { achternaam: 'Jansen-Bakker' } },
    ]);
  });

  it('keurt elke foute rij af met rij, veld en melding, en voert dan niets uit', async () => {
    const goed = nieuwBsn();
    const dubbel = nieuwBsn();
    const anderOrg = b.klantmanager.gebruikersnaam;
    const inhoud = [
      KOP,
      klantRegel(goed),
      klantRegel(nieuwBsn(), { geboortedatum: '31-02-2026' }),
      klantRegel('123456789'),
      klantRegel(dubbel),
      klantRegel(dubbel),
      klantRegel(nieuwBsn(), { klantmanager: anderOrg }),
      klantRegel(nieuwBsn(), { klantmanager: 'bestaat-niet' }),
      klantRegel(nieuwBsn(), { gemeente: 'GM9999', categorie: 'geen' }),
      klantRegel(nieuwBsn(), { doelgroep: 'onbekend' }),
    ].join('\n');
    const taak = await proefrun(inhoud);
    expect(taak.status).toBe('afgekeurd');
    expect(taak.rijen).toMatchObject({ totaal: 9, fout: 7 });
    const fouten = taak.fouten as { rij: number; veld: string; melding: string }[];
    const van = (rij: number) => fouten.filter((f) => f.rij === rij).map((f) => `${f.veld}: ${f.melding}`);
    expect(van(2)).toEqual([]);
    expect(van(3)).toEqual(['Geboortedatum: moet een bestaande datum zijn, zoals 23-11-2026 of 2026-11-23']);
    expect(van(4)).toEqual(['BSN: is geen geldig burgerservicenummer (9 cijfers die aan de elfproef voldoen)']);
    expect(van(5)).toEqual([]);
    expect(van(6)).toEqual(['BSN: komt ook voor in rij 5']);
    // A klantmanager of another organisatie reads exactly like one that does not exist.
    expect(van(7)).toEqual(['Klantmanager: is geen actieve klantmanager van deze organisatie (gebruikersnaam)']);
    expect(van(8)).toEqual(van(7));
    expect(van(9)).toEqual([
      'Gemeente: is geen gemeente van deze organisatie (CBS-code zoals GM0193, of de naam)',
      'Dienstverleningscategorie: is geen actieve dienstverleningscategorie van deze organisatie (code of naam)',
    ]);
    expect(van(10)).toEqual([expect.stringMatching(/^Doelgroep: moet een van deze waarden zijn: brede_doelgroep/)]);
    // No melding repeats what was in a cell (the beheerder may not see client data).
    for (const f of fouten) {
      expect(f.melding).not.toContain(anderOrg);
      expect(f.melding).not.toContain(dubbel);
      expect(f.melding).not.toContain('Jansen');
    }

    const { antwoord } = await voerUit(taak.id);
    expect(antwoord.status).toBe(422);
    expect(await t.db.query(`SELECT 1 FROM klant WHERE bsn = $1`, [goed])).toHaveLength(0);

    const csv = await t.http().get(`/api/importen/${taak.id}/fouten.csv`).set(bearer(a.beheerder.token));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const regels = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(regels[0]).toBe('Rij;Veld;Melding');
    expect(regels).toHaveLength(1 + fouten.length);
    expect(regels).toContain('6;BSN;komt ook voor in rij 5');
  });

  it('meldt een ontbrekende kolom, een leeg bestand, een lege .xlsx en een binair bestand met de naam .csv', async () => {
    const zonder = await proefrun(
      'BSN;Voornamen;Achternaam;Gemeente;Doelgroep;Startdatum uitkering;Categorie\n' + nieuwBsn(),
    );
    expect(zonder.status).toBe('afgekeurd');
    expect(zonder.fouten).toEqual([
      { rij: 1, veld: 'Geboortedatum', melding: 'kolom ontbreekt (verwacht een kolom "Geboortedatum")' },
    ]);
    // A file with a header is kept for a re-run with another mapping (PUT koppeling); an unreadable one is not.
    const bewaard = readdirSync(map).sort();
    expect(bewaard).toContain(zonder.id);

    for (const [inhoud, naam, melding] of [
      [Buffer.alloc(0), 'leeg.csv', /leeg/],
      [Buffer.alloc(0), 'leeg.xlsx', /leeg/],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]),
        'foto.csv',
        /geen CSV-bestand/,
      ],
      [Buffer.from('PK\u0003\u0004kapot'), 'kapot.xlsx', /Excel-bestand kan niet worden gelezen/],
      [Buffer.from('\uFEFF\r\n\r\n'), 'witregels.csv', /leeg/],
      [Buffer.from(KOP + '\r\n'), 'alleen-kop.csv', /geen gegevens/],
    ] as const) {
      const taak = await proefrun(inhoud, { naam });
      expect(taak.status).toBe('afgekeurd');
      expect(taak.fouten).toEqual([{ rij: 1, veld: 'bestand', melding: expect.stringMatching(melding) }]);
    }
    // The uploaded files do not stay behind.
    expect(readdirSync(map).sort()).toEqual(bewaard);
  });

  it('leest een Excel-bestand met formules, samengevoegde cellen en datums', async () => {
    const boek = new ExcelJS.Workbook();
    const blad = boek.addWorksheet('Klanten');
    blad.addRow(KOP.split(';'));
    const [bsn1, bsn2] = [nieuwBsn(), nieuwBsn()];
    blad.addRow([
      Number(bsn1),
      'Piet',
      { formula: 'UPPER("de boer")', result: 'DE BOER' },
      new Date(Date.UTC(1975, 11, 1)),
      'GM0193',
      'brede_doelgroep',
      '01-03-2026',
      'job_ready',
    ]);
    blad.addRow([
      bsn2,
      'Klaas',
      'Visser',
      '1970-06-30',
      'Zwolle',
      'Brede doelgroep',
      new Date(Date.UTC(2026, 0, 2)),
      'Job ready (0–13 weken)',
    ]);
    // A title over two cells below the data, as people make them: it is not a client.
    blad.addRow([]);
    blad.mergeCells('J1:K1');
    const taak = await proefrun(Buffer.from(await boek.xlsx.writeBuffer()), { naam: 'klanten.xlsx' });
    expect(taak).toMatchObject({ status: 'klaar', rijen: { totaal: 2, nieuw: 2, fout: 0 } });
    await voerUit(taak.id);
    const klanten = await t.db.query(
      `SELECT achternaam, geboortedatum::text, startdatum_uitkering::text AS start, dienstverleningscategorie FROM klant WHERE bsn = ANY ($1) ORDER BY voornamen`,
      [[bsn1, bsn2]],
    );
    expect(klanten).toEqual([
      {
        achternaam: 'Visser',
        geboortedatum: '1970-06-30',
        start: '2026-01-02',
        dienstverleningscategorie: 'job_ready',
      },
      {
        achternaam: 'DE BOER',
        geboortedatum: '1975-12-01',
        start: '2026-03-01',
        dienstverleningscategorie: 'job_ready',
      },
    ]);
  });

  it('neutraliseert formules in de fouten-CSV', async () => {
    const taak = await proefrun(
      [
        '=BSN;Voornamen;Achternaam;Geboortedatum;Gemeente;Doelgroep;Startdatum uitkering;Categorie',
        '1;Jan;X;1-1-1980;GM0193;brede_doelgroep;1-1-2026;job_ready',
      ].join('\n'),
    );
    expect(taak.fouten[0]).toMatchObject({ veld: '=BSN' });
    const csv = await t.http().get(`/api/importen/${taak.id}/fouten.csv`).set(bearer(a.beheerder.token));
    expect(csv.text).toContain("\r\n2;'=BSN;");
  });

  it('weigert een bestand boven IMPORT_MAX_MB met 413 en een duidelijke melding', async () => {
    const groot = Buffer.alloc(300 * 1024, 'a');
    const voor = readdirSync(map).sort();
    const antwoord = await upload(groot);
    expect(antwoord.status).toBe(413);
    expect(antwoord.body).toMatchObject({
      code: 'BESTAND_TE_GROOT',
      message: expect.stringMatching(/groter dan 0\.25 MB/),
    });
    expect(readdirSync(map).sort()).toEqual(voor);
  });

  it('eist soort, bron en bestand, en noemt elk ontbrekend veld', async () => {
    const antwoord = await t
      .http()
      .post('/api/importen')
      .set(bearer(a.beheerder.token))
      .field('soort', 'iets')
      .field('bron', '');
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.fouten.map((f: { veld: string }) => f.veld).sort()).toEqual(['bestand', 'bron', 'soort']);
    const json = await t.http().post('/api/importen').set(bearer(a.beheerder.token)).send({ soort: 'klanten' });
    expect(json.status).toBe(400);
  });

  it('alleen beheerder en teamleider; een import van een ander organisatie is 404', async () => {
    for (const rol of ['klantmanager', 'beleid', 'privacy', 'extern'] as const) {
      const antwoord = await upload(KOP, { token: a[rol].token });
      expect(antwoord.status).toBe(403);
    }
    const taak = await proefrun([KOP, klantRegel(nieuwBsn())].join('\n'));
    expect((await t.http().get(`/api/importen/${taak.id}`).set(bearer(b.beheerder.token))).status).toBe(404);
    expect((await t.http().post(`/api/importen/${taak.id}/uitvoeren`).set(bearer(b.beheerder.token))).status).toBe(404);
    expect((await t.http().get(`/api/importen/${taak.id}/fouten.csv`).set(bearer(b.beheerder.token))).status).toBe(404);
    // A teamleider sees their own jobs only.
    expect((await t.http().get(`/api/importen/${taak.id}`).set(bearer(a.teamleider.token))).status).toBe(404);
    const lijst = await t.http().get('/api/importen?pageSize=5').set(bearer(a.beheerder.token));
    expect(lijst.status).toBe(200);
    expect(lijst.body.items[0]).toMatchObject({ id: taak.id });
  });

  it('een teamleider importeert alleen in het eigen team', async () => {
    const anderTeam = await maakTeam(t.db, a.organisatie.id, 'Team Zuid');
    const kmZuid = await maakMedewerker(t.db, {
      organisatieId: a.organisatie.id,
      teamId: anderTeam,
      rol: 'klantmanager',
    });
    const { bsn } = await maakKlantVan(t, a, kmZuid.id);
    const inhoud = [
      KOP,
      klantRegel(nieuwBsn(), { klantmanager: a.klantmanager.gebruikersnaam }),
      klantRegel(nieuwBsn(), { klantmanager: kmZuid.gebruikersnaam }),
      klantRegel(bsn),
    ].join('\n');
    const taak = await proefrun(inhoud, { token: a.teamleider.token });
    expect(taak.status).toBe('afgekeurd');
    expect(taak.fouten).toEqual([
      { rij: 3, veld: 'Klantmanager', melding: 'is geen actieve klantmanager van je team (gebruikersnaam)' },
      {
        rij: 4,
        veld: 'BSN',
        melding: 'hoort bij een klant van een ander team: die kan alleen de beheerder of dat team bijwerken',
      },
    ]);
    // The beheerder may import for every team.
    expect((await proefrun(inhoud)).status).toBe('klaar');
  });

  it('importeert contactmomenten op bron + id, en zonder id op de inhoud van de rij', async () => {
    const klant = await maakKlant(t, a);
    const bsn = klant.bsn;
    const kop = 'Id;BSN;Datum;Kanaal;Initiatief;Resultaat;Onderwerp;Samenvatting';
    const inhoud = [
      kop,
      `c-1;${bsn};02-03-2026 10:30;Telefoon;gemeente;gesproken;Voortgang;"=HYPERLINK(""x"")"`,
      `c-2;${bsn};2026-03-05T09:00:00+01:00;brief;gemeente;verstuurd;Uitnodiging;`,
      `c-3;${nieuwBsn()};2026-03-05;brief;gemeente;verstuurd;Uitnodiging;`,
      `c-4;${bsn};2026-03-06;brief;gemeente;gesproken;Fout;`,
    ].join('\r\n');
    const fout = await proefrun(inhoud, { soort: 'contactmomenten' });
    expect(fout.status).toBe('afgekeurd');
    expect(fout.fouten).toEqual([
      { rij: 4, veld: 'BSN', melding: 'er is geen klant met dit BSN in deze organisatie' },
      { rij: 5, veld: 'Resultaat', melding: expect.stringMatching(/verstuurd/) },
    ]);

    const goed = inhoud.split('\r\n').slice(0, 3).join('\r\n');
    const taak = await proefrun(goed, { soort: 'contactmomenten' });
    expect(taak).toMatchObject({ status: 'klaar', rijen: { nieuw: 2 } });
    await voerUit(taak.id);
    const contacten = await t.db.query(
      `SELECT bron, bron_id, kanaal, samenvatting, plaatsgevonden_op FROM contactmoment WHERE klant_id = $1 ORDER BY bron_id`,
      [klant.id],
    );
    expect(contacten).toHaveLength(2);
    expect(contacten[0]).toMatchObject({
      bron: 'testbron',
      bron_id: 'c-1',
      kanaal: 'telefoon',
      samenvatting: '=HYPERLINK("x")',
    });
    expect(new Date(contacten[0].plaatsgevonden_op).toISOString()).toBe('2026-03-02T09:30:00.000Z');
    const [{ laatst }] = await t.db.query(`SELECT laatst_gezien_op AS laatst FROM klant WHERE id = $1`, [klant.id]);
    expect(new Date(laatst).toISOString()).toBe('2026-03-02T09:30:00.000Z');

    const opnieuw = await proefrun(goed, { soort: 'contactmomenten' });
    expect(opnieuw.rijen).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 2 });
    await voerUit(opnieuw.id);
    expect(await t.db.query(`SELECT 1 FROM contactmoment WHERE klant_id = $1`, [klant.id])).toHaveLength(2);

    // Without an id: the row's content is its key, so the same rows again add nothing.
    const zonderId = [
      'BSN;Datum;Kanaal;Initiatief;Resultaat;Onderwerp',
      `${bsn};10-03-2026 14:00;huisbezoek;klant;gesproken;Huisbezoek`,
    ].join('\n');
    await voerUit((await proefrun(zonderId, { soort: 'contactmomenten', bron: 'excel' })).id);
    const nogmaals = await proefrun(zonderId, { soort: 'contactmomenten', bron: 'excel' });
    expect(nogmaals.rijen).toMatchObject({ nieuw: 0, ongewijzigd: 1 });
    expect(await t.db.query(`SELECT 1 FROM contactmoment WHERE klant_id = $1`, [klant.id])).toHaveLength(3);
  });

  it('importeert ladder, afspraken en vrijstellingen met de regels van de API', async () => {
    const klant = await maakKlant(t, a);
    const bsn = klant.bsn;
    const ladder = await proefrun(
      ['BSN;Trede;Doeltrede;Gemeten op', `${bsn};2;4;01-02-2026`, `${bsn};7;;01-02-2026`].join('\n'),
      {
        soort: 'ladder',
      },
    );
    expect(ladder.fouten).toEqual([
      { rij: 3, veld: 'Trede', melding: 'moet een geheel getal van 1 tot en met 6 zijn' },
    ]);

    const afspraken = await proefrun(
      [
        'BSN;Soort;Omschrijving;Startdatum;Einddatum',
        `${bsn};Taal;Taalcursus;01-02-2026;01-06-2026`,
        `${bsn};taal;Terug;01-06-2026;01-02-2026`,
      ].join('\n'),
      { soort: 'afspraken' },
    );
    expect(afspraken.fouten).toEqual([{ rij: 3, veld: 'Einddatum', melding: expect.stringMatching(/startdatum/) }]);

    const vrijstellingen = await proefrun(
      [
        'BSN;Soort;Omvang;Reden;Ingangsdatum;Einddatum;Herbeoordelingsdatum;Beschikking kenmerk;Beschikking datum',
        `${bsn};formeel;arbeidsverplichtingen, tegenprestatie;medisch_tijdelijk;01-01-2026;;01-07-2026;B-1;15-12-2025`,
        `${bsn};formeel;arbeidsverplichtingen;medisch_tijdelijk;01-01-2026;;01-07-2026;;`,
      ].join('\n'),
      { soort: 'vrijstellingen' },
    );
    expect(vrijstellingen.fouten.map((f: { veld: string }) => f.veld).sort()).toEqual([
      'Beschikking datum',
      'Beschikking kenmerk',
    ]);

    const goed = await proefrun(
      [
        'BSN;Soort;Omvang;Reden;Ingangsdatum;Herbeoordelingsdatum;Beschikking kenmerk;Beschikking datum',
        `${bsn};formeel;arbeidsverplichtingen|tegenprestatie;medisch_tijdelijk;01-01-2026;01-07-2026;B-1;15-12-2025`,
      ].join('\n'),
      { soort: 'vrijstellingen' },
    );
    expect(goed.status).toBe('klaar');
    await voerUit(goed.id);
    const [v] = await t.db.query(`SELECT omvang, beschikking_kenmerk FROM vrijstelling WHERE klant_id = $1`, [
      klant.id,
    ]);
    expect(v).toEqual({ omvang: ['arbeidsverplichtingen', 'tegenprestatie'], beschikking_kenmerk: 'B-1' });
  });
});
