import {
  adviesVoor,
  datumInNederland,
  isGeldigBsn,
  isWeekend,
  plusDagen,
  plusMaanden,
  STANDAARD_ADVIESREGELS,
  STANDAARD_INSTRUMENT,
  vandaag,
  ZWOLLE_PADEN_AANDEEL,
} from '@klant-in-beeld/domain';
import type { DataSource } from 'typeorm';
import { DEELNEMERS_SQL, TRECHTER_SQL } from '../../apps/api/src/campagnes/deelnemers.sql';
import { demoId } from '../../apps/api/src/seed/demo-id';
import { demoIds, seedDemo } from '../../apps/api/src/seed/demo-seed';
import { startTestApp, TestApp } from '../support/app';
import { bearer, inloggen, TEST_TOTP_GEHEIM } from '../support/factories';

/** Stands for the encrypted demo TOTP secret in the later seeds (they add nobody with a second step). */
const DEMO_TOTP = 'v1:niet-gebruikt-in-deze-test';
const DEMO = demoIds.organisatie('sociale-dienst-demo');
const WERKPLEIN = demoIds.organisatie('werkplein-anders');

/** Share of `deel` in `geheel`, as a fraction. */
const aandeel = (deel: number, geheel: number) => deel / geheel;

const mediaan = (waarden: number[]) => {
  const s = [...waarden].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface TrendMaand {
  peildatum: string;
  caseload: number;
  inBeeld: { in_beeld: number; bijna_uit_beeld: number; uit_beeld: number };
  gesprokenLaatste12Maanden: number;
  metLopendeAfspraak: number;
}

async function getal(db: DataSource, sql: string, parameters: unknown[] = []): Promise<number> {
  const [rij] = await db.query(sql, parameters);
  return Number(Object.values(rij)[0]);
}

/** What must be identical between two seeded databases: who the clients are and the shape of their dossiers. */
async function vingerafdruk(db: DataSource) {
  return db.query(`
    SELECT k.bsn, k.voornamen, k.achternaam, k.dienstverleningscategorie, k.klantmanager_id, k.status,
           (SELECT count(*) FROM contactmoment c WHERE c.klant_id = k.id)::int AS contacten,
           (SELECT count(*) FROM afspraak a WHERE a.klant_id = k.id)::int AS afspraken,
           (SELECT count(*) FROM vrijstelling v WHERE v.klant_id = k.id)::int AS vrijstellingen
      FROM klant k ORDER BY k.organisatie_id, k.bsn`);
}

describe('demo-klanten', () => {
  let t: TestApp;
  let peildatum: string;
  let seedDuurMs: number;

  beforeAll(async () => {
    t = await startTestApp();
    peildatum = vandaag();
    const begin = Date.now();
    // The beheerder logs in below (with the test TOTP secret) for the trend without suppression.
    expect(await seedDemo(t.db, { wachtwoord: 'demo', totpGeheim: t.geheimen.versleutel(TEST_TOTP_GEHEIM) })).toEqual([
      'Sociale Dienst Demo',
      'Werkplein Anders',
    ]);
    seedDuurMs = Date.now() - begin;
  });
  afterAll(() => t.sluit());

  it('seedt ongeveer 300 klanten voor Sociale Dienst Demo en 40 voor Werkplein Anders, binnen enkele seconden', async () => {
    const demo = await getal(t.db, `SELECT count(*) FROM klant WHERE organisatie_id = $1`, [DEMO]);
    const werkplein = await getal(t.db, `SELECT count(*) FROM klant WHERE organisatie_id = $1`, [WERKPLEIN]);
    expect(Math.abs(demo - 300)).toBeLessThanOrEqual(15);
    expect(Math.abs(werkplein - 40)).toBeLessThanOrEqual(5);
    expect(seedDuurMs).toBeLessThan(10_000);
  });

  it('geeft iedere klant een geldig BSN (elfproef) uit de testreeks 9999, uniek binnen de organisatie', async () => {
    const rijen: { bsn: string; organisatie_id: string }[] = await t.db.query(`SELECT bsn, organisatie_id FROM klant`);
    expect(rijen.every((r) => isGeldigBsn(r.bsn) && r.bsn.startsWith('9999'))).toBe(true);
    expect(new Set(rijen.map((r) => `${r.organisatie_id}:${r.bsn}`)).size).toBe(rijen.length);
  });

  it('verdeelt de gemeenten (Zwolle 75%, Kampen 25%) en zet de woonplaats in het adres', async () => {
    const rijen: { naam: string; aantal: number; goed: number }[] = await t.db.query(
      `SELECT g.naam, count(*)::int AS aantal, count(*) FILTER (WHERE k.adres->>'woonplaats' = g.naam)::int AS goed
         FROM klant k JOIN gemeente g ON g.id = k.gemeente_id WHERE k.organisatie_id = $1 GROUP BY g.naam`,
      [DEMO],
    );
    const totaal = rijen.reduce((s, r) => s + r.aantal, 0);
    expect(aandeel(rijen.find((r) => r.naam === 'Zwolle')!.aantal, totaal)).toBeCloseTo(0.75, 1);
    expect(rijen.every((r) => r.goed === r.aantal)).toBe(true);
  });

  it('geeft km1, km2, km3 (Team Noord) en km4 (Team Zuid) caseloads van ongeveer 120, 85, 40 en 35, laat 5 tot 10 klanten zonder klantmanager en geeft Werkplein alles aan km9 op 2 of 3 na', async () => {
    const rijen: { gebruikersnaam: string | null; aantal: number }[] = await t.db.query(
      `SELECT m.gebruikersnaam, count(*)::int AS aantal FROM klant k LEFT JOIN medewerker m ON m.id = k.klantmanager_id
        WHERE k.status = 'actief' GROUP BY k.organisatie_id, m.gebruikersnaam`,
    );
    const caseload = (naam: string) => rijen.find((r) => r.gebruikersnaam === naam)?.aantal ?? 0;
    expect(caseload('km1')).toBeGreaterThanOrEqual(120);
    expect(caseload('km1')).toBeLessThanOrEqual(160);
    expect(caseload('km2')).toBeGreaterThanOrEqual(85);
    expect(caseload('km2')).toBeLessThanOrEqual(115);
    expect(caseload('km3')).toBeGreaterThanOrEqual(40);
    expect(caseload('km3')).toBeLessThanOrEqual(60);
    expect(caseload('km4')).toBeGreaterThanOrEqual(30);
    expect(caseload('km4')).toBeLessThanOrEqual(45);
    const zonder = await getal(
      t.db,
      `SELECT count(*) FROM klant WHERE organisatie_id = $1 AND status = 'actief' AND klantmanager_id IS NULL`,
      [DEMO],
    );
    expect(zonder).toBeGreaterThanOrEqual(5);
    expect(zonder).toBeLessThanOrEqual(10);
    const zonderWerkplein = await getal(
      t.db,
      `SELECT count(*) FROM klant WHERE organisatie_id = $1 AND status = 'actief' AND klantmanager_id IS NULL`,
      [WERKPLEIN],
    );
    expect(zonderWerkplein).toBeGreaterThanOrEqual(2);
    expect(zonderWerkplein).toBeLessThanOrEqual(3);
  });

  /** Per active client of Sociale Dienst Demo on `datum`: how often spoken in the 12 months before (0..4 = 4+). */
  async function gesprekkenVerdeling(datum: string): Promise<number[]> {
    const rijen: { gesprekken: number }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM contactmoment c
                WHERE c.klant_id = k.id AND c.telt_als_gezien AND c.plaatsgevonden_op >= $1::date - interval '12 months'
                  AND c.plaatsgevonden_op < $1::date)::int AS gesprekken
         FROM klant k
        WHERE k.organisatie_id = $2 AND k.startdatum_uitkering <= $1::date
          AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > $1::date)`,
      [datum, DEMO],
    );
    return [0, 1, 2, 3, 4].map((n) =>
      aandeel(rijen.filter((r) => Math.min(r.gesprekken, 4) === n).length, rijen.length),
    );
  }

  // The finished herscreening (see 'de demo-campagnes') changed reality: it spoke nearly everyone not spoken for a
  // year, and called most of them the day before (a call that reaches the client counts as gezien). So the national
  // figures hold BEFORE it started, and today the unseen are fewer, moved to once or twice; 3 and >3 stay national.
  it('liet vóór de herscreening een derde niet gesproken in 12 maanden; nu minder, met gesprekken per klant verdeeld als 0+1+2/3/>3 = 65/9/25%', async () => {
    const [{ startdatum }] = await t.db.query(
      `SELECT startdatum::text FROM campagne WHERE organisatie_id = $1 AND naam = 'Herscreening voorjaar 2026'`,
      [DEMO],
    );
    const voor = await gesprekkenVerdeling(startdatum);
    expect(voor[0]).toBeGreaterThanOrEqual(0.25);
    expect(voor[0]).toBeLessThanOrEqual(0.4);
    const nu = await gesprekkenVerdeling(peildatum);
    expect(nu[0]).toBeLessThan(voor[0] - 0.08);
    expect(nu[0]).toBeGreaterThanOrEqual(0.08);
    expect(Math.abs(nu[0] + nu[1] + nu[2] - 0.65)).toBeLessThanOrEqual(0.06);
    expect(Math.abs(nu[3] - 0.09)).toBeLessThanOrEqual(0.06);
    expect(Math.abs(nu[4] - 0.25)).toBeLessThanOrEqual(0.06);
  });

  it('legt alle contactmomenten op werkdagen tijdens kantooruren vast, nooit in de toekomst, met onderwerp en samenvatting', async () => {
    expect(await getal(t.db, `SELECT count(*) FROM contactmoment WHERE plaatsgevonden_op > now()`)).toBe(0);
    const buiten = await getal(
      t.db,
      `SELECT count(*) FROM contactmoment c, LATERAL (SELECT c.plaatsgevonden_op AT TIME ZONE 'Europe/Amsterdam' AS lokaal) l
        WHERE extract(isodow FROM l.lokaal) > 5 OR l.lokaal::time < '08:00' OR l.lokaal::time > '17:30'
           OR c.onderwerp = '' OR c.samenvatting IS NULL OR c.samenvatting = ''`,
    );
    expect(buiten).toBe(0);
    // Non-counting contacts are there too.
    const soorten: { resultaat: string }[] = await t.db.query(
      `SELECT DISTINCT resultaat FROM contactmoment ORDER BY resultaat`,
    );
    expect(soorten.map((s) => s.resultaat)).toEqual(['afgezegd', 'gesproken', 'niet_bereikt', 'no_show', 'verstuurd']);
  });

  it('heeft klanten met als laatste contact een no-show waar niets op volgde', async () => {
    const aantal = await getal(
      t.db,
      `SELECT count(*) FROM (SELECT DISTINCT ON (klant_id) resultaat FROM contactmoment ORDER BY klant_id, plaatsgevonden_op DESC) l
        WHERE l.resultaat = 'no_show'`,
    );
    expect(aantal).toBeGreaterThanOrEqual(1);
  });

  it('heeft nieuwe klanten die een intake nodig hebben, ook één of twee over de termijn van 28 dagen', async () => {
    const rijen: { binnen: number; over: number }[] = await t.db.query(
      `SELECT count(*) FILTER (WHERE $1::date - startdatum_uitkering <= 28)::int AS binnen,
              count(*) FILTER (WHERE $1::date - startdatum_uitkering > 28)::int AS over
         FROM klant WHERE status = 'actief' AND laatst_gezien_op IS NULL AND organisatie_id = $2`,
      [peildatum, DEMO],
    );
    expect(rijen[0].binnen).toBeGreaterThanOrEqual(1);
    expect(rijen[0].over).toBeGreaterThanOrEqual(1);
    expect(rijen[0].over).toBeLessThanOrEqual(2);
    // Nobody new has contact yet.
    expect(
      await getal(
        t.db,
        `SELECT count(*) FROM contactmoment c JOIN klant k ON k.id = c.klant_id WHERE $1::date - k.startdatum_uitkering <= 28`,
        [peildatum],
      ),
    ).toBe(0);
  });

  it('laat de toewijzingshistorie beginnen op de startdatum van de uitkering', async () => {
    const afwijkend = await getal(
      t.db,
      `SELECT count(*) FROM klant k JOIN klant_toewijzing t ON t.klant_id = k.id
        WHERE nl_datum(t.van) <> k.startdatum_uitkering OR t.klantmanager_id IS DISTINCT FROM k.klantmanager_id`,
    );
    expect(afwijkend).toBe(0);
  });

  it('stelt ongeveer 21% vrij, ongeveer half formeel en half informeel, met verlopen informele en te herbeoordelen vrijstellingen', async () => {
    const [r] = await t.db.query(
      `SELECT count(DISTINCT k.id)::int AS actief,
              count(DISTINCT k.id) FILTER (WHERE v.id IS NOT NULL)::int AS vrijgesteld,
              count(v.id) FILTER (WHERE v.soort = 'formeel')::int AS formeel,
              count(v.id) FILTER (WHERE v.soort = 'informeel')::int AS informeel,
              count(v.id) FILTER (WHERE v.herbeoordelingsdatum <= $1::date + 14)::int AS herbeoordelen
         FROM klant k LEFT JOIN vrijstelling v ON v.klant_id = k.id AND vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, $1::date)
        WHERE k.status = 'actief'`,
      [peildatum],
    );
    expect(aandeel(r.vrijgesteld, r.actief)).toBeGreaterThanOrEqual(0.15);
    expect(aandeel(r.vrijgesteld, r.actief)).toBeLessThanOrEqual(0.27);
    for (const soort of [r.formeel, r.informeel]) {
      expect(aandeel(soort, r.formeel + r.informeel)).toBeGreaterThanOrEqual(0.35);
      expect(aandeel(soort, r.formeel + r.informeel)).toBeLessThanOrEqual(0.65);
    }
    expect(r.herbeoordelen).toBeGreaterThanOrEqual(1);
    const verlopen = await getal(
      t.db,
      `SELECT count(*) FROM vrijstelling WHERE soort = 'informeel' AND einddatum < $1::date AND ingetrokken_op IS NULL`,
      [peildatum],
    );
    expect(verlopen).toBeGreaterThanOrEqual(1);
    // The rules of libs/domain: an informal one lasts at most 183 days, a formal one has a beschikking.
    expect(
      await getal(
        t.db,
        `SELECT count(*) FROM vrijstelling WHERE soort = 'informeel' AND einddatum - ingangsdatum > 183`,
      ),
    ).toBe(0);
    expect(
      await getal(
        t.db,
        `SELECT count(*) FROM vrijstelling WHERE soort = 'formeel' AND beschikking_kenmerk !~ '^PW-20[0-9]{2}-[0-9]{6}$'`,
      ),
    ).toBe(0);
  });

  it('zet bijna de helft van de klanten met een ladder-meting op trede 1 of 2', async () => {
    const [r] = await t.db.query(
      `SELECT count(*)::int AS gemeten, count(*) FILTER (WHERE trede <= 2)::int AS laag
         FROM (SELECT DISTINCT ON (l.klant_id) l.trede FROM ladder_meting l JOIN klant k ON k.id = l.klant_id
                WHERE k.status = 'actief' ORDER BY l.klant_id, l.gemeten_op DESC, l.aangemaakt_op DESC) laatste`,
    );
    expect(aandeel(r.laag, r.gemeten)).toBeGreaterThanOrEqual(0.4);
    expect(aandeel(r.laag, r.gemeten)).toBeLessThanOrEqual(0.55);
  });

  it('geeft ongeveer 69% een lopende of kort geleden beëindigde afspraak, met een paar lopende afspraken over hun einddatum', async () => {
    const [r] = await t.db.query(
      `SELECT count(*)::int AS actief,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM afspraak a WHERE a.klant_id = k.id
                                               AND (a.status = 'lopend' OR a.einddatum >= $1::date - 60)))::int AS met
         FROM klant k WHERE k.status = 'actief'`,
      [peildatum],
    );
    expect(aandeel(r.met, r.actief)).toBeGreaterThanOrEqual(0.6);
    expect(aandeel(r.met, r.actief)).toBeLessThanOrEqual(0.78);
    expect(
      await getal(t.db, `SELECT count(*) FROM afspraak WHERE status = 'lopend' AND einddatum < $1::date`, [peildatum]),
    ).toBeGreaterThanOrEqual(1);
  });

  describe('de geschiedenis van een stabiele organisatie (trend over 24 maanden)', () => {
    let maanden: TrendMaand[];
    /** The finished herscreening: from its start to two months after its end the in-beeld share rises. */
    let herscreening: { startdatum: string; einddatum: string };
    const inHerscreening = (m: TrendMaand) =>
      m.peildatum >= herscreening.startdatum && m.peildatum <= plusMaanden(herscreening.einddatum, 2);

    beforeAll(async () => {
      [herscreening] = await t.db.query(
        `SELECT startdatum::text, einddatum::text FROM campagne WHERE organisatie_id = $1 AND status = 'afgesloten'`,
        [DEMO],
      );
      // The beheerder sees the counts unsuppressed, up to today: 23 closed month ends and today.
      const token = await inloggen(t, 'beheer1', 'demo', TEST_TOTP_GEHEIM);
      const van = plusMaanden(`${peildatum.slice(0, 7)}-01`, -23);
      const antwoord = await t.http().get('/api/rapportages/trend').query({ van, tot: peildatum }).set(bearer(token));
      expect(antwoord.status).toBe(200);
      maanden = antwoord.body.maanden;
      expect(maanden).toHaveLength(24);
    });

    it('houdt het aandeel in beeld in elke maand binnen 8 procentpunten van de mediaan, behalve tijdens de herscreening: dan hoger', () => {
      const aandeelInBeeld = (m: TrendMaand) => aandeel(m.inBeeld.in_beeld, m.caseload);
      // The campagne is a push on top of the steady rhythm: its months are left out of the band, and show.
      const gewoon = maanden.filter((m) => !inHerscreening(m));
      const inBeeld = gewoon.map((m) => ({ maand: m.peildatum, aandeel: aandeelInBeeld(m) }));
      const midden = mediaan(inBeeld.map((m) => m.aandeel));
      // The months outside the band, with their share: empty when the history is steady.
      expect(inBeeld.filter((m) => Math.abs(m.aandeel - midden) > 0.08)).toEqual([]);
      expect(gewoon.length).toBeGreaterThanOrEqual(18);
      expect(Math.max(...maanden.filter(inHerscreening).map(aandeelInBeeld))).toBeGreaterThan(midden + 0.05);
    });

    it('geeft ongeveer 69% een lopende afspraak, in elke maand (Inspectie)', () => {
      const laatste = maanden[maanden.length - 1];
      expect(laatste.metLopendeAfspraak).toBeGreaterThanOrEqual(0.64);
      expect(laatste.metLopendeAfspraak).toBeLessThanOrEqual(0.74);
      const midden = mediaan(maanden.map((m) => m.metLopendeAfspraak));
      expect(maanden.filter((m) => Math.abs(m.metLopendeAfspraak - midden) > 0.08).map((m) => m.peildatum)).toEqual([]);
    });

    it('had vóór de herscreening ongeveer 68% in 12 maanden minstens één keer gesproken (klantenpanel), nu meer', () => {
      // The month end before the herscreening started: the national figure; today it shows the herscreening.
      const voor = maanden.filter((m) => m.peildatum < herscreening.startdatum).pop()!;
      expect(voor.gesprokenLaatste12Maanden).toBeGreaterThanOrEqual(0.6);
      expect(voor.gesprokenLaatste12Maanden).toBeLessThanOrEqual(0.76);
      const laatste = maanden[maanden.length - 1];
      expect(laatste.gesprokenLaatste12Maanden).toBeGreaterThan(voor.gesprokenLaatste12Maanden + 0.05);
    });
  });

  it('spreekt klanten gelijkmatig over de maanden: geen maand boven 1,3 keer de mediaan van de laatste 24', async () => {
    // The rhythm's own conversations: a campagne's calls and gesprekken (linked to an invitation) come on top.
    const rijen: { maand: string; aantal: number }[] = await t.db.query(
      `SELECT to_char(nl_datum(plaatsgevonden_op), 'YYYY-MM') AS maand, count(*)::int AS aantal
         FROM contactmoment WHERE organisatie_id = $1 AND telt_als_gezien AND uitnodiging_id IS NULL
          AND nl_datum(plaatsgevonden_op) >= date_trunc('month', $2::date) - interval '24 months'
          AND nl_datum(plaatsgevonden_op) < date_trunc('month', $2::date)
        GROUP BY 1 ORDER BY 1`,
      [DEMO, peildatum],
    );
    expect(rijen).toHaveLength(24);
    const midden = mediaan(rijen.map((r) => r.aantal));
    expect(rijen.filter((r) => r.aantal > 1.3 * midden)).toEqual([]);
  });

  describe('klant-in-beeld-gesprekken en plannen', () => {
    interface GesprekRij {
      id: string;
      klant_id: string;
      datum: string;
      loonwaarde_percentage: number | null;
      loonwaarde_methode: string | null;
      berekend_categorie: string;
      berekend_pad: string;
      advies_categorie: string;
      dienstverleningspad: string;
      afwijking_reden: string | null;
      categorie_overgenomen: boolean;
      scores: { domein: string; niveau: number; toelichting: string | null }[];
      laatste: boolean;
      klant_categorie: string;
      klant_status: string;
    }
    let gesprekken: GesprekRij[];
    let actief: number;

    beforeAll(async () => {
      gesprekken = await t.db.query(
        `SELECT g.id, g.klant_id, nl_datum(g.gevoerd_op)::text AS datum, g.loonwaarde_percentage, g.loonwaarde_methode,
                g.berekend_categorie, g.berekend_pad, g.advies_categorie, g.dienstverleningspad, g.afwijking_reden,
                g.categorie_overgenomen, k.dienstverleningscategorie AS klant_categorie, k.status AS klant_status,
                (SELECT json_agg(json_build_object('domein', s.domein, 'niveau', s.niveau, 'toelichting', s.toelichting))
                   FROM gesprek_score s WHERE s.gesprek_id = g.id) AS scores,
                g.id = (SELECT l.id FROM gesprek l WHERE l.klant_id = g.klant_id ORDER BY l.gevoerd_op DESC LIMIT 1) AS laatste
           FROM gesprek g JOIN klant k ON k.id = g.klant_id WHERE g.organisatie_id = $1`,
        [DEMO],
      );
      actief = await getal(t.db, `SELECT count(*) FROM klant WHERE organisatie_id = $1 AND status = 'actief'`, [DEMO]);
    });

    it('voert met ongeveer een derde van de actieve klanten een gesprek in de laatste 12 maanden, met een stuk of tien tweede gesprekken', () => {
      const klanten = new Set(gesprekken.filter((g) => g.klant_status === 'actief').map((g) => g.klant_id));
      expect(aandeel(klanten.size, actief)).toBeGreaterThanOrEqual(0.28);
      expect(aandeel(klanten.size, actief)).toBeLessThanOrEqual(0.38);
      const jaarTerug = plusMaanden(peildatum, -12);
      expect(gesprekken.every((g) => g.datum >= jaarTerug && g.datum < peildatum)).toBe(true);
      const tweemaal = [...klanten].filter((k) => gesprekken.filter((g) => g.klant_id === k).length === 2).length;
      expect(tweemaal).toBeGreaterThanOrEqual(7);
      expect(tweemaal).toBeLessThanOrEqual(14);
    });

    it('verdeelt de paden (laatste gesprek per klant) als in Zwolle, binnen 5 procentpunten', () => {
      const laatste = gesprekken.filter((g) => g.laatste);
      for (const [pad, verwacht] of Object.entries(ZWOLLE_PADEN_AANDEEL)) {
        const deel = aandeel(laatste.filter((g) => g.dienstverleningspad === pad).length, laatste.length);
        expect({ pad, afwijking: Math.abs(deel - verwacht) <= 0.05 }).toEqual({ pad, afwijking: true });
      }
    });

    it('scoort alle 13 leefgebieden van de ZRM en bewaart het advies van de regel; een paar wijken af met een reden', () => {
      const domeinen = STANDAARD_INSTRUMENT.domeinen.map((d) => d.code).sort();
      for (const g of gesprekken) {
        expect(g.scores.map((s) => s.domein).sort()).toEqual(domeinen);
        const advies = adviesVoor(g.scores, g.loonwaarde_percentage, STANDAARD_ADVIESREGELS);
        expect([g.berekend_categorie, g.berekend_pad]).toEqual([advies.categorie, advies.pad]);
        const afwijkend = g.advies_categorie !== g.berekend_categorie || g.dienstverleningspad !== g.berekend_pad;
        expect(g.afwijking_reden !== null).toBe(afwijkend);
      }
      const afwijkingen = gesprekken.filter((g) => g.afwijking_reden).length;
      expect(afwijkingen).toBeGreaterThanOrEqual(2);
      expect(aandeel(afwijkingen, gesprekken.length)).toBeLessThanOrEqual(0.1);
      expect(gesprekken.some((g) => g.scores.some((s) => s.toelichting))).toBe(true);
    });

    it('schat bij een deel de loonwaarde, ongeveer de helft boven 30% (Helmond), en past de categorie toe waar die is overgenomen', () => {
      const metLoonwaarde = gesprekken.filter((g) => g.loonwaarde_percentage !== null);
      expect(aandeel(metLoonwaarde.length, gesprekken.length)).toBeGreaterThanOrEqual(0.2);
      const boven = aandeel(metLoonwaarde.filter((g) => g.loonwaarde_percentage! > 30).length, metLoonwaarde.length);
      expect(boven).toBeGreaterThanOrEqual(0.4);
      expect(boven).toBeLessThanOrEqual(0.6);
      expect(new Set(metLoonwaarde.map((g) => g.loonwaarde_methode))).toEqual(
        new Set(['Inschatting klantmanager', 'Dariuz']),
      );
      const laatste = gesprekken.filter((g) => g.laatste);
      expect(aandeel(laatste.filter((g) => g.categorie_overgenomen).length, laatste.length)).toBeGreaterThanOrEqual(
        0.7,
      );
      for (const g of laatste.filter((l) => l.categorie_overgenomen && l.klant_status === 'actief'))
        expect(g.klant_categorie).toBe(g.advies_categorie);
    });

    it('is ook een contactmoment (op locatie, gesproken, door de klantmanager) dat telt als gezien', async () => {
      // A campagne invitation may be a huisbezoek: then the gesprek is held at home.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM gesprek g JOIN contactmoment c ON c.id = g.contactmoment_id JOIN klant k ON k.id = g.klant_id
            WHERE c.klant_id = g.klant_id AND c.resultaat = 'gesproken' AND c.telt_als_gezien
              AND (c.kanaal = 'gesprek_op_locatie' OR (c.kanaal = 'huisbezoek' AND c.uitnodiging_id IS NOT NULL))
              AND c.initiatief = 'gemeente' AND c.onderwerp = 'Klant-in-beeld-gesprek' AND c.plaatsgevonden_op = g.gevoerd_op
              AND g.medewerker_id = c.medewerker_id AND (k.klantmanager_id IS NULL OR g.medewerker_id = k.klantmanager_id)
              AND g.instrument_id = (SELECT i.id FROM leefgebieden_instrument i WHERE i.organisatie_id = g.organisatie_id AND i.versie = 1)`,
        ),
      ).toBe(await getal(t.db, `SELECT count(*) FROM gesprek`));
      // One action: no klant-in-beeld conversation without its gesprek.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM contactmoment c WHERE c.onderwerp = 'Klant-in-beeld-gesprek' AND c.resultaat = 'gesproken'
              AND NOT EXISTS (SELECT 1 FROM gesprek g WHERE g.contactmoment_id = c.id)`,
        ),
      ).toBe(0);
    });

    it('maakt voor ongeveer 75% van de klanten met een gesprek een plan met 1 tot 3 doelen, na het gesprek', async () => {
      const [r] = await t.db.query(
        `SELECT count(DISTINCT g.klant_id)::int AS met_gesprek, count(DISTINCT p.klant_id)::int AS met_plan
           FROM gesprek g LEFT JOIN plan p ON p.klant_id = g.klant_id WHERE g.organisatie_id = $1`,
        [DEMO],
      );
      expect(aandeel(r.met_plan, r.met_gesprek)).toBeGreaterThanOrEqual(0.65);
      expect(aandeel(r.met_plan, r.met_gesprek)).toBeLessThanOrEqual(0.85);
      const plannen: { doelen: number; fout: number; eval_dagen: number; versie: number; statussen: string[] }[] =
        await t.db.query(
          `SELECT p.versie, (SELECT count(*) FROM plan_doel d WHERE d.plan_id = p.id)::int AS doelen,
                (SELECT count(*) FROM plan_doel d WHERE d.plan_id = p.id AND (d.streefdatum <= nl_datum(g.gevoerd_op) OR btrim(d.omschrijving) = ''))::int AS fout,
                p.evaluatiedatum - nl_datum(g.gevoerd_op) AS eval_dagen,
                (SELECT array_agg(DISTINCT d.status) FROM plan_doel d WHERE d.plan_id = p.id) AS statussen
           FROM plan p JOIN LATERAL (SELECT * FROM gesprek l WHERE l.klant_id = p.klant_id ORDER BY l.gevoerd_op DESC LIMIT 1) g ON true`,
        );
      expect(plannen.every((p) => p.doelen >= 1 && p.doelen <= 3 && p.fout === 0)).toBe(true);
      // 3 to 6 months after the gesprek; an evaluated plan (versie 2) got a new date 3 to 6 months later.
      expect(plannen.filter((p) => p.eval_dagen < 80 || p.eval_dagen > (p.versie === 1 ? 190 : 370))).toEqual([]);
      expect(new Set(plannen.flatMap((p) => p.statussen))).toEqual(
        new Set(['lopend', 'behaald', 'niet_behaald', 'vervallen']),
      );
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM afspraak a JOIN plan_doel d ON d.id = a.doel_id WHERE a.organisatie_id = $1`,
          [DEMO],
        ),
      ).toBeGreaterThanOrEqual(20);
    });

    it('geeft km1 een plan om te evalueren en een gesprek zonder plan na 28 dagen', async () => {
      const km1 = demoIds.medewerker('km1');
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM plan p JOIN klant k ON k.id = p.klant_id
            WHERE k.klantmanager_id = $1 AND k.status = 'actief' AND p.evaluatiedatum <= $2::date + 14`,
          [km1, peildatum],
        ),
      ).toBeGreaterThanOrEqual(1);
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM klant k
            WHERE k.klantmanager_id = $1 AND k.status = 'actief' AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.klant_id = k.id)
              AND EXISTS (SELECT 1 FROM gesprek g WHERE g.klant_id = k.id AND nl_datum(g.gevoerd_op) < $2::date - 28)`,
          [km1, peildatum],
        ),
      ).toBeGreaterThanOrEqual(1);
    });
  });

  describe('de demo-campagnes', () => {
    const VOORJAAR = demoId('campagne:sociale-dienst-demo:voorjaar-2026');
    const NAJAAR = demoId('campagne:sociale-dienst-demo:najaar-2026');
    interface Trechter {
      cohort: number;
      uitgenodigd: number;
      nagebeld: number;
      verschenen: number;
      gesprekGevoerd: number;
      planGemaakt: number;
      metNabellenUitnodigingen: number;
      metNabellenVerschenen: number;
      zonderNabellenUitnodigingen: number;
      zonderNabellenVerschenen: number;
    }
    interface Deelnemer {
      klant_id: string;
      medewerker_id: string;
      status: string;
      pogingen: number;
      datum_tijd: Date | null;
      dienstverleningspad: string | null;
    }
    const trechter = async (campagneId: string): Promise<Trechter> => (await t.db.query(TRECHTER_SQL, [campagneId]))[0];
    const deelnemers = (campagneId: string): Promise<Deelnemer[]> =>
      t.db.query(`${DEELNEMERS_SQL} SELECT * FROM dl ORDER BY klant_id`, [campagneId]);
    const dagenGeleden = (datum: string) => (Date.parse(peildatum) - Date.parse(datum)) / 86_400_000;

    it('heeft een afgesloten herscreening van tl1, ongeveer 10 tot 6 maanden geleden, en een lopende met extern1', async () => {
      const rijen: { id: string; naam: string; status: string; startdatum: string; einddatum: string; door: string }[] =
        await t.db.query(
          `SELECT c.id, c.naam, c.status, c.startdatum::text, c.einddatum::text, m.gebruikersnaam AS door
             FROM campagne c JOIN medewerker m ON m.id = c.aangemaakt_door WHERE c.organisatie_id = $1 ORDER BY c.startdatum`,
          [DEMO],
        );
      expect(rijen.map((r) => [r.id, r.naam, r.status, r.door])).toEqual([
        [VOORJAAR, 'Herscreening voorjaar 2026', 'afgesloten', 'tl1'],
        [NAJAAR, 'Klant in beeld najaar 2026', 'lopend', 'tl1'],
      ]);
      expect(dagenGeleden(rijen[0].startdatum)).toBeGreaterThanOrEqual(290);
      expect(dagenGeleden(rijen[0].startdatum)).toBeLessThanOrEqual(310);
      expect(dagenGeleden(rijen[0].einddatum)).toBeGreaterThanOrEqual(175);
      expect(dagenGeleden(rijen[0].einddatum)).toBeLessThanOrEqual(190);
      expect(dagenGeleden(rijen[1].startdatum)).toBeGreaterThanOrEqual(18);
      expect(dagenGeleden(rijen[1].startdatum)).toBeLessThanOrEqual(25);
      expect(dagenGeleden(rijen[1].einddatum)).toBeLessThanOrEqual(-80);
      expect(
        await t.db.query(
          `SELECT m.gebruikersnaam FROM campagne_extern e JOIN medewerker m ON m.id = e.medewerker_id WHERE e.campagne_id = $1`,
          [NAJAAR],
        ),
      ).toEqual([{ gebruikersnaam: 'extern1' }]);
    });

    it('bevriest precies het cohort van de criteria op de startdatum', async () => {
      // Both ways: every client the criteria selected on the start date is a deelnemer, and nobody else.
      const verschil = await t.db.query(
        `WITH criterium AS (
           SELECT c.id AS campagne_id, k.id AS klant_id
             FROM campagne c JOIN klant k ON k.organisatie_id = c.organisatie_id
             LEFT JOIN medewerker km ON km.id = k.klantmanager_id
            WHERE c.organisatie_id = $1
              AND k.startdatum_uitkering <= c.startdatum AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > c.startdatum)
              AND NOT EXISTS (SELECT 1 FROM contactmoment x WHERE x.klant_id = k.id AND x.telt_als_gezien
                                 AND nl_datum(x.plaatsgevonden_op) < c.startdatum
                                 AND nl_datum(x.plaatsgevonden_op) >= (c.startdatum - make_interval(months => (c.criteria->>'nietGesprokenMaanden')::int))::date)
              AND (c.criteria->'minUitkeringsduurMaanden' IS NULL
                   OR k.startdatum_uitkering <= (c.startdatum - make_interval(months => (c.criteria->>'minUitkeringsduurMaanden')::int))::date)
              AND (c.criteria->'teamIds' IS NULL OR km.team_id::text IN (SELECT jsonb_array_elements_text(c.criteria->'teamIds'))))
         (SELECT campagne_id, klant_id, 'ontbreekt' AS fout FROM criterium
          EXCEPT SELECT campagne_id, klant_id, 'ontbreekt' FROM campagne_deelnemer)
         UNION ALL
         (SELECT campagne_id, klant_id, 'te veel' FROM campagne_deelnemer WHERE organisatie_id = $1
          EXCEPT SELECT campagne_id, klant_id, 'te veel' FROM criterium)`,
        [DEMO],
      );
      expect(verschil).toEqual([]);
      const aantal = async (id: string) => (await trechter(id)).cohort;
      expect(await aantal(VOORJAAR)).toBeGreaterThanOrEqual(40);
      expect(await aantal(VOORJAAR)).toBeLessThanOrEqual(75);
      expect(await aantal(NAJAAR)).toBeGreaterThanOrEqual(30);
      expect(await aantal(NAJAAR)).toBeLessThanOrEqual(50);
    });

    // The deelnemers whose frozen start situation differs from what the dossier says at the moment the campagne
    // started. The category is not dated in the dossier: it may only differ where a gesprek after the start took
    // over the category the client has now.
    const AFWIJKENDE_START = `
      SELECT d.campagne_id, d.klant_id
        FROM campagne_deelnemer d
        JOIN campagne c ON c.id = d.campagne_id
        JOIN klant k ON k.id = d.klant_id
        LEFT JOIN LATERAL (SELECT max(x.plaatsgevonden_op) AS op FROM contactmoment x
                            WHERE x.klant_id = d.klant_id AND x.telt_als_gezien AND x.plaatsgevonden_op < c.gestart_op) gezien ON true
        LEFT JOIN LATERAL (SELECT l.trede FROM ladder_meting l
                            WHERE l.klant_id = d.klant_id AND l.gemeten_op <= c.startdatum AND l.aangemaakt_op < c.gestart_op
                            ORDER BY l.gemeten_op DESC, l.aangemaakt_op DESC LIMIT 1) meting ON true
        LEFT JOIN LATERAL (SELECT w.klantmanager_id FROM klant_toewijzing w
                            WHERE w.klant_id = d.klant_id AND w.van <= c.gestart_op AND (w.tot IS NULL OR w.tot > c.gestart_op)) toewijzing ON true
        LEFT JOIN medewerker km ON km.id = toewijzing.klantmanager_id
       WHERE c.organisatie_id = $1
         AND (d.start_laatst_gezien_op IS DISTINCT FROM gezien.op
              OR d.start_trede IS DISTINCT FROM meting.trede
              OR d.start_klantmanager_id IS DISTINCT FROM toewijzing.klantmanager_id
              OR d.start_team_id IS DISTINCT FROM km.team_id
              OR d.start_gemeente_id IS DISTINCT FROM k.gemeente_id
              OR (d.start_categorie <> k.dienstverleningscategorie
                  AND NOT EXISTS (SELECT 1 FROM gesprek g
                                   WHERE g.klant_id = d.klant_id AND g.gevoerd_op > c.gestart_op AND g.categorie_overgenomen
                                     AND g.advies_categorie = k.dienstverleningscategorie)))`;

    it('legt bij elke deelnemer de startsituatie vast zoals het dossier die op de startdatum laat zien', async () => {
      expect(await t.db.query(AFWIJKENDE_START, [DEMO])).toEqual([]);
      // The herscreening moved some clients nearer work: their category now is the one its gesprek advised.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM campagne_deelnemer d JOIN klant k ON k.id = d.klant_id
            WHERE d.campagne_id = $1 AND d.start_categorie <> k.dienstverleningscategorie`,
          [VOORJAAR],
        ),
      ).toBeGreaterThanOrEqual(5);
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM campagne_deelnemer WHERE campagne_id = $1 AND start_trede IS NOT NULL`,
          [VOORJAAR],
        ),
      ).toBeGreaterThanOrEqual(10);
    });

    it.each([
      ['de laatst-gezien-datum', `start_laatst_gezien_op = start_laatst_gezien_op - interval '1 day'`],
      ['de trede', `start_trede = CASE WHEN start_trede = 3 THEN 4 ELSE 3 END`],
      [
        'het team',
        `start_team_id = CASE WHEN start_team_id IS NULL THEN '${demoIds.team('sociale-dienst-demo', 'Team Zuid')}'::uuid END`,
      ],
      ['de categorie', `start_categorie = CASE WHEN start_categorie = 'beheer' THEN 'job_ready' ELSE 'beheer' END`],
    ])('vindt een deelnemer met een andere startsituatie (%s)', async (_, wijziging) => {
      // The check above can fail: one deelnemer changed, in a transaction that is rolled back.
      const runner = t.db.createQueryRunner();
      await runner.startTransaction();
      try {
        const [{ klant_id }] = await runner.query(
          `SELECT klant_id FROM campagne_deelnemer WHERE campagne_id = $1 AND start_laatst_gezien_op IS NOT NULL
              AND start_trede IS NOT NULL AND start_team_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM gesprek g WHERE g.klant_id = campagne_deelnemer.klant_id AND g.categorie_overgenomen)
            ORDER BY klant_id LIMIT 1`,
          [VOORJAAR],
        );
        await runner.query(`UPDATE campagne_deelnemer SET ${wijziging} WHERE campagne_id = $1 AND klant_id = $2`, [
          VOORJAAR,
          klant_id,
        ]);
        expect(await runner.query(AFWIJKENDE_START, [DEMO])).toEqual([{ campagne_id: VOORJAAR, klant_id }]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('laat in de afgesloten herscreening de meeste deelnemers echt een gesprek voeren, met opkomst boven 90% na nabellen', async () => {
      const f = await trechter(VOORJAAR);
      expect(aandeel(f.gesprekGevoerd, f.cohort)).toBeGreaterThanOrEqual(0.8);
      expect(aandeel(f.planGemaakt, f.gesprekGevoerd)).toBeGreaterThanOrEqual(0.7);
      expect(aandeel(f.nagebeld, f.uitgenodigd)).toBeGreaterThanOrEqual(0.5);
      const met = aandeel(f.metNabellenVerschenen, f.metNabellenUitnodigingen);
      const zonder = aandeel(f.zonderNabellenVerschenen, f.zonderNabellenUitnodigingen);
      expect(met).toBeGreaterThan(0.9);
      expect(met).toBeGreaterThan(zonder + 0.1);
      // Not forced: among those not reached by phone some did not come, and some who were did come.
      expect(f.zonderNabellenVerschenen).toBeGreaterThan(0);
      expect(f.zonderNabellenVerschenen).toBeLessThan(f.zonderNabellenUitnodigingen);
      // Everyone still there a few weeks in was invited.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM campagne_deelnemer d JOIN klant k ON k.id = d.klant_id JOIN campagne c ON c.id = d.campagne_id
            WHERE d.campagne_id = $1 AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > c.startdatum + 60)
              AND NOT EXISTS (SELECT 1 FROM uitnodiging u WHERE u.campagne_id = d.campagne_id AND u.klant_id = d.klant_id)`,
          [VOORJAAR],
        ),
      ).toBe(0);
      const paden = (await deelnemers(VOORJAAR)).filter((d) => d.dienstverleningspad);
      for (const [pad, verwacht] of Object.entries(ZWOLLE_PADEN_AANDEEL)) {
        const deel = aandeel(paden.filter((d) => d.dienstverleningspad === pad).length, paden.length);
        expect({ pad, afwijking: Math.abs(deel - verwacht) <= 0.05 }).toEqual({ pad, afwijking: true });
      }
    });

    it('registreert per uitnodiging de brief, het nabellen op de werkdag ervoor en het gesprek als gewone contactmomenten; een no-show krijgt één nieuwe uitnodiging', async () => {
      // Each invitation has exactly one letter, sent before it and never in the future.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM uitnodiging u
            WHERE u.organisatie_id = $1
              AND (SELECT count(*) FROM contactmoment c WHERE c.uitnodiging_id = u.id AND c.kanaal = 'brief'
                      AND c.resultaat = 'verstuurd' AND c.plaatsgevonden_op < u.datum_tijd AND c.plaatsgevonden_op <= now()) <> 1`,
          [DEMO],
        ),
      ).toBe(0);
      // A call is on the working day before the invitation (Monday: the Friday).
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM contactmoment c JOIN uitnodiging u ON u.id = c.uitnodiging_id
            WHERE c.kanaal = 'telefoon' AND (c.resultaat NOT IN ('gesproken', 'niet_bereikt')
               OR nl_datum(c.plaatsgevonden_op) <> nl_datum(u.datum_tijd)
                    - CASE extract(isodow FROM nl_datum(u.datum_tijd)) WHEN 1 THEN 3 ELSE 1 END)`,
        ),
      ).toBe(0);
      // Every campagne gesprek is the conversation of one of its invitations, by the deelnemer's medewerker.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM gesprek g JOIN contactmoment c ON c.id = g.contactmoment_id
             LEFT JOIN uitnodiging u ON u.id = c.uitnodiging_id
             JOIN campagne_deelnemer d ON d.campagne_id = g.campagne_id AND d.klant_id = g.klant_id
            WHERE g.campagne_id IS NOT NULL
              AND (u.campagne_id IS DISTINCT FROM g.campagne_id OR c.plaatsgevonden_op <> u.datum_tijd
                   OR c.kanaal NOT IN ('gesprek_op_locatie', 'huisbezoek') OR g.medewerker_id <> d.medewerker_id)`,
        ),
      ).toBe(0);
      // That day nothing else counts as gezien: the campagne gesprek IS the client's conversation.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM gesprek g JOIN contactmoment x ON x.klant_id = g.klant_id AND x.id <> g.contactmoment_id
            WHERE g.campagne_id IS NOT NULL AND x.telt_als_gezien AND nl_datum(x.plaatsgevonden_op) = nl_datum(g.gevoerd_op)`,
        ),
      ).toBe(0);
      const voorjaar = await deelnemers(VOORJAAR);
      expect(voorjaar.filter((d) => d.pogingen === 2).length).toBeGreaterThanOrEqual(3);
      expect(voorjaar.every((d) => d.pogingen <= 2)).toBe(true);
      // A second invitation only after a no-show on the first.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM uitnodiging u WHERE u.poging = 2
              AND NOT EXISTS (SELECT 1 FROM uitnodiging e JOIN contactmoment c ON c.uitnodiging_id = e.id
                               WHERE e.campagne_id = u.campagne_id AND e.klant_id = u.klant_id AND e.poging = 1
                                 AND c.resultaat = 'no_show' AND c.plaatsgevonden_op < u.aangemaakt_op)`,
        ),
      ).toBe(0);
    });

    it('plant geen twee uitnodigingen van één medewerker tegelijk, op werkdagen van 09:00 tot 16:30 op echte locaties', async () => {
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM uitnodiging a JOIN uitnodiging b ON a.medewerker_id = b.medewerker_id AND a.id < b.id
            WHERE tstzrange(a.datum_tijd, a.datum_tijd + a.duur_minuten * interval '1 minute')
               && tstzrange(b.datum_tijd, b.datum_tijd + b.duur_minuten * interval '1 minute')`,
        ),
      ).toBe(0);
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM uitnodiging u, LATERAL (SELECT u.datum_tijd AT TIME ZONE 'Europe/Amsterdam' AS lokaal) l
            WHERE extract(isodow FROM l.lokaal) > 5 OR l.lokaal::time < '09:00'
               OR (l.lokaal + u.duur_minuten * interval '1 minute')::time > '16:30'
               OR u.locatie NOT IN ('Stadskantoor Zwolle, Burgemeester Drijbersingel 25', 'Kampen, Burgemeester Berghuisplein 1', 'Huisbezoek')`,
        ),
      ).toBe(0);
      expect(await getal(t.db, `SELECT count(DISTINCT locatie) FROM uitnodiging`)).toBe(3);
    });

    it('heeft in de lopende campagne uitnodigingen vooruit, gevoerde gesprekken, een no-show, te plannen deelnemers voor km1 en acht voor extern1', async () => {
      const km1 = demoIds.medewerker('km1');
      const extern1 = demoIds.medewerker('extern1');
      const lopend = await deelnemers(NAJAAR);
      expect(lopend.filter((d) => d.medewerker_id === km1 && d.status === 'te_plannen').length).toBeGreaterThanOrEqual(
        2,
      );
      // km1's invitation on the next working day (as nabellen counts it: weekends skipped).
      let morgen = plusDagen(peildatum, 1);
      while (isWeekend(morgen)) morgen = plusDagen(morgen, 1);
      const vanKm1 = lopend.filter((d) => d.medewerker_id === km1 && d.status === 'uitgenodigd');
      expect(vanKm1.some((d) => datumInNederland(d.datum_tijd!) === morgen)).toBe(true);
      expect(vanKm1.some((d) => datumInNederland(d.datum_tijd!) > morgen)).toBe(true);
      expect(lopend.filter((d) => d.status === 'no_show')).toHaveLength(1);
      expect(lopend.filter((d) => d.status === 'no_show')[0].pogingen).toBe(1);
      expect(
        lopend.filter((d) => d.status === 'gesprek_gevoerd' || d.status === 'plan_gemaakt').length,
      ).toBeGreaterThanOrEqual(3);
      expect(lopend.filter((d) => d.status === 'plan_gemaakt').length).toBeGreaterThanOrEqual(2);
      const vanExtern = lopend.filter((d) => d.medewerker_id === extern1);
      expect(vanExtern).toHaveLength(8);
      expect(vanExtern.every((d) => d.status === 'uitgenodigd' && d.datum_tijd! > new Date())).toBe(true);
      // From Team Noord and Team Zuid only.
      expect(
        await getal(
          t.db,
          `SELECT count(*) FROM campagne_deelnemer WHERE campagne_id = $1 AND start_team_id IS DISTINCT FROM $2 AND start_team_id IS DISTINCT FROM $3`,
          [NAJAAR, demoIds.team('sociale-dienst-demo', 'Team Noord'), demoIds.team('sociale-dienst-demo', 'Team Zuid')],
        ),
      ).toBe(0);
    });

    it('zet het nabellen van morgen en het uitnodigen op de werkvoorraad van km1', async () => {
      const token = await inloggen(t, 'km1', 'demo');
      const antwoord = await t.http().get('/api/werkvoorraad').query({ soort: 'nabellen' }).set(bearer(token));
      expect(antwoord.status).toBe(200);
      expect(antwoord.body.items.length).toBeGreaterThanOrEqual(1);
      expect(antwoord.body.perSoort.nabellen).toBeGreaterThanOrEqual(1);
      expect(antwoord.body.perSoort.campagne_uitnodigen).toBeGreaterThanOrEqual(2);
    });

    it('laat extern1 het dossier van een deelnemer openen, en geen klant buiten de campagne (403)', async () => {
      const token = await inloggen(t, 'extern1', 'demo');
      const [{ klant_id: deelnemer }] = await t.db.query(
        `SELECT klant_id FROM campagne_deelnemer WHERE campagne_id = $1 ORDER BY klant_id LIMIT 1`,
        [NAJAAR],
      );
      const [{ id: buiten }] = await t.db.query(
        `SELECT id FROM klant k WHERE k.organisatie_id = $1 AND k.status = 'actief'
            AND NOT EXISTS (SELECT 1 FROM campagne_deelnemer d WHERE d.klant_id = k.id AND d.campagne_id = $2)
          ORDER BY id LIMIT 1`,
        [DEMO, NAJAAR],
      );
      expect((await t.http().get(`/api/klanten/${deelnemer}`).set(bearer(token))).status).toBe(200);
      expect((await t.http().get(`/api/klanten/${buiten}`).set(bearer(token))).status).toBe(403);
    });
  });

  it('laat ongeveer 5% uitstromen, meestal naar werk, met een uitstroomdatum in het verleden', async () => {
    const rijen: { uitstroomreden: string; aantal: number }[] = await t.db.query(
      `SELECT uitstroomreden, count(*)::int AS aantal FROM klant WHERE status = 'uitgestroomd' AND uitstroomdatum < $1::date
        GROUP BY uitstroomreden ORDER BY aantal DESC, uitstroomreden`,
      [peildatum],
    );
    const totaal = rijen.reduce((s, r) => s + r.aantal, 0);
    expect(aandeel(totaal, await getal(t.db, `SELECT count(*) FROM klant`))).toBeCloseTo(0.05, 1);
    expect(rijen[0].uitstroomreden).toBe('werk');
  });

  it('kent de demogebruikers van API 1.1, met TOTP voor beheerder en privacy', async () => {
    const rijen: { gebruikersnaam: string; rol: string; team: string | null; totp: boolean }[] = await t.db.query(
      `SELECT m.gebruikersnaam, m.rol, t.naam AS team, m.totp_actief AS totp FROM medewerker m LEFT JOIN team t ON t.id = m.team_id
        WHERE m.organisatie_id = $1 ORDER BY m.gebruikersnaam`,
      [DEMO],
    );
    expect(rijen).toEqual(
      expect.arrayContaining([
        { gebruikersnaam: 'km4', rol: 'klantmanager', team: 'Team Zuid', totp: false },
        { gebruikersnaam: 'tl2', rol: 'teamleider', team: 'Team Zuid', totp: false },
        { gebruikersnaam: 'privacy1', rol: 'privacy', team: null, totp: true },
        { gebruikersnaam: 'extern1', rol: 'extern', team: null, totp: false },
        { gebruikersnaam: 'beheer1', rol: 'beheerder', team: null, totp: true },
      ]),
    );
  });

  it('geeft elke organisatie een unieke code uit haar naam, zoals de inlogpagina en OIDC die gebruiken', async () => {
    const codes: { id: string; code: string }[] = await t.db.query(
      `SELECT id, code FROM organisatie WHERE id = ANY($1)`,
      [[DEMO, WERKPLEIN]],
    );
    expect(Object.fromEntries(codes.map((r) => [r.id, r.code]))).toEqual({
      [DEMO]: 'sociale-dienst-demo',
      [WERKPLEIN]: 'werkplein-anders',
    });
    const [tweede] = await t.db.query(
      `INSERT INTO organisatie (naam) VALUES ('Sociale Dienst Démo') RETURNING id, code`,
    );
    expect(tweede.code).toBe(`sociale-dienst-demo-${tweede.id.slice(0, 8)}`);
    // Categories and their norms point at each other (checked at commit): both go in one transaction.
    await t.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM contactnorm WHERE organisatie_id = $1`, [tweede.id]);
      await tx.query(`DELETE FROM dienstverleningscategorie WHERE organisatie_id = $1`, [tweede.id]);
    });
    await t.db.query(`DELETE FROM organisatie_instelling WHERE organisatie_id = $1`, [tweede.id]);
    await t.db.query(`DELETE FROM leefgebieden_instrument WHERE organisatie_id = $1`, [tweede.id]);
    await t.db.query(`DELETE FROM dienstverleningspad WHERE organisatie_id = $1`, [tweede.id]);
    await t.db.query(`DELETE FROM verwerkingsactiviteit WHERE organisatie_id = $1`, [tweede.id]);
    await t.db.query(`DELETE FROM organisatie WHERE id = $1`, [tweede.id]);
  });

  it('vult een eerder geseede demo aan met de gebruikers die er nog niet waren', async () => {
    // privacy1 (API 1.1) has no dossier rows; extern1 now works the running campagne, so it cannot be removed.
    await t.db.query(`DELETE FROM medewerker WHERE gebruikersnaam = 'privacy1'`);
    await seedDemo(t.db, { wachtwoord: 'demo', totpGeheim: DEMO_TOTP });
    expect(await getal(t.db, `SELECT count(*) FROM medewerker WHERE gebruikersnaam = 'privacy1'`)).toBe(1);
  });

  it('geeft de demomedewerkers een e-mailadres, ook in een eerder geseede demo', async () => {
    const email = (gebruikersnaam: string) =>
      t.db
        .query(`SELECT email FROM medewerker WHERE gebruikersnaam = $1`, [gebruikersnaam])
        .then((r: { email: string | null }[]) => r[0].email);
    expect(await email('km1')).toBe('km1@sociale-dienst-demo.nl');
    expect(await email('km9')).toBe('km9@werkplein-anders.nl');
    await t.db.query(`UPDATE medewerker SET email = NULL WHERE gebruikersnaam IN ('km1', 'km9')`);
    await t.db.query(`UPDATE medewerker SET email = 'fatima@example.nl' WHERE gebruikersnaam = 'km2'`);
    await seedDemo(t.db, { wachtwoord: 'demo', totpGeheim: DEMO_TOTP });
    expect(await email('km1')).toBe('km1@sociale-dienst-demo.nl');
    expect(await email('km9')).toBe('km9@werkplein-anders.nl');
    // One a beheerder set is left alone.
    expect(await email('km2')).toBe('fatima@example.nl');
    await t.db.query(`UPDATE medewerker SET email = 'km2@sociale-dienst-demo.nl' WHERE gebruikersnaam = 'km2'`);
  });

  it('maakt bij een tweede keer seeden niets nieuws aan', async () => {
    const tellen = () =>
      t.db.query(
        `SELECT (SELECT count(*) FROM klant) k, (SELECT count(*) FROM contactmoment) c, (SELECT count(*) FROM afspraak) a`,
      );
    const voor = await tellen();
    // The beheerder logs in below (with the test TOTP secret) for the trend without suppression.
    expect(await seedDemo(t.db, { wachtwoord: 'demo', totpGeheim: t.geheimen.versleutel(TEST_TOTP_GEHEIM) })).toEqual(
      [],
    );
    expect(await tellen()).toEqual(voor);
  });

  it('seedt in een verse database precies dezelfde klanten met dezelfde dossieropbouw', async () => {
    const tweede = await startTestApp();
    try {
      await seedDemo(tweede.db, { wachtwoord: 'demo', totpGeheim: DEMO_TOTP });
      expect(await vingerafdruk(tweede.db)).toEqual(await vingerafdruk(t.db));
    } finally {
      await tweede.sluit();
    }
  });
});
