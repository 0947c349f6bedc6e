import {
  plusDagen,
  UITSTROOMREDEN_LABELS,
  UITSTROOMREDENEN,
  vandaag,
  VRIJSTELLING_REDEN_LABELS,
  VRIJSTELLING_REDENEN,
} from '@klant-in-beeld/domain';
import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakMedewerker, maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

/**
 * Privacy of the reports: the beleid role sees aggregates with every count below 5 suppressed (API and exports),
 * and with it whatever would give such a count back by subtraction (docs/onderdrukking.md; the property test is
 * rapportages-onderdrukking.test.ts); never personal data; klantmanagers get no reports; filters and figures stay
 * inside the own organisatie.
 *
 * Organisatie A at 2026-06-30, five klantmanagers with two clients each:
 * C1–C7 spoken on 2026-06-01 (in beeld), trede 2 (2025-06-01) → 3 (2026-01-15);
 *   C1–C5 also a lopende afspraak and an informele vrijstelling (medisch_tijdelijk).
 * C8–C10 never spoken (uit beeld), five no-shows between them; C8 C9 trede 5 since 2025-06-01, C10 never measured.
 * U1–U5 left for werk on 2026-01-15, U6 moved away on 2026-02-01.
 * Organisatie B: six clients of its own.
 */
