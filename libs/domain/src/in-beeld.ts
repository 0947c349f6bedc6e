import type { InBeeldStatus } from './codelijsten';
import { dagenTussen, type Datum } from './datum';
import type { Norm } from './normen';

export interface InBeeldInvoer {
  /** Date (in the Netherlands) of the latest contactmoment that counts as gezien, or null. */
  laatstGezien: Datum | null;
  startdatumUitkering: Datum;
  norm: Norm;
  intakeDagen: number;
  peildatum: Datum;
}

/**
 * The klant-in-beeld rule (docs/ontwerp.md, "The klant-in-beeld rule"), mirrored by the SQL function
 * in_beeld_status():
 * - seen: `in_beeld` while at most maxDagen − waarschuwingDagen days ago, `bijna_uit_beeld` up to and including
 *   day maxDagen, `uit_beeld` after that;
 * - never seen: `bijna_uit_beeld` during the intake period (an intake is due; "in beeld" needs a conversation),
 *   `uit_beeld` once more than intakeDagen days have passed since the startdatum uitkering.
 */
export function inBeeldStatus(invoer: InBeeldInvoer): InBeeldStatus {
  if (invoer.laatstGezien === null) {
    return dagenTussen(invoer.startdatumUitkering, invoer.peildatum) > invoer.intakeDagen
      ? 'uit_beeld'
      : 'bijna_uit_beeld';
  }
  const dagen = dagenTussen(invoer.laatstGezien, invoer.peildatum);
  if (dagen > invoer.norm.maxDagen) return 'uit_beeld';
  if (dagen > invoer.norm.maxDagen - invoer.norm.waarschuwingDagen) return 'bijna_uit_beeld';
  return 'in_beeld';
}
