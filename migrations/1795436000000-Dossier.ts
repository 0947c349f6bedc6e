import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client dossier: klant with assignment history, contactmomenten, ladder-metingen, afspraken,
 * vrijstellingen; the contact norms per organisatie; the append-only change audit and access log.
 * The klant-in-beeld rule lives here once as SQL (in_beeld_status, vrijstelling_actief) and in libs/domain as
 * TypeScript; a test proves the two agree.
 */
export class Dossier1795436000000 implements MigrationInterface {
  name = 'Dossier1795436000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Contact norms per organisatie: one row per dienstverleningscategorie plus 'vrijgesteld'.
      CREATE TABLE contactnorm (
        organisatie_id      uuid NOT NULL REFERENCES organisatie (id),
        categorie           text NOT NULL CHECK (categorie IN ('job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer', 'vrijgesteld')),
        max_dagen           integer NOT NULL CHECK (max_dagen > 0),
        waarschuwing_dagen  integer NOT NULL CHECK (waarschuwing_dagen >= 0 AND waarschuwing_dagen < max_dagen),
        PRIMARY KEY (organisatie_id, categorie)
      );

      CREATE TABLE organisatie_instelling (
        organisatie_id                          uuid PRIMARY KEY REFERENCES organisatie (id),
        intake_dagen                            integer NOT NULL DEFAULT 28 CHECK (intake_dagen > 0),
        max_duur_informele_vrijstelling_dagen   integer NOT NULL DEFAULT 183 CHECK (max_duur_informele_vrijstelling_dagen > 0)
      );

      -- Every organisatie starts with the default norms of docs/ontwerp.md, "Contactnorm" (equal to STANDAARD_CONTACTNORMEN; tested).
      CREATE FUNCTION standaard_instellingen() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER organisatie_standaard_instellingen AFTER INSERT ON organisatie
        FOR EACH ROW EXECUTE FUNCTION standaard_instellingen();
      INSERT INTO contactnorm (organisatie_id, categorie, max_dagen, waarschuwing_dagen)
        SELECT o.id, n.categorie, n.max_dagen, n.waarschuwing_dagen
          FROM organisatie o
         CROSS JOIN (VALUES ('job_ready', 30, 7), ('bijna_job_ready', 60, 14), ('nog_niet_job_ready', 90, 21),
                            ('niet_job_ready', 180, 30), ('beheer', 365, 60), ('vrijgesteld', 365, 60)) AS n (categorie, max_dagen, waarschuwing_dagen);
      INSERT INTO organisatie_instelling (organisatie_id) SELECT id FROM organisatie;

