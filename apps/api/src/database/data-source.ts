import { types } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { MIGRATIES } from '../../../../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A DATE column is a calendar date: keep it the 'YYYY-MM-DD' string instead of a JS Date at local midnight,
// which would shift by a day depending on the server's time zone.
types.setTypeParser(types.builtins.DATE, (waarde) => waarde);
// count(*) and other bigints: our counts fit comfortably in a JS number.
types.setTypeParser(types.builtins.INT8, (waarde) => Number(waarde));

/** Just what running migrations needs: no entities, so it loads nothing but the migrations themselves. */
export function migratieOptions(databaseUrl: string): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIES,
    migrationsTableName: 'migraties',
    extra: { max: 2 },
  };
}

/**
 * The one DataSource configuration, used by Nest (TypeOrmModule), the CLI (migrate/revert/seed) and tests. No entities:
 * each Nest module registers its own (TypeOrmModule.forFeature); the CLI and the tests use plain SQL only.
 */
export function dataSourceOptions(databaseUrl: string, poolMax = 20): PostgresConnectionOptions {
  return {
    ...migratieOptions(databaseUrl),
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // A connection attempt gives up after 5 s, so a request during a database outage answers 503 instead of hanging.
    extra: { max: poolMax, application_name: 'klant-in-beeld', connectionTimeoutMillis: 5000 },
  };
}

/** For the TypeORM CLI (`typeorm migration:show -d dist/api/apps/api/src/database/data-source.js`). */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/klant_in_beeld'));
