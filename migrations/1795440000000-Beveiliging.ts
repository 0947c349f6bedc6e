import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Security: server-side sessions, TOTP, login attempts, doorbreken, the roles privacy and extern, and the database's
 * own defences behind the application's WHERE clauses (docs/beveiliging.md):
 *
 * 1. The application connects as a member of the group role `kib_app`, which may read and write rows but owns
 *    nothing: it cannot ALTER, DROP or DISABLE TRIGGER anything, and may only INSERT and SELECT the audit tables.
 *    Migrations run as the owner. The group role is created here when it does not exist yet (that needs CREATEROLE;
 *    a DBA may create it beforehand instead).
 * 2. Row-level security on every tenant table: `kib_app` sees and writes only rows of the organisatie that the
 *    application set for the current transaction (`SET LOCAL kib.organisatie`, see apps/api/src/database/db.ts).
 *    Without that setting a query returns nothing. The owner is not subject to it (migrations, demo seed).
 * 3. What must work before the organisatie is known (login, checking a session, the background report run) goes
 *    through a few SECURITY DEFINER functions that do exactly one thing each.
 */
const TENANT_TABELLEN = [
  'gemeente',
  'team',
  'medewerker',
  'contactnorm',
  'organisatie_instelling',
  'klant',
  'klant_toewijzing',
  'contactmoment',
  'ladder_meting',
  'afspraak',
  'vrijstelling',
  'wijziging',
  'verwerking',
  'werkvoorraad_uitstel',
  'rapport_maand',
  'rapport_maandfeit',
  'sessie',
  'doorbreking',
];

export class Beveiliging1795440000000 implements MigrationInterface {
  name = 'Beveiliging1795440000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE medewerker DROP CONSTRAINT medewerker_rol_check;
      ALTER TABLE medewerker ADD CONSTRAINT medewerker_rol_check
        CHECK (rol IN ('klantmanager', 'teamleider', 'beleid', 'beheerder', 'privacy', 'extern'));
      -- TOTP (RFC 6238): the secret encrypted by the application (AES-256-GCM), the last time step used (no replay).
      ALTER TABLE medewerker
        ADD COLUMN totp_geheim text,
        ADD COLUMN totp_actief boolean NOT NULL DEFAULT false,
        ADD COLUMN totp_laatste_stap bigint,
        ADD COLUMN wachtwoord_gewijzigd_op timestamptz,
        ADD CONSTRAINT medewerker_totp_check CHECK (NOT totp_actief OR totp_geheim IS NOT NULL);

