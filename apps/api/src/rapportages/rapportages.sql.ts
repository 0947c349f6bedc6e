import { GESPREKSKANALEN, VRIJSTELLING_REDENEN, VRIJSTELLING_SOORTEN } from '@klant-in-beeld/domain';

/**
 * The kerncijfers as SQL, mirroring kerncijfers() in libs/domain (a property test proves they agree).
 *
 * Two steps, so the trend can keep the first one per closed month (table rapport_maandfeit):
 * 1. FEITEN: per client in the caseload at a peildatum, its dated facts — set-based, one grouped pass over each
 *    dossier table of the organisatie (docs/performance.md explains why not a probe per client).
 * 2. CIJFERS: the figures per peildatum over such facts, with today's categorie, gemeente, norms and teams.
 * "Up to and including the peildatum" is everything before the start of the next day in the Netherlands.
 */

const eindVan = (datum: string) => `((${datum} + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const jaarTerug = (datum: string) => `(${datum} - interval '12 months')::date`;
/** A planned conversation (contactmoment_gesprek_idx); among these, telt_als_gezien is resultaat = 'gesproken'. */
const GESPREK = `c.kanaal IN (${GESPREKSKANALEN.map((k) => `'${k}'`).join(', ')}) AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd')`;

/** The klantmanager of each client of organisatie $1 at moment `eind`, from the assignment history. */
const klantmanagerOp = (eind: string) => `
        SELECT DISTINCT ON (t.klant_id) t.klant_id, t.klantmanager_id FROM klant_toewijzing t
         WHERE t.organisatie_id = $1 AND t.van < ${eind} AND (t.tot IS NULL OR t.tot >= ${eind})
         ORDER BY t.klant_id, t.van DESC`;

/** Trede of each client of organisatie $1 at date `peil`: the latest meting measured on or before it. */
const tredeOp = (peil: string) => `
        SELECT DISTINCT ON (l.klant_id) l.klant_id, l.trede FROM ladder_meting l
         WHERE l.organisatie_id = $1 AND l.gemeten_op <= ${peil}
         ORDER BY l.klant_id, l.gemeten_op DESC, l.aangemaakt_op DESC`;

/**
 * Per client in the caseload of organisatie $1 at `peil` (an SQL date expression), in gemeente $3 if not null:
 * the facts as of that day, and the client's current gemeente, categorie and startdatum.
 * Written without CTEs referenced twice, so PostgreSQL may run the grouped scans with parallel workers.
 */
