import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the per-client lookups of the werkvoorraad, measured with `npm run bench:werkvoorraad`
 * (see docs/performance.md).
 *
 * Every branch of the worklist probes one index per client of the caseload. With the columns the branch reads
 * INCLUDEd, those probes become index-only scans and skip the heap page of each client's row:
 * - the latest contact attempt per client (no_show_opvolgen) reads resultaat and id;
 * - the vrijgesteld test (vrijstelling_actief) and the vrijstelling items read the dates, soort and id, so one
 *   covering index on klant_id serves both and replaces vrijstelling_klant_idx and vrijstelling_open_idx.
 * The replaced indexes have the same leading columns, so every query that used them can use the new ones.
 */
export class WerkvoorraadIndexen1795438000000 implements MigrationInterface {
  name = 'WerkvoorraadIndexen1795438000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX contactmoment_laatste_poging_idx ON contactmoment (klant_id, plaatsgevonden_op DESC, aangemaakt_op DESC)
        INCLUDE (resultaat, id);
      DROP INDEX contactmoment_laatste_idx;

      CREATE INDEX vrijstelling_klant_dekkend_idx ON vrijstelling (klant_id, ingangsdatum DESC)
        INCLUDE (einddatum, herbeoordelingsdatum, ingetrokken_op, soort, id);
      DROP INDEX vrijstelling_klant_idx;
      DROP INDEX vrijstelling_open_idx;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX vrijstelling_open_idx ON vrijstelling (klant_id) WHERE ingetrokken_op IS NULL;
      CREATE INDEX vrijstelling_klant_idx ON vrijstelling (klant_id, ingangsdatum DESC);
      DROP INDEX vrijstelling_klant_dekkend_idx;

      CREATE INDEX contactmoment_laatste_idx ON contactmoment (klant_id, plaatsgevonden_op DESC, aangemaakt_op DESC);
      DROP INDEX contactmoment_laatste_poging_idx;
    `);
  }
}
