/**
 * The klant-in-beeld rule as SQL for a klant row aliased `k`, at the peildatum in the given parameter (e.g. '$2').
 * One definition for the klanten list, the dossier, the werkvoorraad and the reports; it calls the SQL functions
 * vrijstelling_actief() and in_beeld_status() that mirror libs/domain (a test proves they agree).
 *
 * Uses k.laatst_gezien_op, which is current as of now: for a peildatum in the past use the reports' own query.
 */
export function inBeeldSql(peildatum: string) {
  return {
    joins: `
      CROSS JOIN LATERAL (
        SELECT EXISTS (
          SELECT 1 FROM vrijstelling v
           WHERE v.klant_id = k.id AND vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, ${peildatum})
        ) AS vrijgesteld
      ) vr
      JOIN contactnorm n ON n.organisatie_id = k.organisatie_id
                        AND n.categorie = CASE WHEN vr.vrijgesteld THEN 'vrijgesteld' ELSE k.dienstverleningscategorie END
      JOIN organisatie_instelling oi ON oi.organisatie_id = k.organisatie_id`,
    status: `in_beeld_status(nl_datum(k.laatst_gezien_op), k.startdatum_uitkering, n.max_dagen, n.waarschuwing_dagen, oi.intake_dagen, ${peildatum})`,
  };
}