function feitenSql(peil: string): string {
  const eind = eindVan(peil);
  return `
    SELECT ${peil} AS peildatum, k.id AS klant_id, k.gemeente_id, k.dienstverleningscategorie, k.startdatum_uitkering, tw.klantmanager_id,
           nl_datum(CASE
             -- klant.laatst_gezien_op is the latest gezien contact (kept by trigger): when it lies before the end
             -- of the peildatum it is the answer; otherwise the window below has it, or an older contact does.
             WHEN k.laatst_gezien_op < ${eind} THEN k.laatst_gezien_op
             WHEN c.laatst IS NOT NULL THEN c.laatst
             WHEN k.laatst_gezien_op IS NOT NULL THEN
               (SELECT max(o.plaatsgevonden_op) FROM contactmoment o WHERE o.klant_id = k.id AND o.telt_als_gezien AND o.plaatsgevonden_op < ${eind})
           END) AS laatst_gezien,
           coalesce(c.gesprekken, 0) AS gesprekken, coalesce(c.gepland, 0) AS gepland, coalesce(c.no_shows, 0) AS no_shows,
           coalesce(v.vrijgesteld, false) AS vrijgesteld, coalesce(v.formeel, false) AS formeel, coalesce(v.informeel, false) AS informeel,
           coalesce(v.informeel_verlopen, 0) AS informeel_verlopen, v.vrijstellingen,
           a.klant_id IS NOT NULL AS lopende_afspraak, l.trede
      FROM klant k
      LEFT JOIN (${klantmanagerOp(eind)}
      ) tw ON tw.klant_id = k.id
      LEFT JOIN (
        -- The conversations (planned contacts) of the 12 months up to the peildatum, grouped per client.
        SELECT c.klant_id,
               max(c.plaatsgevonden_op) FILTER (WHERE c.resultaat = 'gesproken') AS laatst,
               count(*) FILTER (WHERE c.resultaat = 'gesproken')::integer AS gesprekken,
               count(*)::integer AS gepland,
               count(*) FILTER (WHERE c.resultaat = 'no_show')::integer AS no_shows
          FROM contactmoment c
         WHERE c.organisatie_id = $1 AND c.plaatsgevonden_op >= ${eindVan(jaarTerug(peil))} AND c.plaatsgevonden_op < ${eind}
           AND ${GESPREK}
         GROUP BY c.klant_id
      ) c ON c.klant_id = k.id
      LEFT JOIN (
        SELECT v.klant_id,
               bool_or(vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, ${peil})) AS vrijgesteld,
               bool_or(v.soort = 'formeel' AND vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, ${peil})) AS formeel,
               bool_or(v.soort = 'informeel' AND vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, ${peil})) AS informeel,
               count(*) FILTER (WHERE v.soort = 'informeel' AND v.einddatum < ${peil} AND (v.ingetrokken_op IS NULL OR v.ingetrokken_op > ${peil}))::integer AS informeel_verlopen,
               array_agg(v.soort || ':' || v.reden) FILTER (WHERE vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, ${peil})) AS vrijstellingen
          FROM vrijstelling v
         WHERE v.organisatie_id = $1 AND v.ingangsdatum <= ${peil}
         GROUP BY v.klant_id
      ) v ON v.klant_id = k.id
      LEFT JOIN (
        -- Running at the peildatum: its period covers the day and it was not closed before the day ended.
        SELECT DISTINCT a.klant_id FROM afspraak a
         WHERE a.organisatie_id = $1 AND a.startdatum <= ${peil} AND a.einddatum >= ${peil} AND a.aangemaakt_op < ${eind}
           AND (a.status = 'lopend' OR a.gewijzigd_op >= ${eind})
      ) a ON a.klant_id = k.id
      LEFT JOIN (${tredeOp(peil)}
      ) l ON l.klant_id = k.id
     WHERE k.organisatie_id = $1 AND k.startdatum_uitkering <= ${peil} AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > ${peil})
       AND ($3::uuid IS NULL OR k.gemeente_id = $3)
    OFFSET 0 /* computed once per client, not inlined into the in-beeld rule (which reads laatst_gezien several times) */`;
}

/**
 * feitenSql at each peildatum of `peildata` (an SQL date[] expression, `n` long), as one union: one kerncijfers pass
 * per peildatum. (One pass over the whole span for all peildata at once, grouping the conversations per client into
 * the intervals between window edges, was slower: its hash tables of a row per client and month spill; see
 * docs/performance.md.)
 */
function feitenPerPeildatumSql(n: number, peildata: string): string {
  return Array.from({ length: n }, (_, i) => `(${feitenSql(`(${peildata})[${i + 1}]`)})`).join('\n    UNION ALL\n');
}

/** Column name for the number of active vrijstellingen of one soort and reden. */
const redenKolom = (soort: string, reden: string) => `v_${soort}_${reden}`;

/**
 * The figures per peildatum and klantmanager, as aggregates over the rows of one client each (`perKlantSql`): the
 * first step of every kerncijfers answer (caseload bands need the count per klantmanager). Kept per klantmanager and
 * gemeente in rapport_maandtelling as an integer array in this order; each figure is additive, so the sum over the
 * gemeenten of a klantmanager is his figure.
 */
