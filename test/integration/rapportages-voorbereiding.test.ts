import { maandeinde, maandeindeVoor, plusDagen, plusMaanden, trendPeildata, vandaag } from '@klant-in-beeld/domain';
import { Db } from '../../apps/api/src/database/db';
import { VOORBEREIDE_MAANDEN } from '../../apps/api/src/rapportages/rapport-maanden.voorbereiding';
import { MAX_TREND_MAANDEN, RapportagesService } from '../../apps/api/src/rapportages/rapportages.service';
import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, dagenGeleden, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

/**
 * With background preparation on (as `npm start` runs it), the facts of the last closed months are kept before any
 * trend asks for them, for every organisatie; a month that a backdated change reopened is kept again by the next run;
 * and the prepared months give the same figures as the live computation.
 */
describe('rapportages: maanden voorbereiden op de achtergrond', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  let klantId: string;
  const verwacht = trendPeildata(plusMaanden(vandaag(), -VOORBEREIDE_MAANDEN), vandaag()).filter((p) => p < vandaag());

  beforeAll(async () => {
    t = await startTestApp({ rapportMaandenIntervalMs: 250 });
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
    for (let i = 0; i < 6; i++) {
      const klant = await maakKlant(t, a, { startdatumUitkering: plusMaanden(vandaag(), -30 + i * 4) });
      klantId = klant.id;
      const antwoord = await t
        .http()
        .post(`/api/klanten/${klant.id}/contactmomenten`)
        .set(bearer(a.klantmanager.token))
        .send(contactInvoer({ plaatsgevondenOp: dagenGeleden(40 + i * 60) }));
      expect(antwoord.status).toBe(201);
    }
    await maakKlant(t, b);
  }, 60_000);
  afterAll(() => t.sluit());

  const bewaard = async (organisatieId: string): Promise<string[]> =>
    (
      await t.db.query(`SELECT peildatum::text AS p FROM rapport_maand WHERE organisatie_id = $1 ORDER BY 1`, [
        organisatieId,
      ])
    ).map((r: { p: string }) => r.p);

  async function wachtTotVoorbereid(organisatieId: string) {
    for (const tot = Date.now() + 30_000; Date.now() < tot; await new Promise((r) => setTimeout(r, 100))) {
      if ((await bewaard(organisatieId)).length >= verwacht.length) break;
    }
    expect(await bewaard(organisatieId)).toEqual(verwacht);
  }

  it(`houdt de laatste ${VOORBEREIDE_MAANDEN} afgesloten maanden klaar voor elke organisatie, ook een die na de start ontstond`, async () => {
    await wachtTotVoorbereid(a.organisatie.id);
    await wachtTotVoorbereid(b.organisatie.id);
  });

  it('de trend gebruikt de voorbereide maanden zoals ze zijn, met dezelfde cijfers als live', async () => {
    const voor = await t.db.query(
      `SELECT peildatum::text AS p, berekend_op FROM rapport_maand WHERE organisatie_id = $1 ORDER BY 1`,
      [a.organisatie.id],
    );
    const van = plusMaanden(vandaag(), -12);
    const trend = await t
      .http()
      .get('/api/rapportages/trend')
      .query({ van, tot: vandaag() })
      .set(bearer(a.teamleider.token));
    expect(trend.status).toBe(200);
    const na = await t.db.query(
      `SELECT peildatum::text AS p, berekend_op FROM rapport_maand WHERE organisatie_id = $1 ORDER BY 1`,
      [a.organisatie.id],
    );
    expect(na).toEqual(voor);
    const peildata = trendPeildata(van, vandaag());
    for (const [i, peildatum] of peildata.entries()) {
      const live = await t
        .http()
        .get('/api/rapportages/kerncijfers')
        .query({ peildatum })
        .set(bearer(a.teamleider.token));
      expect(trend.body.maanden[i]).toEqual(live.body);
    }
  });

  it('bereidt een maand die door een wijziging met terugwerkende kracht verviel opnieuw voor', async () => {
    await wachtTotVoorbereid(a.organisatie.id);
    // A conversation in the month before last: that month end and every later one lose their mark.
    const datum = plusDagen(verwacht.at(-2) as string, -3);
    const antwoord = await t
      .http()
      .post(`/api/klanten/${klantId}/contactmomenten`)
      .set(bearer(a.klantmanager.token))
      .send(contactInvoer({ plaatsgevondenOp: `${datum}T10:00:00+01:00` }));
    expect(antwoord.status).toBe(201);
    await wachtTotVoorbereid(a.organisatie.id);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM rapport_maandfeit WHERE organisatie_id = $1 AND peildatum = $2 AND klant_id = $3 AND laatst_gezien = $4`,
      [a.organisatie.id, verwacht.at(-2), klantId, datum],
    );
    expect(n).toBe(1);
  });

  it(`verwijdert bewaarde maanden ouder dan ${MAX_TREND_MAANDEN} maanden; een trend over die maanden rekent ze live`, async () => {
    const grens = maandeinde(plusMaanden(maandeindeVoor(vandaag()), -MAX_TREND_MAANDEN));
    const oud = trendPeildata(plusMaanden(grens, -3), grens);
    const klant = await maakKlant(t, a, { startdatumUitkering: plusMaanden(grens, -6) });
    for (const [i, dag] of [plusDagen(oud[0], -20), plusDagen(oud[1], -2), plusDagen(oud[3], -40)].entries()) {
      await t.db.query(
        `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
         VALUES ($1, $2, $3, $4, 'gesprek_op_locatie', 'gemeente', $5, 'x')`,
        [a.organisatie.id, klant.id, a.klantmanager.id, `${dag}T10:00:00+01:00`, i === 1 ? 'no_show' : 'gesproken'],
      );
    }
    // Kept as a trend over those months once kept them (before the retention existed).
    await t.app
      .get(Db)
      .verzoek(a.organisatie.id, () => t.app.get(RapportagesService).bewaarMaanden(a.organisatie.id, oud));
    const oudeFeiten = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM rapport_maandfeit WHERE organisatie_id = $1 AND peildatum = ANY ($2::date[])`,
          [a.organisatie.id, oud.slice(0, 3)],
        )
      )[0].n;
    for (const tot = Date.now() + 30_000; Date.now() < tot; await new Promise((r) => setTimeout(r, 100))) {
      // The new client's start reopened every month since: wait for the preparation to keep them again too.
      const nu = await bewaard(a.organisatie.id);
      if (nu.every((p) => p >= grens) && verwacht.every((p) => nu.includes(p)) && (await oudeFeiten()) === 0) break;
    }
    const nu = await bewaard(a.organisatie.id);
    expect(nu.filter((p) => p < grens)).toEqual([]);
    expect(await oudeFeiten()).toBe(0);
    // The month end at the boundary and the prepared months stay.
    expect(nu).toEqual([grens, ...verwacht]);
    const trend = await t
      .http()
      .get('/api/rapportages/trend')
      .query({ van: oud[0], tot: grens })
      .set(bearer(a.teamleider.token));
    expect(trend.status).toBe(200);
    expect(trend.body.maanden).toHaveLength(oud.length);
    for (const [i, peildatum] of oud.entries()) {
      const live = await t
        .http()
        .get('/api/rapportages/kerncijfers')
        .query({ peildatum })
        .set(bearer(a.teamleider.token));
      expect(trend.body.maanden[i]).toEqual(live.body);
    }
    expect(trend.body.maanden.map((m: { caseload: number }) => m.caseload)).toEqual([1, 1, 1, 1]);
  });
});
