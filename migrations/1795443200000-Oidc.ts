import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login with the organisatie's own accounts, OpenID Connect (docs/oidc.md).
 * - oidc_instelling: per organisatie the provider (issuer, client id, the client secret encrypted by the application
 *   with GEHEIMEN_SLEUTEL), whether logging out also ends the provider's session, and whether local passwords still
 *   work. No row: no OIDC, passwords allowed.
 * - oidc_aanvraag: a login that went to the provider and has not come back. Keyed by the SHA-256 of the state (the
 *   state itself lives only in the browser's cookie and the provider's redirect); taken (deleted) on use, so a state
 *   counts once; older than 10 minutes it is refused.
 * - sessie.oidc_id_token: the provider's ID token of a session that began there (encrypted), sent as id_token_hint
 *   when logging out at the provider.
 * Before the organisatie is known the application needs three narrow functions: what the login page may offer for a
 * code (kib_inlog_methoden) and taking a pending login by its state (kib_oidc_aanvraag_neem).
 */
export class Oidc1795443200000 implements MigrationInterface {
  name = 'Oidc1795443200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE oidc_instelling (
        organisatie_id           uuid PRIMARY KEY REFERENCES organisatie (id),
        issuer                   text CHECK (issuer ~ '^https?://' AND length(issuer) <= 500),
        client_id                text CHECK (length(client_id) BETWEEN 1 AND 500),
        client_geheim            text,
        uitloggen_bij_provider   boolean NOT NULL DEFAULT false,
        wachtwoord_toegestaan    boolean NOT NULL DEFAULT true,
        gewijzigd_op             timestamptz NOT NULL DEFAULT now(),
        -- Local passwords off only with a provider to log in through instead.
        CONSTRAINT oidc_instelling_inlogbaar CHECK (wachtwoord_toegestaan OR (issuer IS NOT NULL AND client_id IS NOT NULL))
      );
      ALTER TABLE oidc_instelling ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisatie_grens ON oidc_instelling TO kib_app
        USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));

      CREATE TABLE oidc_aanvraag (
        state_hash      text PRIMARY KEY,
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        code_verifier   text NOT NULL,
        nonce           text NOT NULL,
        redirect_uri    text NOT NULL,
        aangemaakt_op   timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX oidc_aanvraag_tijd_idx ON oidc_aanvraag (aangemaakt_op);
      ALTER TABLE oidc_aanvraag ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisatie_grens ON oidc_aanvraag TO kib_app
        USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));

      ALTER TABLE sessie ADD COLUMN oidc_id_token text;

      -- The login page for an organisatie code: its name and which ways in it offers. Nothing else of it.
      CREATE FUNCTION kib_inlog_methoden(gezochte_code text)
        RETURNS TABLE (organisatie_id uuid, naam text, wachtwoord boolean, oidc boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.naam, coalesce(i.wachtwoord_toegestaan, true),
               coalesce(i.issuer IS NOT NULL AND i.client_id IS NOT NULL, false)
          FROM organisatie o LEFT JOIN oidc_instelling i ON i.organisatie_id = o.id
         WHERE o.code = $1
      $$;

      -- The callback: takes the pending login of this state once (and clears the expired ones).
      CREATE FUNCTION kib_oidc_aanvraag_neem(gezochte_hash text)
        RETURNS TABLE (organisatie_id uuid, code_verifier text, nonce text, redirect_uri text, verlopen boolean)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM oidc_aanvraag WHERE aangemaakt_op < now() - interval '1 day';
        RETURN QUERY DELETE FROM oidc_aanvraag a WHERE a.state_hash = gezochte_hash
          RETURNING a.organisatie_id, a.code_verifier, a.nonce, a.redirect_uri,
                    a.aangemaakt_op < now() - interval '10 minutes';
      END $$;

      REVOKE EXECUTE ON FUNCTION kib_inlog_methoden(text), kib_oidc_aanvraag_neem(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kib_inlog_methoden(text), kib_oidc_aanvraag_neem(text) TO kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION kib_oidc_aanvraag_neem(text);
      DROP FUNCTION kib_inlog_methoden(text);
      ALTER TABLE sessie DROP COLUMN oidc_id_token;
      DROP TABLE oidc_aanvraag;
      DROP TABLE oidc_instelling;
    `);
  }
}
