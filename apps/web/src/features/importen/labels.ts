import type { ImportSoort, ImportStatus } from './api';

/** Every soort of the contract, in the order the form offers them. */
export const SOORT_LABELS: Record<ImportSoort, string> = {
  klanten: 'Klanten',
  contactmomenten: 'Contactmomenten',
  ladder: 'Participatieladder (metingen)',
  afspraken: 'Afspraken',
  vrijstellingen: 'Vrijstellingen',
  overdracht: 'Overdracht (dossier uit een andere gemeente)',
};

export const STATUS_LABELS: Record<ImportStatus, string> = {
  controleren: 'Wordt gecontroleerd',
  klaar: 'Klaar om uit te voeren',
  afgekeurd: 'Afgekeurd',
  uitvoeren: 'Wordt uitgevoerd',
  uitgevoerd: 'Uitgevoerd',
  mislukt: 'Mislukt',
};

export const SOORTEN = Object.keys(SOORT_LABELS) as ImportSoort[];
