import type { VrijstellingSoort } from './codelijsten';
import { dagenTussen, type Datum } from './datum';
import type { VeldFout } from './veldfout';

export interface VrijstellingRegels {
  soort: VrijstellingSoort;
  ingangsdatum: Datum;
  einddatum?: Datum | null;
  herbeoordelingsdatum?: Datum | null;
  beschikkingKenmerk?: string | null;
  beschikkingDatum?: Datum | null;
  ingetrokkenOp?: Datum | null;
}

/**
 * The vrijstelling rules (Participatiewet art. 9 lid 2 and 9a; docs/ontwerp.md, "Vrijstelling"): a formal one has a
 * beschikking (kenmerk and datum); an informal one always ends, at most `maxDuurInformeelDagen` after it starts;
 * every one has a herbeoordelingsdatum. Dates must be in order.
 */
export function controleerVrijstelling(v: VrijstellingRegels, maxDuurInformeelDagen: number): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (v.soort === 'formeel') {
    if (!v.beschikkingKenmerk?.trim())
      fouten.push({ veld: 'beschikkingKenmerk', melding: 'is verplicht bij een formele vrijstelling' });
    if (!v.beschikkingDatum)
      fouten.push({ veld: 'beschikkingDatum', melding: 'is verplicht bij een formele vrijstelling' });
  }
  if (v.soort === 'informeel') {
    if (!v.einddatum) {
      fouten.push({ veld: 'einddatum', melding: 'is verplicht bij een informele vrijstelling' });
    } else if (dagenTussen(v.ingangsdatum, v.einddatum) > maxDuurInformeelDagen) {
      fouten.push({
        veld: 'einddatum',
        melding: `mag bij een informele vrijstelling hoogstens ${maxDuurInformeelDagen} dagen na de ingangsdatum liggen`,
      });
    }
  }
  if (v.einddatum && dagenTussen(v.ingangsdatum, v.einddatum) < 0) {
    fouten.push({ veld: 'einddatum', melding: 'mag niet voor de ingangsdatum liggen' });
  }
  if (!v.herbeoordelingsdatum) {
    fouten.push({ veld: 'herbeoordelingsdatum', melding: 'is verplicht' });
  } else if (dagenTussen(v.ingangsdatum, v.herbeoordelingsdatum) < 0) {
    fouten.push({ veld: 'herbeoordelingsdatum', melding: 'mag niet voor de ingangsdatum liggen' });
  }
  if (v.ingetrokkenOp && dagenTussen(v.ingangsdatum, v.ingetrokkenOp) < 0) {
    fouten.push({ veld: 'ingetrokkenOp', melding: 'mag niet voor de ingangsdatum liggen' });
  }
  return fouten;
}

/** Active on `peildatum`: started, not ended, not withdrawn (withdrawn on a day means no longer active that day). */
export function isVrijstellingActief(
  v: Pick<VrijstellingRegels, 'ingangsdatum' | 'einddatum' | 'ingetrokkenOp'>,
  peildatum: Datum,
): boolean {
  if (dagenTussen(v.ingangsdatum, peildatum) < 0) return false;
  if (v.einddatum && dagenTussen(v.einddatum, peildatum) > 0) return false;
  if (v.ingetrokkenOp && dagenTussen(v.ingetrokkenOp, peildatum) >= 0) return false;
  return true;
}
