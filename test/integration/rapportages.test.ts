import { startTestApp, TestApp } from '../support/app';
import { bearer, maakMedewerker, maakOmgeving, nieuwBsn, TestOmgeving } from '../support/factories';

/**
 * Kerncijfers, doorstroom and trend against a small dataset whose every figure was worked out by hand.
 * Peildata in the past: 2025-12-31 (P1) and 2026-06-30 (P2). Teamleider role, so nothing is suppressed.
 *
 * Organisatie A: gemeente G1 (default) and G2; team T1 (KM1, KM3) and T2 (KM2).
 * K1 G1 KM1   nog_niet_job_ready, contacts before and after P1, afspraak closed (nagekomen) between P1 and P2
 * K2 G1 KM1→KM2 on 2026-03-15 (team T1→T2), niet_job_ready, afspraak lopend from 2026-06-01
 * K3 G1 KM1   beheer, uitstroom 2026-03-31 (werk); contacts late on 2025-12-31 and early on 2026-01-01
 * K4 G2 KM2   job_ready, informele vrijstelling from 2026-02-01 (after P1), afspraak lopend ending on P1
 * K5 G1 none→KM1 on 2026-01-20, start 2025-12-10, never seen, formele vrijstelling withdrawn 2026-05-01
 * K6 G2 KM2   formeel vrijgesteld, expired informal one (withdrawn 2026-03-01), contacts around the 12-month edges
 * K7 G1 KM3   start 2026-01-15 (after P1), four conversations
 * K8 G2 KM2   uitstroom 2025-08-15 (verhuizing); K10 G1 KM1 uitstroom 2024-11-01 (outside both windows)
 * K9 G2 KM2   never spoken: failed call, cancelled meeting, e-mail
 */
