import type { VeldFout } from '@klant-in-beeld/domain';
import type { Wijziging } from '../../audit/audit.service';
import type { ImportSoort } from '../dto/import.dto';
import { inhoudSleutel } from '../waarden';
import { RijLezer } from './rij-lezer';
import type { Kolom, RijContext, SoortDefinitie, SqlContext, Tellingen } from './soort';

type SqlType = 'text' | 'date' | 'timestamptz' | 'smallint' | 'text[]';

/** A field of a history record: its column, its key in the staged gegevens (the API's name) and its type. */
export interface HistorieVeld {
  kolom: string;
  sleutel: string;
  type: SqlType;
}

interface HistorieSpec {
  soort: ImportSoort;
  tabel: 'contactmoment' | 'ladder_meting' | 'afspraak' | 'vrijstelling';
  resource: Wijziging['resource'];
  /** The soort's own columns, besides BSN, Id and Medewerker that every history soort has. */
  kolommen: Kolom[];
  velden: HistorieVeld[];
  /** Set besides the fields when an import changes a record (versie, when it was changed). */
  bijWijzigen: string;
  /** Reads the soort's own fields; `l` already holds the common ones' errors. */
  lees(l: RijLezer, ctx: RijContext): Record<string, unknown>;
  /** After writing: work the triggers leave to the import (contactmoment: laatst_gezien_op). */
  naUitvoeren?: (ctx: SqlContext) => Promise<void>;
}

const waarde = (v: HistorieVeld) =>
  v.type === 'text[]'
    ? `ARRAY(SELECT jsonb_array_elements_text(r.gegevens->'${v.sleutel}') ORDER BY 1)`
    : `(r.gegevens->>'${v.sleutel}')::${v.type}`;

/**
 * History rows (contactmomenten, ladder, afspraken, vrijstellingen): each belongs to a client named by BSN, is
 * registered by the named medewerker (or the one importing) and is found again by `bron` + `bron_id` — the row's
 * Id column, or the hash of its content when the file has none.
 */
