import 'reflect-metadata';
import pino from 'pino';
import { ConfigFout, leesStartConfig } from './config';
import { DatabaseStartFout } from './database/embedded-postgres';
import { Geheimen } from './auth/geheimen';
import { geheimenSleutel, jwtGeheim, verbindDatabase } from './database/opstarten';
import { draaiTerug, metDataSource, migreer } from './database/voorbereiden';
import { seedDemo } from './seed/demo-seed';

const GEBRUIK = 'Gebruik: node dist/api/apps/api/src/cli.js <migrate|revert|seed>';

/** Database chores (nx targets db:migrate, db:revert, db:seed), against DATABASE_URL or the embedded database. */
async function voerDatabaseOpdrachtUit(opdracht: string | undefined): Promise<void> {
  if (!opdracht || !['migrate', 'revert', 'seed'].includes(opdracht)) {
    process.stderr.write(`${GEBRUIK}\n`);
    process.exit(2);
  }
  const config = leesStartConfig();
  const log = pino({ level: config.logLevel });
  const database = await verbindDatabase(config, log);
  try {
    if (opdracht === 'migrate') {
      const namen = await migreer(database.eigenaarUrl);
      log.info({ migraties: namen }, namen.length ? `${namen.length} migratie(s) uitgevoerd` : 'Database is bij');
    } else if (opdracht === 'revert') {
      const naam = await draaiTerug(database.eigenaarUrl);
      log.info(naam ? `Migratie ${naam} teruggedraaid` : 'Er is geen migratie om terug te draaien');
    } else {
      await migreer(database.eigenaarUrl);
      const geheimen = new Geheimen(geheimenSleutel(config, database, jwtGeheim(config, database, log), log));
      const aangemaakt = await metDataSource(database.eigenaarUrl, (db) =>
        seedDemo(db, { wachtwoord: config.demoWachtwoord, totpGeheim: geheimen.versleutel(config.demoTotpGeheim) }),
      );
      log.info(aangemaakt.length ? `Demodata aangemaakt: ${aangemaakt.join(', ')}` : 'Demodata was er al');
    }
  } finally {
    await database.stop();
  }
}

voerDatabaseOpdrachtUit(process.argv[2]).then(
  () => process.exit(0),
  (fout: unknown) => {
    const bekend = fout instanceof ConfigFout || fout instanceof DatabaseStartFout;
    process.stderr.write(
      `Mislukt: ${bekend ? (fout as Error).message : fout instanceof Error ? fout.stack : String(fout)}\n`,
    );
    process.exit(1);
  },
);