      -- A login is a session on the server: logout, the idle timeout, the absolute limit and deactivation end it.
      CREATE TABLE sessie (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id    uuid NOT NULL,
        medewerker_id     uuid NOT NULL,
        aangemaakt_op     timestamptz NOT NULL DEFAULT now(),
        laatst_actief_op  timestamptz NOT NULL DEFAULT now(),
        beeindigd_op      timestamptz,
        reden_einde       text CHECK (reden_einde IN ('uitgelogd', 'inactief', 'maximale_duur', 'gedeactiveerd', 'wachtwoord_gewijzigd')),
        adres             inet,
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id),
        CHECK ((beeindigd_op IS NULL) = (reden_einde IS NULL))
      );
      CREATE INDEX sessie_medewerker_idx ON sessie (medewerker_id, aangemaakt_op DESC);

      -- Login attempts, for the throttle per user name and address. Not a tenant table: the name may not exist.
      CREATE TABLE inlogpoging (
        id              bigserial PRIMARY KEY,
        gebruikersnaam  text NOT NULL,
        adres           inet NOT NULL,
        tijdstip        timestamptz NOT NULL DEFAULT now(),
        gelukt          boolean NOT NULL
      );
      CREATE INDEX inlogpoging_naam_idx ON inlogpoging (gebruikersnaam, tijdstip DESC);

      -- Opening a client of another team with a stated reason: valid on that (Dutch) calendar day. Append-only.
      CREATE TABLE doorbreking (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL,
        klant_id        uuid NOT NULL,
        medewerker_id   uuid NOT NULL,
        reden           text NOT NULL CHECK (length(reden) >= 10),
        datum           date NOT NULL,
        tijdstip        timestamptz NOT NULL DEFAULT now(),
        trace_id        text,
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX doorbreking_toegang_idx ON doorbreking (medewerker_id, klant_id, datum);
      CREATE INDEX doorbreking_organisatie_idx ON doorbreking (organisatie_id, tijdstip DESC);
      CREATE TRIGGER doorbreking_alleen_toevoegen BEFORE UPDATE OR DELETE ON doorbreking
        FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_logboek();
      CREATE TRIGGER doorbreking_niet_legen BEFORE TRUNCATE ON doorbreking
        FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_logboek();

      -- Deactivating a medewerker ends their sessions at once, whichever way the row is changed.
      CREATE FUNCTION beeindig_sessies_bij_deactivering() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE sessie SET beeindigd_op = now(), reden_einde = 'gedeactiveerd' WHERE medewerker_id = NEW.id AND beeindigd_op IS NULL;
        RETURN NULL;
      END $$;
      CREATE TRIGGER medewerker_sessies_beeindigen AFTER UPDATE OF actief ON medewerker
        FOR EACH ROW WHEN (OLD.actief AND NOT NEW.actief) EXECUTE FUNCTION beeindig_sessies_bij_deactivering();

      -- The organisatie of the current transaction, as the application set it ('' outside: no organisatie).
      CREATE FUNCTION kib_organisatie() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT nullif(current_setting('kib.organisatie', true), '')::uuid
      $$;
    `);

    // The application's group role and its rights: rows yes, schema no, audit tables append-only.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kib_app') THEN CREATE ROLE kib_app NOLOGIN; END IF;
      END $$;
      GRANT USAGE ON SCHEMA public TO kib_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kib_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kib_app;
      REVOKE ALL ON migraties FROM kib_app;
      REVOKE UPDATE, DELETE, TRUNCATE ON wijziging, verwerking, doorbreking FROM kib_app;
      -- Tables of later migrations get the same row rights (those migrations revoke what must not be).
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kib_app;
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kib_app;
    `);

    // (SELECT kib_organisatie()), not kib_organisatie(): as a subquery it is evaluated once per statement (an
    // InitPlan); bare, it is evaluated for every row a scan filters, which cost the werkvoorraad ~1 ms per request.
    for (const tabel of TENANT_TABELLEN) {
      await db.query(`
        ALTER TABLE ${tabel} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY organisatie_grens ON ${tabel} TO kib_app
          USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));
      `);
    }
    await db.query(`
      ALTER TABLE organisatie ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisatie_grens ON organisatie TO kib_app
        USING (id = (SELECT kib_organisatie())) WITH CHECK (id = (SELECT kib_organisatie()));
    `);

    // The few things the application does before it knows the organisatie, each as narrow as it can be.
    await db.query(`
      -- Login: the medewerker with this user name, in any organisatie (user names are unique over all of them).
      -- ($1, not the parameter's name: in SQL functions a column of the same name would win.)
      CREATE FUNCTION kib_inlog_zoek(gezochte_naam text)
        RETURNS TABLE (medewerker_id uuid, organisatie_id uuid, wachtwoord_hash text, actief boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT m.id, m.organisatie_id, m.wachtwoord_hash, m.actief FROM medewerker m WHERE m.gebruikersnaam = $1
      $$;

      -- Every authenticated request: is the session valid, and who is it? Ends a session whose time is up, and
      -- notes activity at most every 30 seconds (so a request is not a write).
      CREATE FUNCTION kib_sessie_controleer(sessie_id uuid, inactief_minuten integer, max_uren integer)
        RETURNS TABLE (status text, reden text, medewerker_id uuid, organisatie_id uuid, team_id uuid, rol text, naam text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        s sessie;
        m medewerker;
        einde text;
      BEGIN
        SELECT * INTO s FROM sessie WHERE id = sessie_id;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'onbekend'::text, NULL::text, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text, NULL::text;
          RETURN;
        END IF;
        IF s.beeindigd_op IS NOT NULL THEN
          RETURN QUERY SELECT 'beeindigd'::text, s.reden_einde, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text, NULL::text;
          RETURN;
        END IF;
        SELECT * INTO m FROM medewerker WHERE id = s.medewerker_id;
        einde := CASE
          WHEN NOT m.actief THEN 'gedeactiveerd'
          WHEN s.aangemaakt_op <= now() - make_interval(hours => max_uren) THEN 'maximale_duur'
          WHEN s.laatst_actief_op <= now() - make_interval(mins => inactief_minuten) THEN 'inactief'
        END;
        IF einde IS NOT NULL THEN
          UPDATE sessie SET beeindigd_op = now(), reden_einde = einde WHERE id = sessie_id;
          RETURN QUERY SELECT 'beeindigd'::text, einde, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text, NULL::text;
          RETURN;
        END IF;
        IF s.laatst_actief_op < now() - interval '30 seconds' THEN
          UPDATE sessie SET laatst_actief_op = now() WHERE id = sessie_id;
        END IF;
        RETURN QUERY SELECT 'geldig'::text, NULL::text, m.id, m.organisatie_id, m.team_id, m.rol, m.naam;
      END $$;

      -- The background report run goes over every organisatie, one at a time.
      CREATE FUNCTION kib_organisaties() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT id FROM organisatie ORDER BY id
      $$;

      -- Fresh planner statistics after filling report months (ANALYZE needs the owner).
      CREATE FUNCTION kib_analyseer_rapportfeiten() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        ANALYZE rapport_maandfeit;
      END $$;

      REVOKE EXECUTE ON FUNCTION kib_inlog_zoek(text), kib_sessie_controleer(uuid, integer, integer), kib_organisaties(),
        kib_analyseer_rapportfeiten() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kib_inlog_zoek(text), kib_sessie_controleer(uuid, integer, integer), kib_organisaties(),
        kib_analyseer_rapportfeiten() TO kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION kib_analyseer_rapportfeiten(); DROP FUNCTION kib_organisaties();
      DROP FUNCTION kib_sessie_controleer(uuid, integer, integer); DROP FUNCTION kib_inlog_zoek(text);
      DROP POLICY organisatie_grens ON organisatie; ALTER TABLE organisatie DISABLE ROW LEVEL SECURITY;
    `);
    for (const tabel of TENANT_TABELLEN.filter((t) => t !== 'sessie' && t !== 'doorbreking')) {
      await db.query(`DROP POLICY organisatie_grens ON ${tabel}; ALTER TABLE ${tabel} DISABLE ROW LEVEL SECURITY;`);
    }
    await db.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM kib_app;
      ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM kib_app;
      DROP TABLE doorbreking; DROP TABLE inlogpoging; DROP TABLE sessie;
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kib_app;
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM kib_app;
      REVOKE USAGE ON SCHEMA public FROM kib_app;
      DROP TRIGGER medewerker_sessies_beeindigen ON medewerker; DROP FUNCTION beeindig_sessies_bij_deactivering();
      DROP FUNCTION kib_organisatie();
      ALTER TABLE medewerker DROP CONSTRAINT medewerker_totp_check, DROP COLUMN totp_geheim, DROP COLUMN totp_actief,
        DROP COLUMN totp_laatste_stap, DROP COLUMN wachtwoord_gewijzigd_op;
      ALTER TABLE medewerker DROP CONSTRAINT medewerker_rol_check;
      ALTER TABLE medewerker ADD CONSTRAINT medewerker_rol_check CHECK (rol IN ('klantmanager', 'teamleider', 'beleid', 'beheerder'));
    `);
  }
}