export const PER_KLANTMANAGER: { naam: string; som: string }[] = [
  { naam: 'n', som: 'count(*)' },
  { naam: 'in_beeld', som: `count(*) FILTER (WHERE status = 'in_beeld')` },
  { naam: 'bijna_uit_beeld', som: `count(*) FILTER (WHERE status = 'bijna_uit_beeld')` },
  { naam: 'uit_beeld', som: `count(*) FILTER (WHERE status = 'uit_beeld')` },
  ...[0, 1, 2, 3].map((g) => ({ naam: `g${g}`, som: `count(*) FILTER (WHERE gesprekken = ${g})` })),
  { naam: 'g4', som: 'count(*) FILTER (WHERE gesprekken > 3)' },
  { naam: 'lopend', som: 'count(*) FILTER (WHERE lopende_afspraak)' },
  { naam: 'formeel', som: 'count(*) FILTER (WHERE formeel)' },
  { naam: 'informeel', som: 'count(*) FILTER (WHERE informeel)' },
  { naam: 'informeel_verlopen', som: 'sum(informeel_verlopen)' },
  ...[1, 2, 3, 4, 5, 6].map((t) => ({ naam: `t${t}`, som: `count(*) FILTER (WHERE trede = ${t})` })),
  { naam: 't0', som: 'count(*) FILTER (WHERE trede IS NULL)' },
  { naam: 'no_shows', som: 'sum(no_shows)' },
  { naam: 'gepland', som: 'sum(gepland)' },
  ...VRIJSTELLING_REDENEN.flatMap((reden) =>
    VRIJSTELLING_SOORTEN.map((soort) => ({
      naam: redenKolom(soort, reden),
      som: `coalesce(sum(cardinality(array_positions(vrijstellingen, '${soort}:${reden}'))) FILTER (WHERE vrijstellingen IS NOT NULL), 0)`,
    })),
  ),
];

/**
 * One row per client of CTE `feit` with its in-beeld status (today's norms, categorie and startdatum), for
 * organisatie $1 with gemeente $3 and team $4 (either null).
 */
const perKlantSql = (feit: string) => `
    SELECT f.*, in_beeld_status(f.laatst_gezien, f.startdatum_uitkering, n.max_dagen, n.waarschuwing_dagen, oi.intake_dagen, f.peildatum) AS status
      FROM ${feit} f
      JOIN contactnorm n ON n.organisatie_id = $1 AND n.categorie = CASE WHEN f.vrijgesteld THEN 'vrijgesteld' ELSE f.dienstverleningscategorie END
      JOIN organisatie_instelling oi ON oi.organisatie_id = $1
     WHERE ($3::uuid IS NULL OR f.gemeente_id = $3)
       AND ($4::uuid IS NULL OR f.klantmanager_id IN (SELECT m.id FROM medewerker m WHERE m.organisatie_id = $1 AND m.team_id = $4))`;

/** The team filter $4 on kept counts: the klantmanager's team today, as perKlantSql applies it. */
const TELLING_FILTER = `($3::uuid IS NULL OR t.gemeente_id = $3)
       AND ($4::uuid IS NULL OR t.klantmanager_id IN (SELECT m.id FROM medewerker m WHERE m.organisatie_id = $1 AND m.team_id = $4))`;

/**
 * The stamp of what counting a month uses beyond its facts, per peildatum of `peildata` (an SQL date[] expression)
 * for organisatie $1: the gemeente, categorie and startdatum of every client started by then (an order-free sum of
 * hashes), the norms, the intake term and the layout of the counts. Equal stamps, equal counts.
 */
export function kenmerkSql(peildata: string): string {
  const vorm = PER_KLANTMANAGER.map((k) => `${k.naam}=${k.som}`).join(';');
  return `
    WITH per_start AS MATERIALIZED (
      SELECT k.startdatum_uitkering AS s,
             sum(hashtextextended(k.id::text || '|' || k.gemeente_id::text || '|' || k.dienstverleningscategorie || '|' || k.startdatum_uitkering::text, 0)) AS h
        FROM klant k WHERE k.organisatie_id = $1 GROUP BY k.startdatum_uitkering
    ),
    -- Materialized: each peildatum looks up its running sum here instead of summing again.
    lopend AS MATERIALIZED (SELECT s, sum(h) OVER (ORDER BY s) AS h FROM per_start),
    normen AS (
      SELECT (SELECT string_agg(n.categorie || ':' || n.max_dagen || ':' || n.waarschuwing_dagen, ',' ORDER BY n.categorie)
                FROM contactnorm n WHERE n.organisatie_id = $1)
             || '|' || (SELECT oi.intake_dagen FROM organisatie_instelling oi WHERE oi.organisatie_id = $1) AS t
    )
    SELECT p AS peildatum,
           md5(coalesce((SELECT l.h FROM lopend l WHERE l.s <= p ORDER BY l.s DESC LIMIT 1), 0)::text || '|' || (SELECT t FROM normen)
               || '|' || md5('${vorm.replace(/'/g, "''")}')) AS kenmerk
      FROM unnest(${peildata}) AS p`;
}

