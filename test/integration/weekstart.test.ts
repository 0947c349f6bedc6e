import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  Ingelogd,
  maakKlant,
  maakKlantVan,
  maakMedewerker,
  maakOmgeving,
  TestOmgeving,
} from '../support/factories';
import { gesprekGeleden, maakIngelogde, maakTeam, maandagDezeWeek } from '../support/werkvoorraad-factories';

/** The UTC offset of Dutch time on a date, as +01:00 or +02:00 (noon; DST switches at night). */
function nlOffset(datum: string): string {
  const naam = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(`${datum}T12:00:00Z`))
    .find((deel) => deel.type === 'timeZoneName')!.value; // "GMT+1"
  return `+${naam.replace('GMT+', '').padStart(2, '0')}:00`;
}
const nlTijd = (datum: string, tijd: string) => `${datum}T${tijd}:00${nlOffset(datum)}`;
const netGeleden = () => new Date(Date.now() - 60_000).toISOString();
const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld);

describe('GET /api/teams/{id}/weekstart: campagne naast de werkvoorraad', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let km2: Ingelogd;
  let teamleiderZuid: Ingelogd;
  const http = () => t.http();
  const deze = maandagDezeWeek();
  const volgende = plusDagen(deze, 7);
  const weekstart = (token: string, query = '', teamId = a.organisatie.teamId) =>
    http().get(`/api/teams/${teamId}/weekstart${query}`).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    km2 = await maakIngelogde(t, {
      organisatieId: a.organisatie.id,
      teamId: a.organisatie.teamId,
      rol: 'klantmanager',
      naam: 'Anna Tweede',
    });
    const zuid = await maakTeam(t.db, a.organisatie.id, 'Team Zuid');
    const kmZuid = await maakMedewerker(t.db, { organisatieId: a.organisatie.id, teamId: zuid, rol: 'klantmanager' });
    teamleiderZuid = await maakIngelogde(t, { organisatieId: a.organisatie.id, teamId: zuid, rol: 'teamleider' });

    // Never seen (in the cohort "not spoken for 12 months", uit beeld with an intake item): c1–c5 of the first
    // klantmanager, d1–d3 of Anna, one of team Zuid. r1 was seen 25 days ago: bijna uit beeld, not in the cohort.
    const c = [];
    for (let i = 0; i < 5; i++) c.push(await maakKlant(t, a));
    const d = [];
    for (let i = 0; i < 3; i++) d.push(await maakKlant(t, a, { klantmanagerId: km2.id }, km2.token));
    await maakKlantVan(t, a, kmZuid.id);
    const r1 = await maakKlant(t, a, { dienstverleningscategorie: 'job_ready' });
    await gesprekGeleden(t, a.klantmanager.token, r1.id, 25);

    const gemaakt = await http()
      .post('/api/campagnes')
      .set(bearer(a.teamleider.token))
      .send({
        naam: 'Herscreening',
        criteria: { nietGesprokenMaanden: 12 },
        startdatum: vandaag(),
        einddatum: plusDagen(vandaag(), 30),
      });
    expect(gemaakt.status).toBe(201);
    const id = gemaakt.body.id;
    await http()
      .patch(`/api/campagnes/${id}`)
      .set(bearer(a.teamleider.token))
      .send({ versie: 1, externeMedewerkerIds: [a.extern.id] })
      .expect(200);
    const start = await http().post(`/api/campagnes/${id}/starten`).set(bearer(a.teamleider.token)).send({ versie: 2 });
    expect(start.status).toBe(200);
    expect(start.body.cohortGrootte).toBe(9);
    const verdeel = await http()
      .post(`/api/campagnes/${id}/verdelen`)
      .set(bearer(a.teamleider.token))
      .send({ medewerkerIds: [a.extern.id], klantIds: [c[3].id], voorbeeld: false });
    expect(verdeel.status).toBe(200);

    const uitnodigen = async (token: string, klantId: string, datumTijd: string) => {
      const antwoord = await http()
        .post(`/api/campagnes/${id}/deelnemers/${klantId}/uitnodiging`)
        .set(bearer(token))
        .send({ datumTijd, locatie: 'Stadskantoor' });
      expect(antwoord.status).toBe(201);
      return antwoord.body.id as string;
    };
    const uitkomst = async (klantId: string, uitnodigingId: string, resultaat: string) => {
      const antwoord = await http()
        .post(`/api/klanten/${klantId}/contactmomenten`)
        .set(bearer(a.klantmanager.token))
        .send({
          plaatsgevondenOp: netGeleden(),
          kanaal: 'gesprek_op_locatie',
          initiatief: 'gemeente',
          resultaat,
          onderwerp: 'Klant-in-beeld-gesprek',
          uitnodigingId,
        });
      expect(antwoord.status).toBe(201);
    };
    // Next week: c1 planned (and its gesprek already held now), c2 a no-show, c3 cancelled; Anna's d1 on Monday
    // morning and d2 on Sunday 23:30 (both in the week); c4 by the extern; c5 and d3 still to invite.
    await uitnodigen(a.klantmanager.token, c[0].id, nlTijd(plusDagen(volgende, 1), '10:00'));
    const u2 = await uitnodigen(a.klantmanager.token, c[1].id, nlTijd(plusDagen(volgende, 2), '10:00'));
    await uitkomst(c[1].id, u2, 'no_show');
    const u3 = await uitnodigen(a.klantmanager.token, c[2].id, nlTijd(plusDagen(volgende, 3), '10:00'));
    await uitkomst(c[2].id, u3, 'afgezegd');
    await uitnodigen(km2.token, d[0].id, nlTijd(volgende, '08:00'));
    await uitnodigen(km2.token, d[1].id, nlTijd(plusDagen(volgende, 6), '23:30'));
    await uitnodigen(a.extern.token, c[3].id, nlTijd(plusDagen(volgende, 4), '10:00'));
    const gesprek = await http()
      .post(`/api/klanten/${c[0].id}/gesprekken`)
      .set(bearer(a.klantmanager.token))
      .send({ gevoerdOp: netGeleden(), scores: [{ domein: 'werk_opleiding', niveau: 2 }], campagneId: id });
    expect(gesprek.status).toBe(201);
  });
  afterAll(() => t.sluit());

  // The regular werkvoorraad is today's: c2–c5 never seen (uit beeld, intake) and r1 bijna uit beeld; c1 was seen.
  const km1Werk = { openItems: 5, uitBeeld: 4, bijnaUitBeeld: 1 };
  const km2Werk = { openItems: 3, uitBeeld: 3, bijnaUitBeeld: 0 };

  it('volgende week: gepland, no-shows en nog te plannen per medewerker, met totalen', async () => {
    const antwoord = await weekstart(a.teamleider.token, `?week=${plusDagen(volgende, 2)}`); // a Wednesday
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toMatchObject({
      teamId: a.organisatie.teamId,
      week: volgende,
      weekEinde: plusDagen(volgende, 6),
      peildatum: vandaag(),
    });
    expect(antwoord.body.medewerkers).toEqual([
      {
        medewerkerId: km2.id,
        naam: 'Anna Tweede',
        rol: 'klantmanager',
        gepland: 2,
        gevoerd: 0,
        noShows: 0,
        tePlannen: 1,
        ...km2Werk,
      },
      {
        medewerkerId: a.klantmanager.id,
        naam: 'Test klantmanager',
        rol: 'klantmanager',
        gepland: 2,
        gevoerd: 0,
        noShows: 1,
        tePlannen: 1,
        ...km1Werk,
      },
      {
        medewerkerId: a.extern.id,
        naam: 'Test extern',
        rol: 'extern',
        gepland: 1,
        gevoerd: 0,
        noShows: 0,
        tePlannen: 0,
        openItems: 0,
        uitBeeld: 0,
        bijnaUitBeeld: 0,
      },
    ]);
    expect(antwoord.body.totaal).toEqual({
      gepland: 5,
      gevoerd: 0,
      noShows: 1,
      tePlannen: 2,
      openItems: 8,
      uitBeeld: 7,
      bijnaUitBeeld: 1,
    });
  });

  it('deze week (standaard): het gevoerde gesprek; de werkvoorraad is dezelfde als in het teamoverzicht', async () => {
    const antwoord = await weekstart(a.teamleider.token);
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.week).toBe(deze);
    const km1 = antwoord.body.medewerkers.find((m: { medewerkerId: string }) => m.medewerkerId === a.klantmanager.id);
    expect(km1).toMatchObject({ gepland: 0, gevoerd: 1, noShows: 0, tePlannen: 1, ...km1Werk });
    expect(antwoord.body.medewerkers.map((m: { naam: string }) => m.naam)).toEqual([
      'Anna Tweede',
      'Test klantmanager',
    ]);
    expect(antwoord.body.totaal).toEqual({
      gepland: 0,
      gevoerd: 1,
      noShows: 0,
      tePlannen: 2,
      openItems: 8,
      uitBeeld: 7,
      bijnaUitBeeld: 1,
    });
    const overzicht = await http()
      .get(`/api/teams/${a.organisatie.teamId}/overzicht`)
      .set(bearer(a.teamleider.token))
      .expect(200);
    for (const rij of overzicht.body.klantmanagers) {
      const week = antwoord.body.medewerkers.find((m: { medewerkerId: string }) => m.medewerkerId === rij.medewerkerId);
      expect([week.uitBeeld, week.bijnaUitBeeld]).toEqual([rij.uitBeeld, rij.bijnaUitBeeld]);
    }
    // The open items are the klantmanager's own werkvoorraad without its campagne items.
    const eigen = await http().get('/api/werkvoorraad?pageSize=100').set(bearer(a.klantmanager.token)).expect(200);
    expect(eigen.body.items.filter((i: { campagneId?: string }) => !i.campagneId)).toHaveLength(km1Werk.openItems);
  });

  it('een week zonder campagnewerk; de teamleider van een ander team 403, andere organisatie 404', async () => {
    const later = await weekstart(a.teamleider.token, `?week=${plusDagen(volgende, 14)}`);
    expect(later.body.totaal).toMatchObject({ gepland: 0, gevoerd: 0, noShows: 0, tePlannen: 2 });
    expect(later.body.medewerkers).toHaveLength(2);

    expect((await weekstart(teamleiderZuid.token)).status).toBe(403);
    expect((await weekstart(b.teamleider.token)).status).toBe(404);
    expect((await weekstart(a.teamleider.token, '', randomUUID())).status).toBe(404);
    const zuid = await weekstart(teamleiderZuid.token, '', teamleiderZuid.teamId!);
    expect(zuid.status).toBe(200);
    expect(zuid.body.totaal).toMatchObject({ gepland: 0, tePlannen: 1 });
  });

  it.each(['klantmanager', 'beleid', 'beheerder', 'privacy', 'extern'] as const)('%s: 403', async (rol) => {
    const antwoord = await weekstart(a[rol].token);
    expect(antwoord.status).toBe(403);
  });

  it('week die geen datum is: 400 met het veld week; de inzage staat in het logboek', async () => {
    for (const slecht of ['morgen', '2026-02-30', '2026-1-5']) {
      const antwoord = await weekstart(a.teamleider.token, `?week=${slecht}`);
      expect(antwoord.status).toBe(400);
      expect(velden(antwoord.body)).toEqual(['week']);
    }
    const log = await t.db.query(
      `SELECT count(*)::int AS n FROM verwerking WHERE medewerker_id = $1 AND handeling = $2`,
      [a.teamleider.id, 'team.weekstart'],
    );
    expect(log[0].n).toBeGreaterThanOrEqual(3);
  });
});
