import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Correcting a wrongly registered contactmoment (PATCH /api/contactmomenten/{id}, rule in libs/domain correctie.ts):
 *
 * 1. `versie` for optimistic locking, as klant, afspraak and vrijstelling have; `gecorrigeerd_op` so the dossier can
 *    show that a record was corrected. The old values and the reason are in the change audit (wijziging), which is
 *    append-only.
 * 2. The application role may update only what a correction (or the anonymisation of the bewaartermijn) changes:
 *    never whose client, whose organisatie, who registered it or when. Row-level security (1795440000000-Beveiliging)
 *    already covers the table; the policy is unchanged.
 * 3. The existing triggers see a correction like any update: contactmoment_laatst_gezien recomputes
 *    klant.laatst_gezien_op, rapport_contactmoment_wijziging invalidates report months from the earlier of the old
 *    and new plaatsgevonden_op.
 */
export class ContactmomentCorrectie1795442000000 implements MigrationInterface {
  name = 'ContactmomentCorrectie1795442000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE contactmoment
        ADD COLUMN versie integer NOT NULL DEFAULT 1,
        ADD COLUMN gecorrigeerd_op timestamptz;
      REVOKE UPDATE ON contactmoment FROM kib_app;
      GRANT UPDATE (plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, samenvatting, versie, gecorrigeerd_op) ON contactmoment TO kib_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE UPDATE (plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, samenvatting, versie, gecorrigeerd_op) ON contactmoment FROM kib_app;
      GRANT UPDATE ON contactmoment TO kib_app;
      ALTER TABLE contactmoment DROP COLUMN gecorrigeerd_op, DROP COLUMN versie;
    `);
  }
}