/**
 * The figures per peildatum of `peildata` (an SQL date[] expression) over the facts in CTE `feit`, for organisatie
 * $1 with gemeente $3 and team $4 (either null), and, when `geteld` is given (an SQL date[] expression), of those
 * months from their kept counts. One row per peildatum, in order.
 */
function cijfersSql(feit: string, peildata: string, geteld?: string): string {
  const uitFeiten = `
    SELECT peildatum, klantmanager_id, ${PER_KLANTMANAGER.map((k) => `${k.som} AS ${k.naam}`).join(', ')}
      FROM (${perKlantSql('feit')}) pk
     GROUP BY peildatum, klantmanager_id`;
  const uitTellingen = `
    SELECT t.peildatum, t.klantmanager_id, ${PER_KLANTMANAGER.map((k, i) => `sum(t.cijfers[${i + 1}]) AS ${k.naam}`).join(', ')}
      FROM rapport_maandtelling t
     WHERE t.organisatie_id = $1 AND t.peildatum = ANY (${geteld}) AND ${TELLING_FILTER}
     GROUP BY t.peildatum, t.klantmanager_id`;
  const som = (kolom: string) => `coalesce(sum(${kolom}), 0)::integer`;
  return `
  WITH feit AS (${feit}),
  -- First per peildatum and klantmanager (for the caseload bands), then per peildatum.
  per_klantmanager AS (${uitFeiten}${
    geteld
      ? `
    UNION ALL${uitTellingen}`
      : ''
  }
  ),
  totaal AS (
    SELECT peildatum, ${som('n')} AS caseload,
           json_build_object('<50', count(*) FILTER (WHERE klantmanager_id IS NOT NULL AND n < 50), '50-74', count(*) FILTER (WHERE klantmanager_id IS NOT NULL AND n BETWEEN 50 AND 74),
                             '75-99', count(*) FILTER (WHERE klantmanager_id IS NOT NULL AND n BETWEEN 75 AND 99), '100-150', count(*) FILTER (WHERE klantmanager_id IS NOT NULL AND n BETWEEN 100 AND 150),
                             '>150', count(*) FILTER (WHERE klantmanager_id IS NOT NULL AND n > 150)) AS banden,
           json_build_object('in_beeld', ${som('in_beeld')}, 'bijna_uit_beeld', ${som('bijna_uit_beeld')}, 'uit_beeld', ${som('uit_beeld')}) AS in_beeld,
           json_build_object('0', ${som('g0')}, '1', ${som('g1')}, '2', ${som('g2')}, '3', ${som('g3')}, '>3', ${som('g4')}) AS verdeling,
           ${som('lopend')} AS met_lopende_afspraak,
           json_build_object(${[1, 2, 3, 4, 5, 6].map((t) => `'${t}', ${som(`t${t}`)}`).join(', ')}) AS ladder, ${som('t0')} AS ladder_onbekend,
           ${som('formeel')} AS formeel, ${som('informeel')} AS informeel, ${som('informeel_verlopen')} AS informeel_verlopen,
           json_build_object(${VRIJSTELLING_REDENEN.map((reden) => `'${reden}', json_build_object(${VRIJSTELLING_SOORTEN.map((soort) => `'${soort}', ${som(redenKolom(soort, reden))}`).join(', ')})`).join(',\n             ')}) AS per_reden,
           ${som('no_shows')} AS no_shows, ${som('gepland')} AS gepland
      FROM per_klantmanager GROUP BY peildatum
  ),
  peil AS (SELECT DISTINCT p AS peildatum FROM unnest(${geteld ? `${peildata} || ${geteld}` : peildata}) AS p WHERE p IS NOT NULL),
  uitstroom AS (
    -- Left in the 12 months up to the peildatum; the team is the klantmanager's at the end of the last day.
    SELECT peildatum, json_object_agg(uitstroomreden, n) AS uitstroom FROM (
      SELECT p.peildatum, k.uitstroomreden, count(*) AS n
        FROM klant k JOIN peil p ON k.uitstroomdatum > ${jaarTerug('p.peildatum')} AND k.uitstroomdatum <= p.peildatum
       WHERE k.organisatie_id = $1 AND k.uitstroomdatum IS NOT NULL
         AND ($3::uuid IS NULL OR k.gemeente_id = $3)
         AND ($4::uuid IS NULL OR $4 = (
               SELECT m.team_id FROM klant_toewijzing t LEFT JOIN medewerker m ON m.id = t.klantmanager_id
                WHERE t.klant_id = k.id AND t.van < ${eindVan('k.uitstroomdatum')} AND (t.tot IS NULL OR t.tot >= ${eindVan('k.uitstroomdatum')})
                ORDER BY t.van DESC LIMIT 1))
       GROUP BY p.peildatum, k.uitstroomreden
    ) u GROUP BY peildatum
  )
  SELECT p.peildatum::text AS peildatum, coalesce(t.caseload, 0) AS caseload,
         coalesce(t.banden, json_build_object('<50', 0, '50-74', 0, '75-99', 0, '100-150', 0, '>150', 0)) AS banden,
         coalesce(t.in_beeld, json_build_object('in_beeld', 0, 'bijna_uit_beeld', 0, 'uit_beeld', 0)) AS in_beeld,
         coalesce(t.verdeling, json_build_object('0', 0, '1', 0, '2', 0, '3', 0, '>3', 0)) AS verdeling,
         coalesce(t.met_lopende_afspraak, 0) AS met_lopende_afspraak,
         coalesce(t.ladder, json_build_object(${[1, 2, 3, 4, 5, 6].map((t) => `'${t}', 0`).join(', ')})) AS ladder,
         coalesce(t.ladder_onbekend, 0) AS ladder_onbekend, coalesce(t.formeel, 0) AS formeel, coalesce(t.informeel, 0) AS informeel,
         coalesce(t.informeel_verlopen, 0) AS informeel_verlopen, coalesce(t.per_reden, '{}') AS per_reden,
         coalesce(t.no_shows, 0) AS no_shows, coalesce(t.gepland, 0) AS gepland,
         coalesce(u.uitstroom, '{}') AS uitstroom, ${jaarTerug('p.peildatum')}::text AS jaar_terug
    FROM peil p LEFT JOIN totaal t USING (peildatum) LEFT JOIN uitstroom u USING (peildatum)
   ORDER BY p.peildatum`;
}

