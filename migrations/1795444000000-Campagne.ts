import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The herscreening campagne (docs/campagne.md).
 * - campagne: criteria (JSON, as the teamleider chose them), period, status concept → lopend → afgesloten, and how
 *   many invitations a deelnemer gets before a no-show goes to the teamleider.
 * - campagne_deelnemer: the cohort, frozen when the campagne starts, with the client's own situation at that moment
 *   (category, ladder trede, last seen, gemeente, team): the effect is measured against it. medewerker_id is who
 *   invites and holds the gesprek (default the client's own klantmanager; the teamleider may spread them).
 * - campagne_extern: the extern medewerkers who work a campagne (they see its clients while it runs).
 * - uitnodiging: one planned conversation (date, time, place, medewerker). The facts around it are ordinary
 *   contactmomenten that point at it through contactmoment.uitnodiging_id: the letter (brief), the call the day
 *   before (telefoon) and the conversation itself (gesproken, no_show or afgezegd). Statuses are derived from
 *   those, never stored twice.
 * - brief_sjabloon: the invitation letter per organisatie, optionally one per gemeente (logo and address).
 * - gesprek.campagne_id now points at its campagne; werkvoorraad_uitstel accepts the three campagne kinds.
 */
const WERKVOORRAAD_SOORTEN = `'uit_beeld', 'bijna_uit_beeld', 'intake_nodig', 'no_show_opvolgen', 'afspraak_verlopen', 'vrijstelling_herbeoordelen', 'vrijstelling_verlopen', 'geen_klantmanager', 'plan_evalueren', 'plan_nodig'`;
const CAMPAGNE_SOORTEN = `'campagne_uitnodigen', 'nabellen', 'campagne_no_show'`;

export class Campagne1795444000000 implements MigrationInterface {
  name = 'Campagne1795444000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campagne (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id     uuid NOT NULL REFERENCES organisatie (id),
        naam               text NOT NULL CHECK (length(btrim(naam)) BETWEEN 1 AND 200),
        doel               text CHECK (length(doel) <= 2000),
        criteria           jsonb NOT NULL,
        startdatum         date NOT NULL,
        einddatum          date NOT NULL,
        status             text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'lopend', 'afgesloten')),
        max_uitnodigingen  smallint NOT NULL DEFAULT 2 CHECK (max_uitnodigingen BETWEEN 1 AND 5),
        aangemaakt_door    uuid NOT NULL,
        gestart_op         timestamptz,
        afgesloten_op      timestamptz,
        versie             integer NOT NULL DEFAULT 1,
        aangemaakt_op      timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisatie_id, id),
        FOREIGN KEY (organisatie_id, aangemaakt_door) REFERENCES medewerker (organisatie_id, id),
        CHECK (einddatum >= startdatum),
        CHECK ((status = 'concept') = (gestart_op IS NULL)),
        CHECK ((status = 'afgesloten') = (afgesloten_op IS NOT NULL))
      );
      CREATE INDEX campagne_organisatie_idx ON campagne (organisatie_id, startdatum DESC);

      CREATE TABLE campagne_deelnemer (
        campagne_id             uuid NOT NULL,
        organisatie_id          uuid NOT NULL,
        klant_id                uuid NOT NULL,
        medewerker_id           uuid,
        start_categorie         text NOT NULL,
        start_trede             smallint CHECK (start_trede BETWEEN 1 AND 6),
        start_laatst_gezien_op  timestamptz,
        start_gemeente_id       uuid NOT NULL,
        start_team_id           uuid,
        start_klantmanager_id   uuid,
        PRIMARY KEY (campagne_id, klant_id),
        UNIQUE (organisatie_id, campagne_id, klant_id),
        FOREIGN KEY (organisatie_id, campagne_id) REFERENCES campagne (organisatie_id, id),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX campagne_deelnemer_klant_idx ON campagne_deelnemer (klant_id);
      CREATE INDEX campagne_deelnemer_medewerker_idx ON campagne_deelnemer (medewerker_id, campagne_id);

      CREATE TABLE campagne_extern (
        campagne_id     uuid NOT NULL,
        organisatie_id  uuid NOT NULL,
        medewerker_id   uuid NOT NULL,
        PRIMARY KEY (campagne_id, medewerker_id),
        FOREIGN KEY (organisatie_id, campagne_id) REFERENCES campagne (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX campagne_extern_medewerker_idx ON campagne_extern (medewerker_id);

      CREATE TABLE uitnodiging (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id   uuid NOT NULL,
        campagne_id      uuid NOT NULL,
        klant_id         uuid NOT NULL,
        medewerker_id    uuid NOT NULL,
        datum_tijd       timestamptz NOT NULL,
        duur_minuten     smallint NOT NULL DEFAULT 60 CHECK (duur_minuten BETWEEN 15 AND 240),
        locatie          text NOT NULL CHECK (length(btrim(locatie)) BETWEEN 1 AND 300),
        poging           smallint NOT NULL CHECK (poging >= 1),
        aangemaakt_door  uuid NOT NULL,
        aangemaakt_op    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisatie_id, id),
        UNIQUE (campagne_id, klant_id, poging),
        FOREIGN KEY (organisatie_id, campagne_id, klant_id) REFERENCES campagne_deelnemer (organisatie_id, campagne_id, klant_id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id),
        FOREIGN KEY (organisatie_id, aangemaakt_door) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX uitnodiging_medewerker_idx ON uitnodiging (medewerker_id, datum_tijd);
      CREATE INDEX uitnodiging_organisatie_idx ON uitnodiging (organisatie_id, datum_tijd);
      CREATE INDEX uitnodiging_klant_idx ON uitnodiging (klant_id, poging DESC);

      -- The letter, the call and the conversation of an invitation are contactmomenten in the dossier.
      ALTER TABLE contactmoment ADD COLUMN uitnodiging_id uuid,
        ADD CONSTRAINT contactmoment_uitnodiging_fkey FOREIGN KEY (organisatie_id, uitnodiging_id)
          REFERENCES uitnodiging (organisatie_id, id);
      CREATE INDEX contactmoment_uitnodiging_idx ON contactmoment (uitnodiging_id) WHERE uitnodiging_id IS NOT NULL;

      ALTER TABLE gesprek ADD CONSTRAINT gesprek_campagne_fkey FOREIGN KEY (organisatie_id, campagne_id)
        REFERENCES campagne (organisatie_id, id);
      CREATE INDEX gesprek_campagne_idx ON gesprek (campagne_id, klant_id) WHERE campagne_id IS NOT NULL;

      CREATE TABLE brief_sjabloon (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL,
        -- NULL: the organisatie's own letter; otherwise the letter for clients of that gemeente.
        gemeente_id     uuid,
        onderwerp       text NOT NULL CHECK (length(btrim(onderwerp)) BETWEEN 1 AND 200),
        inhoud          text NOT NULL CHECK (length(btrim(inhoud)) BETWEEN 1 AND 10000),
        afzender        text NOT NULL CHECK (length(afzender) <= 1000),
        logo            bytea CHECK (octet_length(logo) <= 500000),
        logo_type       text CHECK (logo_type IN ('image/png', 'image/jpeg')),
        versie          integer NOT NULL DEFAULT 1,
        gewijzigd_door  uuid NOT NULL,
        gewijzigd_op    timestamptz NOT NULL DEFAULT now(),
        UNIQUE NULLS NOT DISTINCT (organisatie_id, gemeente_id),
        FOREIGN KEY (organisatie_id, gemeente_id) REFERENCES gemeente (organisatie_id, id),
        FOREIGN KEY (organisatie_id, gewijzigd_door) REFERENCES medewerker (organisatie_id, id),
        CHECK ((logo IS NULL) = (logo_type IS NULL))
      );

      ALTER TABLE werkvoorraad_uitstel DROP CONSTRAINT werkvoorraad_uitstel_soort_check;
      ALTER TABLE werkvoorraad_uitstel ADD CONSTRAINT werkvoorraad_uitstel_soort_check
        CHECK (soort IN (${WERKVOORRAAD_SOORTEN}, ${CAMPAGNE_SOORTEN}));
    `);
    for (const tabel of ['campagne', 'campagne_deelnemer', 'campagne_extern', 'uitnodiging', 'brief_sjabloon']) {
      await db.query(`
        ALTER TABLE ${tabel} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY organisatie_grens ON ${tabel} TO kib_app
          USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${tabel} TO kib_app;
      `);
    }
    await db.query(`
      -- A campagne and its invitations are records: a campagne is closed, an invitation is followed by another.
      REVOKE DELETE, TRUNCATE ON campagne, uitnodiging FROM kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM werkvoorraad_uitstel WHERE soort IN (${CAMPAGNE_SOORTEN});
      ALTER TABLE werkvoorraad_uitstel DROP CONSTRAINT werkvoorraad_uitstel_soort_check;
      ALTER TABLE werkvoorraad_uitstel ADD CONSTRAINT werkvoorraad_uitstel_soort_check CHECK (soort IN (${WERKVOORRAAD_SOORTEN}));
      DROP TABLE brief_sjabloon;
      DROP INDEX gesprek_campagne_idx;
      ALTER TABLE gesprek DROP CONSTRAINT gesprek_campagne_fkey;
      DROP INDEX contactmoment_uitnodiging_idx;
      ALTER TABLE contactmoment DROP CONSTRAINT contactmoment_uitnodiging_fkey, DROP COLUMN uitnodiging_id;
      DROP TABLE uitnodiging; DROP TABLE campagne_extern; DROP TABLE campagne_deelnemer; DROP TABLE campagne;
    `);
  }
}