export function historieSoort(spec: HistorieSpec): SoortDefinitie {
  const kolommen = spec.velden.map((v) => v.kolom);
  const tupel = (t: string) => `(${kolommen.map((k) => `${t}.${k}`).join(', ')})`;
  const waarden = (t: string) =>
    `jsonb_build_object(${spec.velden.map((v) => `'${v.sleutel}', ${t}.${v.kolom}`).join(', ')})`;
  // $1 import, $2 organisatie, $3 team of a teamleider (null: any), $4 the importing medewerker, $5 bron.
  const opgelost = `
    SELECT r.rij, r.sleutel, k.id AS klant_id, m.id AS medewerker_gevonden, coalesce(m.id, $4::uuid) AS medewerker_id,
           r.gegevens->>'medewerker' AS medewerker_tekst, b.id AS bestaand_id, b.klant_id AS bestaand_klant_id,
           ${spec.velden.map((v) => `${waarde(v)} AS ${v.kolom}`).join(', ')}
      FROM import_rij r
      LEFT JOIN klant k ON k.organisatie_id = $2 AND k.bsn = r.gegevens->>'bsn'
           AND ($3::uuid IS NULL OR k.klantmanager_id IS NULL
                OR EXISTS (SELECT 1 FROM medewerker km WHERE km.id = k.klantmanager_id AND km.team_id = $3))
      LEFT JOIN medewerker m ON m.organisatie_id = $2 AND m.gebruikersnaam = r.gegevens->>'medewerker' AND m.actief
           AND ($3::uuid IS NULL OR m.team_id = $3)
      LEFT JOIN ${spec.tabel} b ON b.organisatie_id = $2 AND b.bron = $5 AND b.bron_id = r.sleutel
     WHERE r.import_id = $1`;
  const params = ({ importId, actor, teamId, bron }: SqlContext) => [
    importId,
    actor.organisatieId,
    teamId,
    actor.medewerkerId,
    bron,
  ];

  return {
    soort: spec.soort,
    sleutelVeld: 'bronId',
    kolommen: [
      { veld: 'bsn', namen: ['BSN', 'Burgerservicenummer'], verplicht: true },
      { veld: 'bronId', namen: ['Id', 'Bron-id', 'Regel-id', 'Kenmerk', 'Nummer', 'Volgnummer'], verplicht: false },
      {
        veld: 'medewerker',
        namen: ['Medewerker', 'Klantmanager', 'Geregistreerd door', 'Gebruikersnaam'],
        verplicht: false,
      },
      ...spec.kolommen,
    ],

    lees(cellen, ctx) {
      const l = new RijLezer(cellen);
      const bsn = l.bsn('bsn');
      const bronId = l.tekst('bronId', { max: 200 });
      const medewerker = l.gebruikersnaam('medewerker');
      const eigen = spec.lees(l, ctx);
      if (l.fouten.length > 0) return { fouten: dedupliceer(l.fouten) };
      const gegevens = { bsn, medewerker, ...eigen };
      return { gegevens, sleutel: bronId ?? inhoudSleutel(gegevens) };
    },

    async controles(ctx) {
      const teamleider = ctx.teamId !== null;
      await ctx.tx.query(
        `INSERT INTO import_fout (organisatie_id, import_id, rij, veld, melding)
         SELECT $2, $1, o.rij, f.veld, f.melding
           FROM (${opgelost}) o
          CROSS JOIN LATERAL (VALUES
            (o.klant_id IS NULL, $6::text, $9::text),
            (o.medewerker_tekst IS NOT NULL AND o.medewerker_gevonden IS NULL, $7::text, $10::text),
            (o.klant_id IS NOT NULL AND o.bestaand_id IS NOT NULL AND o.bestaand_klant_id <> o.klant_id, $8::text,
              'is bij een eerdere import uit deze bron al voor een andere klant gebruikt')
          ) AS f (fout, veld, melding)
          WHERE f.fout`,
        [
          ...params(ctx),
          ctx.kop('bsn'),
          ctx.kop('medewerker'),
          ctx.kop('bronId'),
          teamleider
            ? 'er is geen klant met dit BSN in je team of zonder klantmanager'
            : 'er is geen klant met dit BSN in deze organisatie',
          teamleider
            ? 'is geen actieve medewerker van je team (gebruikersnaam)'
            : 'is geen actieve medewerker van deze organisatie (gebruikersnaam)',
        ],
      );
    },

    async tel(ctx): Promise<Tellingen> {
      const [t] = await ctx.tx.query(
        `SELECT count(*) FILTER (WHERE o.bestaand_id IS NULL)::int AS nieuw,
                count(*) FILTER (WHERE o.bestaand_id IS NOT NULL AND ${tupel('b')} IS DISTINCT FROM ${tupel('o')})::int AS gewijzigd,
                count(*) FILTER (WHERE o.bestaand_id IS NOT NULL AND ${tupel('b')} IS NOT DISTINCT FROM ${tupel('o')})::int AS ongewijzigd
           FROM (${opgelost}) o LEFT JOIN ${spec.tabel} b ON b.id = o.bestaand_id`,
        params(ctx),
      );
      return t;
    },

    async voerUit(ctx): Promise<Tellingen> {
      const [t] = await ctx.tx.query(
        `WITH o AS (${opgelost}),
         oud AS (SELECT b.id, ${waarden('b')} AS w FROM ${spec.tabel} b JOIN o ON o.bestaand_id = b.id),
         up AS (
           INSERT INTO ${spec.tabel} (organisatie_id, klant_id, medewerker_id, bron, bron_id, ${kolommen.join(', ')})
           SELECT $2, o.klant_id, o.medewerker_id, $5, o.sleutel, ${kolommen.map((k) => `o.${k}`).join(', ')} FROM o
           ON CONFLICT (organisatie_id, bron, bron_id) WHERE bron IS NOT NULL DO UPDATE SET
             ${kolommen.map((k) => `${k} = EXCLUDED.${k}`).join(', ')}${spec.bijWijzigen ? `, ${spec.bijWijzigen}` : ''}
           WHERE ${tupel(spec.tabel)} IS DISTINCT FROM ${tupel('EXCLUDED')}
           RETURNING ${spec.tabel}.id, ${spec.tabel}.klant_id, (xmax = 0) AS nieuw, ${waarden(spec.tabel)} AS w
         ),
         audit AS (
           INSERT INTO wijziging (organisatie_id, medewerker_id, klant_id, resource, resource_id, actie, oud, nieuw, trace_id)
           SELECT $2, $4, up.klant_id, '${spec.resource}', up.id, CASE WHEN up.nieuw THEN 'aangemaakt' ELSE 'gewijzigd' END,
                  CASE WHEN up.nieuw THEN NULL ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(oud.w) e WHERE e.value IS DISTINCT FROM up.w->e.key) END,
                  CASE WHEN up.nieuw THEN up.w || jsonb_build_object('bron', $5::text) ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(up.w) e WHERE e.value IS DISTINCT FROM oud.w->e.key) END,
                  $6
             FROM up LEFT JOIN oud ON oud.id = up.id
         )
         SELECT count(*) FILTER (WHERE nieuw)::int AS nieuw, count(*) FILTER (WHERE NOT nieuw)::int AS gewijzigd,
                ((SELECT count(*) FROM o) - count(*))::int AS ongewijzigd
           FROM up`,
        [...params(ctx), ctx.actor.traceId || null],
      );
      await spec.naUitvoeren?.(ctx);
      return t;
    },
  };
}

/** One melding per field: a rule that fails twice on the same field says it once. */
function dedupliceer(fouten: VeldFout[]): VeldFout[] {
  const gezien = new Set<string>();
  return fouten.filter((f) => {
    const sleutel = `${f.veld}\u0000${f.melding}`;
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}
