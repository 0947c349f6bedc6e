import type { ImportSoort } from '../dto/import.dto';
import { afspraken, contactmomenten, ladder, vrijstellingen } from './dossier';
import { klanten } from './klanten';
import { overdracht } from './overdracht';
import type { SoortDefinitie } from './soort';

/** Every soort the engine can import; a soort not listed here is refused with 422 (not yet supported). */
export const SOORTEN: Partial<Record<ImportSoort, SoortDefinitie>> = {
  klanten,
  contactmomenten,
  ladder,
  afspraken,
  vrijstellingen,
  overdracht,
};
