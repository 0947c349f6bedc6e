/** "1 actieve klant", "3 actieve klanten". */
export function klanten(aantal: number): string {
  return `${aantal} actieve ${aantal === 1 ? 'klant' : 'klanten'}`;
}

export const ROLLEN_MET_TEAM_TEKST = 'Alleen klantmanagers en teamleiders horen bij een team.';
