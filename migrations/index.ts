import { Organisaties1795435200000 } from './1795435200000-Organisaties';

/**
 * Every migration, oldest first. Append-only: a migration that has landed on main is never edited; change the
 * schema with a new one. Listed explicitly (not globbed) so the same list works compiled, under jest and in the CLI.
 */
export const MIGRATIES = [Organisaties1795435200000];