/** Kerncijfers computed live. Parameters: $1 organisatie, $2 peildatum, $3 gemeente (or null), $4 team (or null). */
export const KERNCIJFERS_SQL = cijfersSql(feitenSql('$2::date'), 'ARRAY[$2::date]');

/** Keeps the facts of organisatie $1 at closed month end $2 (rapport_maandfeit; see the migration); $3 is null. */
export const VUL_MAAND_SQL = `
  INSERT INTO rapport_maandfeit (organisatie_id, peildatum, klant_id, klantmanager_id, laatst_gezien, gesprekken, gepland, no_shows,
                                 vrijgesteld, formeel, informeel, informeel_verlopen, vrijstellingen, lopende_afspraak, trede)
  SELECT $1, f.peildatum, f.klant_id, f.klantmanager_id, f.laatst_gezien, f.gesprekken, f.gepland, f.no_shows,
         f.vrijgesteld, f.formeel, f.informeel, f.informeel_verlopen, f.vrijstellingen, f.lopende_afspraak, f.trede
    FROM (${feitenSql('$2::date')}) f`;

/**
 * The rows VUL_MAAND_SQL inserts, as one JSON array (one value to carry, not 50,000 rows): computed on a streaming
 * replica, written on the primary by BEWAAR_MAAND_FEITEN_SQL ($1 organisatie, $2 that array); docs/replica.md.
 */
export const MAAND_FEITEN_JSON_SQL = `
  SELECT coalesce(json_agg(r), '[]')::text AS feiten
    FROM (SELECT f.peildatum, f.klant_id, f.klantmanager_id, f.laatst_gezien, f.gesprekken, f.gepland, f.no_shows,
                 f.vrijgesteld, f.formeel, f.informeel, f.informeel_verlopen, f.vrijstellingen, f.lopende_afspraak, f.trede
            FROM (${feitenSql('$2::date')}) f) r`;

