import type { EntityManager } from 'typeorm';
import { snakeCase } from 'typeorm/util/StringUtils';
import { NietGevonden, VersieConflict } from './fouten';

/**
 * Optimistic locking, step one: lock the row (of the caller's organisatie) and check the versie that the client
 * read. Absent or another organisatie's → 404; a different versie → 409 and nothing changes.
 * `kolommen` is the SELECT list with camelCase aliases; it must include the versie.
 */
export async function vergrendelVoorWijziging<T extends { versie: number }>(
  tx: EntityManager,
  opties: {
    tabel: 'klant' | 'afspraak' | 'vrijstelling';
    kolommen: string;
    id: string;
    organisatieId: string;
    versie: number;
    wat: string;
  },
): Promise<T> {
  const [rij]: T[] = await tx.query(
    `SELECT ${opties.kolommen} FROM ${opties.tabel} WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`,
    [opties.id, opties.organisatieId],
  );
  if (!rij) throw new NietGevonden(opties.wat);
  if (rij.versie !== opties.versie) throw new VersieConflict();
  return rij;
}

/** Step two: write the changed fields (camelCase → snake_case columns), bump the versie. */
export async function werkBij(
  tx: EntityManager,
  tabel: 'klant' | 'afspraak' | 'vrijstelling',
  id: string,
  wijzigingen: Record<string, unknown>,
): Promise<void> {
  const velden = Object.keys(wijzigingen);
  const sets = velden.map((veld, i) => `${snakeCase(veld)} = $${i + 2}`);
  await tx.query(
    `UPDATE ${tabel} SET ${[...sets, 'versie = versie + 1', 'gewijzigd_op = now()'].join(', ')} WHERE id = $1`,
    [id, ...velden.map((veld) => wijzigingen[veld])],
  );
}

/** The fields of a PATCH body that were actually sent (undefined = leave alone; null = clear). */
export function verstuurdeVelden<T extends object>(invoer: T, uitgezonderd: (keyof T)[] = []): Partial<T> {
  return Object.fromEntries(
    Object.entries(invoer).filter(([veld, waarde]) => waarde !== undefined && !uitgezonderd.includes(veld as keyof T)),
  ) as Partial<T>;
}
