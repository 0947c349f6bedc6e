import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The werkvoorraad itself is computed by SQL from the dossier; the only thing stored is an explicit uitstel
 * (postponement with reason and date), visible to the teamleider.
 */
export class Werkvoorraad1795437000000 implements MigrationInterface {
  name = 'Werkvoorraad1795437000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE werkvoorraad_uitstel (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL,
        klant_id        uuid NOT NULL,
        soort           text NOT NULL CHECK (soort IN ('uit_beeld', 'bijna_uit_beeld', 'intake_nodig', 'no_show_opvolgen', 'afspraak_verlopen', 'vrijstelling_herbeoordelen', 'vrijstelling_verlopen', 'geen_klantmanager')),
        referentie_id   uuid,
        tot_datum       date NOT NULL,
        reden           text NOT NULL CHECK (length(reden) > 0),
        medewerker_id   uuid NOT NULL,
        aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organisatie_id, klant_id) REFERENCES klant (organisatie_id, id),
        FOREIGN KEY (organisatie_id, medewerker_id) REFERENCES medewerker (organisatie_id, id)
      );
      CREATE INDEX werkvoorraad_uitstel_klant_idx ON werkvoorraad_uitstel (klant_id, soort, tot_datum);
      CREATE INDEX werkvoorraad_uitstel_organisatie_idx ON werkvoorraad_uitstel (organisatie_id, aangemaakt_op DESC);

      -- The latest contact attempt per client (no_show_opvolgen) is read with this index.
      CREATE INDEX contactmoment_laatste_idx ON contactmoment (klant_id, plaatsgevonden_op DESC, aangemaakt_op DESC);
      DROP INDEX contactmoment_klant_idx;
      CREATE INDEX vrijstelling_open_idx ON vrijstelling (klant_id) WHERE ingetrokken_op IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX vrijstelling_open_idx;
      CREATE INDEX contactmoment_klant_idx ON contactmoment (klant_id, plaatsgevonden_op DESC);
      DROP INDEX contactmoment_laatste_idx;
      DROP TABLE werkvoorraad_uitstel;
    `);
  }
}
