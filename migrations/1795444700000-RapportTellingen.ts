import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Month counts for the trend (issue 17: trend ≤ 2 × one kerncijfers call). A kept month's facts are one row per
 * client (rapport_maandfeit); a 24-month trend of a 50,000-client organisatie aggregates 1.1 M of them, and that
 * aggregation cost three kerncijfers calls. `rapport_maandtelling` keeps each kept month's figures counted per
 * klantmanager and gemeente (a few thousand rows a month), which is all a trend needs for any gemeente or team filter.
 *
 * Counting uses what the facts leave out on purpose — the client's current gemeente, categorie and startdatum and the
 * current norms — so the counts carry a stamp of those (`rapport_maand.telling_kenmerk`, computed by
 * rapportages.sql.ts per month from the clients started by then and the norms). A trend uses a month's counts only
 * while the stamp it computes in its own snapshot equals the kept one, and otherwise counts from the facts as
 * before: changing a categorie or a norm never gives a wrong figure and needs no trigger, only a recount by the
 * background preparation. Like the facts they are a cache, never a source: filling the facts of a month again
 * deletes its counts, and a new mark starts without a stamp.
 */
export class RapportTellingen1795444700000 implements MigrationInterface {
  name = 'RapportTellingen1795444700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE rapport_maand ADD COLUMN telling_kenmerk text;
      CREATE TABLE rapport_maandtelling (
        organisatie_id   uuid NOT NULL,
        peildatum        date NOT NULL,
        klantmanager_id  uuid,
        gemeente_id      uuid NOT NULL,
        -- The per-klantmanager figures of rapportages.sql.ts, in the order of PER_KLANTMANAGER there (the stamp
        -- includes that order, so a change of it makes every kept count stale).
        cijfers          integer[] NOT NULL
      );
      CREATE INDEX rapport_maandtelling_maand_idx ON rapport_maandtelling (organisatie_id, peildatum);
      ALTER TABLE rapport_maandtelling ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisatie_grens ON rapport_maandtelling TO kib_app
        USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));
      GRANT SELECT, INSERT, UPDATE, DELETE ON rapport_maandtelling TO kib_app;

      -- The background preparation's statistics refresh covers the counts too.
      CREATE OR REPLACE FUNCTION kib_analyseer_rapportfeiten() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        ANALYZE rapport_maandfeit;
        ANALYZE rapport_maandtelling;
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION kib_analyseer_rapportfeiten() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        ANALYZE rapport_maandfeit;
      END $$;
      DROP TABLE rapport_maandtelling;
      ALTER TABLE rapport_maand DROP COLUMN telling_kenmerk;
    `);
  }
}
