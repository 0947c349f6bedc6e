import { GESPREKSKANALEN, type Kanaal, type Resultaat } from './codelijsten';
import type { VeldFout } from './veldfout';

/**
 * Only a conversation that took place counts as "gezien": a conversation channel with result `gesproken`.
 * A letter, e-mail, no-show or failed call never resets the clock. (Mirrored by the generated column
 * contactmoment.telt_als_gezien.)
 */
export function teltAlsGezien(contact: { kanaal: Kanaal; resultaat: Resultaat }): boolean {
  return GESPREKSKANALEN.includes(contact.kanaal) && contact.resultaat === 'gesproken';
}

/** A contactmoment may be entered up to this long ahead (clock differences), not later. */
export const MAX_TOEKOMST_MS = 60 * 60 * 1000;

/**
 * Combinations that cannot have happened: a letter is sent, not spoken; a conversation is not "verstuurd";
 * and nothing took place in the future.
 */
export function controleerContactmoment(
  contact: { kanaal: Kanaal; resultaat: Resultaat; plaatsgevondenOp: string },
  nu: Date,
): VeldFout[] {
  const fouten: VeldFout[] = [];
  const gesprek = GESPREKSKANALEN.includes(contact.kanaal);
  if (gesprek && contact.resultaat === 'verstuurd') {
    fouten.push({
      veld: 'resultaat',
      melding: 'kan niet "verstuurd" zijn bij een gesprek; kies gesproken, no-show, afgezegd of niet bereikt',
    });
  }
  if (!gesprek && !['verstuurd', 'niet_bereikt'].includes(contact.resultaat)) {
    fouten.push({ veld: 'resultaat', melding: 'moet "verstuurd" of "niet bereikt" zijn bij brief, e-mail of bericht' });
  }
  const moment = Date.parse(contact.plaatsgevondenOp);
  if (Number.isNaN(moment)) {
    fouten.push({ veld: 'plaatsgevondenOp', melding: 'moet een tijdstip zijn' });
  } else if (moment > nu.getTime() + MAX_TOEKOMST_MS) {
    fouten.push({ veld: 'plaatsgevondenOp', melding: 'mag niet in de toekomst liggen' });
  }
  return fouten;
}
