import { ApiProperty } from '@nestjs/swagger';
import { Type } from '@nestjs/common';
import type { Queryable } from '../database/db';
import { PaginaVelden } from './validatie';

const velden = PaginaVelden();

/** Base for list queries: `?page=&pageSize=`. */
export class PaginaQuery {
  @velden.page
  page?: number;

  @velden.pageSize
  pageSize?: number;
}

export interface Pagina<T> {
  items: T[];
  totaal: number;
  page: number;
  pageSize: number;
}

export function paginaGrenzen(query: PaginaQuery): { page: number; pageSize: number; offset: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/**
 * Runs a list query page-wise in SQL: `sql` selects the rows (with `$1..$n` parameters), `orderBy` orders them by
 * output column names. The total comes from the same query (window count), so a page costs one round trip.
 */
export async function pagineerSql<T>(
  db: Queryable,
  lijst: { sql: string; params: unknown[]; orderBy: string },
  query: PaginaQuery,
  /** Shapes a row for the response (e.g. drops columns that were only selected for ordering). */
  naar: (rij: Record<string, unknown>) => T = (rij) => rij as T,
): Promise<Pagina<T>> {
  const { page, pageSize, offset } = paginaGrenzen(query);
  const n = lijst.params.length;
  const rijen: (Record<string, unknown> & { __totaal: number })[] = await db.query(
    `SELECT *, count(*) OVER () AS "__totaal" FROM (${lijst.sql}) AS lijst ORDER BY ${lijst.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...lijst.params, pageSize, offset],
  );
  let totaal = rijen[0]?.__totaal ?? 0;
  if (rijen.length === 0 && offset > 0) {
    // Past the last page: still report the real total.
    [{ totaal }] = await db.query(`SELECT count(*) AS totaal FROM (${lijst.sql}) AS lijst`, lijst.params);
  }
  const items = rijen.map(({ __totaal: _totaal, ...item }) => naar(item));
  return { items, totaal, page, pageSize };
}

/** OpenAPI schema for a paged list of `item`. */
export function PaginaVan<T>(item: Type<T>, naam: string) {
  class PaginaDto {
    @ApiProperty({ type: item, isArray: true })
    items!: T[];

    @ApiProperty({ description: 'Totaal aantal over alle pagina’s' })
    totaal!: number;

    @ApiProperty()
    page!: number;

    @ApiProperty()
    pageSize!: number;
  }
  Object.defineProperty(PaginaDto, 'name', { value: naam });
  return PaginaDto;
}
