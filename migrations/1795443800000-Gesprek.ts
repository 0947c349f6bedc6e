import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The klant-in-beeld-gesprek and the plan van aanpak (docs/gesprek.md).
 * - leefgebieden_instrument: versions per organisatie of the instrument (domeinen, niveaus, adviesregels as JSON).
 *   A change inserts a new version; the highest is active. Versions are never updated or deleted, so past scores
 *   keep the names and levels they were given under.
 * - dienstverleningspad: the organisatie's code list of paths (default Zwolle's four); codes are never removed.
 * - gesprek: one klant-in-beeld-gesprek, always with the contactmoment it also is (one action, counts as gezien),
 *   the instrument version it was scored with, the computed advice and what the klantmanager chose; a choice that
 *   differs from the advice carries a reason. gesprek_score: one niveau per leefgebied.
 * - plan + plan_doel: one living plan per client; afspraak.doel_id links an afspraak to a doel of the same client.
 * - werkvoorraad_uitstel accepts the new kinds plan_evalueren and plan_nodig.
 * The defaults are frozen copies of STANDAARD_INSTRUMENT and STANDAARD_PADEN in libs/domain (a test keeps them equal).
 */
const ZRM = {
  naam: 'Zelfredzaamheid-Matrix (ZRM)',
  bron: 'Zelfredzaamheid-Matrix 2017, GGD Amsterdam (zrm.nl)',
  domeinen: [
    { code: 'financien', naam: 'Financiën' },
    { code: 'werk_opleiding', naam: 'Werk & opleiding' },
    { code: 'tijdsbesteding', naam: 'Tijdsbesteding' },
    { code: 'huisvesting', naam: 'Huisvesting' },
    { code: 'huiselijke_relaties', naam: 'Huiselijke relaties' },
    { code: 'geestelijke_gezondheid', naam: 'Geestelijke gezondheid' },
    { code: 'lichamelijke_gezondheid', naam: 'Lichamelijke gezondheid' },
    { code: 'middelengebruik', naam: 'Middelengebruik' },
    { code: 'basale_adl', naam: 'Basale ADL' },
    { code: 'instrumentele_adl', naam: 'Instrumentele ADL' },
    { code: 'sociaal_netwerk', naam: 'Sociaal netwerk' },
    { code: 'maatschappelijke_participatie', naam: 'Maatschappelijke participatie' },
    { code: 'justitie', naam: 'Justitie' },
  ],
  niveaus: [
    { waarde: 1, naam: 'Acute problematiek' },
    { waarde: 2, naam: 'Niet zelfredzaam' },
    { waarde: 3, naam: 'Beperkt zelfredzaam' },
    { waarde: 4, naam: 'Voldoende zelfredzaam' },
    { waarde: 5, naam: 'Volledig zelfredzaam' },
  ],
  adviesregels: {
    regels: [
      {
        omschrijving: 'Twee of meer leefgebieden op niveau 2 of lager',
        minAantal: 2,
        maxNiveau: 2,
        loonwaardeOnder: 30,
        categorie: 'niet_job_ready',
        pad: 'sociaal_wijkteam',
      },
      {
        omschrijving: 'Werk & opleiding of gezondheid op niveau 2 of lager',
        minAantal: 1,
        maxNiveau: 2,
        domeinen: ['werk_opleiding', 'geestelijke_gezondheid', 'lichamelijke_gezondheid'],
        categorie: 'nog_niet_job_ready',
        pad: 'taal_opleiding_medisch',
      },
      {
        omschrijving: 'Eén leefgebied op niveau 2 of lager',
        minAantal: 1,
        maxNiveau: 2,
        categorie: 'bijna_job_ready',
        pad: 'een_leefgebied',
      },
    ],
    anders: { categorie: 'job_ready', pad: 'intensief_naar_werk' },
  },
};

const json = (waarde: unknown) => `'${JSON.stringify(waarde).replace(/'/g, "''")}'::jsonb`;

