import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  dagenGeleden,
  Ingelogd,
  maakKlant,
  maakKlantVan,
  maakMedewerker,
  maakOmgeving,
  TestOmgeving,
} from '../support/factories';
import {
  alleItems,
  gesprekGeleden,
  maakAfspraak,
  maakIngelogde,
  maakTeam,
  maakVrijstelling,
  maandagDezeWeek,
  over,
  registreerContact,
} from '../support/werkvoorraad-factories';

/** The UTC offset of Dutch time on a date, as +01:00 or +02:00 (noon; DST switches at night). */
function nlOffset(datum: string): string {
  const naam = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(`${datum}T12:00:00Z`))
    .find((deel) => deel.type === 'timeZoneName')!.value; // "GMT+1"
  return `+${naam.replace('GMT+', '').padStart(2, '0')}:00`;
}

describe('GET /api/teams/{id}/overzicht: weekstart per klantmanager', () => {
  let t: TestApp;
  let o: TestOmgeving;
  let b: TestOmgeving;
  let km2: Ingelogd;
  let km3: { id: string };
  let anderTeamId: string;
  let teamleiderAnderTeam: Ingelogd;

  beforeAll(async () => {
    t = await startTestApp();
    o = await maakOmgeving(t);
    b = await maakOmgeving(t);
    const km1 = o.klantmanager;
    km2 = await maakIngelogde(t, {
      organisatieId: o.organisatie.id,
      teamId: o.organisatie.teamId,
      rol: 'klantmanager',
      naam: 'Anna Tweede',
    });
    km3 = await maakMedewerker(t.db, {
      organisatieId: o.organisatie.id,
      teamId: o.organisatie.teamId,
      rol: 'klantmanager',
      naam: 'Zeger Derde',
    });
    anderTeamId = await maakTeam(t.db, o.organisatie.id, 'Team Zuid');
    const km4 = await maakMedewerker(t.db, {
      organisatieId: o.organisatie.id,
      teamId: anderTeamId,
      rol: 'klantmanager',
      naam: 'Dirk Zuid',
    });
    teamleiderAnderTeam = await maakIngelogde(t, {
      organisatieId: o.organisatie.id,
      teamId: anderTeamId,
      rol: 'teamleider',
    });

    // Klantmanager 1 (Test klantmanager). Contacts in the past are 8 days or more ago: never "this week".
    const c1 = await maakKlant(t, o, { dienstverleningscategorie: 'job_ready' });
    await registreerContact(t, km1.token, c1.id); // gesprek now: in beeld, counts this week
    await registreerContact(t, km1.token, c1.id, { kanaal: 'brief', resultaat: 'verstuurd' }); // not a gesprek
    await registreerContact(t, km1.token, c1.id, { kanaal: 'telefoon', resultaat: 'niet_bereikt' }); // not a gesprek
    const c2 = await maakKlant(t, o, { dienstverleningscategorie: 'job_ready' });
    await gesprekGeleden(t, km1.token, c2.id, 25); // bijna uit beeld, due in 5 days
    const c3 = await maakKlant(t, o, { dienstverleningscategorie: 'job_ready' });
    await gesprekGeleden(t, km1.token, c3.id, 40); // uit beeld, overdue
    await maakKlant(t, o, { startdatumUitkering: over(-400) }); // c4: never seen: uit beeld, intake overdue
    const c5 = await maakKlant(t, o, { dienstverleningscategorie: 'job_ready' }); // uitgestroomd: not on the caseload
    await gesprekGeleden(t, km1.token, c5.id, 40);
    await t
      .http()
      .patch(`/api/klanten/${c5.id}`)
      .set(bearer(km1.token))
      .send({ versie: 1, status: 'uitgestroomd', uitstroomdatum: vandaag(), uitstroomreden: 'werk' })
      .expect(200);
    const c6 = await maakKlant(t, o);
    await gesprekGeleden(t, km1.token, c6.id, 8);
    await maakAfspraak(t, km1.token, c6.id, { einddatum: over(-2) }); // afspraak verlopen
    const c7 = await maakKlant(t, o, { dienstverleningscategorie: 'job_ready' });
    await gesprekGeleden(t, km1.token, c7.id, 35); // uit beeld, but the item is postponed
    await t.db.query(
      `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, tot_datum, reden, medewerker_id) VALUES ($1, $2, 'uit_beeld', $3, 'Ziekenhuis', $4)`,
      [o.organisatie.id, c7.id, over(10), km1.id],
    );
    const c8 = await maakKlant(t, o, { dienstverleningscategorie: 'job_ready' });
    await registreerContact(t, km2.token, c8.id); // gesprek now by klantmanager 2: counts for km2, puts c8 in beeld

    // Klantmanager 2 (Anna Tweede).
    const vanKm2 = (velden: Record<string, unknown> = {}) =>
      maakKlant(t, o, { klantmanagerId: km2.id, ...velden }, km2.token);
    const maandag = maandagDezeWeek();
    const zondag = plusDagen(maandag, -1);
    const d1 = await vanKm2();
    await registreerContact(t, km2.token, d1.id, { plaatsgevondenOp: `${maandag}T00:00:00${nlOffset(maandag)}` }); // first moment of the week
    const d2 = await vanKm2();
    await registreerContact(t, km2.token, d2.id, { plaatsgevondenOp: `${zondag}T23:59:00${nlOffset(zondag)}` }); // last moment of last week
    await vanKm2({ startdatumUitkering: vandaag() }); // d3: new, intake due in 28 days (bijna uit beeld, not overdue)
    const d4 = await vanKm2();
    await gesprekGeleden(t, km2.token, d4.id, 20);
    await registreerContact(t, km2.token, d4.id, { resultaat: 'no_show', plaatsgevondenOp: dagenGeleden(10) }); // no-show overdue
    const d5 = await vanKm2();
    await gesprekGeleden(t, km2.token, d5.id, 8);
    await maakVrijstelling(t, km2.token, d5.id, {
      soort: 'informeel',
      reden: 'multiproblematiek',
      beschikkingKenmerk: undefined,
      beschikkingDatum: undefined,
      ingangsdatum: over(-60),
      einddatum: over(-1),
      herbeoordelingsdatum: over(-30),
    }); // vrijstelling verlopen

    // Unassigned: two active, one uitgestroomd.
    await maakKlant(t, o, { klantmanagerId: null });
    await maakKlant(t, o, { klantmanagerId: null });
    const weg = await maakKlant(t, o, { klantmanagerId: null });
    await t
      .http()
      .patch(`/api/klanten/${weg.id}`)
      .set(bearer(o.teamleider.token))
      .send({ versie: 1, status: 'uitgestroomd', uitstroomdatum: vandaag(), uitstroomreden: 'werk' })
      .expect(200);

    // Another team of the same organisatie, and another organisatie: never in this overview.
    const z = await maakKlantVan(t, o, km4.id);
    await registreerContact(t, teamleiderAnderTeam.token, z.id);
    await maakKlant(t, b);
    await maakKlant(t, b, { klantmanagerId: null });
  }, 60_000);
  afterAll(() => t.sluit());

  const overzicht = (id: string, token = o.teamleider.token) =>
    t.http().get(`/api/teams/${id}/overzicht`).set(bearer(token));

  it('geeft per klantmanager caseload, in beeld, verlopen items en gesprekken deze week, op naam gesorteerd', async () => {
    const antwoord = await overzicht(o.organisatie.teamId);
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toEqual({
      teamId: o.organisatie.teamId,
      teamNaam: 'Testteam',
      peildatum: vandaag(),
      klantmanagers: [
        {
          medewerkerId: km2.id,
          naam: 'Anna Tweede',
          caseload: 5,
          inBeeld: 4,
          bijnaUitBeeld: 1,
          uitBeeld: 0,
          verlopenItems: 2,
          gesprekkenDezeWeek: 2,
        },
        {
          medewerkerId: o.klantmanager.id,
          naam: 'Test klantmanager',
          caseload: 7,
          inBeeld: 3,
          bijnaUitBeeld: 1,
          uitBeeld: 3,
          verlopenItems: 3,
          gesprekkenDezeWeek: 1,
        },
        {
          medewerkerId: km3.id,
          naam: 'Zeger Derde',
          caseload: 0,
          inBeeld: 0,
          bijnaUitBeeld: 0,
          uitBeeld: 0,
          verlopenItems: 0,
          gesprekkenDezeWeek: 0,
        },
      ],
      zonderKlantmanager: 2,
      uitgesteld: 1,
    });
  });

  it('de cijfers per klantmanager zijn gelijk aan wat de klantenlijst, de werkvoorraad en een directe telling geven', async () => {
    const { body } = await overzicht(o.organisatie.teamId);
    const tl = bearer(o.teamleider.token);
    const totaal = async (query: Record<string, string>) => {
      const antwoord = await t
        .http()
        .get('/api/klanten')
        .query({ ...query, status: 'actief', pageSize: 1 })
        .set(tl);
      expect(antwoord.status).toBe(200);
      return antwoord.body.totaal as number;
    };
    const maandag = maandagDezeWeek();
    for (const rij of body.klantmanagers as { medewerkerId: string }[]) {
      const klantmanagerId = rij.medewerkerId;
      const { items } = await alleItems(t, o.teamleider.token, { medewerkerId: klantmanagerId });
      const [{ gesprekken }] = await t.db.query(
        `SELECT count(*)::int AS gesprekken FROM contactmoment
          WHERE medewerker_id = $1 AND resultaat = 'gesproken' AND kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon')
            AND (plaatsgevonden_op AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date`,
        [klantmanagerId, maandag, vandaag()],
      );
      expect(rij).toEqual({
        medewerkerId: klantmanagerId,
        naam: expect.any(String),
        caseload: await totaal({ klantmanagerId }),
        inBeeld: await totaal({ klantmanagerId, inBeeld: 'in_beeld' }),
        bijnaUitBeeld: await totaal({ klantmanagerId, inBeeld: 'bijna_uit_beeld' }),
        uitBeeld: await totaal({ klantmanagerId, inBeeld: 'uit_beeld' }),
        verlopenItems: items.filter((i) => i.urgentie === 'verlopen').length,
        gesprekkenDezeWeek: gesprekken,
      });
    }
    expect(body.zonderKlantmanager).toBe(await totaal({ zonderKlantmanager: 'true' }));
  });

  it('een gesprek vandaag verandert de cijfers meteen', async () => {
    const voor = (await overzicht(o.organisatie.teamId)).body.klantmanagers.find(
      (k: { naam: string }) => k.naam === 'Zeger Derde',
    );
    const klant = await maakKlant(t, o, { klantmanagerId: km3.id, startdatumUitkering: over(-400) });
    const tussen = (await overzicht(o.organisatie.teamId)).body.klantmanagers.find(
      (k: { naam: string }) => k.naam === 'Zeger Derde',
    );
    expect([voor.caseload, tussen.caseload, tussen.uitBeeld, tussen.verlopenItems]).toEqual([0, 1, 1, 1]);
    await registreerContact(t, km2.token, klant.id);
    const na = (await overzicht(o.organisatie.teamId)).body.klantmanagers;
    expect(na.find((k: { naam: string }) => k.naam === 'Zeger Derde')).toMatchObject({
      caseload: 1,
      inBeeld: 1,
      uitBeeld: 0,
      verlopenItems: 0,
      gesprekkenDezeWeek: 0,
    });
    expect(na.find((k: { naam: string }) => k.naam === 'Anna Tweede').gesprekkenDezeWeek).toBe(3);
  });

  it('het team van een andere organisatie of een onbekend team geeft 404', async () => {
    for (const id of [b.organisatie.teamId, randomUUID(), 'geen-uuid']) {
      const antwoord = await overzicht(id);
      expect(antwoord.status).toBe(404);
      expect(antwoord.body.code).toBe('NIET_GEVONDEN');
    }
  });

  it('een ander team van de eigen organisatie geeft 403; de teamleider van dat team ziet het wel', async () => {
    expect((await overzicht(anderTeamId)).status).toBe(403);
    expect((await overzicht(o.organisatie.teamId, teamleiderAnderTeam.token)).status).toBe(403);
    const eigen = await overzicht(anderTeamId, teamleiderAnderTeam.token);
    expect(eigen.status).toBe(200);
    expect(eigen.body.klantmanagers).toEqual([
      {
        medewerkerId: expect.any(String),
        naam: 'Dirk Zuid',
        caseload: 1,
        inBeeld: 1,
        bijnaUitBeeld: 0,
        uitBeeld: 0,
        verlopenItems: 0,
        gesprekkenDezeWeek: 0,
      },
    ]);
  });

  it('is niet voor klantmanager, beleid en beheerder (403)', async () => {
    for (const token of [o.klantmanager.token, km2.token, o.beleid.token, o.beheerder.token]) {
      expect((await overzicht(o.organisatie.teamId, token)).status).toBe(403);
    }
  });
});
