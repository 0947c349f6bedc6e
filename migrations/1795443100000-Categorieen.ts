import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dienstverleningscategorieën per organisatie (docs/categorieen.md): the five fixed codes become rows the beheerder
 * renames, adds to and deactivates, each with its contact norm and the afspraak soorten offered for its clients.
 * - dienstverleningscategorie: code (lower case, never 'vrijgesteld'), naam, actief, volgorde, afspraak_soorten.
 *   Codes are never removed (clients and reports keep pointing at them); deactivating stops new use.
 * - contactnorm keeps one row per category plus 'vrijgesteld'; the two tables point at each other, so a category
 *   without a norm or a norm without a category cannot be committed (the category's side is deferred).
 * - klant.dienstverleningscategorie must be a category of the client's organisatie (foreign key, was a CHECK).
 * - every organisatie, existing and new, starts with the five standard categories (names from
 *   DIENSTVERLENINGSCATEGORIE_LABELS, soorten equal to STANDAARD_AFSPRAAK_SOORTEN; tested).
 */
const SOORTEN = `ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig']`;

const STANDAARD = `(VALUES
  ('job_ready', 'Job ready (0–13 weken)', 1, ARRAY['vervolggesprek', 'opleiding', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'overig']),
  ('bijna_job_ready', 'Bijna job ready (0–6 maanden)', 2, ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'overig']),
  ('nog_niet_job_ready', 'Nog niet job ready (6–12 maanden)', 3, ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig']),
  ('niet_job_ready', 'Niet job ready (meer dan een jaar)', 4, ARRAY['vervolggesprek', 'taal', 'vrijwilligerswerk', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig']),
  ('beheer', 'Beheer', 5, ARRAY['vervolggesprek', 'gezondheid', 'schuldhulpverlening', 'doorverwijzing_netwerkpartner', 'overig'])
) AS s (code, naam, volgorde, afspraak_soorten)`;

export class Categorieen1795443100000 implements MigrationInterface {
  name = 'Categorieen1795443100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dienstverleningscategorie (
        organisatie_id    uuid NOT NULL REFERENCES organisatie (id),
        code              text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$' AND code <> 'vrijgesteld'),
        naam              text NOT NULL CHECK (length(btrim(naam)) BETWEEN 1 AND 100),
        actief            boolean NOT NULL DEFAULT true,
        volgorde          integer NOT NULL,
        afspraak_soorten  text[] NOT NULL CHECK (cardinality(afspraak_soorten) > 0 AND afspraak_soorten <@ ${SOORTEN}),
        PRIMARY KEY (organisatie_id, code),
        UNIQUE (organisatie_id, volgorde) DEFERRABLE INITIALLY DEFERRED
      );

      INSERT INTO dienstverleningscategorie (organisatie_id, code, naam, volgorde, afspraak_soorten)
        SELECT o.id, s.code, s.naam, s.volgorde, s.afspraak_soorten FROM organisatie o CROSS JOIN ${STANDAARD};

      -- A norm belongs to a category of its organisatie, or is the 'vrijgesteld' pseudo-row.
      ALTER TABLE contactnorm DROP CONSTRAINT contactnorm_categorie_check;
      ALTER TABLE contactnorm
        ADD CONSTRAINT contactnorm_categorie_check CHECK (categorie = 'vrijgesteld' OR categorie ~ '^[a-z][a-z0-9_]{1,39}$'),
        ADD COLUMN categorie_code text GENERATED ALWAYS AS (nullif(categorie, 'vrijgesteld')) STORED,
        ADD CONSTRAINT contactnorm_categorie_fkey FOREIGN KEY (organisatie_id, categorie_code)
          REFERENCES dienstverleningscategorie (organisatie_id, code);
      -- And every category has its norm (checked at commit, so both rows can be inserted in one transaction).
      ALTER TABLE dienstverleningscategorie ADD CONSTRAINT dienstverleningscategorie_norm_fkey
        FOREIGN KEY (organisatie_id, code) REFERENCES contactnorm (organisatie_id, categorie) DEFERRABLE INITIALLY DEFERRED;

      ALTER TABLE klant DROP CONSTRAINT klant_dienstverleningscategorie_check;
      ALTER TABLE klant ADD CONSTRAINT klant_dienstverleningscategorie_fkey FOREIGN KEY (organisatie_id, dienstverleningscategorie)
        REFERENCES dienstverleningscategorie (organisatie_id, code);

      -- Every new organisatie: the standard categories with their norms (STANDAARD_CATEGORIEEN), vrijgesteld, settings.
      CREATE OR REPLACE FUNCTION standaard_instellingen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dienstverleningscategorie (organisatie_id, code, naam, volgorde, afspraak_soorten)
          SELECT NEW.id, s.code, s.naam, s.volgorde, s.afspraak_soorten FROM ${STANDAARD};
        INSERT INTO contactnorm (organisatie_id, categorie, max_dagen, waarschuwing_dagen) VALUES
          (NEW.id, 'job_ready', 30, 7),
          (NEW.id, 'bijna_job_ready', 60, 14),
          (NEW.id, 'nog_niet_job_ready', 90, 21),
          (NEW.id, 'niet_job_ready', 180, 30),
          (NEW.id, 'beheer', 365, 60),
          (NEW.id, 'vrijgesteld', 365, 60);
        INSERT INTO organisatie_instelling (organisatie_id) VALUES (NEW.id);
        RETURN NEW;
      END $$;

      ALTER TABLE dienstverleningscategorie ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisatie_grens ON dienstverleningscategorie TO kib_app
        USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));
      GRANT SELECT, INSERT, UPDATE ON dienstverleningscategorie TO kib_app;
      -- Codes are never removed (deactivate instead): the application may not delete one.
      REVOKE DELETE, TRUNCATE ON dienstverleningscategorie FROM kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION standaard_instellingen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO contactnorm (organisatie_id, categorie, max_dagen, waarschuwing_dagen) VALUES
          (NEW.id, 'job_ready', 30, 7),
          (NEW.id, 'bijna_job_ready', 60, 14),
          (NEW.id, 'nog_niet_job_ready', 90, 21),
          (NEW.id, 'niet_job_ready', 180, 30),
          (NEW.id, 'beheer', 365, 60),
          (NEW.id, 'vrijgesteld', 365, 60);
        INSERT INTO organisatie_instelling (organisatie_id) VALUES (NEW.id);
        RETURN NEW;
      END $$;
      ALTER TABLE klant DROP CONSTRAINT klant_dienstverleningscategorie_fkey;
      ALTER TABLE klant ADD CONSTRAINT klant_dienstverleningscategorie_check
        CHECK (dienstverleningscategorie IN ('job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer'));
      ALTER TABLE dienstverleningscategorie DROP CONSTRAINT dienstverleningscategorie_norm_fkey;
      ALTER TABLE contactnorm DROP CONSTRAINT contactnorm_categorie_fkey, DROP COLUMN categorie_code,
        DROP CONSTRAINT contactnorm_categorie_check;
      -- The fixed list again: an organisatie's own categories lose their norms (their clients block this above).
      DELETE FROM contactnorm
       WHERE categorie NOT IN ('job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer', 'vrijgesteld');
      ALTER TABLE contactnorm ADD CONSTRAINT contactnorm_categorie_check
        CHECK (categorie IN ('job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer', 'vrijgesteld'));
      DROP TABLE dienstverleningscategorie;
    `);
  }
}
