import type { Rol } from '@klant-in-beeld/domain';

export interface NavigatieItem {
  pad: string;
  label: string;
  rollen: readonly Rol[];
}

/** The main menu; each page is offered only to the roles the API lets in. */
export const NAVIGATIE: NavigatieItem[] = [
  { pad: '/werkvoorraad', label: 'Werkvoorraad', rollen: ['klantmanager', 'teamleider'] },
  { pad: '/klanten', label: 'Klanten', rollen: ['klantmanager', 'teamleider'] },
  { pad: '/campagnes', label: 'Campagnes', rollen: ['klantmanager', 'teamleider', 'beleid', 'extern'] },
  { pad: '/agenda', label: 'Agenda', rollen: ['klantmanager', 'teamleider', 'extern'] },
  { pad: '/team', label: 'Team', rollen: ['teamleider'] },
  { pad: '/team/herverdelen', label: 'Herverdelen', rollen: ['teamleider'] },
  { pad: '/rapportages', label: 'Rapportages', rollen: ['beleid', 'teamleider', 'beheerder'] },
  { pad: '/importen', label: 'Importeren', rollen: ['teamleider', 'beheerder'] },
  { pad: '/beheer/medewerkers', label: 'Medewerkers', rollen: ['beheerder'] },
  { pad: '/beheer/teams', label: 'Teams', rollen: ['beheerder'] },
  { pad: '/beheer/gemeenten', label: 'Gemeenten', rollen: ['beheerder'] },
  { pad: '/instellingen', label: 'Dienstverleningscategorieën', rollen: ['beheerder'] },
  { pad: '/instellingen/gesprek', label: 'Gesprek en paden', rollen: ['beheerder'] },
  { pad: '/instellingen/brieven', label: 'Uitnodigingsbrief', rollen: ['beheerder'] },
  { pad: '/instellingen/bewaartermijn', label: 'Bewaartermijn', rollen: ['beheerder'] },
  { pad: '/instellingen/inloggen', label: 'Inloggen (SSO)', rollen: ['beheerder'] },
  { pad: '/instellingen/logboek', label: 'Logboek instellingen', rollen: ['beheerder'] },
  { pad: '/privacy/verwerkingen', label: 'Verwerkingen', rollen: ['privacy'] },
  { pad: '/privacy/maandrapport', label: 'Maandrapport', rollen: ['privacy'] },
  { pad: '/privacy/inzageverzoek', label: 'Inzageverzoek', rollen: ['privacy'] },
  {
    pad: '/account',
    label: 'Mijn gegevens',
    rollen: ['klantmanager', 'teamleider', 'beleid', 'beheerder', 'privacy', 'extern'],
  },
];

export function navigatieVoor(rol: Rol): NavigatieItem[] {
  return NAVIGATIE.filter((item) => item.rollen.includes(rol));
}

/** Where a role starts after logging in. Extern works only on campagnes, so starts at them. */
export function startpagina(rol: Rol): string {
  switch (rol) {
    case 'klantmanager':
    case 'teamleider':
      return '/werkvoorraad';
    case 'beleid':
    case 'beheerder':
      return '/rapportages';
    case 'privacy':
      return '/privacy/verwerkingen';
    case 'extern':
      return '/campagnes';
  }
}
