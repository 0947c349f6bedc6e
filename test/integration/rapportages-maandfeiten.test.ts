import { plusDagen, trendPeildata, vandaag } from '@klant-in-beeld/domain';
import { Db } from '../../apps/api/src/database/db';
import { RapportagesService } from '../../apps/api/src/rapportages/rapportages.service';
import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

/**
 * The trend reads closed months from kept facts (rapport_maandfeit) and computes the others live. Whatever changes
 * in the dossier, a month of the trend must equal the kerncijfers computed live at that peildatum, before and after
 * the months are kept again (as the background preparation does): the invalidation by trigger is exact, and a
 * backdated change that races with the filling of a month is not lost.
 */
describe('rapportages: bewaarde maandfeiten blijven gelijk aan de live berekening', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let klanten: string[];
  const VAN = '2026-01-01';
  const TOT = '2026-10-31';
  const MAANDEN = trendPeildata(VAN, TOT);
  const moment = (datum: string, uur = 10) => `${datum}T${String(uur).padStart(2, '0')}:00:00+01:00`;
  // Client i: uitkering from start(i), i % 5 conversations, a meting; every third an informal vrijstelling, every
  // second an afspraak.
  const start = (i: number) => plusDagen('2025-12-01', i * 20);
  const contactdag = (i: number, j: number) => plusDagen('2025-12-05', i * 20 + j * 45);
  const metingdag = (i: number) => plusDagen('2025-12-01', i * 7);
  const vrijstellingEinde = (i: number) => plusDagen('2026-05-10', i * 5);
  const afspraakStart = (i: number) => plusDagen('2026-02-01', i * 6);

  beforeAll(async () => {
    t = await startTestApp({ trendPerMinuut: 1000 }); // this file asks for the trend after every change
    a = await maakOmgeving(t);
    klanten = [];
    for (let i = 0; i < 12; i++) {
      const klant = await maakKlant(t, a, {
        startdatumUitkering: start(i),
        dienstverleningscategorie: i % 2 ? 'job_ready' : 'nog_niet_job_ready',
      });
      klanten.push(klant.id);
      for (let j = 0; j < i % 5; j++) {
        await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', $5, 'x')`,
          [a.organisatie.id, klant.id, a.klantmanager.id, moment(contactdag(i, j)), j === 1 ? 'no_show' : 'gesproken'],
        );
      }
      await t.db.query(
        `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op) VALUES ($1, $2, $3, $4, $5)`,
        [a.organisatie.id, klant.id, a.klantmanager.id, 1 + (i % 6), metingdag(i)],
      );
      if (i % 3 === 0) {
        await t.db.query(
          `INSERT INTO vrijstelling (organisatie_id, klant_id, medewerker_id, soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum)
           VALUES ($1, $2, $3, 'informeel', '{arbeidsverplichtingen}', 'multiproblematiek', $4, $5, $5)`,
          [a.organisatie.id, klant.id, a.klantmanager.id, plusDagen('2026-01-10', i * 5), vrijstellingEinde(i)],
        );
      }
      if (i % 2 === 0) {
        await t.db.query(
          `INSERT INTO afspraak (organisatie_id, klant_id, medewerker_id, soort, omschrijving, startdatum, einddatum, aangemaakt_op, gewijzigd_op)
           VALUES ($1, $2, $3, 'taal', 'Taalcursus', $4, $5, $6, $6)`,
          [
            a.organisatie.id,
            klant.id,
            a.klantmanager.id,
            afspraakStart(i),
            plusDagen('2026-08-01', i * 6),
            moment(afspraakStart(i)),
          ],
        );
      }
    }
  }, 60_000);
  afterAll(() => t.sluit());

  const trend = async () => {
    const antwoord = await t
      .http()
      .get('/api/rapportages/trend')
      .query({ van: VAN, tot: TOT })
      .set(bearer(a.teamleider.token));
    expect(antwoord.status).toBe(200);
    return antwoord.body.maanden as Record<string, unknown>[];
  };
  /** Keeps the months that are not kept, then counts them, as the background preparation does. */
  const bewaar = async () => {
    const db = t.app.get(Db);
    const rapportages = t.app.get(RapportagesService);
    await db.verzoek(a.organisatie.id, () => rapportages.bewaarMaanden(a.organisatie.id, MAANDEN));
    return db.verzoek(a.organisatie.id, () => rapportages.telMaanden(a.organisatie.id, MAANDEN));
  };
  const geteld = async () =>
    (
      await t.db.query(
        `SELECT peildatum::text AS p FROM rapport_maand WHERE organisatie_id = $1 AND telling_kenmerk IS NOT NULL ORDER BY 1`,
        [a.organisatie.id],
      )
    ).map((r: { p: string }) => r.p);
  const bewaard = async () =>
    (
      await t.db.query(`SELECT peildatum::text AS p FROM rapport_maand WHERE organisatie_id = $1 ORDER BY 1`, [
        a.organisatie.id,
      ])
    ).map((r: { p: string }) => r.p);

  /** GET /kerncijfers at every month end of the trend, with `query` as the filter. */
  const liveKerncijfers = async (query: Record<string, string> = {}) => {
    const live = [];
    for (const peildatum of MAANDEN) {
      const antwoord = await t
        .http()
        .get('/api/rapportages/kerncijfers')
        .query({ peildatum, ...query })
        .set(bearer(a.teamleider.token));
      expect(antwoord.status).toBe(200);
      live.push(antwoord.body);
    }
    return live;
  };

  /** Every month of the trend equals GET /kerncijfers at that peildatum, with the months kept as they are and after
   * keeping the others. */
  async function verwachtGelijkAanLive() {
    const zoals = await trend();
    await bewaar();
    const maanden = await trend();
    expect(zoals).toEqual(maanden);
    expect(maanden).toEqual(await liveKerncijfers());
    return maanden;
  }

  it('de eerste trend berekent de niet bewaarde maanden live en bewaart ze niet; bewaard zijn ze gelijk', async () => {
    expect(await bewaard()).toEqual([]);
    await trend();
    expect(await bewaard()).toEqual([]);
    const maanden = await verwachtGelijkAanLive();
    expect(await bewaard()).toEqual(MAANDEN);
    expect(maanden.map((m) => m.caseload)).toEqual([4, 5, 7, 8, 10, 11, 12, 12, 12, 12]);
  });

  it('een contact van vandaag laat de bewaarde maanden staan', async () => {
    await verwachtGelijkAanLive();
    const antwoord = await t
      .http()
      .post(`/api/klanten/${klanten[0]}/contactmomenten`)
      .set(bearer(a.klantmanager.token))
      .send(contactInvoer());
    expect(antwoord.status).toBe(201);
    expect(await bewaard()).toEqual(MAANDEN);
  });

  it('een contact met terugwerkende kracht (via de API) vervalt de maanden vanaf die dag, en de trend telt het mee', async () => {
    const voor = await verwachtGelijkAanLive();
    const antwoord = await t
      .http()
      .post(`/api/klanten/${klanten[0]}/contactmomenten`)
      .set(bearer(a.klantmanager.token))
      .send(contactInvoer({ plaatsgevondenOp: moment('2026-05-10') }));
    expect(antwoord.status).toBe(201);
    expect(await bewaard()).toEqual(MAANDEN.filter((p) => p < '2026-05-10'));
    const na = await verwachtGelijkAanLive();
    const mei = MAANDEN.indexOf('2026-05-31');
    expect((na[mei].gesprekkenVerdeling12Maanden as Record<string, number>)['0']).toBe(
      (voor[mei].gesprekkenVerdeling12Maanden as Record<string, number>)['0'] - 1,
    );
  });

  it.each([
    [
      'een vrijstelling ingetrokken',
      `UPDATE vrijstelling SET ingetrokken_op = '2026-03-15' WHERE klant_id = $1`,
      0,
      '2026-03-15',
    ],
    [
      'een einddatum van een vrijstelling verlengd',
      `UPDATE vrijstelling SET einddatum = '2026-09-30' WHERE klant_id = $1`,
      3,
      vrijstellingEinde(3),
    ],
    [
      'een afspraak gesloten (vandaag)',
      `UPDATE afspraak SET status = 'nagekomen', gewijzigd_op = now() WHERE klant_id = $1`,
      2,
      null,
    ],
    [
      'een gesloten afspraak later nog eens gewijzigd',
      `UPDATE afspraak SET gewijzigd_op = '2026-07-01T10:00:00+02:00' WHERE klant_id = $1`,
      2,
      '2026-07-01',
    ],
    [
      'de startdatum van een afspraak verschoven',
      `UPDATE afspraak SET startdatum = '2026-06-15' WHERE klant_id = $1`,
      4,
      afspraakStart(4),
    ],
    [
      'een meting met terugwerkende kracht',
      `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op) SELECT organisatie_id, id, klantmanager_id, 6, '2026-02-10' FROM klant WHERE id = $1`,
      5,
      '2026-02-10',
    ],
    ['een meting verwijderd', `DELETE FROM ladder_meting WHERE klant_id = $1`, 6, metingdag(6)],
    [
      'uitstroom met terugwerkende kracht',
      `UPDATE klant SET status = 'uitgestroomd', uitstroomdatum = '2026-05-20', uitstroomreden = 'werk_in_loondienst' WHERE id = $1`,
      7,
      '2026-05-20',
    ],
    [
      'een latere startdatum van de uitkering',
      `UPDATE klant SET startdatum_uitkering = '2026-07-01' WHERE id = $1`,
      8,
      start(8),
    ],
    ['contacten verwijderd', `DELETE FROM contactmoment WHERE klant_id = $1`, 9, contactdag(9, 0)],
    [
      'een klantmanager vanaf een datum in het verleden',
      `UPDATE klant_toewijzing SET van = '2026-03-01T12:00:00+01:00' WHERE klant_id = $1`,
      10,
      '2026-03-01',
    ],
    [
      'de dienstverleningscategorie (niet gedateerd: geldt voor elke maand zonder herberekening)',
      `UPDATE klant SET dienstverleningscategorie = 'beheer' WHERE id = $1`,
      1,
      null,
    ],
  ])(
    '%s: vervalt precies de maanden die het raakt, en de trend blijft gelijk aan live',
    async (_wat, sql, klant, vanaf) => {
      await verwachtGelijkAanLive();
      expect(await bewaard()).toEqual(MAANDEN);
      await t.db.query(sql, [klanten[klant]]);
      expect(await bewaard()).toEqual(vanaf === null ? MAANDEN : MAANDEN.filter((p) => p < vanaf));
      await verwachtGelijkAanLive();
    },
  );

  it('een wijziging met terugwerkende kracht tijdens het bewaren van een maand gaat niet verloren', async () => {
    await verwachtGelijkAanLive();
    // Months from June are no longer kept; the next preparation fills them again.
    await t.db.query(
      `INSERT INTO ladder_meting (organisatie_id, klant_id, medewerker_id, trede, gemeten_op) VALUES ($1, $2, $3, 2, '2026-06-05')`,
      [a.organisatie.id, klanten[1], a.klantmanager.id],
    );
    const schrijver = t.db.createQueryRunner();
    await schrijver.connect();
    try {
      await schrijver.startTransaction();
      // Not committed yet while the preparation starts filling June: the filling must wait for it.
      await schrijver.query(
        `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
         VALUES ($1, $2, $3, $4, 'huisbezoek', 'gemeente', 'gesproken', 'x')`,
        [a.organisatie.id, klanten[11], a.klantmanager.id, moment('2026-06-20')],
      );
      const bezig = bewaar();
      await new Promise((klaar) => setTimeout(klaar, 300));
      await schrijver.commitTransaction();
      await bezig;
    } finally {
      await schrijver.release();
    }
    await verwachtGelijkAanLive();
  });

  it('de trend wacht niet op het rapportslot van de voorbereiding: niet bewaarde maanden komen live', async () => {
    await bewaar();
    await t.db.query(`DELETE FROM rapport_maand WHERE organisatie_id = $1 AND peildatum >= '2026-06-30'`, [
      a.organisatie.id,
    ]);
    const bezet = t.db.createQueryRunner();
    await bezet.connect();
    try {
      // The lock a month's filling holds, held as long as the trend takes.
      await bezet.startTransaction();
      await bezet.query(`SELECT pg_advisory_xact_lock(rapport_slot($1))`, [a.organisatie.id]);
      const maanden = await Promise.race([
        trend(),
        new Promise<never>((_, mis) => setTimeout(() => mis(new Error('de trend wachtte op het slot')), 10_000)),
      ]);
      expect(maanden).toHaveLength(MAANDEN.length);
      expect(await bewaard()).toEqual(MAANDEN.filter((p) => p < '2026-06-30'));
      await bezet.commitTransaction();
    } finally {
      await bezet.release();
    }
    await verwachtGelijkAanLive();
  });

  it('de bewaarde feiten zijn per organisatie: een andere organisatie ziet ze niet en vervalt ze niet', async () => {
    await verwachtGelijkAanLive();
    const b = await maakOmgeving(t);
    const klant = await maakKlant(t, b, { startdatumUitkering: '2025-06-01' });
    await t.db.query(`UPDATE klant SET startdatum_uitkering = '2025-07-01' WHERE id = $1`, [klant.id]);
    expect(await bewaard()).toEqual(MAANDEN);
    const antwoord = await t
      .http()
      .get('/api/rapportages/trend')
      .query({ van: VAN, tot: TOT })
      .set(bearer(b.teamleider.token));
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.maanden.map((m: { caseload: number }) => m.caseload)).toEqual(MAANDEN.map(() => 1));
  });

  describe('de tellingen per klantmanager en gemeente', () => {
    const filterTrend = async (query: Record<string, string>) => {
      const antwoord = await t
        .http()
        .get('/api/rapportages/trend')
        .query({ van: VAN, tot: TOT, ...query })
        .set(bearer(a.teamleider.token));
      expect(antwoord.status).toBe(200);
      return antwoord.body.maanden;
    };

    it('de trend leest de tellingen: een vervalste telling is te zien, en een nieuwe telling herstelt haar', async () => {
      await bewaar();
      expect(await geteld()).toEqual(MAANDEN);
      await t.db.query(
        `UPDATE rapport_maandtelling SET cijfers[1] = cijfers[1] + 100 WHERE organisatie_id = $1 AND peildatum = $2`,
        [a.organisatie.id, MAANDEN[3]],
      );
      const vervalst = await trend();
      expect(vervalst[3].caseload).toBeGreaterThanOrEqual(100);
      // Only a changed stamp makes the preparation count again: remove it, as a change of a norm would.
      await t.db.query(
        `UPDATE rapport_maand SET telling_kenmerk = 'oud' WHERE organisatie_id = $1 AND peildatum = $2`,
        [a.organisatie.id, MAANDEN[3]],
      );
      expect((await trend())[3].caseload).toBeLessThan(100); // stale stamp: counted from the facts
      expect(await bewaar()).toBe(1);
      await verwachtGelijkAanLive();
    });

    it.each([
      ['een team', () => ({ teamId: a.organisatie.teamId })],
      ['een gemeente', () => ({ gemeenteId: a.organisatie.gemeenteId })],
    ])('met het filter op %s gelijk aan de kerncijfers met dat filter', async (_wat, filter) => {
      await bewaar();
      expect(await geteld()).toEqual(MAANDEN);
      expect(await filterTrend(filter())).toEqual(await liveKerncijfers(filter()));
    });

    it.each([
      ['de dienstverleningscategorie', `UPDATE klant SET dienstverleningscategorie = 'beheer' WHERE id = $1`],
      [
        'een contactnorm',
        `UPDATE contactnorm SET max_dagen = 20, waarschuwing_dagen = 10 WHERE organisatie_id = (SELECT organisatie_id FROM klant WHERE id = $1) AND categorie = 'job_ready'`,
      ],
      [
        'de intaketermijn',
        `UPDATE organisatie_instelling SET intake_dagen = intake_dagen + 30 WHERE organisatie_id = (SELECT organisatie_id FROM klant WHERE id = $1)`,
      ],
      ['een nieuwe klant van vandaag', null],
    ])(
      '%s: de trend blijft meteen gelijk aan live, en de voorbereiding telt opnieuw wat het raakt',
      async (_wat, sql) => {
        await bewaar();
        expect(await geteld()).toEqual(MAANDEN);
        if (sql) await t.db.query(sql, [klanten[3]]);
        else await maakKlant(t, a, { startdatumUitkering: vandaag() });
        const zoals = await trend();
        expect(zoals).toEqual(await liveKerncijfers({}));
        // A client who starts today is in no closed month: the counts stay valid.
        expect(await bewaar()).toBe(sql ? MAANDEN.length : 0);
        expect(await trend()).toEqual(zoals);
        expect(await geteld()).toEqual(MAANDEN);
      },
    );
  });
});
