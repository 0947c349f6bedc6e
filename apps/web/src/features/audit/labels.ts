/**
 * Dutch names for the codes in the logs. The API may log codes this list does not know yet (a newer release):
 * those are shown as the code itself, never hidden.
 */
export const HANDELING_LABELS: Record<string, string> = {
  'klanten.zoeken': 'Klanten gezocht',
  'klant.inzien': 'Dossier bekeken',
  'tijdlijn.inzien': 'Tijdlijn bekeken',
  'contactmomenten.inzien': 'Contactmomenten bekeken',
  'ladder.inzien': 'Participatieladder bekeken',
  'afspraken.inzien': 'Afspraken bekeken',
  'vrijstellingen.inzien': 'Vrijstellingen bekeken',
  'bsn.tonen': 'BSN getoond',
  'klant.doorbreken': 'Dossier van ander team geopend',
  'werkvoorraad.inzien': 'Werkvoorraad bekeken',
  'uitstel.inzien': 'Uitgestelde werkvoorraad bekeken',
  'team.overzicht': 'Teamoverzicht bekeken',
  'team.weekstart': 'Weekstart campagne bekeken',
  'klant.inzage_export': 'Inzage-export gemaakt',
  'klant.anonimiseren': 'Geanonimiseerd (bewaartermijn)',
  'audit.verwerkingen': 'Logboek inzagen bekeken',
  'audit.wijzigingen': 'Logboek wijzigingen bekeken',
  'audit.klant_op_bsn': 'Klant gezocht op BSN (privacy)',
  'audit.rapport': 'Maandrapport bekeken',
  'rapportage.export': 'Rapportage geëxporteerd',
};

/** What a change was made to. The beheerder may only see the settings and organisation (the API refuses the others). */
export const RESOURCE_LABELS: Record<string, string> = {
  klant: 'Klantgegevens',
  contactmoment: 'Contactmoment',
  ladder_meting: 'Ladder-meting',
  afspraak: 'Afspraak',
  vrijstelling: 'Vrijstelling',
  contactnormen: 'Contactnormen',
  bewaartermijn: 'Bewaartermijn',
  uitstel: 'Uitstel in werkvoorraad',
  instellingen: 'Instellingen',
  medewerker: 'Medewerker',
  team: 'Team',
  gemeente: 'Gemeente',
};

export const BEHEER_RESOURCES = [
  'contactnormen',
  'bewaartermijn',
  'instellingen',
  'medewerker',
  'team',
  'gemeente',
] as const;

export const ACTIE_LABELS: Record<string, string> = {
  aangemaakt: 'Aangemaakt',
  gewijzigd: 'Gewijzigd',
  verwijderd: 'Verwijderd',
};

export const RESULTAAT_LABELS: Record<'gelukt' | 'geweigerd', string> = { gelukt: 'Gelukt', geweigerd: 'Geweigerd' };

export const label = (labels: Record<string, string>, code: string): string => labels[code] ?? code;
