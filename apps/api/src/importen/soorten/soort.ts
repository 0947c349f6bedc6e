import type { VeldFout } from '@klant-in-beeld/domain';
import type { Actor } from '../../common/actor';
import type { Queryable } from '../../database/db';
import type { ImportSoort } from '../dto/import.dto';
import type { Bestand } from '../lezer';

/** A column the soort reads: its field, the header names recognised for it (compared loosely), and whether it must be there. */
export interface Kolom {
  veld: string;
  namen: string[];
  verplicht: boolean;
}

export interface RijContext {
  nu: Date;
  /** The organisatie's maximum for an informele vrijstelling (days). */
  maxDuurInformeelDagen: number;
}

/** A row read by the soort: the normalised values (stored in import_rij.gegevens) and the row's key. */
export type GelezenRij = { gegevens: Record<string, unknown>; sleutel: string } | { fouten: VeldFout[] };

/** The parameters every set-based statement of a soort gets: $1 import id, $2 bron, $3 the actor's medewerker id, $4 the teamleider's team (null: any). */
export interface SqlContext {
  tx: Queryable;
  importId: string;
  bron: string;
  actor: Actor;
  /** The team a teamleider imports into; null for the beheerder (the whole organisatie). */
  teamId: string | null;
  /** The file's own header for a field, as errors name it. */
  kop(veld: string): string;
}

export interface Tellingen {
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

/**
 * One kind of import. The engine (importen.service.ts) reads the file, maps the header to `kolommen`, calls `lees`
 * for each row and stages what it returns; then the soort's set-based SQL does the rest. Adding a soort is adding
 * one of these to SOORTEN (soorten/index.ts).
 */
export interface SoortDefinitie {
  soort: ImportSoort;
  kolommen: Kolom[];
  /** The field whose value identifies a row in the file, for "komt ook voor in rij n". */
  sleutelVeld: string;
  /** One row, cell texts by field (absent columns are ''); the same rules as the API's. No database access. */
  lees(cellen: Record<string, string>, ctx: RijContext): GelezenRij;
  /**
   * A soort whose file is not a sheet (overdracht: JSON documents) reads it itself: a header naming its columns,
   * then one regel per unit. Without it the engine reads CSV or XLSX (openBestand).
   */
  open?(pad: string): Promise<Bestand>;
  /**
   * Checks against the database, set-based: INSERT INTO import_fout (rij, veld, melding) for the staged rows that
   * refer to something unknown or not allowed. A melding never holds a cell's content. May return warnings for the
   * dry run (what is imported differently from the file, without stopping it).
   */
  controles(ctx: SqlContext): Promise<void | string[]>;
  /** What executing would do: new, changed and unchanged rows. */
  tel(ctx: SqlContext): Promise<Tellingen>;
  /** Writes every staged row, set-based, with a change-audit record per created or changed record. */
  voerUit(ctx: SqlContext): Promise<Tellingen>;
}
