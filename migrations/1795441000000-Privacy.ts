import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy by design (docs/privacy.md):
 * 1. The register of processing activities (verwerkingsactiviteiten) per organisatie; every access record names one.
 * 2. The bewaartermijn: after so many years after uitstroom a client's personal data is removed (anonymised); the
 *    rows the reports count stay, with their dates, codes and treden.
 * 3. The audit tables stay append-only, with one narrow exception: the anonymisation may blank the personal values
 *    in the change audit and the reasons of doorbrekingen of anonymised clients. Only the owner can do that
 *    (kib_app has no UPDATE on them), and only through kib_anonimiseer_logboeken(), which sets a transaction-local
 *    flag the append-only trigger checks.
 */
export class Privacy1795441000000 implements MigrationInterface {
  name = 'Privacy1795441000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE verwerkingsactiviteit (
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        code            text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,40}$'),
        naam            text NOT NULL,
        doel            text NOT NULL,
        grondslag       text NOT NULL,
        PRIMARY KEY (organisatie_id, code)
      );
      ALTER TABLE verwerkingsactiviteit ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisatie_grens ON verwerkingsactiviteit TO kib_app
        USING (organisatie_id = (SELECT kib_organisatie())) WITH CHECK (organisatie_id = (SELECT kib_organisatie()));

      -- The register every organisatie starts with (equal to STANDAARD_VERWERKINGSACTIVITEITEN in the API; tested).
      CREATE FUNCTION standaard_verwerkingsactiviteiten(organisatie uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO verwerkingsactiviteit (organisatie_id, code, naam, doel, grondslag) VALUES
          (organisatie, 're_integratie', 'Re-integratie en begeleiding Participatiewet',
           'Klanten in beeld houden en begeleiden naar werk of participatie: dossier, gesprekken, afspraken, vrijstellingen en de werkvoorraad.',
           'Participatiewet art. 7 lid 1 en art. 44a; AVG art. 6 lid 1 onder e'),
          (organisatie, 'rapportage', 'Beleidsinformatie en verantwoording',
           'Kerncijfers over caseload, contact, vrijstellingen en doorstroom, zonder gegevens van personen.',
           'Participatiewet art. 47 en 76; AVG art. 6 lid 1 onder e en art. 89'),
          (organisatie, 'privacytoezicht', 'Toezicht op de verwerking van persoonsgegevens',
           'Nagaan wie welke gegevens inzag of wijzigde, en inzageverzoeken van klanten beantwoorden.',
           'AVG art. 5 lid 2, art. 15 en art. 39'),
          (organisatie, 'bewaartermijn', 'Bewaren en vernietigen',
           'Persoonsgegevens van oud-klanten verwijderen na afloop van de bewaartermijn.',
           'Archiefwet 1995 en Selectielijst gemeenten en intergemeentelijke organen 2020; AVG art. 5 lid 1 onder e')
      $$;
      SELECT standaard_verwerkingsactiviteiten(id) FROM organisatie;
      CREATE FUNCTION organisatie_verwerkingsactiviteiten() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM standaard_verwerkingsactiviteiten(NEW.id);
        RETURN NEW;
      END $$;
      CREATE TRIGGER organisatie_standaard_verwerkingsactiviteiten AFTER INSERT ON organisatie
        FOR EACH ROW EXECUTE FUNCTION organisatie_verwerkingsactiviteiten();

      -- Access records name the activity by code; older rows (append-only, so not backfilled) were all re-integratie.
      ALTER TABLE verwerking ADD COLUMN activiteit text;
      -- Every read now writes a record per client shown (50 for a worklist page): the foreign key to organisatie
      -- doubled the cost of those inserts (one check per row) and guards nothing row-level security does not: its
      -- WITH CHECK already ties every row to the organisatie of the transaction.
      ALTER TABLE verwerking DROP CONSTRAINT verwerking_organisatie_id_fkey;
      ALTER TABLE verwerking ADD CONSTRAINT verwerking_resultaat_check CHECK (resultaat IN ('gelukt', 'geweigerd'));
      -- For the monthly report over a period. BRIN, not a B-tree: the log is append-only, so its rows lie in time order
      -- on disk, and a BRIN index costs next to nothing per insert (every read writes rows here).
      CREATE INDEX verwerking_tijdstip_idx ON verwerking USING brin (tijdstip);

      -- Bewaartermijn and anonymisation.
      ALTER TABLE organisatie_instelling
        ADD COLUMN bewaartermijn_jaren integer NOT NULL DEFAULT 10 CHECK (bewaartermijn_jaren BETWEEN 1 AND 30),
        ADD COLUMN anonimiseren_automatisch boolean NOT NULL DEFAULT false,
        ADD COLUMN laatst_geanonimiseerd_op date;
      ALTER TABLE klant ALTER COLUMN bsn DROP NOT NULL;
      ALTER TABLE klant ADD COLUMN geanonimiseerd_op timestamptz,
        ADD CONSTRAINT klant_bsn_of_geanonimiseerd CHECK (bsn IS NOT NULL OR geanonimiseerd_op IS NOT NULL);
      CREATE INDEX klant_uitstroom_idx ON klant (organisatie_id, uitstroomdatum) WHERE status = 'uitgestroomd' AND geanonimiseerd_op IS NULL;

      -- The append-only trigger, with the single exception described above.
      CREATE OR REPLACE FUNCTION weiger_wijziging_logboek() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('kib.logboek_anonimiseren', true) = 'ja' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is alleen aan te vullen: % is niet toegestaan', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;

      -- Blanks what the change audit and the doorbrekingen hold of these (already anonymised) clients' personal data:
      -- the changed values become "geanonimiseerd", the field names, who, when and what stay.
      CREATE FUNCTION kib_anonimiseer_logboeken(organisatie uuid, klanten uuid[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF organisatie IS DISTINCT FROM kib_organisatie() THEN
          RAISE EXCEPTION 'alleen binnen de eigen organisatie' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF EXISTS (SELECT 1 FROM klant WHERE id = ANY (klanten) AND (organisatie_id <> organisatie OR geanonimiseerd_op IS NULL)) THEN
          RAISE EXCEPTION 'alleen voor geanonimiseerde klanten van de eigen organisatie' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM set_config('kib.logboek_anonimiseren', 'ja', true);
        UPDATE wijziging w
           SET oud = (SELECT jsonb_object_agg(e.key, 'geanonimiseerd') FROM jsonb_each(w.oud) e),
               nieuw = (SELECT jsonb_object_agg(e.key, 'geanonimiseerd') FROM jsonb_each(w.nieuw) e)
         WHERE w.organisatie_id = organisatie AND w.klant_id = ANY (klanten);
        UPDATE doorbreking SET reden = 'Geanonimiseerd (bewaartermijn)' WHERE organisatie_id = organisatie AND klant_id = ANY (klanten);
        PERFORM set_config('kib.logboek_anonimiseren', '', true);
      END $$;
      REVOKE EXECUTE ON FUNCTION kib_anonimiseer_logboeken(uuid, uuid[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kib_anonimiseer_logboeken(uuid, uuid[]) TO kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION kib_anonimiseer_logboeken(uuid, uuid[]);
      CREATE OR REPLACE FUNCTION weiger_wijziging_logboek() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is alleen aan te vullen: % is niet toegestaan', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      DROP INDEX klant_uitstroom_idx;
      ALTER TABLE klant DROP CONSTRAINT klant_bsn_of_geanonimiseerd, DROP COLUMN geanonimiseerd_op;
      ALTER TABLE klant ALTER COLUMN bsn SET NOT NULL;
      ALTER TABLE organisatie_instelling DROP COLUMN bewaartermijn_jaren, DROP COLUMN anonimiseren_automatisch, DROP COLUMN laatst_geanonimiseerd_op;
      DROP INDEX verwerking_tijdstip_idx;
      ALTER TABLE verwerking ADD CONSTRAINT verwerking_organisatie_id_fkey FOREIGN KEY (organisatie_id) REFERENCES organisatie (id);
      ALTER TABLE verwerking DROP CONSTRAINT verwerking_resultaat_check, DROP COLUMN activiteit;
      DROP TRIGGER organisatie_standaard_verwerkingsactiviteiten ON organisatie;
      DROP FUNCTION organisatie_verwerkingsactiviteiten(); DROP FUNCTION standaard_verwerkingsactiviteiten(uuid);
      DROP TABLE verwerkingsactiviteit;
    `);
  }
}