const INSTRUMENT = `(VALUES (${json(ZRM.domeinen)}, ${json(ZRM.niveaus)}, ${json(ZRM.adviesregels)})) AS s (domeinen, niveaus, adviesregels)`;
const PADEN = `(VALUES
  ('intensief_naar_werk', 'Intensief naar werk', 1),
  ('een_leefgebied', 'Ondersteuning op één leefgebied', 2),
  ('taal_opleiding_medisch', 'Taal, opleiding of medisch', 3),
  ('sociaal_wijkteam', 'Sociaal wijkteam', 4)
) AS p (code, naam, volgorde)`;

const WERKVOORRAAD_SOORTEN = `'uit_beeld', 'bijna_uit_beeld', 'intake_nodig', 'no_show_opvolgen', 'afspraak_verlopen', 'vrijstelling_herbeoordelen', 'vrijstelling_verlopen', 'geen_klantmanager'`;

export class Gesprek1795443800000 implements MigrationInterface {
  name = 'Gesprek1795443800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE leefgebieden_instrument (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        versie          integer NOT NULL CHECK (versie > 0),
        naam            text NOT NULL CHECK (length(btrim(naam)) BETWEEN 1 AND 100),
        bron            text CHECK (length(bron) <= 300),
        domeinen        jsonb NOT NULL CHECK (jsonb_typeof(domeinen) = 'array' AND jsonb_array_length(domeinen) > 0),
        niveaus         jsonb NOT NULL CHECK (jsonb_typeof(niveaus) = 'array' AND jsonb_array_length(niveaus) > 1),
        adviesregels    jsonb NOT NULL CHECK (jsonb_typeof(adviesregels) = 'object'),
        medewerker_id   uuid,
        aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisatie_id, versie),
        UNIQUE (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );

      CREATE TABLE dienstverleningspad (
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        code            text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
        naam            text NOT NULL CHECK (length(btrim(naam)) BETWEEN 1 AND 100),
        actief          boolean NOT NULL DEFAULT true,
        volgorde        integer NOT NULL,
        PRIMARY KEY (organisatie_id, code),
        UNIQUE (organisatie_id, volgorde) DEFERRABLE INITIALLY DEFERRED
      );

      INSERT INTO leefgebieden_instrument (organisatie_id, versie, naam, bron, domeinen, niveaus, adviesregels)
        SELECT o.id, 1, '${ZRM.naam}', '${ZRM.bron}', s.domeinen, s.niveaus, s.adviesregels FROM organisatie o CROSS JOIN ${INSTRUMENT};
      INSERT INTO dienstverleningspad (organisatie_id, code, naam, volgorde)
        SELECT o.id, p.code, p.naam, p.volgorde FROM organisatie o CROSS JOIN ${PADEN};

      CREATE TABLE gesprek (
        id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id         uuid NOT NULL,
        klant_id               uuid NOT NULL,
        medewerker_id          uuid NOT NULL,
        contactmoment_id       uuid NOT NULL UNIQUE REFERENCES contactmoment (id),
        instrument_id          uuid NOT NULL,
        gevoerd_op             timestamptz NOT NULL,
        loonwaarde_percentage  smallint CHECK (loonwaarde_percentage BETWEEN 0 AND 100),
        loonwaarde_methode     text CHECK (length(btrim(loonwaarde_methode)) BETWEEN 1 AND 100),
        berekend_categorie     text NOT NULL,
        berekend_pad           text NOT NULL,
        advies_categorie       text NOT NULL,
        dienstverleningspad    text NOT NULL,
        afwijking_reden        text CHECK (length(btrim(afwijking_reden)) BETWEEN 1 AND 2000),
        categorie_overgenomen  boolean NOT NULL DEFAULT false,
        toelichting            text,
        campagne_id            uuid,
        aangemaakt_op          timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisatie_id, id),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id),
        FOREIGN KEY (organisatie_id, instrument_id) REFERENCES leefgebieden_instrument (organisatie_id, id),
        FOREIGN KEY (organisatie_id, advies_categorie) REFERENCES dienstverleningscategorie (organisatie_id, code),
        FOREIGN KEY (organisatie_id, dienstverleningspad) REFERENCES dienstverleningspad (organisatie_id, code),
        CHECK ((loonwaarde_percentage IS NULL) = (loonwaarde_methode IS NULL)),
        -- Overriding the advice needs a reason.
        CHECK ((advies_categorie = berekend_categorie AND dienstverleningspad = berekend_pad) OR afwijking_reden IS NOT NULL)
      );
      CREATE INDEX gesprek_klant_idx ON gesprek (klant_id, gevoerd_op DESC, aangemaakt_op DESC);

      CREATE TABLE gesprek_score (
        gesprek_id      uuid NOT NULL,
        organisatie_id  uuid NOT NULL,
        domein          text NOT NULL,
        niveau          smallint NOT NULL,
        toelichting     text,
        PRIMARY KEY (gesprek_id, domein),
        FOREIGN KEY (organisatie_id, gesprek_id) REFERENCES gesprek (organisatie_id, id) ON DELETE CASCADE
      );

      CREATE TABLE plan (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL,
        klant_id        uuid NOT NULL,
        medewerker_id   uuid NOT NULL,
        evaluatiedatum  date NOT NULL,
        versie          integer NOT NULL DEFAULT 1,
        aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (klant_id),
        UNIQUE (organisatie_id, id),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );

      CREATE TABLE plan_doel (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL,
        klant_id        uuid NOT NULL,
        plan_id         uuid NOT NULL,
        omschrijving    text NOT NULL CHECK (length(btrim(omschrijving)) BETWEEN 1 AND 500),
        leefgebied      text,
        streefdatum     date NOT NULL,
        status          text NOT NULL DEFAULT 'lopend' CHECK (status IN ('lopend', 'behaald', 'niet_behaald', 'vervallen')),
        volgorde        integer NOT NULL,
        aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisatie_id, klant_id, id),
        FOREIGN KEY (organisatie_id, plan_id) REFERENCES plan (organisatie_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id)
      );
      CREATE INDEX plan_doel_plan_idx ON plan_doel (plan_id, volgorde);
      CREATE INDEX plan_doel_lopend_idx ON plan_doel (klant_id, streefdatum) WHERE status = 'lopend';

      -- An afspraak may serve a doel of the same client; removing the doel keeps the afspraak.
      ALTER TABLE afspraak ADD COLUMN doel_id uuid,
        ADD CONSTRAINT afspraak_doel_fkey FOREIGN KEY (organisatie_id, klant_id, doel_id)
          REFERENCES plan_doel (organisatie_id, klant_id, id) ON DELETE SET NULL (doel_id);
      CREATE INDEX afspraak_doel_idx ON afspraak (doel_id) WHERE doel_id IS NOT NULL;

      ALTER TABLE werkvoorraad_uitstel DROP CONSTRAINT werkvoorraad_uitstel_soort_check;
      ALTER TABLE werkvoorraad_uitstel ADD CONSTRAINT werkvoorraad_uitstel_soort_check
        CHECK (soort IN (${WERKVOORRAAD_SOORTEN}, 'plan_evalueren', 'plan_nodig'));

      -- Every new organisatie also gets the standard instrument (version 1) and the standard paden.
      CREATE OR REPLACE FUNCTION standaard_instellingen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dienstverleningscategorie (organisatie_id, code, naam, volgorde, afspraak_soorten) VALUES
          (NEW.id, 'job_ready', 'Job ready (0–13 weken)', 1, ARRAY['vervolggesprek', 'opleiding', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'overig']),
          (NEW.id, 'bijna_job_ready', 'Bijna job ready (0–6 maanden)', 2, ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'overig']),
          (NEW.id, 'nog_niet_job_ready', 'Nog niet job ready (6–12 maanden)', 3, ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig']),
          (NEW.id, 'niet_job_ready', 'Niet job ready (meer dan een jaar)', 4, ARRAY['vervolggesprek', 'taal', 'vrijwilligerswerk', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig']),
          (NEW.id, 'beheer', 'Beheer', 5, ARRAY['vervolggesprek', 'gezondheid', 'schuldhulpverlening', 'doorverwijzing_netwerkpartner', 'overig']);
        INSERT INTO contactnorm (organisatie_id, categorie, max_dagen, waarschuwing_dagen) VALUES
          (NEW.id, 'job_ready', 30, 7),
          (NEW.id, 'bijna_job_ready', 60, 14),
          (NEW.id, 'nog_niet_job_ready', 90, 21),
          (NEW.id, 'niet_job_ready', 180, 30),
          (NEW.id, 'beheer', 365, 60),
          (NEW.id, 'vrijgesteld', 365, 60);
        INSERT INTO organisatie_instelling (organisatie_id) VALUES (NEW.id);
        INSERT INTO dienstverleningspad (organisatie_id, code, naam, volgorde)
          SELECT NEW.id, p.code, p.naam, p.volgorde FROM ${PADEN};
        INSERT INTO leefgebieden_instrument (organisatie_id, versie, naam, bron, domeinen, niveaus, adviesregels)
          SELECT NEW.id, 1, '${ZRM.naam}', '${ZRM.bron}', s.domeinen, s.niveaus, s.adviesregels FROM ${INSTRUMENT};
        RETURN NEW;
      END $$;
    `);
    for (const tabel of ['leefgebieden_instrument', 'dienstverleningspad', 'gesprek', 'gesprek_score', 'plan', 'plan_doel']) {
      await db.query(`
        ALTER TABLE ${tabel} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY organisatie_grens ON ${tabel} TO kib_app
          USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${tabel} TO kib_app;
      `);
    }
    await db.query(`
      -- Instrument versions are history; path codes stay (deactivate instead); a gesprek is a record (its
      -- personal text may be cleared by anonimiseren, so UPDATE stays).
      REVOKE UPDATE, DELETE, TRUNCATE ON leefgebieden_instrument FROM kib_app;
      REVOKE DELETE, TRUNCATE ON dienstverleningspad, gesprek FROM kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION standaard_instellingen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dienstverleningscategorie (organisatie_id, code, naam, volgorde, afspraak_soorten) VALUES
          (NEW.id, 'job_ready', 'Job ready (0–13 weken)', 1, ARRAY['vervolggesprek', 'opleiding', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'overig']),
          (NEW.id, 'bijna_job_ready', 'Bijna job ready (0–6 maanden)', 2, ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'overig']),
          (NEW.id, 'nog_niet_job_ready', 'Nog niet job ready (6–12 maanden)', 3, ARRAY['vervolggesprek', 'taal', 'opleiding', 'vrijwilligerswerk', 're_integratietraject', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig']),
          (NEW.id, 'niet_job_ready', 'Niet job ready (meer dan een jaar)', 4, ARRAY['vervolggesprek', 'taal', 'vrijwilligerswerk', 'gezondheid', 'schuldhulpverlening', 'tegenprestatie', 'doorverwijzing_netwerkpartner', 'overig']),
          (NEW.id, 'beheer', 'Beheer', 5, ARRAY['vervolggesprek', 'gezondheid', 'schuldhulpverlening', 'doorverwijzing_netwerkpartner', 'overig']);
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
      DELETE FROM werkvoorraad_uitstel WHERE soort IN ('plan_evalueren', 'plan_nodig');
      ALTER TABLE werkvoorraad_uitstel DROP CONSTRAINT werkvoorraad_uitstel_soort_check;
      ALTER TABLE werkvoorraad_uitstel ADD CONSTRAINT werkvoorraad_uitstel_soort_check CHECK (soort IN (${WERKVOORRAAD_SOORTEN}));
      DROP INDEX afspraak_doel_idx;
      ALTER TABLE afspraak DROP CONSTRAINT afspraak_doel_fkey, DROP COLUMN doel_id;
      DROP TABLE plan_doel; DROP TABLE plan; DROP TABLE gesprek_score; DROP TABLE gesprek;
      DROP TABLE dienstverleningspad; DROP TABLE leefgebieden_instrument;
    `);
  }
}
