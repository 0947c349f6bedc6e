import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Beheer foundation (docs/beheer.md): what the beheer screens, the leaver hand-over and login with the
 * organisatie's own accounts all build on.
 * - organisatie.code: short kebab-case, unique; the login page and the OIDC routes name an organisatie by it.
 *   Existing organisaties get one from their name (the demo's become `sociale-dienst-demo` and `werkplein-anders`);
 *   a new organisatie inserted without one gets the same, made unique with part of its id.
 * - medewerker.email: unique over all organisaties (case-insensitive), because a login through an identity provider
 *   is matched to a pre-created medewerker by it.
 * - medewerker.wachtwoord_hash may be empty: an account that only logs in through the identity provider.
 * - team.gearchiveerd_op: an archived team keeps its history but takes no new members or clients.
 */
export class Beheer1795443000000 implements MigrationInterface {
  name = 'Beheer1795443000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION kib_organisatie_code(naam text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(lower(
          translate($1, 'áàäâãéèëêíìïîóòöôõúùüûçñÁÀÄÂÃÉÈËÊÍÌÏÎÓÒÖÔÕÚÙÜÛÇÑ', 'aaaaaeeeeiiiiooooouuuucnaaaaaeeeeiiiiooooouuuucn')),
          '[^a-z0-9]+', '-', 'g')), 40), ''), 'organisatie')
      $$;

      ALTER TABLE organisatie ADD COLUMN code text;
      UPDATE organisatie SET code = kib_organisatie_code(naam);
      UPDATE organisatie o SET code = o.code || '-' || left(o.id::text, 8)
       WHERE EXISTS (SELECT 1 FROM organisatie p WHERE p.code = o.code AND p.id < o.id);
      ALTER TABLE organisatie ALTER COLUMN code SET NOT NULL,
        ADD CONSTRAINT organisatie_code_key UNIQUE (code),
        ADD CONSTRAINT organisatie_code_check CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) <= 60);

      CREATE FUNCTION organisatie_code_standaard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.code IS NULL THEN
          NEW.code := kib_organisatie_code(NEW.naam);
          IF EXISTS (SELECT 1 FROM organisatie WHERE code = NEW.code) THEN
            NEW.code := NEW.code || '-' || left(NEW.id::text, 8);
          END IF;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER organisatie_code BEFORE INSERT ON organisatie
        FOR EACH ROW EXECUTE FUNCTION organisatie_code_standaard();

      ALTER TABLE medewerker
        ADD COLUMN email text CHECK (email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' AND length(email) <= 254),
        ALTER COLUMN wachtwoord_hash DROP NOT NULL;
      CREATE UNIQUE INDEX medewerker_email_key ON medewerker (lower(email));

      ALTER TABLE team ADD COLUMN gearchiveerd_op timestamptz;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE team DROP COLUMN gearchiveerd_op;
      DROP INDEX medewerker_email_key;
      ALTER TABLE medewerker DROP COLUMN email;
      DROP TRIGGER organisatie_code ON organisatie;
      DROP FUNCTION organisatie_code_standaard();
      ALTER TABLE organisatie DROP COLUMN code;
      DROP FUNCTION kib_organisatie_code(text);
    `);
  }
}
