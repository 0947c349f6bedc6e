import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { startTestApp, TestApp } from '../support/app';
import { bearer, maakKlant, maakOmgeving, TestOmgeving } from '../support/factories';

const velden = (body: { fouten?: { veld: string }[] }) => (body.fouten ?? []).map((f) => f.veld);
const netGeleden = () => new Date(Date.now() - 60_000).toISOString();
const op = (dagen: number, tijd: string) => `${plusDagen(vandaag(), dagen)}T${tijd}:00+01:00`;

describe('campagnes (HTTP)', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let b: TestOmgeving;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    b = await maakOmgeving(t);
  });
  afterAll(() => t.sluit());

  const nieuweCampagne = (token = a.teamleider.token, body: Record<string, unknown> = {}) =>
    http()
      .post('/api/campagnes')
      .set(bearer(token))
      .send({
        naam: 'Herscreening',
        criteria: { nietGesprokenMaanden: 12 },
        startdatum: vandaag(),
        einddatum: plusDagen(vandaag(), 30),
        ...body,
      });

  it('voorbeeld, aanmaken en slechte invoer; rollen en andere organisatie', async () => {
    const leeg = await http()
      .post('/api/campagnes/voorbeeld')
      .set(bearer(b.teamleider.token))
      .send({ criteria: { nietGesprokenMaanden: 12 } });
    expect(leeg.status).toBe(200);
    expect(leeg.body).toEqual({ aantal: 0, perGemeente: [], perTeam: [] });

    const fout = await http()
      .post('/api/campagnes/voorbeeld')
      .set(bearer(a.teamleider.token))
      .send({ criteria: { teamIds: [b.organisatie.teamId], categorieen: ['bestaat_niet'] } });
    expect(fout.status).toBe(400);
    expect(velden(fout.body).sort()).toEqual(['criteria.categorieen.0', 'criteria.teamIds.0']);
    const rol = await http().post('/api/campagnes/voorbeeld').set(bearer(a.klantmanager.token)).send({ criteria: {} });
    expect(rol.status).toBe(403);
    expect((await nieuweCampagne(a.klantmanager.token)).status).toBe(403);

    const slecht = await nieuweCampagne(a.teamleider.token, {
      naam: '',
      einddatum: plusDagen(vandaag(), -1),
      maxUitnodigingen: 9,
    });
    expect(slecht.status).toBe(400);
    expect(velden(slecht.body)).toEqual(expect.arrayContaining(['naam', 'maxUitnodigingen']));
    const periode = await nieuweCampagne(a.teamleider.token, { einddatum: plusDagen(vandaag(), -1) });
    expect(periode.status).toBe(400);
    expect(velden(periode.body)).toEqual(['einddatum']);

    const gemaakt = await nieuweCampagne(b.teamleider.token);
    expect(gemaakt.status).toBe(201);
    expect(gemaakt.body).toMatchObject({ status: 'concept', cohortGrootte: 0, maxUitnodigingen: 2, versie: 1 });
    expect((await http().get(`/api/campagnes/${gemaakt.body.id}`).set(bearer(a.teamleider.token))).status).toBe(404);
    const starten = await http()
      .post(`/api/campagnes/${gemaakt.body.id}/starten`)
      .set(bearer(b.teamleider.token))
      .send({ versie: 1 });
    expect(starten.status).toBe(422);
    expect(starten.body.code).toBe('CAMPAGNE_COHORT_LEEG');
  });

  it('de hele keten: starten, extern, uitnodigen, nabellen, no-show, opnieuw, gesprek, plan — trechter exact', async () => {
    const k = [];
    for (let i = 0; i < 4; i++) k.push(await maakKlant(t, a));
    const gemaakt = await nieuweCampagne();
    expect(gemaakt.status).toBe(201);
    const id = gemaakt.body.id;
    expect(gemaakt.body.cohortGrootte).toBe(4);
    expect(gemaakt.body.trechter).toEqual({
      cohort: 0,
      uitgenodigd: 0,
      nagebeld: 0,
      verschenen: 0,
      noShow: 0,
      gesprekGevoerd: 0,
      planGemaakt: 0,
    });

    // Extern on a concept: no access to the campagne or its clients.
    const ext = await http()
      .patch(`/api/campagnes/${id}`)
      .set(bearer(a.teamleider.token))
      .send({ versie: 1, externeMedewerkerIds: [a.extern.id, a.klantmanager.id] });
    expect(ext.status).toBe(400);
    expect(velden(ext.body)).toEqual(['externeMedewerkerIds.1']);
    const patch = await http()
      .patch(`/api/campagnes/${id}`)
      .set(bearer(a.teamleider.token))
      .send({ versie: 1, externeMedewerkerIds: [a.extern.id] });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ versie: 2, externeMedewerkerIds: [a.extern.id] });
    expect((await http().get(`/api/klanten/${k[0].id}`).set(bearer(a.extern.token))).status).toBe(403);
    expect((await http().get(`/api/campagnes/${id}`).set(bearer(a.extern.token))).status).toBe(403);

    const oud = await http().post(`/api/campagnes/${id}/starten`).set(bearer(a.teamleider.token)).send({ versie: 1 });
    expect(oud.status).toBe(409);
    const start = await http().post(`/api/campagnes/${id}/starten`).set(bearer(a.teamleider.token)).send({ versie: 2 });
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({ status: 'lopend', cohortGrootte: 4, versie: 3 });
    const nogmaals = await http()
      .post(`/api/campagnes/${id}/starten`)
      .set(bearer(a.teamleider.token))
      .send({ versie: 3 });
    expect(nogmaals.status).toBe(422);
    const buiten = await maakKlant(t, a); // after the start: not in the frozen cohort
    const patchNa = await http()
      .patch(`/api/campagnes/${id}`)
      .set(bearer(a.teamleider.token))
      .send({ versie: 3, criteria: {} });
    expect(patchNa.status).toBe(400);
    expect(velden(patchNa.body)).toEqual(['criteria']);

    // Extern during: the deelnemers and their dossiers, logged; a non-deelnemer 403 and logged.
    expect((await http().get(`/api/klanten/${k[0].id}`).set(bearer(a.extern.token))).status).toBe(200);
    expect((await http().get(`/api/klanten/${buiten.id}`).set(bearer(a.extern.token))).status).toBe(403);
    const lijst = await http().get(`/api/campagnes/${id}/deelnemers`).set(bearer(a.extern.token));
    expect(lijst.status).toBe(200);
    expect(lijst.body.totaal).toBe(4);
    expect(lijst.body.items.every((d: { status: string }) => d.status === 'te_plannen')).toBe(true);
    const log = await t.db.query(
      `SELECT handeling, klant_id, resultaat FROM verwerking WHERE medewerker_id = $1 ORDER BY tijdstip`,
      [a.extern.id],
    );
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ klant_id: buiten.id, resultaat: 'geweigerd' }),
        expect.objectContaining({ klant_id: k[0].id, resultaat: 'gelukt' }),
        ...k.map((kl) => expect.objectContaining({ handeling: 'campagne.deelnemers', klant_id: kl.id })),
      ]),
    );
    expect((await http().get('/api/campagnes').set(bearer(a.extern.token))).body.totaal).toBe(1);

    const uitnodigen = (klantId: string, body: Record<string, unknown>, token = a.klantmanager.token) =>
      http().post(`/api/campagnes/${id}/deelnemers/${klantId}/uitnodiging`).set(bearer(token)).send(body);
    const nabellen = (klantId: string, resultaat: string) =>
      http()
        .post(`/api/campagnes/${id}/deelnemers/${klantId}/nabellen`)
        .set(bearer(a.klantmanager.token))
        .send({ resultaat });
    const uitkomst = (klantId: string, uitnodigingId: string, resultaat: string) =>
      http().post(`/api/klanten/${klantId}/contactmomenten`).set(bearer(a.klantmanager.token)).send({
        plaatsgevondenOp: netGeleden(),
        kanaal: 'gesprek_op_locatie',
        initiatief: 'gemeente',
        resultaat,
        onderwerp: 'Klant-in-beeld-gesprek',
        uitnodigingId,
      });

    // Bad input of an invitation.
    const verleden = await uitnodigen(k[0].id, { datumTijd: op(-1, '10:00'), locatie: ' ' });
    expect(verleden.status).toBe(400);
    expect(velden(verleden.body).sort()).toEqual(['datumTijd', 'locatie']);
    const buitenPeriode = await uitnodigen(k[0].id, { datumTijd: op(40, '10:00'), locatie: 'Stadskantoor' });
    expect(buitenPeriode.status).toBe(400);
    expect(velden(buitenPeriode.body)).toEqual(['datumTijd']);
    expect((await nabellen(k[0].id, 'bereikt')).status).toBe(422);

    const u1 = await uitnodigen(k[0].id, { datumTijd: op(1, '10:00'), locatie: 'Stadskantoor' });
    expect(u1.status).toBe(201);
    expect(u1.body).toMatchObject({ poging: 1, duurMinuten: 60, medewerkerId: a.klantmanager.id });
    const contacten = await http().get(`/api/klanten/${k[0].id}/contactmomenten`).set(bearer(a.klantmanager.token));
    expect(contacten.body.items[0]).toMatchObject({
      id: u1.body.briefContactmomentId,
      kanaal: 'brief',
      resultaat: 'verstuurd',
      onderwerp: 'Uitnodiging klant-in-beeld-gesprek',
      uitnodigingId: u1.body.id,
    });
    const open = await uitnodigen(k[0].id, { datumTijd: op(2, '14:00'), locatie: 'Stadskantoor' });
    expect(open.status).toBe(409);
    expect(open.body.code).toBe('OPEN_UITNODIGING');
    const dubbel = await uitnodigen(k[1].id, { datumTijd: op(1, '10:30'), locatie: 'Stadskantoor' });
    expect(dubbel.status).toBe(409);
    expect(dubbel.body.conflict).toEqual({
      uitnodigingId: u1.body.id,
      datumTijd: new Date(op(1, '10:00')).toISOString(),
      duurMinuten: 60,
      locatie: 'Stadskantoor',
      klantId: k[0].id,
    });
    const u2 = await uitnodigen(k[1].id, { datumTijd: op(1, '11:00'), locatie: 'Stadskantoor' });
    expect(u2.status).toBe(201);
    // Two at once for the same slot: exactly one wins.
    const [p, q] = await Promise.all([
      uitnodigen(k[2].id, { datumTijd: op(3, '10:00'), locatie: 'Wijkcentrum' }),
      uitnodigen(k[3].id, { datumTijd: op(3, '10:15'), locatie: 'Wijkcentrum' }),
    ]);
    expect([p.status, q.status].sort()).toEqual([201, 409]);

    const gebeld = await nabellen(k[0].id, 'bereikt');
    expect(gebeld.status).toBe(201);
    expect(gebeld.body).toMatchObject({ kanaal: 'telefoon', resultaat: 'gesproken', uitnodigingId: u1.body.id });
    expect((await nabellen(k[1].id, 'niet_bereikt')).body).toMatchObject({ resultaat: 'niet_bereikt' });
    expect((await uitkomst(k[0].id, u1.body.id, 'no_show')).status).toBe(201);
    expect((await uitkomst(k[1].id, u2.body.id, 'no_show')).status).toBe(201);
    const verkeerd = await uitkomst(k[1].id, u1.body.id, 'gesproken');
    expect(verkeerd.status).toBe(400);
    expect(velden(verkeerd.body)).toEqual(['uitnodigingId']);

    const u3 = await uitnodigen(k[0].id, { datumTijd: op(2, '10:00'), locatie: 'Stadskantoor' });
    expect(u3.body).toMatchObject({ poging: 2 });
    const max = await uitnodigen(k[0].id, { datumTijd: op(4, '10:00'), locatie: 'Stadskantoor' });
    expect(max.status).toBe(409); // still open

    const gesprek = await http()
      .post(`/api/klanten/${k[0].id}/gesprekken`)
      .set(bearer(a.klantmanager.token))
      .send({ gevoerdOp: netGeleden(), scores: [{ domein: 'werk_opleiding', niveau: 2 }], campagneId: id });
    expect(gesprek.status).toBe(201);
    expect(gesprek.body.campagneId).toBe(id);
    const geenDeelnemer = await http()
      .post(`/api/klanten/${buiten.id}/gesprekken`)
      .set(bearer(a.klantmanager.token))
      .send({ gevoerdOp: netGeleden(), scores: [{ domein: 'werk_opleiding', niveau: 2 }], campagneId: id });
    expect(geenDeelnemer.status).toBe(400);
    expect(velden(geenDeelnemer.body)).toEqual(['campagneId']);
    const plan = await http()
      .put(`/api/klanten/${k[0].id}/plan`)
      .set(bearer(a.klantmanager.token))
      .send({ evaluatiedatum: plusDagen(vandaag(), 60), versie: 0, doelen: [] });
    expect(plan.status).toBe(200);

    const detail = await http().get(`/api/campagnes/${id}`).set(bearer(a.teamleider.token));
    expect(detail.body.trechter).toEqual({
      cohort: 4,
      uitgenodigd: 3,
      nagebeld: 1,
      verschenen: 1,
      noShow: 1,
      gesprekGevoerd: 1,
      planGemaakt: 1,
    });
    expect(detail.body.opkomst).toEqual({
      metNabellen: { uitnodigingen: 1, verschenen: 0, percentage: 0 },
      zonderNabellen: { uitnodigingen: 2, verschenen: 1, percentage: 50 },
    });
    expect(Object.values(detail.body.paden)).toEqual([1]);
    const statussen = await http().get(`/api/campagnes/${id}/deelnemers`).set(bearer(a.teamleider.token));
    const van = (klantId: string) =>
      statussen.body.items.find((d: { klantId: string }) => d.klantId === klantId).status;
    expect([van(k[0].id), van(k[1].id)]).toEqual(['plan_gemaakt', 'no_show']);
    expect([van(k[2].id), van(k[3].id)].sort()).toEqual(['te_plannen', 'uitgenodigd']);

    const beleid = await http().get(`/api/campagnes/${id}`).set(bearer(a.beleid.token));
    expect(beleid.status).toBe(200);
    expect(beleid.body.onderdrukt).toBe(true);
    expect(beleid.body.trechter.cohort).toBeNull();
    expect(beleid.body.trechter.planGemaakt).toBeNull();

    // Verdelen: preview, then for real; a medewerker who may not hold deelnemers is named.
    const foutVerdeel = await http()
      .post(`/api/campagnes/${id}/verdelen`)
      .set(bearer(a.teamleider.token))
      .send({ medewerkerIds: [a.beleid.id], voorbeeld: true });
    expect(velden(foutVerdeel.body)).toEqual(['medewerkerIds.0']);
    const verdeel = await http()
      .post(`/api/campagnes/${id}/verdelen`)
      .set(bearer(a.teamleider.token))
      .send({ medewerkerIds: [a.extern.id, a.klantmanager.id], voorbeeld: false });
    expect(verdeel.status).toBe(200);
    expect(verdeel.body.toegewezen).toBe(1);
    expect(verdeel.body.verdeling[0]).toMatchObject({ medewerkerId: a.extern.id, huidig: 0, nieuw: 1, totaal: 1 });

    // Agenda of the klantmanager and as iCalendar.
    const agenda = await http()
      .get(`/api/agenda?van=${vandaag()}&tot=${plusDagen(vandaag(), 7)}`)
      .set(bearer(a.klantmanager.token));
    expect(agenda.status).toBe(200);
    expect(agenda.body.items).toHaveLength(4);
    expect(agenda.body.items.map((i: { status: string }) => i.status).sort()).toEqual([
      'no_show',
      'plan_gemaakt',
      'plan_gemaakt',
      'uitgenodigd',
    ]);
    const teLang = await http()
      .get(`/api/agenda?van=${vandaag()}&tot=${plusDagen(vandaag(), 100)}`)
      .set(bearer(a.klantmanager.token));
    expect(velden(teLang.body)).toEqual(['tot']);
    const ics = await http()
      .get(`/api/agenda.ics?van=${vandaag()}&tot=${plusDagen(vandaag(), 7)}`)
      .set(bearer(a.klantmanager.token));
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(4);

    // After afsluiten the extern loses access.
    const huidig = (await http().get(`/api/campagnes/${id}`).set(bearer(a.teamleider.token))).body.versie;
    const dicht = await http()
      .post(`/api/campagnes/${id}/afsluiten`)
      .set(bearer(a.teamleider.token))
      .send({ versie: huidig });
    expect(dicht.status).toBe(200);
    expect(dicht.body.status).toBe('afgesloten');
    expect((await http().get(`/api/klanten/${k[0].id}`).set(bearer(a.extern.token))).status).toBe(403);
    expect((await http().get(`/api/campagnes/${id}/deelnemers`).set(bearer(a.extern.token))).status).toBe(403);
    expect((await uitnodigen(k[2].id, { datumTijd: op(5, '10:00'), locatie: 'X' }, a.teamleider.token)).status).toBe(
      422,
    );
  });

  it('maximum uitnodigingen: de klantmanager krijgt 422, de teamleider mag nog; einddatum voorbij bij status lopend', async () => {
    const k = [await maakKlant(t, a), await maakKlant(t, a)];
    const gemaakt = await nieuweCampagne(a.teamleider.token, {
      naam: 'Eén uitnodiging',
      maxUitnodigingen: 1,
      criteria: { teamIds: [a.organisatie.teamId] },
    });
    const id = gemaakt.body.id;
    await http()
      .patch(`/api/campagnes/${id}`)
      .set(bearer(a.teamleider.token))
      .send({ versie: 1, externeMedewerkerIds: [a.extern.id] });
    const start = await http().post(`/api/campagnes/${id}/starten`).set(bearer(a.teamleider.token)).send({ versie: 2 });
    expect(start.status).toBe(200);
    const uitnodigen = (klantId: string, dagen: number, token = a.klantmanager.token) =>
      http()
        .post(`/api/campagnes/${id}/deelnemers/${klantId}/uitnodiging`)
        .set(bearer(token))
        .send({ datumTijd: op(dagen, '09:00'), locatie: 'Stadskantoor' });
    const eerste = await uitnodigen(k[0].id, 6);
    expect(eerste.status).toBe(201);
    const noShow = await http().post(`/api/klanten/${k[0].id}/contactmomenten`).set(bearer(a.klantmanager.token)).send({
      plaatsgevondenOp: netGeleden(),
      kanaal: 'gesprek_op_locatie',
      initiatief: 'gemeente',
      resultaat: 'no_show',
      onderwerp: 'Klant-in-beeld-gesprek',
      uitnodigingId: eerste.body.id,
    });
    expect(noShow.status).toBe(201);
    const teVeel = await uitnodigen(k[0].id, 7);
    expect({ status: teVeel.status, code: teVeel.body.code }).toEqual({ status: 422, code: 'MAXIMUM_UITNODIGINGEN' });
    expect(teVeel.body.melding ?? teVeel.body.message).toMatch(/Alleen de teamleider/);
    // Past the maximum the no-show is the teamleider's: on their worklist, not the klantmanager's.
    const soorten = async (token: string) =>
      (await http().get('/api/werkvoorraad?pageSize=100').set(bearer(token))).body.items
        .filter((i: { klantId: string }) => i.klantId === k[0].id)
        .map((i: { soort: string }) => i.soort);
    expect(await soorten(a.teamleider.token)).toContain('campagne_no_show');
    expect(await soorten(a.klantmanager.token)).not.toContain('campagne_no_show');
    const tweede = await uitnodigen(k[0].id, 7, a.teamleider.token);
    expect(tweede.status).toBe(201);
    expect(tweede.body.poging).toBe(2);

    // An extern's dossier read of a deelnemer is logged as such.
    expect((await http().get(`/api/klanten/${k[1].id}`).set(bearer(a.extern.token))).status).toBe(200);
    const gelezen = await t.db.query(
      `SELECT resultaat FROM verwerking WHERE medewerker_id = $1 AND klant_id = $2 AND handeling = 'klant.inzien'`,
      [a.extern.id, k[1].id],
    );
    expect(gelezen).toEqual([{ resultaat: 'gelukt' }]);

    // The einddatum passed while the status still says lopend (nobody closed it): the campagne no longer runs.
    await t.db.query(`UPDATE campagne SET startdatum = $2, einddatum = $3 WHERE id = $1`, [
      id,
      plusDagen(vandaag(), -20),
      plusDagen(vandaag(), -1),
    ]);
    const laat = await uitnodigen(k[1].id, 1);
    expect({ status: laat.status, code: laat.body.code }).toEqual({ status: 422, code: 'CAMPAGNE_LOOPT_NIET' });
    const nabel = await http()
      .post(`/api/campagnes/${id}/deelnemers/${k[0].id}/nabellen`)
      .set(bearer(a.klantmanager.token))
      .send({ resultaat: 'bereikt' });
    expect({ status: nabel.status, code: nabel.body.code }).toEqual({ status: 422, code: 'CAMPAGNE_LOOPT_NIET' });
    expect((await http().get(`/api/klanten/${k[1].id}`).set(bearer(a.extern.token))).status).toBe(403);
    expect((await http().get(`/api/campagnes/${id}/deelnemers`).set(bearer(a.extern.token))).status).toBe(403);
    const geweigerd = await t.db.query(
      `SELECT count(*)::int AS n FROM verwerking WHERE medewerker_id = $1 AND klant_id = $2 AND resultaat = 'geweigerd'`,
      [a.extern.id, k[1].id],
    );
    expect(geweigerd[0].n).toBe(1);
    // Its items leave the worklists with it.
    expect(await soorten(a.teamleider.token)).not.toContain('campagne_no_show');
    expect(await soorten(a.klantmanager.token)).not.toContain('nabellen');
  });
});
