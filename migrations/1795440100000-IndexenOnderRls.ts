import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security adds `organisatie_id = kib_organisatie()` to every scan of a tenant table. The covering indexes
 * the werkvoorraad probes once per client (1795438000000-WerkvoorraadIndexen) lacked organisatie_id, so under the
 * application role those index-only scans became index scans that read the table row of every contact and
 * vrijstelling (measured: +1.2 ms of 8 ms at 50,000 clients, docs/performance.md). With organisatie_id INCLUDEd
 * they are index-only again. Same leading columns, so every query that used the old indexes can use the new ones.
 */
export class IndexenOnderRls1795440100000 implements MigrationInterface {
  name = 'IndexenOnderRls1795440100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX contactmoment_laatste_poging_org_idx ON contactmoment (klant_id, plaatsgevonden_op DESC, aangemaakt_op DESC)
        INCLUDE (resultaat, id, organisatie_id);
      DROP INDEX contactmoment_laatste_poging_idx;
      ALTER INDEX contactmoment_laatste_poging_org_idx RENAME TO contactmoment_laatste_poging_idx;

      CREATE INDEX vrijstelling_klant_dekkend_org_idx ON vrijstelling (klant_id, ingangsdatum DESC)
        INCLUDE (einddatum, herbeoordelingsdatum, ingetrokken_op, soort, id, organisatie_id);
      DROP INDEX vrijstelling_klant_dekkend_idx;
      ALTER INDEX vrijstelling_klant_dekkend_org_idx RENAME TO vrijstelling_klant_dekkend_idx;

      CREATE INDEX afspraak_lopend_org_idx ON afspraak (klant_id, einddatum) INCLUDE (id, organisatie_id, omschrijving) WHERE status = 'lopend';
      DROP INDEX afspraak_lopend_idx;
      ALTER INDEX afspraak_lopend_org_idx RENAME TO afspraak_lopend_idx;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX afspraak_lopend_oud_idx ON afspraak (klant_id, einddatum) WHERE status = 'lopend';
      DROP INDEX afspraak_lopend_idx;
      ALTER INDEX afspraak_lopend_oud_idx RENAME TO afspraak_lopend_idx;

      CREATE INDEX vrijstelling_klant_dekkend_oud_idx ON vrijstelling (klant_id, ingangsdatum DESC)
        INCLUDE (einddatum, herbeoordelingsdatum, ingetrokken_op, soort, id);
      DROP INDEX vrijstelling_klant_dekkend_idx;
      ALTER INDEX vrijstelling_klant_dekkend_oud_idx RENAME TO vrijstelling_klant_dekkend_idx;

      CREATE INDEX contactmoment_laatste_poging_oud_idx ON contactmoment (klant_id, plaatsgevonden_op DESC, aangemaakt_op DESC) INCLUDE (resultaat, id);
      DROP INDEX contactmoment_laatste_poging_idx;
      ALTER INDEX contactmoment_laatste_poging_oud_idx RENAME TO contactmoment_laatste_poging_idx;
    `);
  }
}