describe('rapportages: kerncijfers, doorstroom en trend op een bekende dataset', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let g2: string;
  let t2: string;
  let km1: string;
  let km2: string;
  let km3: string;

  const P1 = '2025-12-31';
  const P2 = '2026-06-30';
  const BANDEN0 = { '<50': 0, '50-74': 0, '75-99': 0, '100-150': 0, '>150': 0 };
  const VERDELING0 = { '0': 0, '1': 0, '2': 0, '3': 0, '>3': 0 };
  const LADDER0 = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 };
  /** A wall-clock time in the Netherlands; PostgreSQL applies the right offset (CET/CEST). */
  const nl = (datum: string, tijd = '10:00') => `${datum} ${tijd} Europe/Amsterdam`;

  async function klant(
    org: TestOmgeving,
    o: {
      naam: string;
      gemeenteId: string;
      start: string;
      categorie: string;
      km: string | null;
      uitstroom?: [string, string];
    },
  ): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep, startdatum_uitkering,
                          dienstverleningscategorie, klantmanager_id, status, uitstroomdatum, uitstroomreden, aangemaakt_op)
       VALUES ($1, $2, 'Test', $3, '1985-03-03', $4, 'brede_doelgroep', $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        org.organisatie.id,
        nieuwBsn(),
        o.naam,
        o.gemeenteId,
        o.start,
        o.categorie,
        o.km,
        o.uitstroom ? 'uitgestroomd' : 'actief',
        o.uitstroom?.[0] ?? null,
        o.uitstroom?.[1] ?? null,
        nl(o.start, '09:00'),
      ],
    );
    return id;
  }

  /** Replaces the assignment history the insert trigger started: each klantmanager from `van` until the next one. */
  async function toewijzingen(klantId: string, reeks: [string | null, string][]) {
    await t.db.query(`DELETE FROM klant_toewijzing WHERE klant_id = $1`, [klantId]);
    for (const [i, [kmId, van]] of reeks.entries()) {
      await t.db.query(
        `INSERT INTO klant_toewijzing (organisatie_id, klant_id, klantmanager_id, van, tot) VALUES ($1, $2, $3, $4, $5)`,
        [a.organisatie.id, klantId, kmId, van, reeks[i + 1]?.[1] ?? null],
      );
    }
  }

  async function contact(
    org: TestOmgeving,
    klantId: string,
    moment: string,
    kanaal = 'gesprek_op_locatie',
    resultaat = 'gesproken',
  ) {
    await t.db.query(
      `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
       VALUES ($1, $2, $3, $4, $5, 'gemeente', $6, 'Test')`,
      [org.organisatie.id, klantId, org.klantmanager.id, moment, kanaal, resultaat],
    );
  }

  async function meting(klantId: string, trede: number, gemetenOp: string, aangemaaktOp = nl(gemetenOp)) {
    await t.db.query(
      `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.organisatie.id, klantId, km1, trede, gemetenOp, aangemaaktOp],
    );
  }

  async function afspraak(
    klantId: string,
    o: { start: string; eind: string; status: string; aangemaakt: string; gewijzigd: string },
  ) {
    await t.db.query(
      `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, status, aangemaakt_op, gewijzigd_op)
       VALUES ($1, $2, $3, 'taal', 'Taalcursus', $4, $5, $6, $7, $8)`,
      [a.organisatie.id, klantId, km1, o.start, o.eind, o.status, o.aangemaakt, o.gewijzigd],
    );
  }

  async function vrijstelling(
    klantId: string,
    o: {
      soort: 'formeel' | 'informeel';
      reden: string;
      ingang: string;
      eind: string | null;
      herbeoordeling: string;
      ingetrokken?: string;
    },
  ) {
    await t.db.query(
      `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum,
                                 beschikking_kenmerk, beschikking_datum, ingetrokken_op)
       VALUES ($1, $2, $3, $4, '{arbeidsverplichtingen}', $5, $6, $7, $8, $9, $10, $11)`,
      [
        a.organisatie.id,
        klantId,
        km1,
        o.soort,
        o.reden,
        o.ingang,
        o.eind,
        o.herbeoordeling,
        o.soort === 'formeel' ? 'BESCH-1' : null,
        o.soort === 'formeel' ? o.ingang : null,
        o.ingetrokken ?? null,
      ],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    [{ id: g2 }] = await t.db.query(
      `INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, 'GM0014', 'Groningen') RETURNING id`,
      [a.organisatie.id],
    );
    [{ id: t2 }] = await t.db.query(`INSERT INTO team (organisatie_id, naam) VALUES ($1, 'Team Zuid') RETURNING id`, [
      a.organisatie.id,
    ]);
    km1 = a.klantmanager.id;
    km2 = (await maakMedewerker(t.db, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId: t2 })).id;
    km3 = (
      await maakMedewerker(t.db, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId: a.organisatie.teamId })
    ).id;
    const g1 = a.organisatie.gemeenteId;

    const k1 = await klant(a, {
      naam: 'K1',
      gemeenteId: g1,
      start: '2024-01-15',
      categorie: 'nog_niet_job_ready',
      km: km1,
    });
    await contact(a, k1, nl('2025-03-10'));
    await contact(a, k1, nl('2025-10-01'), 'gesprek_op_locatie', 'no_show');
    await contact(a, k1, nl('2025-11-20', '14:00'), 'telefoon');
    await contact(a, k1, nl('2026-02-05')); // after P1: never counts at P1
    await contact(a, k1, nl('2026-05-20', '11:00'), 'huisbezoek');
    await meting(k1, 2, '2025-06-01');
    await meting(k1, 4, '2026-03-01');
    // Running at P1; closed on 2026-02-10 while its period still covers P2.
    await afspraak(k1, {
      start: '2025-11-01',
      eind: '2026-09-30',
      status: 'nagekomen',
      aangemaakt: nl('2025-11-01'),
      gewijzigd: nl('2026-02-10', '15:00'),
    });

    const k2 = await klant(a, {
      naam: 'K2',
      gemeenteId: g1,
      start: '2023-05-01',
      categorie: 'niet_job_ready',
      km: km2,
    });
    await toewijzingen(k2, [
      [km1, nl('2023-05-01', '09:00')],
      [km2, nl('2026-03-15', '14:00')],
    ]);
    await contact(a, k2, nl('2025-09-01'));
    await contact(a, k2, nl('2025-12-01', '09:00'), 'brief', 'verstuurd');
    await meting(k2, 3, '2025-01-10');
    await meting(k2, 2, '2026-04-01');
    await afspraak(k2, {
      start: '2026-06-01',
      eind: '2026-08-31',
      status: 'lopend',
      aangemaakt: nl('2026-06-01'),
      gewijzigd: nl('2026-06-01'),
    });

    const k3 = await klant(a, {
      naam: 'K3',
      gemeenteId: g1,
      start: '2022-03-01',
      categorie: 'beheer',
      km: km1,
      uitstroom: ['2026-03-31', 'werk'],
    });
    await contact(a, k3, nl('2025-02-14'));
    await contact(a, k3, '2025-12-31T23:30:00+01:00', 'telefoon'); // last half hour of P1: counts
    await contact(a, k3, '2026-01-01T00:30:00+01:00', 'telefoon'); // already the next day in NL (still 2025-12-31 in UTC)

    const k4 = await klant(a, { naam: 'K4', gemeenteId: g2, start: '2025-06-01', categorie: 'job_ready', km: km2 });
    await contact(a, k4, nl('2025-06-10'));
    await contact(a, k4, nl('2025-12-15'), 'beeldbellen');
    await contact(a, k4, nl('2026-06-20'), 'telefoon', 'niet_bereikt');
    await contact(a, k4, nl('2026-06-25'), 'gesprek_op_locatie', 'no_show');
    await meting(k4, 4, '2025-06-15');
    await meting(k4, 5, '2026-05-01', nl('2026-05-01', '11:00')); // same day, registered later: this one is current
    await meting(k4, 3, '2026-05-01', nl('2026-05-01', '09:00'));
    await afspraak(k4, {
      start: '2025-10-01',
      eind: '2025-12-31',
      status: 'lopend',
      aangemaakt: nl('2025-10-01'),
      gewijzigd: nl('2025-10-01'),
    });
    await vrijstelling(k4, {
      soort: 'informeel',
      reden: 'medisch_tijdelijk',
      ingang: '2026-02-01',
      eind: '2026-07-31',
      herbeoordeling: '2026-07-01',
    });

    const k5 = await klant(a, {
      naam: 'K5',
      gemeenteId: g1,
      start: '2025-12-10',
      categorie: 'bijna_job_ready',
      km: km1,
    });
    await toewijzingen(k5, [
      [null, nl('2025-12-10', '09:00')],
      [km1, nl('2026-01-20')],
    ]);
    await meting(k5, 1, '2025-12-20');
    await vrijstelling(k5, {
      soort: 'formeel',
      reden: 'zorg_kind_onder_5',
      ingang: '2025-12-10',
      eind: null,
      herbeoordeling: '2026-06-10',
      ingetrokken: '2026-05-01',
    });

    const k6 = await klant(a, {
      naam: 'K6',
      gemeenteId: g2,
      start: '2024-06-01',
      categorie: 'nog_niet_job_ready',
      km: km2,
    });
    await contact(a, k6, '2024-12-31T23:30:00+01:00'); // just before P1's 12-month window
    await contact(a, k6, '2025-06-30T23:45:00+02:00', 'telefoon'); // in P1's window, just before P2's
    await contact(a, k6, '2025-07-01T00:15:00+02:00', 'telefoon'); // first minutes of P2's window
    await meting(k6, 6, '2026-01-10');
    await afspraak(k6, {
      start: '2026-06-01',
      eind: '2026-07-31',
      status: 'vervallen',
      aangemaakt: nl('2026-06-01'),
      gewijzigd: nl('2026-07-05'),
    });
    await vrijstelling(k6, {
      soort: 'formeel',
      reden: 'medisch_permanent',
      ingang: '2024-09-01',
      eind: null,
      herbeoordeling: '2027-09-01',
    });
    await vrijstelling(k6, {
      soort: 'informeel',
      reden: 'multiproblematiek',
      ingang: '2025-06-01',
      eind: '2025-11-30',
      herbeoordeling: '2025-11-01',
      ingetrokken: '2026-03-01',
    });

    const k7 = await klant(a, { naam: 'K7', gemeenteId: g1, start: '2026-01-15', categorie: 'job_ready', km: km3 });
    for (const datum of ['2026-01-20', '2026-02-20', '2026-04-10', '2026-06-15']) await contact(a, k7, nl(datum));
    await meting(k7, 5, '2026-02-01');

    const k8 = await klant(a, {
      naam: 'K8',
      gemeenteId: g2,
      start: '2024-02-01',
      categorie: 'niet_job_ready',
      km: km2,
      uitstroom: ['2025-08-15', 'verhuizing'],
    });
    await contact(a, k8, nl('2025-03-01'));
    await meting(k8, 3, '2025-01-01');

    const k9 = await klant(a, {
      naam: 'K9',
      gemeenteId: g2,
      start: '2024-09-01',
      categorie: 'bijna_job_ready',
      km: km2,
    });
    await contact(a, k9, nl('2025-05-05'), 'telefoon', 'niet_bereikt');
    await contact(a, k9, nl('2025-09-09'), 'gesprek_op_locatie', 'afgezegd');
    await contact(a, k9, nl('2025-10-10'), 'email', 'verstuurd');

    await klant(a, {
      naam: 'K10',
      gemeenteId: g1,
      start: '2023-01-01',
      categorie: 'beheer',
      km: km1,
      uitstroom: ['2024-11-01', 'werk'],
    });

    // Organisatie B: must never show up in A's figures.
    const kb = await klant(b, {
      naam: 'KB',
      gemeenteId: b.organisatie.gemeenteId,
      start: '2024-01-01',
      categorie: 'job_ready',
      km: b.klantmanager.id,
    });
    await contact(b, kb, nl('2026-06-20'));
    await klant(b, {
      naam: 'KB2',
      gemeenteId: b.organisatie.gemeenteId,
      start: '2024-01-01',
      categorie: 'job_ready',
      km: b.klantmanager.id,
      uitstroom: ['2026-02-01', 'werk'],
    });
  }, 60_000);
  afterAll(() => t.sluit());

  const kerncijfers = async (query: Record<string, string>, token = a.teamleider.token) => {
    const antwoord = await t.http().get('/api/rapportages/kerncijfers').query(query).set(bearer(token));
    expect(antwoord.status).toBe(200);
    return antwoord.body;
  };

  // ---- Expected figures, worked out by hand from the dataset above ----

  const ORGANISATIE_P1 = {
    peildatum: P1,
    caseload: 7, // K1 K2 K3 K4 K5 K6 K9
    caseloadPerKlantmanager: { ...BANDEN0, '<50': 2 }, // KM1: K1 K2 K3; KM2: K4 K6 K9; K5 had none
    inBeeld: { in_beeld: 5, bijna_uit_beeld: 1, uit_beeld: 1 }, // bijna: K5 (intake period); uit: K9
    gesprokenLaatste12Maanden: 0.7143, // 5 of 7
    gesprekkenVerdeling12Maanden: { ...VERDELING0, '0': 2, '1': 1, '2': 4 }, // K5 K9 | K2 | K1 K3 K4 K6
    metLopendeAfspraak: 0.2857, // K1 (closed only later), K4 (ends on P1)
    vrijstellingen: { formeel: 2, informeel: 0, informeelVerlopen: 1 }, // K5 K6 | K4's starts later | K6's
    vrijstellingenPerReden: {
      zorg_kind_onder_5: { formeel: 1, informeel: 0 },
      medisch_permanent: { formeel: 1, informeel: 0 },
    },
    ladder: { ...LADDER0, '1': 1, '2': 1, '3': 1, '4': 1 }, // K5 K1 K2 K4
    ladderOnbekend: 3, // K3 K6 K9
    noShowPercentage: 9.1, // 1 of 11 planned conversations
    uitstroom: { verhuizing: 1 }, // K8
    periode: { van: '2024-12-31', tot: P1 },
    onderdrukt: false,
  };

  const ORGANISATIE_P2 = {
    peildatum: P2,
    caseload: 7, // K1 K2 K4 K5 K6 K7 K9 (K3 left)
    caseloadPerKlantmanager: { ...BANDEN0, '<50': 3 }, // KM1: K1 K5; KM2: K2 K4 K6 K9; KM3: K7
    inBeeld: { in_beeld: 3, bijna_uit_beeld: 1, uit_beeld: 3 }, // in: K1 K4 (vrijgesteld) K7; bijna: K6; uit: K2 K5 K9
    gesprokenLaatste12Maanden: 0.7143,
    gesprekkenVerdeling12Maanden: { '0': 2, '1': 3, '2': 0, '3': 1, '>3': 1 }, // K5 K9 | K2 K4 K6 | K1 | K7
    metLopendeAfspraak: 0.2857, // K2, K6 (closed only after P2); not K1 (closed before)
    vrijstellingen: { formeel: 1, informeel: 1, informeelVerlopen: 0 }, // K6 | K4 | K6's was withdrawn
    vrijstellingenPerReden: {
      medisch_permanent: { formeel: 1, informeel: 0 },
      medisch_tijdelijk: { formeel: 0, informeel: 1 },
    },
    ladder: { '1': 1, '2': 1, '3': 0, '4': 1, '5': 2, '6': 1 }, // K5 | K2 | K1 | K4 K7 | K6
    ladderOnbekend: 1, // K9
    noShowPercentage: 15.4, // 2 of 13
    uitstroom: { werk: 1, verhuizing: 1 }, // K3, K8
    periode: { van: '2025-06-30', tot: P2 },
    onderdrukt: false,
  };

  it('op 2025-12-31 geeft elk kerncijfer de toestand van toen (latere contacten, vrijstellingen en klanten tellen niet)', async () => {
    expect(await kerncijfers({ peildatum: P1 })).toEqual(ORGANISATIE_P1);
  });

  it('op 2026-06-30 telt de uitgestroomde klant niet meer in de caseload maar wel in de uitstroom, en telt een gesloten afspraak niet', async () => {
    expect(await kerncijfers({ peildatum: P2 })).toEqual(ORGANISATIE_P2);
  });

  it('filter gemeenteId: alleen klanten (en uitstroom) van die gemeente', async () => {
    expect(await kerncijfers({ peildatum: P2, gemeenteId: g2 })).toEqual({
      peildatum: P2,
      caseload: 3, // K4 K6 K9
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 1 },
      inBeeld: { in_beeld: 1, bijna_uit_beeld: 1, uit_beeld: 1 },
      gesprokenLaatste12Maanden: 0.6667,
      gesprekkenVerdeling12Maanden: { ...VERDELING0, '0': 1, '1': 2 },
      metLopendeAfspraak: 0.3333, // K6
      vrijstellingen: { formeel: 1, informeel: 1, informeelVerlopen: 0 },
      vrijstellingenPerReden: {
        medisch_permanent: { formeel: 1, informeel: 0 },
        medisch_tijdelijk: { formeel: 0, informeel: 1 },
      },
      ladder: { ...LADDER0, '5': 1, '6': 1 },
      ladderOnbekend: 1,
      noShowPercentage: 25, // 1 of 4
      uitstroom: { verhuizing: 1 }, // K8; K3 is G1
      periode: { van: '2025-06-30', tot: P2 },
      onderdrukt: false,
    });
  });

  it('filter teamId volgt de klantmanager op de peildatum: de klant die van team wisselde telt op elke datum bij het team van toen', async () => {
    expect(await kerncijfers({ peildatum: P1, teamId: a.organisatie.teamId })).toEqual({
      peildatum: P1,
      caseload: 3, // K1 K2 K3 (K2 still with KM1; K5 had no klantmanager)
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 1 },
      inBeeld: { in_beeld: 3, bijna_uit_beeld: 0, uit_beeld: 0 },
      gesprokenLaatste12Maanden: 1,
      gesprekkenVerdeling12Maanden: { ...VERDELING0, '1': 1, '2': 2 },
      metLopendeAfspraak: 0.3333,
      vrijstellingen: { formeel: 0, informeel: 0, informeelVerlopen: 0 },
      vrijstellingenPerReden: {},
      ladder: { ...LADDER0, '2': 1, '3': 1 },
      ladderOnbekend: 1,
      noShowPercentage: 16.7, // 1 of 6
      uitstroom: {},
      periode: { van: '2024-12-31', tot: P1 },
      onderdrukt: false,
    });
    expect(await kerncijfers({ peildatum: P2, teamId: a.organisatie.teamId })).toEqual({
      peildatum: P2,
      caseload: 3, // K1 K5 K7
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 2 },
      inBeeld: { in_beeld: 2, bijna_uit_beeld: 0, uit_beeld: 1 },
      gesprokenLaatste12Maanden: 0.6667,
      gesprekkenVerdeling12Maanden: { ...VERDELING0, '0': 1, '3': 1, '>3': 1 },
      metLopendeAfspraak: 0,
      vrijstellingen: { formeel: 0, informeel: 0, informeelVerlopen: 0 },
      vrijstellingenPerReden: {},
      ladder: { ...LADDER0, '1': 1, '4': 1, '5': 1 },
      ladderOnbekend: 0,
      noShowPercentage: 12.5, // 1 of 8
      uitstroom: { werk: 1 }, // K3 left while with KM1
      periode: { van: '2025-06-30', tot: P2 },
      onderdrukt: false,
    });
    expect(await kerncijfers({ peildatum: P1, teamId: t2 })).toEqual({
      peildatum: P1,
      caseload: 3, // K4 K6 K9
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 1 },
      inBeeld: { in_beeld: 2, bijna_uit_beeld: 0, uit_beeld: 1 },
      gesprokenLaatste12Maanden: 0.6667,
      gesprekkenVerdeling12Maanden: { ...VERDELING0, '0': 1, '2': 2 },
      metLopendeAfspraak: 0.3333,
      vrijstellingen: { formeel: 1, informeel: 0, informeelVerlopen: 1 },
      vrijstellingenPerReden: { medisch_permanent: { formeel: 1, informeel: 0 } },
      ladder: { ...LADDER0, '4': 1 },
      ladderOnbekend: 2,
      noShowPercentage: 0, // 0 of 5
      uitstroom: { verhuizing: 1 },
      periode: { van: '2024-12-31', tot: P1 },
      onderdrukt: false,
    });
    expect(await kerncijfers({ peildatum: P2, teamId: t2 })).toEqual({
      peildatum: P2,
      caseload: 4, // K2 (moved in) K4 K6 K9
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 1 },
      inBeeld: { in_beeld: 1, bijna_uit_beeld: 1, uit_beeld: 2 },
      gesprokenLaatste12Maanden: 0.75,
      gesprekkenVerdeling12Maanden: { ...VERDELING0, '0': 1, '1': 3 },
      metLopendeAfspraak: 0.5,
      vrijstellingen: { formeel: 1, informeel: 1, informeelVerlopen: 0 },
      vrijstellingenPerReden: {
        medisch_permanent: { formeel: 1, informeel: 0 },
        medisch_tijdelijk: { formeel: 0, informeel: 1 },
      },
      ladder: { ...LADDER0, '2': 1, '5': 1, '6': 1 },
      ladderOnbekend: 1,
      noShowPercentage: 20, // 1 of 5
      uitstroom: { verhuizing: 1 },
      periode: { van: '2025-06-30', tot: P2 },
      onderdrukt: false,
    });
  });

  it('gemeenteId en teamId samen: de doorsnede', async () => {
    expect(await kerncijfers({ peildatum: P2, gemeenteId: a.organisatie.gemeenteId, teamId: t2 })).toEqual({
      peildatum: P2,
      caseload: 1, // K2
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 1 },
      inBeeld: { in_beeld: 0, bijna_uit_beeld: 0, uit_beeld: 1 },
      gesprokenLaatste12Maanden: 1,
      gesprekkenVerdeling12Maanden: { ...VERDELING0, '1': 1 },
      metLopendeAfspraak: 1,
      vrijstellingen: { formeel: 0, informeel: 0, informeelVerlopen: 0 },
      vrijstellingenPerReden: {},
      ladder: { ...LADDER0, '2': 1 },
      ladderOnbekend: 0,
      noShowPercentage: 0,
      uitstroom: {},
      periode: { van: '2025-06-30', tot: P2 },
      onderdrukt: false,
    });
  });

  it('doorstroom: trede op 2025-12-31 → trede op 2026-06-30, alleen klanten met een meting op beide momenten', async () => {
    const doorstroom = async (query: Record<string, string>) => {
      const antwoord = await t
        .http()
        .get('/api/rapportages/doorstroom')
        .query({ van: P1, tot: P2, ...query })
        .set(bearer(a.teamleider.token));
      expect(antwoord.status).toBe(200);
      return antwoord.body;
    };
    // K1 2→4, K2 3→2, K4 4→5 (the later registration of the same day counts), K5 1→1; K6 K7 had no trede yet.
    expect(await doorstroom({})).toEqual({
      van: P1,
      tot: P2,
      matrix: { '1': { '1': 1 }, '2': { '4': 1 }, '3': { '2': 1 }, '4': { '5': 1 } },
      omhoog: 2,
      gelijk: 1,
      omlaag: 1,
      onderdrukt: false,
    });
    expect(await doorstroom({ gemeenteId: g2 })).toEqual({
      van: P1,
      tot: P2,
      matrix: { '4': { '5': 1 } },
      omhoog: 1,
      gelijk: 0,
      omlaag: 0,
      onderdrukt: false,
    });
    expect(await doorstroom({ teamId: t2 })).toEqual({
      van: P1,
      tot: P2,
      matrix: { '3': { '2': 1 }, '4': { '5': 1 } },
      omhoog: 1,
      gelijk: 0,
      omlaag: 1,
      onderdrukt: false,
    });
  });

  it('trend van 2026-04-01 tot 2026-06-30: drie maandeinden, elk gelijk aan de kerncijfers op die peildatum', async () => {
    const antwoord = await t
      .http()
      .get('/api/rapportages/trend')
      .query({ van: '2026-04-01', tot: P2 })
      .set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(200);
    const maanden: { peildatum: string }[] = antwoord.body.maanden;
    expect(maanden.map((m) => m.peildatum)).toEqual(['2026-04-30', '2026-05-31', P2]);

    const april = {
      peildatum: '2026-04-30',
      caseload: 7,
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 3 },
      inBeeld: { in_beeld: 3, bijna_uit_beeld: 1, uit_beeld: 3 }, // in: K4 K6 K7; bijna: K1 (84 days); uit: K2 K5 K9
      gesprokenLaatste12Maanden: 0.7143,
      gesprekkenVerdeling12Maanden: { '0': 2, '1': 1, '2': 3, '3': 1, '>3': 0 },
      metLopendeAfspraak: 0,
      vrijstellingen: { formeel: 2, informeel: 1, informeelVerlopen: 0 }, // K5 (withdrawn only on 1 May) K6 | K4
      vrijstellingenPerReden: {
        zorg_kind_onder_5: { formeel: 1, informeel: 0 },
        medisch_permanent: { formeel: 1, informeel: 0 },
        medisch_tijdelijk: { formeel: 0, informeel: 1 },
      },
      ladder: { '1': 1, '2': 1, '3': 0, '4': 2, '5': 1, '6': 1 },
      ladderOnbekend: 1,
      noShowPercentage: 8.3, // 1 of 12
      uitstroom: { werk: 1, verhuizing: 1 },
      periode: { van: '2025-04-30', tot: '2026-04-30' },
      onderdrukt: false,
    };
    const mei = {
      peildatum: '2026-05-31',
      caseload: 7,
      caseloadPerKlantmanager: { ...BANDEN0, '<50': 3 },
      inBeeld: { in_beeld: 2, bijna_uit_beeld: 1, uit_beeld: 4 }, // in: K1 K4; bijna: K6; uit: K2 K5 K7 K9
      gesprokenLaatste12Maanden: 0.7143,
      gesprekkenVerdeling12Maanden: { '0': 2, '1': 1, '2': 2, '3': 2, '>3': 0 },
      metLopendeAfspraak: 0,
      vrijstellingen: { formeel: 1, informeel: 1, informeelVerlopen: 0 },
      vrijstellingenPerReden: {
        medisch_permanent: { formeel: 1, informeel: 0 },
        medisch_tijdelijk: { formeel: 0, informeel: 1 },
      },
      ladder: { '1': 1, '2': 1, '3': 0, '4': 1, '5': 2, '6': 1 },
      ladderOnbekend: 1,
      noShowPercentage: 7.7, // 1 of 13
      uitstroom: { werk: 1, verhuizing: 1 },
      periode: { van: '2025-05-31', tot: '2026-05-31' },
      onderdrukt: false,
    };
    expect(maanden).toEqual([april, mei, ORGANISATIE_P2]);
    for (const maand of maanden) expect(await kerncijfers({ peildatum: maand.peildatum })).toEqual(maand);
  });

  it('trend met teamfilter geeft per maand het team van toen', async () => {
    const antwoord = await t
      .http()
      .get('/api/rapportages/trend')
      .query({ van: '2026-02-01', tot: '2026-03-31', teamId: t2 })
      .set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(200);
    // K2 moved to team T2 on 2026-03-15: not yet at the end of February, there at the end of March.
    expect(
      antwoord.body.maanden.map((m: { peildatum: string; caseload: number }) => [m.peildatum, m.caseload]),
    ).toEqual([
      ['2026-02-28', 3],
      ['2026-03-31', 4],
    ]);
  });

  it('organisatie B ziet alleen haar eigen klant; A telt die nergens mee', async () => {
    const vanB = await kerncijfers({ peildatum: P2 }, b.teamleider.token);
    expect(vanB).toMatchObject({
      caseload: 1,
      uitstroom: { werk: 1 },
      inBeeld: { in_beeld: 1, bijna_uit_beeld: 0, uit_beeld: 0 },
    });
    expect((await kerncijfers({ peildatum: P2 })).caseload).toBe(7);
  });
});