describe('rapportages: privacy, rollen en invoercontrole', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let c1: string;

  const P = '2026-06-30';
  const O = 'onderdrukt';
  const nl = (datum: string, tijd = '10:00') => `${datum} ${tijd} Europe/Amsterdam`;

  async function klant(org: TestOmgeving, km: string, uitstroom?: [string, string]): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                          dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden, aangemaakt_op)
       VALUES ($1, $2, 'Test', 'Klant', '1985-03-03', $3, 'brede_doelgroep', '2024-01-01', 'nog_niet_job_ready', $4, $5, $6, $7, $8) RETURNING id`,
      [
        org.organisatie.id,
        nieuwBsn(),
        org.organisatie.gemeenteId,
        km,
        uitstroom ? 'uitgestroomd' : 'actief',
        uitstroom?.[0] ?? null,
        uitstroom?.[1] ?? null,
        nl('2024-01-01', '09:00'),
      ],
    );
    return id;
  }

  async function contact(org: TestOmgeving, klantId: string, datum: string, resultaat = 'gesproken') {
    await t.db.query(
      `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
       VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', $5, 'Test')`,
      [org.organisatie.id, klantId, org.klantmanager.id, nl(datum), resultaat],
    );
  }

  async function meting(klantId: string, trede: number, gemetenOp: string) {
    await t.db.query(
      `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.organisatie.id, klantId, a.klantmanager.id, trede, gemetenOp, nl(gemetenOp)],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    const kms = [a.klantmanager.id];
    for (let i = 0; i < 4; i++)
      kms.push(
        (
          await maakMedewerker(t.db, {
            organisatieId: a.organisatie.id,
            rol: 'klantmanager',
            teamId: a.organisatie.teamId,
          })
        ).id,
      );
    // C1..C10 over five klantmanagers, two each.
    const kmVan = [0, 1, 2, 3, 4, 3, 4, 0, 1, 2];
    const klanten: string[] = [];
    for (const i of kmVan) klanten.push(await klant(a, kms[i]));
    c1 = klanten[0];

    for (const [i, id] of klanten.slice(0, 7).entries()) {
      await contact(a, id, '2026-06-01');
      await meting(id, 2, '2025-06-01');
      await meting(id, 3, '2026-01-15');
      if (i < 5) {
        await t.db.query(
          `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, status, aangemaakt_op, gewijzigd_op)
           VALUES ($1, $2, $3, 'vrijwilligerswerk', 'Vrijwilligerswerk', '2026-06-01', '2026-09-30', 'lopend', $4, $4)`,
          [a.organisatie.id, id, a.klantmanager.id, nl('2026-06-01')],
        );
        await t.db.query(
          `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum)
           VALUES ($1, $2, $3, 'informeel', '{arbeidsverplichtingen}', 'medisch_tijdelijk', '2026-05-01', '2026-10-31', '2026-10-01')`,
          [a.organisatie.id, id, a.klantmanager.id],
        );
      }
    }
    const [c8, c9, c10] = klanten.slice(7);
    for (const id of [c8, c9]) {
      await contact(a, id, '2026-05-10', 'no_show');
      await contact(a, id, '2026-05-20', 'no_show');
      await meting(id, 5, '2025-06-01');
    }
    await contact(a, c10, '2026-05-10', 'no_show');
    for (let i = 0; i < 5; i++) await klant(a, a.klantmanager.id, ['2026-01-15', 'werk']);
    await klant(a, a.klantmanager.id, ['2026-02-01', 'verhuizing']);

    for (let i = 0; i < 6; i++) {
      const id = await klant(b, b.klantmanager.id);
      await contact(b, id, '2026-06-01');
    }
  }, 60_000);
  afterAll(() => t.sluit());

  const rapport = (pad: string, query: Record<string, string>, token: string) =>
    t.http().get(`/api/rapportages/${pad}`).query(query).set(bearer(token));
  const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld).sort();
  /** Collects a binary response body as a Buffer. */
  const binair = (res: unknown, klaar: (fout: Error | null, body: Buffer) => void) => {
    const stroom = res as NodeJS.ReadableStream;
    const delen: Buffer[] = [];
    stroom.on('data', (deel: Buffer) => delen.push(deel));
    stroom.on('end', () => klaar(null, Buffer.concat(delen)));
  };
  const rijen = (blad: ExcelJS.Worksheet) =>
    blad
      .getSheetValues()
      .slice(1)
      .map((rij) => (rij as ExcelJS.CellValue[]).slice(1));

  const PERIODE = { van: '2025-06-30', tot: P };
  // Beleid gets every reden and every uitstroom reason: one that did not occur is a 0, suppressed like any count below 5.
  const REDENEN_ONDERDRUKT = Object.fromEntries(
    VRIJSTELLING_REDENEN.map((r) => [r, { formeel: null, informeel: null }]),
  );
  const UITSTROOM_ONDERDRUKT = Object.fromEntries(UITSTROOMREDENEN.map((r) => [r, null]));

  const BELEID = {
    peildatum: P,
    caseload: 10,
    caseloadPerKlantmanager: { '<50': 5, '50-74': null, '75-99': null, '100-150': null, '>150': null },
    inBeeld: { in_beeld: 7, bijna_uit_beeld: null, uit_beeld: null },
    gesprokenLaatste12Maanden: null, // 7 spoken, but only 3 not
    gesprekkenVerdeling12Maanden: { '0': null, '1': 7, '2': null, '3': null, '>3': null },
    metLopendeAfspraak: 0.5, // 5 with, 5 without
    vrijstellingen: { formeel: null, informeel: 5, informeelVerlopen: null },
    // The 5 informele of medisch_tijdelijk are suppressed too: next to the total of 5 they would show that every
    // other reden has none.
    vrijstellingenPerReden: REDENEN_ONDERDRUKT,
    ladder: { '1': null, '2': null, '3': 7, '4': null, '5': null, '6': null },
    ladderOnbekend: null,
    noShowPercentage: 41.7, // 5 no-shows of 12 planned conversations
    uitstroom: { ...UITSTROOM_ONDERDRUKT, werk: 5 },
    periode: PERIODE,
    onderdrukt: true,
  };

  it('beleid krijgt elk aantal onder de 5 (ook 0) als null en onderdrukt: true, en zo veel meer dat niets terug te rekenen is; aandelen alleen als teller en rest allebei te tonen zijn', async () => {
    const antwoord = await rapport('kerncijfers', { peildatum: P }, a.beleid.token);
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual(BELEID);
  });

  it('de teamleider krijgt dezelfde cijfers zonder onderdrukking', async () => {
    const antwoord = await rapport('kerncijfers', { peildatum: P }, a.teamleider.token);
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual({
      peildatum: P,
      caseload: 10,
      caseloadPerKlantmanager: { '<50': 5, '50-74': 0, '75-99': 0, '100-150': 0, '>150': 0 },
      inBeeld: { in_beeld: 7, bijna_uit_beeld: 0, uit_beeld: 3 },
      gesprokenLaatste12Maanden: 0.7,
      gesprekkenVerdeling12Maanden: { '0': 3, '1': 7, '2': 0, '3': 0, '>3': 0 },
      metLopendeAfspraak: 0.5,
      vrijstellingen: { formeel: 0, informeel: 5, informeelVerlopen: 0 },
      vrijstellingenPerReden: { medisch_tijdelijk: { formeel: 0, informeel: 5 } },
      ladder: { '1': 0, '2': 0, '3': 7, '4': 0, '5': 2, '6': 0 },
      ladderOnbekend: 1,
      noShowPercentage: 41.7,
      uitstroom: { werk: 5, verhuizing: 1 },
      periode: PERIODE,
      onderdrukt: false,
    });
  });

  it('doorstroom en trend zijn voor beleid net zo onderdrukt', async () => {
    const beleid = await rapport('doorstroom', { van: '2025-12-31', tot: P }, a.beleid.token);
    expect(beleid.status).toBe(200);
    // The kerncijfers show 7 at trede 2 on van and 7 at trede 3 on tot: a visible 2 → 3 of 7 (or omhoog 7) would
    // show that nobody else left trede 2 or reached trede 3, so every cell, zeros included, is suppressed.
    const leeg = Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((t) => [t, null]));
    const matrix = Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((t) => [t, leeg]));
    expect(beleid.body).toEqual({
      van: '2025-12-31',
      tot: P,
      matrix,
      omhoog: null,
      gelijk: null,
      omlaag: null,
      onderdrukt: true,
    });
    const teamleider = await rapport('doorstroom', { van: '2025-12-31', tot: P }, a.teamleider.token);
    expect(teamleider.body).toEqual({
      van: '2025-12-31',
      tot: P,
      matrix: { '2': { '3': 7 }, '5': { '5': 2 } },
      omhoog: 7,
      gelijk: 2,
      omlaag: 0,
      onderdrukt: false,
    });

    const trend = await rapport('trend', { van: '2026-05-01', tot: P }, a.beleid.token);
    expect(trend.status).toBe(200);
    // 31 May: nobody spoken yet (the conversations were on 1 June), five no-shows, no afspraak yet.
    expect(trend.body.maanden).toEqual([
      {
        peildatum: '2026-05-31',
        caseload: 10,
        caseloadPerKlantmanager: { '<50': 5, '50-74': null, '75-99': null, '100-150': null, '>150': null },
        // All 10 uit beeld and not spoken: beside a caseload of 10 either 10 would show the zeros.
        inBeeld: { in_beeld: null, bijna_uit_beeld: null, uit_beeld: null },
        gesprokenLaatste12Maanden: null, // 0 of 10
        gesprekkenVerdeling12Maanden: { '0': null, '1': null, '2': null, '3': null, '>3': null },
        metLopendeAfspraak: null, // 0 of 10
        vrijstellingen: { formeel: null, informeel: 5, informeelVerlopen: null },
        vrijstellingenPerReden: REDENEN_ONDERDRUKT,
        ladder: { '1': null, '2': null, '3': 7, '4': null, '5': null, '6': null },
        ladderOnbekend: null,
        noShowPercentage: null, // 5 of 5: the complement is 0
        uitstroom: { ...UITSTROOM_ONDERDRUKT, werk: 5 },
        periode: { van: '2025-05-31', tot: '2026-05-31' },
        onderdrukt: true,
      },
      BELEID,
    ]);
  });

  it('CSV-export: UTF-8 met BOM, puntkomma, Nederlandse kopregel, als bijlage, onderdrukte cellen als "onderdrukt"', async () => {
    const antwoord = await rapport('kerncijfers.csv', { peildatum: P }, a.beleid.token).buffer(true).parse(binair);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers['content-type']).toMatch(/^text\/csv; charset=utf-8$/i);
    expect(antwoord.headers['content-disposition']).toBe('attachment; filename="kerncijfers-2026-06-30.csv"');
    const bytes: Buffer = antwoord.body;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(regels[0]).toBe('Onderdeel;Kenmerk;Waarde;Waarde 2');
    expect(regels.at(-1)).toBe('');
    expect(regels.slice(1, -1).sort()).toEqual(
      [
        'Kerncijfers;Peildatum;2026-06-30',
        'Kerncijfers;Filter;hele organisatie',
        'Kerncijfers;Caseload (klanten);10',
        `Kerncijfers;Gesproken in 12 maanden (%);${O}`,
        'Kerncijfers;Met lopende afspraak (%);50',
        'Kerncijfers;No-shows van geplande gesprekken (%);41,7',
        'Kerncijfers;Periode 12-maandscijfers;2025-06-30 (excl.) t/m 2026-06-30',
        'In beeld;In beeld;7',
        `In beeld;Bijna uit beeld;${O}`,
        `In beeld;Uit beeld;${O}`,
        `Gesprekken 12 maanden;0;${O}`,
        'Gesprekken 12 maanden;1;7',
        `Gesprekken 12 maanden;2;${O}`,
        `Gesprekken 12 maanden;3;${O}`,
        `Gesprekken 12 maanden;meer dan 3;${O}`,
        'Caseload per klantmanager;<50;5',
        `Caseload per klantmanager;50-74;${O}`,
        `Caseload per klantmanager;75-99;${O}`,
        `Caseload per klantmanager;100-150;${O}`,
        `Caseload per klantmanager;>150;${O}`,
        `Vrijstellingen;Totaal (klanten);${O};5`,
        ...VRIJSTELLING_REDENEN.map((r) => `Vrijstellingen;${VRIJSTELLING_REDEN_LABELS[r]};${O};${O}`),
        `Vrijstellingen;Informeel voorbij einddatum;;${O}`,
        `Participatieladder;1. Geïsoleerd;${O}`,
        `Participatieladder;2. Sociale contacten buiten de deur;${O}`,
        'Participatieladder;3. Deelname aan georganiseerde activiteiten;7',
        `Participatieladder;4. Onbetaald werk;${O}`,
        `Participatieladder;5. Betaald werk met ondersteuning;${O}`,
        `Participatieladder;6. Betaald werk;${O}`,
        `Participatieladder;Niet gemeten;${O}`,
        ...UITSTROOMREDENEN.map((r) => `Uitstroom;${UITSTROOMREDEN_LABELS[r]};${r === 'werk' ? 5 : O}`),
      ].sort(),
    );
    // The teamleider's export has the plain numbers.
    const teamleider = await rapport('kerncijfers.csv', { peildatum: P }, a.teamleider.token);
    expect(teamleider.text).not.toContain(O);
    expect(teamleider.text).toContain('Kerncijfers;Gesproken in 12 maanden (%);70\r\n');
    expect(teamleider.text).toContain('Uitstroom;Verhuizing naar andere gemeente;1\r\n');
  });

  it('Excel-export: een blad per onderdeel met Nederlandse kopregel; onderdrukte cellen als tekst', async () => {
    const antwoord = await rapport('kerncijfers.xlsx', { peildatum: P }, a.beleid.token).buffer(true).parse(binair);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers['content-type']).toMatch(
      /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
    );
    expect(antwoord.headers['content-disposition']).toBe('attachment; filename="kerncijfers-2026-06-30.xlsx"');
    const werkboek = new ExcelJS.Workbook();
    await werkboek.xlsx.load(antwoord.body);
    expect(werkboek.worksheets.map((w) => w.name)).toEqual([
      'Kerncijfers',
      'In beeld',
      'Gesprekken 12 maanden',
      'Caseload per klantmanager',
      'Vrijstellingen',
      'Participatieladder',
      'Uitstroom',
    ]);
    const blad = (naam: string) => rijen(werkboek.getWorksheet(naam)!);
    expect(blad('Kerncijfers')).toEqual([
      ['Kerncijfer', 'Waarde'],
      ['Peildatum', '2026-06-30'],
      ['Filter', 'hele organisatie'],
      ['Caseload (klanten)', 10],
      ['Gesproken in 12 maanden (%)', O],
      ['Met lopende afspraak (%)', 50],
      ['No-shows van geplande gesprekken (%)', 41.7],
      ['Periode 12-maandscijfers', '2025-06-30 (excl.) t/m 2026-06-30'],
    ]);
    expect(blad('In beeld')).toEqual([
      ['Status', 'Klanten'],
      ['In beeld', 7],
      ['Bijna uit beeld', O],
      ['Uit beeld', O],
    ]);
    expect(blad('Gesprekken 12 maanden')).toEqual([
      ['Aantal gesprekken', 'Klanten'],
      ['0', O],
      ['1', 7],
      ['2', O],
      ['3', O],
      ['meer dan 3', O],
    ]);
    expect(blad('Caseload per klantmanager')).toEqual([
      ['Caseloadgrootte', 'Klantmanagers'],
      ['<50', 5],
      ['50-74', O],
      ['75-99', O],
      ['100-150', O],
      ['>150', O],
    ]);
    expect(blad('Vrijstellingen')).toEqual([
      ['Reden', 'Formeel', 'Informeel'],
      ['Totaal (klanten)', O, 5],
      ...VRIJSTELLING_REDENEN.map((r) => [VRIJSTELLING_REDEN_LABELS[r], O, O]),
      ['Informeel voorbij einddatum', '', O],
    ]);
    expect(blad('Participatieladder')).toEqual([
      ['Trede', 'Klanten'],
      ['1. Geïsoleerd', O],
      ['2. Sociale contacten buiten de deur', O],
      ['3. Deelname aan georganiseerde activiteiten', 7],
      ['4. Onbetaald werk', O],
      ['5. Betaald werk met ondersteuning', O],
      ['6. Betaald werk', O],
      ['Niet gemeten', O],
    ]);
    const uitstroom = blad('Uitstroom');
    expect(uitstroom[0]).toEqual(['Reden', 'Klanten']);
    expect(uitstroom.slice(1)).toEqual(UITSTROOMREDENEN.map((r) => [UITSTROOMREDEN_LABELS[r], r === 'werk' ? 5 : O]));
  });

  it('doorstroom.xlsx en .csv: bladen Doorstroom en Samenvatting met Nederlandse kopregels, onderdrukte totalen als tekst', async () => {
    const antwoord = await rapport('doorstroom.xlsx', { van: '2025-12-31', tot: P }, a.beleid.token)
      .buffer(true)
      .parse(binair);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers['content-disposition']).toBe(
      'attachment; filename="doorstroom-2025-12-31-2026-06-30.xlsx"',
    );
    const werkboek = new ExcelJS.Workbook();
    await werkboek.xlsx.load(antwoord.body);
    expect(werkboek.worksheets.map((w) => w.name)).toEqual(['Doorstroom', 'Samenvatting']);
    const doorstroom = rijen(werkboek.getWorksheet('Doorstroom')!);
    expect(doorstroom[0]).toEqual([
      'Trede op 2025-12-31',
      'Naar trede 1',
      'Naar trede 2',
      'Naar trede 3',
      'Naar trede 4',
      'Naar trede 5',
      'Naar trede 6',
    ]);
    expect(doorstroom.map((rij) => rij[0])).toEqual([
      'Trede op 2025-12-31',
      '1. Geïsoleerd',
      '2. Sociale contacten buiten de deur',
      '3. Deelname aan georganiseerde activiteiten',
      '4. Onbetaald werk',
      '5. Betaald werk met ondersteuning',
      '6. Betaald werk',
    ]);
    expect(doorstroom[2][3]).toBe(O); // 2 → 3: 7, suppressed beside the ladder of the kerncijfers (see above)
    expect(rijen(werkboek.getWorksheet('Samenvatting')!)).toEqual([
      ['Beweging', 'Klanten'],
      ['Periode', '2025-12-31 t/m 2026-06-30'],
      ['Filter', 'hele organisatie'],
      ['Omhoog', O],
      ['Gelijk gebleven', O],
      ['Omlaag', O],
    ]);

    const csv = await rapport('doorstroom.csv', { van: '2025-12-31', tot: P }, a.beleid.token);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8$/i);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="doorstroom-2025-12-31-2026-06-30.csv"');
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFOnderdeel;Kenmerk;Waarde;Waarde 2');
    expect(csv.text).toContain(`Samenvatting;Gelijk gebleven;${O}\r\n`);
  });

  it('doorstroom-export: een onderdrukte matrixcel staat er als "onderdrukt", niet als een getal', async () => {
    // The API gives matrix 5 → 5 (two clients) as null for beleid; the files must not show a number there either.
    const xlsx = await rapport('doorstroom.xlsx', { van: '2025-12-31', tot: P }, a.beleid.token)
      .buffer(true)
      .parse(binair);
    const werkboek = new ExcelJS.Workbook();
    await werkboek.xlsx.load(xlsx.body);
    const doorstroom = rijen(werkboek.getWorksheet('Doorstroom')!);
    expect(doorstroom[5][0]).toBe('5. Betaald werk met ondersteuning');
    const csv = await rapport('doorstroom.csv', { van: '2025-12-31', tot: P }, a.beleid.token);
    const regel = csv.text.split('\r\n').find((r) => r.startsWith('Doorstroom;5. '))!;
    expect({ xlsx: doorstroom[5][5], csv: regel.split(';')[6] }).toEqual({ xlsx: O, csv: O });
  });

  it.each([['/api/klanten'], ['/api/klanten/:id'], ['/api/werkvoorraad'], ['/api/medewerkers']])(
    'beleid krijgt 403 op persoonsgegevens (%s), de teamleider niet',
    async (pad) => {
      const url = pad.replace(':id', c1);
      expect((await t.http().get(url).set(bearer(a.beleid.token))).status).toBe(403);
      expect((await t.http().get(url).set(bearer(a.teamleider.token))).status).toBe(200);
    },
  );

  it.each([
    ['kerncijfers', { peildatum: P }],
    ['kerncijfers.csv', { peildatum: P }],
    ['kerncijfers.xlsx', { peildatum: P }],
    ['doorstroom', { van: '2025-12-31', tot: P }],
    ['doorstroom.csv', { van: '2025-12-31', tot: P }],
    ['doorstroom.xlsx', { van: '2025-12-31', tot: P }],
    ['trend', { van: '2026-05-01', tot: P }],
  ])('de klantmanager krijgt 403 op /api/rapportages/%s; beheerder en beleid niet', async (pad, query) => {
    expect((await rapport(pad, query, a.klantmanager.token)).status).toBe(403);
    expect((await rapport(pad, query, a.beheerder.token)).status).toBe(200);
    expect((await rapport(pad, query, a.beleid.token)).status).toBe(200);
  });

  it.each([
    ['kerncijfers', { peildatum: P }],
    ['kerncijfers.csv', { peildatum: P }],
    ['doorstroom', { van: '2025-12-31', tot: P }],
    ['trend', { van: '2026-05-01', tot: P }],
  ])('%s: gemeenteId of teamId van een andere organisatie geeft 400 met dat veld', async (pad, query) => {
    const gemeente = await rapport(pad, { ...query, gemeenteId: b.organisatie.gemeenteId }, a.beleid.token);
    expect(gemeente.status).toBe(400);
    expect(velden(gemeente.body)).toEqual(['gemeenteId']);
    const team = await rapport(pad, { ...query, teamId: b.organisatie.teamId }, a.beleid.token);
    expect(team.status).toBe(400);
    expect(velden(team.body)).toEqual(['teamId']);
    const beide = await rapport(
      pad,
      { ...query, gemeenteId: b.organisatie.gemeenteId, teamId: b.organisatie.teamId },
      a.teamleider.token,
    );
    expect(beide.status).toBe(400);
    expect(velden(beide.body)).toEqual(['gemeenteId', 'teamId']);
  });

  it('de gegevens van organisatie B tellen nooit mee in het rapport van A, en omgekeerd', async () => {
    // A's own figures are asserted exactly above (10 clients); B sees only its six.
    const vanB = await rapport('kerncijfers', { peildatum: P }, b.teamleider.token);
    expect(vanB.body).toMatchObject({
      caseload: 6,
      inBeeld: { in_beeld: 6, bijna_uit_beeld: 0, uit_beeld: 0 },
      uitstroom: {},
      ladderOnbekend: 6,
    });
    const vanA = await rapport(
      'kerncijfers',
      { peildatum: P, gemeenteId: a.organisatie.gemeenteId, teamId: a.organisatie.teamId },
      a.teamleider.token,
    );
    expect(vanA.body).toMatchObject({ caseload: 10, inBeeld: { in_beeld: 7, bijna_uit_beeld: 0, uit_beeld: 3 } });
    const doorstroomB = await rapport('doorstroom', { van: '2025-12-31', tot: P }, b.teamleider.token);
    expect(doorstroomB.body).toMatchObject({ matrix: {}, omhoog: 0, gelijk: 0, omlaag: 0 });
  });

  it('een peildatum of tot in de toekomst geeft 400', async () => {
    const morgen = plusDagen(vandaag(), 1);
    const kerncijfers = await rapport('kerncijfers', { peildatum: morgen }, a.beleid.token);
    expect(kerncijfers.status).toBe(400);
    expect(velden(kerncijfers.body)).toEqual(['peildatum']);
    expect((await rapport('kerncijfers.xlsx', { peildatum: morgen }, a.beleid.token)).status).toBe(400);
    for (const pad of ['doorstroom', 'trend']) {
      const antwoord = await rapport(pad, { van: '2026-01-01', tot: morgen }, a.beleid.token);
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['tot']);
    }
    // Today itself is allowed, except for beleid (month ends in the past only: rapportages-onderdrukking.test.ts).
    expect((await rapport('kerncijfers', { peildatum: vandaag() }, a.teamleider.token)).status).toBe(200);
    expect((await rapport('kerncijfers', { peildatum: vandaag() }, a.beleid.token)).status).toBe(400);
  });

  it.each(['doorstroom', 'trend', 'doorstroom.csv'])('%s: van op of na tot geeft 400', async (pad) => {
    for (const [van, tot] of [
      [P, P],
      ['2026-07-01', P],
    ]) {
      const antwoord = await rapport(pad, { van, tot }, a.beleid.token);
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['van']);
    }
  });

  it('trend vanaf voor de eerste klant van de organisatie geeft 400 (die maanden zijn leeg en kosten toch rekenwerk)', async () => {
    // The first client of A started on 2024-01-01: a trend may start in January 2024, not before.
    const teVroeg = await rapport('trend', { van: '2023-12-31', tot: '2024-06-30' }, a.beleid.token);
    expect(teVroeg.status).toBe(400);
    expect(teVroeg.body.fouten).toEqual([
      { veld: 'van', melding: 'mag niet voor 2024-01-01 liggen: daar beginnen de gegevens van deze organisatie' },
    ]);
    expect((await rapport('trend', { van: '2024-01-01', tot: '2024-06-30' }, a.beleid.token)).status).toBe(200);
  });

  it('trend over meer dan 36 maanden geeft 400; precies 36 mag', async () => {
    // A client since 2023 makes a 36-month trend possible (last test in this file: the figures above stay as they were).
    await t.db.query(`UPDATE klant SET startdatum_uitkering = '2023-01-01' WHERE id = $1`, [c1]);
    const teLang = await rapport('trend', { van: '2023-06-30', tot: P }, a.beleid.token); // June 2023 – June 2026: 37 month ends
    expect(teLang.status).toBe(400);
    expect(velden(teLang.body)).toEqual(['van']);
    const precies = await rapport('trend', { van: '2023-07-01', tot: P }, a.teamleider.token);
    expect(precies.status).toBe(200);
    expect(precies.body.maanden).toHaveLength(36);
    expect(precies.body.maanden[0].peildatum).toBe('2023-07-31');
    expect(precies.body.maanden[35].peildatum).toBe(P);
  });
});