      CREATE TABLE klant (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id             uuid NOT NULL REFERENCES organisatie (id),
        bsn                        char(9) NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
        voornamen                  text NOT NULL,
        achternaam                 text NOT NULL,
        geboortedatum              date NOT NULL,
        gemeente_id                uuid NOT NULL,
        adres                      jsonb,
        telefoon                   text,
        email                      text,
        doelgroep                  text NOT NULL CHECK (doelgroep IN ('brede_doelgroep', 'doelgroepregister', 'beschut_werk', 'statushouder', 'jongere_tot_27', 'niet_uitkeringsgerechtigd')),
        startdatum_uitkering       date NOT NULL,
        dienstverleningscategorie  text NOT NULL CHECK (dienstverleningscategorie IN ('job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer')),
        klantmanager_id            uuid,
        status                     text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief', 'uitgestroomd')),
        uitstroomdatum             date,
        uitstroomreden             text,
        -- Latest contactmoment that counts as gezien; kept by trigger in the same transaction as the contact.
        laatst_gezien_op           timestamptz,
        versie                     integer NOT NULL DEFAULT 1,
        aangemaakt_op              timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op               timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisatie_id, bsn),
        UNIQUE (organisatie_id, id),
        FOREIGN KEY (organisatie_id, gemeente_id) REFERENCES gemeente (organisatie_id, id),
        FOREIGN KEY (organisatie_id, klantmanager_id) REFERENCES medewerker (organisatie_id, id),
        CHECK ((status = 'uitgestroomd') = (uitstroomdatum IS NOT NULL AND uitstroomreden IS NOT NULL))
      );
      CREATE INDEX klant_klantmanager_idx ON klant (organisatie_id, klantmanager_id) WHERE status = 'actief';
      CREATE INDEX klant_naam_idx ON klant (organisatie_id, achternaam, voornamen);

      -- Who was the client's klantmanager from when to when: reports at a past peildatum need it.
      CREATE TABLE klant_toewijzing (
        id               bigserial PRIMARY KEY,
        organisatie_id   uuid NOT NULL,
        klant_id         uuid NOT NULL,
        klantmanager_id  uuid,
        van              timestamptz NOT NULL,
        tot              timestamptz,
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        CHECK (tot IS NULL OR tot >= van)
      );
      CREATE INDEX klant_toewijzing_klant_idx ON klant_toewijzing (klant_id, van);
      CREATE UNIQUE INDEX klant_toewijzing_open_idx ON klant_toewijzing (klant_id) WHERE tot IS NULL;

      CREATE FUNCTION registreer_toewijzing() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.klantmanager_id IS NOT DISTINCT FROM OLD.klantmanager_id THEN RETURN NEW; END IF;
          UPDATE klant_toewijzing SET tot = now() WHERE klant_id = NEW.id AND tot IS NULL;
        END IF;
        INSERT INTO klant_toewijzing (organisatie_id, klant_id, klantmanager_id, van)
          VALUES (NEW.organisatie_id, NEW.id, NEW.klantmanager_id, CASE WHEN TG_OP = 'INSERT' THEN NEW.aangemaakt_op ELSE now() END);
        RETURN NEW;
      END $$;
      CREATE TRIGGER klant_toewijzing_bijhouden AFTER INSERT OR UPDATE OF klantmanager_id ON klant
        FOR EACH ROW EXECUTE FUNCTION registreer_toewijzing();

      CREATE TABLE contactmoment (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id     uuid NOT NULL,
        klant_id           uuid NOT NULL,
        medewerker_id      uuid NOT NULL,
        plaatsgevonden_op  timestamptz NOT NULL,
        kanaal             text NOT NULL CHECK (kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon', 'email', 'brief', 'bericht')),
        initiatief         text NOT NULL CHECK (initiatief IN ('gemeente', 'klant')),
        resultaat          text NOT NULL CHECK (resultaat IN ('gesproken', 'no_show', 'afgezegd', 'niet_bereikt', 'verstuurd')),
        onderwerp          text NOT NULL,
        samenvatting       text,
        -- The rule "only a conversation that took place counts" (teltAlsGezien in libs/domain).
        telt_als_gezien    boolean GENERATED ALWAYS AS (
                             kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon') AND resultaat = 'gesproken') STORED,
        aangemaakt_op      timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX contactmoment_klant_idx ON contactmoment (klant_id, plaatsgevonden_op DESC);
      CREATE INDEX contactmoment_gezien_idx ON contactmoment (klant_id, plaatsgevonden_op DESC) WHERE telt_als_gezien;

      CREATE FUNCTION werk_laatst_gezien_bij() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE klant k
           SET laatst_gezien_op = (SELECT max(c.plaatsgevonden_op) FROM contactmoment c WHERE c.klant_id = k.id AND c.telt_als_gezien)
         WHERE k.id = NEW.klant_id;
        RETURN NEW;
      END $$;
      CREATE TRIGGER contactmoment_laatst_gezien AFTER INSERT OR UPDATE ON contactmoment
        FOR EACH ROW EXECUTE FUNCTION werk_laatst_gezien_bij();

      CREATE TABLE ladder_meting (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL,
        klant_id        uuid NOT NULL,
        medewerker_id   uuid NOT NULL,
        trede           smallint NOT NULL CHECK (trede BETWEEN 1 AND 6),
        doeltrede       smallint CHECK (doeltrede BETWEEN 1 AND 6),
        gemeten_op      date NOT NULL,
        toelichting     text,
        aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX ladder_meting_klant_idx ON ladder_meting (klant_id, gemeten_op DESC, aangemaakt_op DESC);

      CREATE TABLE afspraak (
        id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id         uuid NOT NULL,
        klant_id               uuid NOT NULL,
        medewerker_id          uuid NOT NULL,
        soort                  text NOT NULL CHECK (soort IN ('vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig')),
        omschrijving           text NOT NULL,
        startdatum             date NOT NULL,
        einddatum              date NOT NULL,
        status                 text NOT NULL DEFAULT 'lopend' CHECK (status IN ('lopend', 'nagekomen', 'niet_nagekomen', 'vervallen')),
        resultaat_toelichting  text,
        versie                 integer NOT NULL DEFAULT 1,
        aangemaakt_op          timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op           timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id),
        CHECK (einddatum >= startdatum)
      );
      CREATE INDEX afspraak_klant_idx ON afspraak (klant_id, startdatum DESC);
      CREATE INDEX afspraak_lopend_idx ON afspraak (klant_id, einddatum) WHERE status = 'lopend';

      CREATE TABLE vrijstelling (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id        uuid NOT NULL,
        klant_id              uuid NOT NULL,
        medewerker_id         uuid NOT NULL,
        soort                 text NOT NULL CHECK (soort IN ('formeel', 'informeel')),
        omvang                text[] NOT NULL CHECK (cardinality(omvang) > 0 AND omvang <@ ARRAY['arbeidsverplichtingen', 're_integratieverplichtingen', 'tegenprestatie']),
        reden                 text NOT NULL CHECK (reden IN ('medisch_tijdelijk', 'medisch_permanent', 'zorg_kind_onder_5', 'zorgtaken_overig', 'multiproblematiek', 'eerst_arbeidsfit', 'hoge_leeftijd', 'studie', 'overig')),
        ingangsdatum          date NOT NULL,
        einddatum             date,
        herbeoordelingsdatum  date NOT NULL,
        beschikking_kenmerk   text,
        beschikking_datum     date,
        besluit_url           text,
        toelichting           text,
        ingetrokken_op        date,
        versie                integer NOT NULL DEFAULT 1,
        aangemaakt_op         timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op          timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id),
        CHECK (soort <> 'formeel' OR (beschikking_kenmerk IS NOT NULL AND beschikking_datum IS NOT NULL)),
        CHECK (soort <> 'informeel' OR einddatum IS NOT NULL),
        CHECK (einddatum IS NULL OR einddatum >= ingangsdatum),
        CHECK (herbeoordelingsdatum >= ingangsdatum)
      );
      CREATE INDEX vrijstelling_klant_idx ON vrijstelling (klant_id, ingangsdatum DESC);

      -- isVrijstellingActief (libs/domain): started, not past its einddatum, not withdrawn on or before peildatum.
      CREATE FUNCTION vrijstelling_actief(ingangsdatum date, einddatum date, ingetrokken_op date, peildatum date)
        RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT ingangsdatum <= peildatum
           AND (einddatum IS NULL OR einddatum >= peildatum)
           AND (ingetrokken_op IS NULL OR ingetrokken_op > peildatum)
      $$;

      -- inBeeldStatus (libs/domain): the klant-in-beeld rule.
      CREATE FUNCTION in_beeld_status(laatst_gezien date, startdatum_uitkering date, max_dagen integer,
                                      waarschuwing_dagen integer, intake_dagen integer, peildatum date)
        RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN laatst_gezien IS NULL THEN
            CASE WHEN peildatum - startdatum_uitkering > intake_dagen THEN 'uit_beeld' ELSE 'bijna_uit_beeld' END
          WHEN peildatum - laatst_gezien > max_dagen THEN 'uit_beeld'
          WHEN peildatum - laatst_gezien > max_dagen - waarschuwing_dagen THEN 'bijna_uit_beeld'
          ELSE 'in_beeld'
        END
      $$;

      -- The calendar date in the Netherlands of a moment (datumInNederland in libs/domain).
      CREATE FUNCTION nl_datum(moment timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT (moment AT TIME ZONE 'Europe/Amsterdam')::date
      $$;

      -- Change audit (shaped after the ZGW audittrail) and access log (after Logboek Dataverwerkingen).
      CREATE TABLE wijziging (
        id              bigserial PRIMARY KEY,
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        tijdstip        timestamptz NOT NULL DEFAULT now(),
        medewerker_id   uuid NOT NULL,
        klant_id        uuid,
        resource        text NOT NULL,
        resource_id     uuid NOT NULL,
        actie           text NOT NULL CHECK (actie IN ('aangemaakt', 'gewijzigd', 'verwijderd')),
        oud             jsonb,
        nieuw           jsonb,
        trace_id        text
      );
      CREATE INDEX wijziging_klant_idx ON wijziging (organisatie_id, klant_id, tijdstip DESC);
      CREATE INDEX wijziging_medewerker_idx ON wijziging (organisatie_id, medewerker_id, tijdstip DESC);

      CREATE TABLE verwerking (
        id                     bigserial PRIMARY KEY,
        organisatie_id         uuid NOT NULL REFERENCES organisatie (id),
        tijdstip               timestamptz NOT NULL DEFAULT now(),
        trace_id               text NOT NULL,
        verwerkingsactiviteit  text NOT NULL,
        handeling              text NOT NULL,
        klant_id               uuid,
        medewerker_id          uuid NOT NULL,
        resultaat              text NOT NULL DEFAULT 'gelukt'
      );
      CREATE INDEX verwerking_klant_idx ON verwerking (organisatie_id, klant_id, tijdstip DESC);
      CREATE INDEX verwerking_medewerker_idx ON verwerking (organisatie_id, medewerker_id, tijdstip DESC);

      CREATE FUNCTION weiger_wijziging_logboek() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is alleen aan te vullen: % is niet toegestaan', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER wijziging_alleen_toevoegen BEFORE UPDATE OR DELETE ON wijziging
        FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_logboek();
      CREATE TRIGGER wijziging_niet_legen BEFORE TRUNCATE ON wijziging
        FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_logboek();
      CREATE TRIGGER verwerking_alleen_toevoegen BEFORE UPDATE OR DELETE ON verwerking
        FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_logboek();
      CREATE TRIGGER verwerking_niet_legen BEFORE TRUNCATE ON verwerking
        FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_logboek();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE verwerking; DROP TABLE wijziging; DROP FUNCTION weiger_wijziging_logboek();
      DROP FUNCTION nl_datum(timestamptz); DROP FUNCTION in_beeld_status(date, date, integer, integer, integer, date);
      DROP FUNCTION vrijstelling_actief(date, date, date, date);
      DROP TABLE vrijstelling; DROP TABLE afspraak; DROP TABLE ladder_meting;
      DROP TABLE contactmoment; DROP FUNCTION werk_laatst_gezien_bij();
      DROP TABLE klant_toewijzing; DROP TABLE klant; DROP FUNCTION registreer_toewijzing();
      DROP TRIGGER organisatie_standaard_instellingen ON organisatie; DROP FUNCTION standaard_instellingen();
      DROP TABLE organisatie_instelling; DROP TABLE contactnorm;
    `);
  }
}