export const BEWAAR_MAAND_FEITEN_SQL = `
  INSERT INTO rapport_maandfeit (organisatie_id, peildatum, klant_id, klantmanager_id, laatst_gezien, gesprekken, gepland, no_shows,
                                 vrijgesteld, formeel, informeel, informeel_verlopen, vrijstellingen, lopende_afspraak, trede)
  SELECT $1, f.peildatum, f.klant_id, f.klantmanager_id, f.laatst_gezien, f.gesprekken, f.gepland, f.no_shows,
         f.vrijgesteld, f.formeel, f.informeel, f.informeel_verlopen, f.vrijstellingen, f.lopende_afspraak, f.trede
    FROM json_populate_recordset(NULL::rapport_maandfeit, $2::json) f`;

/** The kept facts of organisatie $1 at the month ends `maanden` (an SQL date[] expression), in gemeente $3 if not null. */
const bewaardeFeitenSql = (maanden: string) => `
    SELECT f.peildatum, f.klant_id, k.gemeente_id, k.dienstverleningscategorie, k.startdatum_uitkering, f.klantmanager_id, f.laatst_gezien,
           f.gesprekken, f.gepland, f.no_shows, f.vrijgesteld, f.formeel, f.informeel, f.informeel_verlopen, f.vrijstellingen, f.lopende_afspraak, f.trede
      FROM rapport_maandfeit f JOIN klant k ON k.id = f.klant_id
     WHERE f.organisatie_id = $1 AND f.peildatum = ANY (${maanden}) AND ($3::uuid IS NULL OR k.gemeente_id = $3)`;

/**
 * Kerncijfers at past peildata, in date order: the month ends $6 (date[]) from their kept counts, those of $2
 * (date[]) from their kept facts, the `n` peildata $5 (date[]) computed live, without keeping anything (the
 * background preparation does that) and without the report lock.
 * `bewaard` counts the months of $2 still marked complete in the statement's snapshot, `geteld` those of $6 still
 * marked with the stamp their counts need: when either is less than all of them, something changed since the caller
 * looked (a backdated change, a categorie or a norm), and the caller asks again.
 * $1 organisatie, $3 gemeente, $4 team. The trend runs this beside KERNCIJFERS_SQL for today.
 */
export function maandcijfersSql(n: number): string {
  const bewaard = bewaardeFeitenSql('$2::date[]');
  const feiten = n === 0 ? bewaard : `${bewaard}\n    UNION ALL\n${feitenPerPeildatumSql(n, '$5::date[]')}`;
  return `
  WITH kenmerk AS MATERIALIZED (${kenmerkSql('$6::date[]')})
  SELECT c.*, (SELECT count(*)::integer FROM rapport_maand m WHERE m.organisatie_id = $1 AND m.peildatum = ANY ($2::date[])) AS bewaard,
         (SELECT count(*)::integer FROM rapport_maand m JOIN kenmerk k ON k.peildatum = m.peildatum
           WHERE m.organisatie_id = $1 AND m.peildatum = ANY ($6::date[]) AND m.telling_kenmerk = k.kenmerk) AS geteld
    FROM (${cijfersSql(feiten, '$2::date[] || $5::date[]', '$6::date[]')}) c
   ORDER BY c.peildatum`;
}

/**
 * Which of the month ends $2 (date[]) of organisatie $1 are kept, and whether their counts are current (`geteld`:
 * the kept stamp equals the one computed now).
 */
export const MAAND_STAAT_SQL = `
  WITH kenmerk AS MATERIALIZED (${kenmerkSql('$2::date[]')})
  SELECT m.peildatum::text AS peildatum, coalesce(m.telling_kenmerk = k.kenmerk, false) AS geteld
    FROM rapport_maand m JOIN kenmerk k ON k.peildatum = m.peildatum
   WHERE m.organisatie_id = $1 AND m.peildatum = ANY ($2::date[])`;

