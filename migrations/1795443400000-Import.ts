import { MigrationInterface, QueryRunner } from 'typeorm';

const HISTORIE = ['contactmoment', 'ladder_meting', 'afspraak', 'vrijstelling'] as const;

/**
 * Import jobs (docs/import.md).
 * - import_taak: one upload, its dry run and its execution; counts, progress and status.
 * - import_rij: the staging table. Parsed, normalised rows (jsonb) land here with COPY; the checks across rows
 *   (duplicates, references) and the execution are set-based SQL over it. Emptied once the job has ended.
 * - import_fout: every error of a dry run (rij, veld, melding); the first 200 come with the job, all as CSV.
 * - bron + bron_id on the history tables: where an imported row came from, so a re-run finds it again
 *   (unique per organisatie). Rows entered in the app have neither.
 * - contactmoment_laatst_gezien skips its per-row update of klant.laatst_gezien_op while an import runs
 *   (`kib.import` = 'aan' for that transaction only): the import recomputes it once per client afterwards, set-based.
 * - kib_importen_afbreken(): at startup, before any organisatie is known, a job left `controleren` or `uitvoeren`
 *   by a crash becomes `mislukt` (its transaction was rolled back with the process, so nothing was written).
 */
export class Import1795443400000 implements MigrationInterface {
  name = 'Import1795443400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE import_taak (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        medewerker_id   uuid NOT NULL,
        soort           text NOT NULL CHECK (soort IN ('klanten', 'contactmomenten', 'ladder', 'afspraken', 'vrijstellingen', 'overdracht')),
        bron            text NOT NULL CHECK (length(bron) BETWEEN 1 AND 100),
        bestandsnaam    text,
        status          text NOT NULL DEFAULT 'controleren'
                          CHECK (status IN ('controleren', 'klaar', 'afgekeurd', 'uitvoeren', 'uitgevoerd', 'mislukt')),
        voortgang       real NOT NULL DEFAULT 0 CHECK (voortgang BETWEEN 0 AND 1),
        totaal          integer NOT NULL DEFAULT 0,
        nieuw           integer NOT NULL DEFAULT 0,
        gewijzigd       integer NOT NULL DEFAULT 0,
        ongewijzigd     integer NOT NULL DEFAULT 0,
        fout            integer NOT NULL DEFAULT 0,
        waarschuwingen  text[] NOT NULL DEFAULT '{}',
        -- The file's header per field, so errors found at execution name the columns as the file did.
        koppen          jsonb NOT NULL DEFAULT '{}',
        aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX import_taak_status_idx ON import_taak (status) WHERE status IN ('controleren', 'uitvoeren');

      CREATE TABLE import_rij (
        organisatie_id  uuid NOT NULL,
        import_id       uuid NOT NULL,
        rij             integer NOT NULL,
        sleutel         text NOT NULL,
        gegevens        jsonb NOT NULL,
        FOREIGN KEY (organisatie_id, import_id) REFERENCES import_taak (organisatie_id, id) ON DELETE CASCADE
      );
      CREATE INDEX import_rij_idx ON import_rij (import_id, rij);

      CREATE TABLE import_fout (
        id              bigserial PRIMARY KEY,
        organisatie_id  uuid NOT NULL,
        import_id       uuid NOT NULL,
        rij             integer NOT NULL,
        veld            text NOT NULL,
        melding         text NOT NULL,
        FOREIGN KEY (organisatie_id, import_id) REFERENCES import_taak (organisatie_id, id) ON DELETE CASCADE
      );
      CREATE INDEX import_fout_idx ON import_fout (import_id, rij, id);
    `);
    for (const tabel of ['import_taak', 'import_rij', 'import_fout']) {
      await db.query(`
        ALTER TABLE ${tabel} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY organisatie_grens ON ${tabel} TO kib_app
          USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${tabel} TO kib_app;
      `);
    }
    for (const tabel of HISTORIE) {
      await db.query(`
        ALTER TABLE ${tabel} ADD COLUMN bron text, ADD COLUMN bron_id text,
          ADD CONSTRAINT ${tabel}_bron_check CHECK ((bron IS NULL) = (bron_id IS NULL));
        CREATE UNIQUE INDEX ${tabel}_bron_key ON ${tabel} (organisatie_id, bron, bron_id) WHERE bron IS NOT NULL;
      `);
    }
    await db.query(`
      CREATE FUNCTION kib_importen_afbreken() RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        WITH afgebroken AS (
          UPDATE import_taak SET status = 'mislukt', gewijzigd_op = now()
           WHERE status IN ('controleren', 'uitvoeren') RETURNING id
        ), leeg AS (DELETE FROM import_rij WHERE import_id IN (SELECT id FROM afgebroken))
        SELECT count(*)::integer FROM afgebroken
      $$;
      REVOKE ALL ON FUNCTION kib_importen_afbreken() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kib_importen_afbreken() TO kib_app;

      CREATE OR REPLACE FUNCTION werk_laatst_gezien_bij() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('kib.import', true) = 'aan' THEN RETURN NEW; END IF;
        UPDATE klant k
           SET laatst_gezien_op = (SELECT max(c.plaatsgevonden_op) FROM contactmoment c WHERE c.klant_id = k.id AND c.telt_als_gezien)
         WHERE k.id = NEW.klant_id;
        RETURN NEW;
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION werk_laatst_gezien_bij() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE klant k
           SET laatst_gezien_op = (SELECT max(c.plaatsgevonden_op) FROM contactmoment c WHERE c.klant_id = k.id AND c.telt_als_gezien)
         WHERE k.id = NEW.klant_id;
        RETURN NEW;
      END $$;
      DROP FUNCTION kib_importen_afbreken();
    `);
    for (const tabel of HISTORIE) {
      await db.query(`
        DROP INDEX ${tabel}_bron_key;
        ALTER TABLE ${tabel} DROP CONSTRAINT ${tabel}_bron_check, DROP COLUMN bron, DROP COLUMN bron_id;
      `);
    }
    await db.query(`DROP TABLE import_fout; DROP TABLE import_rij; DROP TABLE import_taak;`);
  }
}
