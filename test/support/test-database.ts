import { DataSource } from 'typeorm';
import { zorgVoorToepassingsLogin } from '../../apps/api/src/database/rollen';
import { MIGRATIES } from '../../migrations';
import { TEST_TOEPASSINGSLOGIN, TEST_TOEPASSINGSWACHTWOORD } from './database-namen';

/**
 * Makes an empty database what the tests expect: all migrations applied (as its owner), and the test login of the
 * application (a member of kib_app) on its server. Returns that login's URL of the database.
 */
export async function maakTestDatabaseKlaar(eigenaarUrl: string): Promise<string> {
  const migraties = new DataSource({
    type: 'postgres',
    url: eigenaarUrl,
    migrations: MIGRATIES,
    migrationsTableName: 'migraties',
  });
  await migraties.initialize();
  await migraties.runMigrations({ transaction: 'each' });
  await migraties.destroy();
  // Roles are per server; the database's grants to kib_app come along into every clone.
  return zorgVoorToepassingsLogin(eigenaarUrl, TEST_TOEPASSINGSLOGIN, TEST_TOEPASSINGSWACHTWOORD);
}
