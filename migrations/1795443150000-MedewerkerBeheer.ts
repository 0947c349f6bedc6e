import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Beheer of medewerkers (docs/beheer.md):
 * - medewerker.versie: optimistic locking for the beheer screens (a stale PATCH is 409);
 * - a one-time code (herstelcode) a beheerder hands out for a new local account or a forgotten password: only its
 *   argon2 hash is stored, with the moment it expires; logging in with it leads to choosing a new password;
 * - kib_inlog_zoek also returns the pending code, since login runs before the organisatie is known.
 */
export class MedewerkerBeheer1795443150000 implements MigrationInterface {
  name = 'MedewerkerBeheer1795443150000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE medewerker
        ADD COLUMN versie integer NOT NULL DEFAULT 1,
        ADD COLUMN herstelcode_hash text,
        ADD COLUMN herstelcode_verloopt_op timestamptz,
        ADD CONSTRAINT medewerker_herstelcode_check CHECK ((herstelcode_hash IS NULL) = (herstelcode_verloopt_op IS NULL));

      DROP FUNCTION kib_inlog_zoek(text);
      CREATE FUNCTION kib_inlog_zoek(gezochte_naam text)
        RETURNS TABLE (medewerker_id uuid, organisatie_id uuid, wachtwoord_hash text, actief boolean,
                       herstelcode_hash text, herstelcode_verloopt_op timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT m.id, m.organisatie_id, m.wachtwoord_hash, m.actief, m.herstelcode_hash, m.herstelcode_verloopt_op
          FROM medewerker m WHERE m.gebruikersnaam = $1
      $$;
      REVOKE EXECUTE ON FUNCTION kib_inlog_zoek(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kib_inlog_zoek(text) TO kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION kib_inlog_zoek(text);
      CREATE FUNCTION kib_inlog_zoek(gezochte_naam text)
        RETURNS TABLE (medewerker_id uuid, organisatie_id uuid, wachtwoord_hash text, actief boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT m.id, m.organisatie_id, m.wachtwoord_hash, m.actief FROM medewerker m WHERE m.gebruikersnaam = $1
      $$;
      REVOKE EXECUTE ON FUNCTION kib_inlog_zoek(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kib_inlog_zoek(text) TO kib_app;
      ALTER TABLE medewerker DROP CONSTRAINT medewerker_herstelcode_check,
        DROP COLUMN herstelcode_verloopt_op, DROP COLUMN herstelcode_hash, DROP COLUMN versie;
    `);
  }
}
