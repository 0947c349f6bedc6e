import { plusMaanden, trendPeildata, vandaag } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, dagenGeleden, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

/**
 * The first trend after a start (issue 17): beyond the live budget, and only while a background preparation runs
 * here, the trend answers with the kept months and today and names the rest as `inVoorbereiding`; its request makes
 * the preparation do this organisatie first. Within the budget, or without a preparation, nothing changes.
 */
const van = plusMaanden(vandaag(), -12);
const peildata = trendPeildata(van, vandaag());
const gesloten = peildata.filter((p) => p < vandaag());

async function vulOrganisatie(t: TestApp): Promise<TestOmgeving> {
  const omgeving = await maakOmgeving(t);
  for (let i = 0; i < 3; i++) {
    const klant = await maakKlant(t, omgeving, { startdatumUitkering: plusMaanden(vandaag(), -20 + i * 5) });
    const antwoord = await t
      .http()
      .post(`/api/klanten/${klant.id}/contactmomenten`)
      .set(bearer(omgeving.klantmanager.token))
      .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(30 + i * 90) }));
    expect(antwoord.status).toBe(201);
  }
  return omgeving;
}

const bewaard = async (t: TestApp, organisatieId: string): Promise<string[]> =>
  (
    await t.db.query(`SELECT peildatum::text AS p FROM rapport_maand WHERE organisatie_id = $1 ORDER BY 1`, [
      organisatieId,
    ])
  ).map((r: { p: string }) => r.p);

const trend = (t: TestApp, o: TestOmgeving) =>
  t.http().get('/api/rapportages/trend').query({ van, tot: vandaag() }).set(bearer(o.teamleider.token));

async function zoalsKerncijfers(t: TestApp, o: TestOmgeving, maanden: unknown[]) {
  expect(maanden).toHaveLength(peildata.length);
  for (const [i, peildatum] of peildata.entries()) {
    const live = await t
      .http()
      .get('/api/rapportages/kerncijfers')
      .query({ peildatum })
      .set(bearer(o.teamleider.token));
    expect(maanden[i]).toEqual(live.body);
  }
}

describe('rapportages: de eerste trend na de start, met voorbereiding op de achtergrond', () => {
  let t: TestApp;
  let a: TestOmgeving;

  beforeAll(async () => {
    // A long interval: only the start run and the runs a trend asks for happen during the test.
    t = await startTestApp({ rapportMaandenIntervalMs: 3_600_000, trendLiveKlantmaanden: 1, trendPerMinuut: 1000 });
    a = await vulOrganisatie(t);
  }, 60_000);
  afterAll(() => t.sluit());

  it('buiten het budget: antwoordt met de bewaarde maanden en vandaag, noemt de rest, en vult zich daarna aan', async () => {
    const eerste = await trend(t, a);
    expect(eerste.status).toBe(200);
    const kaal = await bewaard(t, a.organisatie.id);
    const getoond = eerste.body.maanden.map((m: { peildatum: string }) => m.peildatum);
    // Months the request showed were kept before it answered (none computed live), today is last, and together
    // with inVoorbereiding they are every month asked, in order.
    expect(eerste.body.inVoorbereiding.length).toBeGreaterThan(0);
    expect(getoond.at(-1)).toBe(vandaag());
    expect(getoond.slice(0, -1).every((p: string) => kaal.includes(p))).toBe(true);
    expect([...getoond.slice(0, -1), ...eerste.body.inVoorbereiding].sort()).toEqual(gesloten);
    expect(eerste.body.inVoorbereiding).toEqual([...eerste.body.inVoorbereiding].sort());

    let laatste = eerste;
    for (const tot = Date.now() + 60_000; Date.now() < tot; await new Promise((r) => setTimeout(r, 250))) {
      laatste = await trend(t, a);
      expect(laatste.status).toBe(200);
      if (laatste.body.inVoorbereiding.length === 0) break;
    }
    expect(laatste.body.inVoorbereiding).toEqual([]);
    expect(await bewaard(t, a.organisatie.id)).toEqual(expect.arrayContaining(gesloten));
    await zoalsKerncijfers(t, a, laatste.body.maanden);
  }, 90_000);
});

describe('rapportages: de eerste trend binnen het budget', () => {
  let t: TestApp;
  let a: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp({ rapportMaandenIntervalMs: 3_600_000 });
    a = await vulOrganisatie(t);
  }, 60_000);
  afterAll(() => t.sluit());

  it('rekent de ontbrekende maanden live, met inVoorbereiding leeg', async () => {
    const antwoord = await trend(t, a);
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.inVoorbereiding).toEqual([]);
    await zoalsKerncijfers(t, a, antwoord.body.maanden);
  }, 60_000);
});

describe('rapportages: de eerste trend zonder voorbereiding op de achtergrond', () => {
  let t: TestApp;
  let a: TestOmgeving;

  beforeAll(async () => {
    t = await startTestApp({ trendLiveKlantmaanden: 1 });
    a = await vulOrganisatie(t);
  }, 60_000);
  afterAll(() => t.sluit());

  it('rekent buiten het budget toch alles live: niemand anders doet het', async () => {
    const antwoord = await trend(t, a);
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.inVoorbereiding).toEqual([]);
    expect(await bewaard(t, a.organisatie.id)).toEqual([]);
    await zoalsKerncijfers(t, a, antwoord.body.maanden);
  }, 60_000);
});