/**
 * Counts the kept months $2 (date[]) of organisatie $1 per klantmanager and gemeente from their facts and stamps
 * their marks, in one statement (one snapshot: the stamp is of exactly what was counted; PostgreSQL runs the INSERT
 * in WITH once, read or not). $3 and $4 are null. The
 * caller deletes the months' old counts first, under the report lock.
 */
export const TEL_MAANDEN_SQL = `
  WITH kenmerk AS MATERIALIZED (${kenmerkSql('$2::date[]')}),
  feit AS (${bewaardeFeitenSql('ARRAY(SELECT m.peildatum FROM rapport_maand m WHERE m.organisatie_id = $1 AND m.peildatum = ANY ($2::date[]))')}),
  nieuw AS (
    INSERT INTO rapport_maandtelling (organisatie_id, peildatum, klantmanager_id, gemeente_id, cijfers)
    SELECT $1, peildatum, klantmanager_id, gemeente_id, ARRAY[${PER_KLANTMANAGER.map((k) => `${k.som}`).join(', ')}]::integer[]
      FROM (${perKlantSql('feit')}) pk
     GROUP BY peildatum, klantmanager_id, gemeente_id
    RETURNING 1
  )
  UPDATE rapport_maand m SET telling_kenmerk = k.kenmerk FROM kenmerk k
   WHERE m.organisatie_id = $1 AND m.peildatum = k.peildatum`;

/** Doorstroom: trede at $5 (van) → trede at $2 (tot) for the clients in the report at tot, measured by both dates. */
export const DOORSTROOM_SQL = `
  SELECT van.trede AS van, tot.trede AS tot, count(*)::integer AS n
    FROM klant k
    LEFT JOIN (${klantmanagerOp(eindVan('$2::date'))}
    ) tw ON tw.klant_id = k.id
    JOIN (${tredeOp('$5::date')}
    ) van ON van.klant_id = k.id
    JOIN (${tredeOp('$2::date')}
    ) tot ON tot.klant_id = k.id
   WHERE k.organisatie_id = $1 AND k.startdatum_uitkering <= $2::date AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > $2::date)
     AND ($3::uuid IS NULL OR k.gemeente_id = $3)
     AND ($4::uuid IS NULL OR tw.klantmanager_id IN (SELECT m.id FROM medewerker m WHERE m.organisatie_id = $1 AND m.team_id = $4))
   GROUP BY van.trede, tot.trede
   ORDER BY van.trede, tot.trede`;

/**
 * The clients of organisatie $1 in the report at `peil` (caseload, gemeente $3, team $4 at the end of the day), as
 * in the kerncijfers.
 */
const populatieSql = (peil: string) => `
    SELECT k.id FROM klant k
      LEFT JOIN (${klantmanagerOp(eindVan(peil))}
      ) tw ON tw.klant_id = k.id
     WHERE k.organisatie_id = $1 AND k.startdatum_uitkering <= ${peil} AND (k.uitstroomdatum IS NULL OR k.uitstroomdatum > ${peil})
       AND ($3::uuid IS NULL OR k.gemeente_id = $3)
       AND ($4::uuid IS NULL OR tw.klantmanager_id IN (SELECT m.id FROM medewerker m WHERE m.organisatie_id = $1 AND m.team_id = $4))`;

/** The names of the figures: the active (highest) instrument version and the organisatie's paden in order. */
const NAMEN_SQL = `
    (SELECT json_build_object('domeinen', i.domeinen, 'niveaus', i.niveaus) FROM leefgebieden_instrument i
      WHERE i.organisatie_id = $1 ORDER BY i.versie DESC LIMIT 1) AS instrument,
    (SELECT coalesce(json_agg(json_build_object('code', p.code, 'naam', p.naam) ORDER BY p.volgorde), '[]')
       FROM dienstverleningspad p WHERE p.organisatie_id = $1) AS paden`;

/**
 * Leefgebieden, paden and plans at $2, mirroring leefgebiedenTellingen() in libs/domain: each client's latest
 * gesprek dated (Dutch date of gevoerd_op) on or before the peildatum, and the plan made by then.
 * Parameters: $1 organisatie, $2 peildatum, $3 gemeente (or null), $4 team (or null).
 */
