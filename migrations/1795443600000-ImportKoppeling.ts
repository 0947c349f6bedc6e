import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The column mapping of an import (docs/import.md, "Kolommen koppelen"): per column of the file's header, in order,
 * the field it was mapped to (or null: not used), as `[{ kolom, veld }]`. The dry run writes what it recognised;
 * `PUT /api/importen/{id}/koppeling` replaces it and runs the dry run again with it.
 */
export class ImportKoppeling1795443600000 implements MigrationInterface {
  name = 'ImportKoppeling1795443600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE import_taak ADD COLUMN koppeling jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE import_taak DROP COLUMN koppeling`);
  }
}
