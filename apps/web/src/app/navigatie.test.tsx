import { ROLLEN } from '@klant-in-beeld/domain';
import { matchRoutes } from 'react-router';
import { ROUTES } from '../App';
import { NAVIGATIE, navigatieVoor, startpagina } from './navigatie';

describe('navigatie', () => {
  it('geeft de privacyfunctionaris de logboeken, het maandrapport en het inzageverzoek, en begint bij de verwerkingen', () => {
    expect(navigatieVoor('privacy').map((i) => i.label)).toEqual([
      'Verwerkingen',
      'Maandrapport',
      'Inzageverzoek',
      'Mijn gegevens',
    ]);
    expect(startpagina('privacy')).toBe('/privacy/verwerkingen');
    expect(startpagina('extern')).toBe('/campagnes');
  });

  it('geeft de beheerder importeren, medewerkers, teams, gemeenten, de categorieën, gesprek en paden, de bewaartermijn en het logboek van de instellingen', () => {
    expect(navigatieVoor('beheerder').map((i) => i.label)).toEqual([
      'Rapportages',
      'Importeren',
      'Medewerkers',
      'Teams',
      'Gemeenten',
      'Dienstverleningscategorieën',
      'Gesprek en paden',
      'Uitnodigingsbrief',
      'Bewaartermijn',
      'Inloggen (SSO)',
      'Logboek instellingen',
      'Mijn gegevens',
    ]);
  });

  it('geeft de teamleider importeren, maar niet de klantmanager', () => {
    expect(navigatieVoor('teamleider').map((i) => i.label)).toContain('Importeren');
    expect(navigatieVoor('klantmanager').map((i) => i.label)).not.toContain('Importeren');
  });

  it('heeft voor elk menu-item en elke startpagina een echte pagina', () => {
    const paden = [...NAVIGATIE.map((i) => i.pad), ...ROLLEN.map(startpagina)];
    for (const pad of paden) expect([pad, matchRoutes(ROUTES, pad)?.at(-1)?.route.path]).toEqual([pad, pad.slice(1)]);
  });
});