export const LEEFGEBIEDEN_SQL = `
  WITH populatie AS (${populatieSql('$2::date')}),
  laatste AS (
    SELECT DISTINCT ON (g.klant_id) g.klant_id, g.id, g.dienstverleningspad
      FROM gesprek g JOIN populatie p ON p.id = g.klant_id
     WHERE g.organisatie_id = $1 AND g.gevoerd_op < ${eindVan('$2::date')}
     ORDER BY g.klant_id, g.gevoerd_op DESC, g.aangemaakt_op DESC, g.id
  ),
  scores AS (
    SELECT s.domein, s.niveau, count(*)::integer AS aantal
      FROM laatste l JOIN gesprek_score s ON s.gesprek_id = l.id AND s.organisatie_id = $1
     GROUP BY s.domein, s.niveau
  ),
  plannen AS (
    SELECT count(*)::integer AS met_plan, count(*) FILTER (WHERE pl.evaluatiedatum < $2::date)::integer AS evaluatie_verlopen
      FROM plan pl JOIN populatie p ON p.id = pl.klant_id
     WHERE pl.organisatie_id = $1 AND pl.aangemaakt_op < ${eindVan('$2::date')}
  )
  SELECT $2::date::text AS peildatum,
         (SELECT count(*)::integer FROM populatie) AS caseload,
         (SELECT count(*)::integer FROM laatste) AS met_gesprek,
         (SELECT coalesce(json_agg(json_build_object('domein', domein, 'niveau', niveau, 'aantal', aantal)), '[]') FROM scores) AS scores,
         (SELECT coalesce(json_agg(json_build_object('code', code, 'aantal', aantal)), '[]')
            FROM (SELECT dienstverleningspad AS code, count(*)::integer AS aantal FROM laatste GROUP BY dienstverleningspad) pa) AS pad_aantallen,
         pl.met_plan, pl.evaluatie_verlopen,
         ${NAMEN_SQL}
    FROM plannen pl`;

/**
 * Movement per leefgebied from $5 (van) to $2 (tot), mirroring leefgebiedenBewegingTellingen(): the clients in the
 * report at tot with a niveau at both dates whose niveau at tot comes from a gesprek after van.
 * Each client's gesprekken up to tot are ranked newest first; per client and domain the lowest rank overall and
 * the lowest among those up to van give both niveaus. The niveau is packed beside the rank (rank × 65536 + niveau
 * + 32768, niveau a smallint) so one hashed pass finds both, without sorting every score. A lower rank at tot than
 * at van means a later gesprek scored it again.
 * Parameters: $1 organisatie, $2 tot, $3 gemeente, $4 team, $5 van.
 */
export const LEEFGEBIEDEN_BEWEGING_SQL = `
  WITH populatie AS (${populatieSql('$2::date')}),
  gesprekken AS (
    SELECT g.id, g.klant_id, g.gevoerd_op,
           row_number() OVER (PARTITION BY g.klant_id ORDER BY g.gevoerd_op DESC, g.aangemaakt_op DESC, g.id) AS rang
      FROM gesprek g JOIN populatie p ON p.id = g.klant_id
     WHERE g.organisatie_id = $1 AND g.gevoerd_op < ${eindVan('$2::date')}
  ),
  per_domein AS (
    SELECT s.domein,
           min(g.rang * 65536 + s.niveau + 32768) AS op_tot,
           min(g.rang * 65536 + s.niveau + 32768) FILTER (WHERE g.gevoerd_op < ${eindVan('$5::date')}) AS op_van
      FROM gesprekken g JOIN gesprek_score s ON s.gesprek_id = g.id AND s.organisatie_id = $1
     GROUP BY g.klant_id, s.domein
  )
  SELECT (SELECT coalesce(json_agg(b), '[]') FROM (
            SELECT domein, count(*) FILTER (WHERE op_tot % 65536 > op_van % 65536)::integer AS omhoog,
                   count(*) FILTER (WHERE op_tot % 65536 = op_van % 65536)::integer AS gelijk,
                   count(*) FILTER (WHERE op_tot % 65536 < op_van % 65536)::integer AS omlaag
              FROM per_domein
             WHERE op_van IS NOT NULL AND op_tot / 65536 < op_van / 65536
             GROUP BY domein) b) AS beweging,
         ${NAMEN_SQL}`;
