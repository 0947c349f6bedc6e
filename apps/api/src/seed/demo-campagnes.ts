import { isWeekend, plusDagen, werkdagVoor, type Datum } from '@klant-in-beeld/domain';
import { EntityManager } from 'typeorm';
import { demoId } from './demo-id';

/**
 * The demo campagnes of issue 15 (docs/campagne.md), laid over the history demo-klanten and demo-gesprekken made:
 * a finished herscreening whose held conversations ARE the clients' existing klant-in-beeld-gesprekken (so nothing
 * counts twice), and a running one with invitations ahead, calls, a no-show and deelnemers for extern1.
 */
export interface DemoCampagneOrganisatie {
  organisatieId: string;
  tl1: string;
  km1: string;
  extern1: string;
}

const STADSKANTOOR = 'Stadskantoor Zwolle, Burgemeester Drijbersingel 25';

/** The next working day after `datum`. */
function werkdagNa(datum: Datum): Datum {
  let dag = plusDagen(datum, 1);
  while (isWeekend(dag)) dag = plusDagen(dag, 1);
  return dag;
}

/** Dutch wall-clock time as SQL expression text for `$n`: a date and a time in Europe/Amsterdam. */
const NL = (p: string) => `((${p})::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

export async function seedDemoCampagnes(db: EntityManager, org: DemoCampagneOrganisatie, peildatum: Datum) {
  const afgesloten = demoId(`campagne:${org.organisatieId}:voorjaar`);
  const lopend = demoId(`campagne:${org.organisatieId}:najaar`);
  const start1 = plusDagen(peildatum, -300);
  const eind1 = plusDagen(peildatum, -180);
  const start2 = plusDagen(peildatum, -21);
  const eind2 = plusDagen(peildatum, 90);

  await db.query(
    `INSERT INTO campagne (id, organisatie_id, naam, doel, criteria, startdatum, einddatum, status, aangemaakt_door,
                           gestart_op, afgesloten_op)
     VALUES ($1, $2, 'Herscreening voorjaar 2026', 'Iedereen die een jaar of langer niet gesproken is weer in beeld.',
             '{"nietGesprokenMaanden": 12}', $3, $4, 'afgesloten', $5, $3::date + time '08:30', $4::date + time '17:00'),
            ($6, $2, 'Klant in beeld najaar 2026', 'Klanten van Team Noord en Team Zuid die lang niet gesproken zijn.',
             '{"nietGesprokenMaanden": 6}', $7, $8, 'lopend', $5, $7::date + time '08:30', NULL)`,
    [afgesloten, org.organisatieId, start1, eind1, org.tl1, lopend, start2, eind2],
  );

  // Finished: the cohort as it was at the start (no conversation in the 12 months before), frozen with that moment's
  // last-seen date; those with a klant-in-beeld-gesprek inside the period came to their invitation.
  await db.query(
    `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie,
                                     start_laatst_gezien_op, start_gemeente_id, start_team_id, start_klantmanager_id)
     SELECT $1, k.organisatie_id, k.id, k.klantmanager_id, k.dienstverleningscategorie,
            (SELECT max(c.plaatsgevonden_op) FROM contactmoment c
              WHERE c.klant_id = k.id AND c.telt_als_gezien AND c.plaatsgevonden_op < $3::date),
            k.gemeente_id, m.team_id, k.klantmanager_id
       FROM klant k JOIN medewerker m ON m.id = k.klantmanager_id
      WHERE k.organisatie_id = $2 AND k.startdatum_uitkering <= $3::date - 365
        AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > $3::date)
        AND NOT EXISTS (SELECT 1 FROM contactmoment c WHERE c.klant_id = k.id AND c.telt_als_gezien
                           AND c.plaatsgevonden_op >= $3::date - interval '12 months' AND c.plaatsgevonden_op < $3::date)
      ORDER BY k.id LIMIT 70`,
    [afgesloten, org.organisatieId, start1],
  );
  // Held conversations: the existing gesprek within the period is the campagne's.
  await db.query(
    `WITH g AS (
       SELECT DISTINCT ON (g.klant_id) g.id, g.klant_id, g.medewerker_id, g.contactmoment_id, c.plaatsgevonden_op
         FROM gesprek g JOIN contactmoment c ON c.id = g.contactmoment_id
         JOIN campagne_deelnemer d ON d.campagne_id = $1 AND d.klant_id = g.klant_id
        WHERE c.plaatsgevonden_op >= $2::date + 14 AND c.plaatsgevonden_op < $3::date
        ORDER BY g.klant_id, c.plaatsgevonden_op),
     u AS (
       INSERT INTO uitnodiging (id, organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging,
                                aangemaakt_door)
       SELECT gen_random_uuid(), $4, $1, g.klant_id, g.medewerker_id, g.plaatsgevonden_op, '${STADSKANTOOR}', 1, $5
         FROM g RETURNING id, klant_id),
     gekoppeld AS (UPDATE contactmoment c SET uitnodiging_id = u.id FROM g JOIN u ON u.klant_id = g.klant_id
                    WHERE c.id = g.contactmoment_id RETURNING c.id)
     UPDATE gesprek SET campagne_id = $1 FROM g WHERE gesprek.id = g.id`,
    [afgesloten, start1, eind1, org.organisatieId, org.tl1],
  );
  // The rest did not come (a third of them invited once more, and did not come either).
  await db.query(
    `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging,
                              aangemaakt_door)
     SELECT d.organisatie_id, d.campagne_id, d.klant_id, d.medewerker_id,
            -- One global slot per invitation (working day k, hour 9..15), so no two ever overlap; poging 2 four weeks on.
            ${NL(`date_trunc('week', $2::date + 21)::date + (n / 7 / 5) * 7 + (n / 7) % 5 + (p.poging - 1) * 28 || ' ' || (9 + n % 7) || ':00'`)},
            '${STADSKANTOOR}', p.poging, $3
       FROM (SELECT d.*, (row_number() OVER (ORDER BY d.klant_id) - 1)::int AS n FROM campagne_deelnemer d
              WHERE d.campagne_id = $1) d
       CROSS JOIN LATERAL (SELECT 1 AS poging UNION ALL SELECT 2 WHERE get_byte(decode(md5(d.klant_id::text), 'hex'), 0) < 85) p
      WHERE NOT EXISTS (SELECT 1 FROM uitnodiging u WHERE u.campagne_id = $1 AND u.klant_id = d.klant_id)`,
    [afgesloten, start1, org.tl1],
  );
  await facts(db, afgesloten);

  // Running: Team Noord and Team Zuid clients not spoken for six months at its start.
  await db.query(
    `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie,
                                     start_laatst_gezien_op, start_gemeente_id, start_team_id, start_klantmanager_id)
     SELECT $1, k.organisatie_id, k.id,
            CASE WHEN row_number() OVER (ORDER BY md5(k.id::text)) <= 8 THEN $4::uuid ELSE k.klantmanager_id END,
            k.dienstverleningscategorie,
            (SELECT max(c.plaatsgevonden_op) FROM contactmoment c
              WHERE c.klant_id = k.id AND c.telt_als_gezien AND c.plaatsgevonden_op < $3::date),
            k.gemeente_id, m.team_id, k.klantmanager_id
       FROM klant k JOIN medewerker m ON m.id = k.klantmanager_id
      WHERE k.organisatie_id = $2 AND k.status = 'actief' AND k.startdatum_uitkering <= $3::date - 183
        AND NOT EXISTS (SELECT 1 FROM contactmoment c WHERE c.klant_id = k.id AND c.telt_als_gezien
                           AND c.plaatsgevonden_op >= $3::date - interval '6 months')
      ORDER BY md5(k.id::text) LIMIT 40`,
    [lopend, org.organisatieId, start2, org.extern1],
  );
  await db.query(`INSERT INTO campagne_extern (campagne_id, organisatie_id, medewerker_id) VALUES ($1, $2, $3)`, [
    lopend,
    org.organisatieId,
    org.extern1,
  ]);
  // Invitations ahead: km1's first on the next working day (so nabellen is on km1's list today), extern1's eight
  // spread over the coming days, one per hour; km1's other deelnemers stay te_plannen.
  const morgen = werkdagNa(peildatum);
  let dag = morgen;
  const dagen: Datum[] = [];
  for (let i = 0; i < 8; i++) dagen.push((dag = i === 0 ? dag : werkdagNa(dag)));
  await db.query(
    `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging,
                              aangemaakt_door)
     SELECT d.organisatie_id, d.campagne_id, d.klant_id, d.medewerker_id,
            ${NL(`($3::date[])[r] || ' ' || (9 + r % 6) || ':00'`)},
            CASE WHEN r % 3 = 0 THEN 'Kampen, Burgemeester Berghuisplein 1' ELSE '${STADSKANTOOR}' END, 1, $4
       FROM (SELECT d.*, row_number() OVER (ORDER BY d.klant_id)::int AS r FROM campagne_deelnemer d
              WHERE d.campagne_id = $1 AND d.medewerker_id = $2) d`,
    [lopend, org.extern1, dagen, org.tl1],
  );
  await db.query(
    `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging,
                              aangemaakt_door)
     SELECT d.organisatie_id, d.campagne_id, d.klant_id, d.medewerker_id,
            ${NL(`($3::date[])[r] || ' ' || (CASE WHEN r = 1 THEN '10:00' ELSE '14:00' END)`)},
            CASE WHEN r = 2 THEN 'Huisbezoek' ELSE '${STADSKANTOOR}' END, 1, $4
       FROM (SELECT d.*, row_number() OVER (ORDER BY d.klant_id)::int AS r FROM campagne_deelnemer d
              WHERE d.campagne_id = $1 AND d.medewerker_id = $2) d
      WHERE r <= 2`,
    [lopend, org.km1, [morgen, dagen[4]], org.tl1],
  );
  // One no-show last week, by another klantmanager, waiting for a new invitation.
  await db.query(
    `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging,
                              aangemaakt_door)
     SELECT d.organisatie_id, d.campagne_id, d.klant_id, d.medewerker_id, ${NL(`$3::date || ' 11:00'`)},
            '${STADSKANTOOR}', 1, $4
       FROM campagne_deelnemer d
      WHERE d.campagne_id = $1 AND d.medewerker_id NOT IN ($2, $5)
      ORDER BY d.klant_id LIMIT 1`,
    [lopend, org.km1, werkdagVoor(plusDagen(peildatum, -6)), org.tl1, org.extern1],
  );
  await facts(db, lopend, peildatum);
}

/**
 * The contactmomenten around each invitation of a campagne that has none yet: the letter two weeks before and, for
 * invitations in the past, the call the working day before and (where no gesprek is linked) the no-show.
 */
async function facts(db: EntityManager, campagneId: string, peildatum?: Datum) {
  await db.query(
    `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief,
                                resultaat, onderwerp, samenvatting, uitnodiging_id)
     SELECT u.organisatie_id, u.klant_id, u.medewerker_id, -- Never in the future: a letter for an invitation within two weeks went out on the last working day.
            least(u.datum_tijd - interval '14 days', ${NL(`$2::text`)}), 'brief', 'gemeente',
            'verstuurd', 'Uitnodiging klant in beeld-gesprek', 'Uitnodigingsbrief verstuurd voor een gesprek.', u.id
       FROM uitnodiging u WHERE u.campagne_id = $1`,
    [campagneId, peildatum ? `${werkdagVoor(peildatum)} 10:00` : 'infinity'],
  );
  // The day-before call: reached when the client then came, not reached for a no-show.
  await db.query(
    `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief,
                                resultaat, onderwerp, samenvatting, uitnodiging_id)
     SELECT u.organisatie_id, u.klant_id, u.medewerker_id,
            u.datum_tijd - (CASE WHEN extract(isodow FROM u.datum_tijd) = 1 THEN 3 ELSE 1 END) * interval '1 day'
              ,
            'telefoon', 'gemeente', CASE WHEN g.id IS NULL THEN 'niet_bereikt' ELSE 'gesproken' END,
            'Herinnering afspraak', CASE WHEN g.id IS NULL THEN 'Niet bereikt; voicemail ingesproken.'
                                         ELSE 'Klant herinnerd aan de afspraak van morgen.' END, u.id
       FROM uitnodiging u LEFT JOIN contactmoment g ON g.uitnodiging_id = u.id AND g.kanaal = 'gesprek_op_locatie'
      WHERE u.campagne_id = $1 AND u.datum_tijd < COALESCE($2::date, 'infinity')`,
    [campagneId, peildatum ?? null],
  );
  await db.query(
    `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief,
                                resultaat, onderwerp, samenvatting, uitnodiging_id)
     SELECT u.organisatie_id, u.klant_id, u.medewerker_id, u.datum_tijd, 'gesprek_op_locatie', 'gemeente', 'no_show',
            'Klant in beeld-gesprek', 'Klant is niet verschenen.', u.id
       FROM uitnodiging u
      WHERE u.campagne_id = $1 AND u.datum_tijd < COALESCE($2::date, 'infinity')
        AND NOT EXISTS (SELECT 1 FROM contactmoment c WHERE c.uitnodiging_id = u.id AND c.kanaal = 'gesprek_op_locatie')`,
    [campagneId, peildatum ?? null],
  );
}
