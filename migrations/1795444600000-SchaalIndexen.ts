import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National scale (issue 17, `npm run bench:schaal`): the report passes over afspraken, vrijstellingen and
 * gesprek_score filter on organisatie_id, but no index led with it, so with 157 other organisaties in the database
 * each kerncijfers, trend month and leefgebieden report read every tenant's rows (a sequential scan of 1.2M
 * afspraken and 2.5M scores for the 12% that are the organisatie's own). These indexes lead with organisatie_id and
 * carry what the report queries read, so the scans stay within the organisatie. The werkvoorraad probes per client
 * keep their klant_id indexes.
 */
export class SchaalIndexen1795444600000 implements MigrationInterface {
  name = 'SchaalIndexen1795444600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX afspraak_organisatie_idx ON afspraak (organisatie_id, einddatum)
        INCLUDE (klant_id, startdatum, aangemaakt_op, gewijzigd_op, status);
      CREATE INDEX vrijstelling_organisatie_idx ON vrijstelling (organisatie_id, klant_id)
        INCLUDE (ingangsdatum, einddatum, ingetrokken_op, soort, reden);
      CREATE INDEX gesprek_score_organisatie_idx ON gesprek_score (organisatie_id, gesprek_id) INCLUDE (domein, niveau);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX gesprek_score_organisatie_idx;
      DROP INDEX vrijstelling_organisatie_idx;
      DROP INDEX afspraak_organisatie_idx;
    `);
  }
}
