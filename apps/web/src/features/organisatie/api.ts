import type { Rol } from '@klant-in-beeld/domain';
import { queryOptions } from '@tanstack/react-query';
import { api, type Pagina } from '../../api/client';

export interface Gemeente {
  id: string;
  cbsCode: string;
  naam: string;
}
export interface Team {
  id: string;
  naam: string;
}
export interface MedewerkerSamenvatting {
  id: string;
  naam: string;
  rol: Rol;
  teamId: string | null;
  actief: boolean;
}

export const gemeentenQuery = () => queryOptions({ queryKey: ['gemeenten'], queryFn: () => api<Gemeente[]>('/gemeenten'), staleTime: 10 * 60_000 });
export const teamsQuery = () => queryOptions({ queryKey: ['teams'], queryFn: () => api<Team[]>('/teams'), staleTime: 10 * 60_000 });

/** Active klantmanagers of the organisatie (for filters, assignment and herverdelen). */
export const klantmanagersQuery = () =>
  queryOptions({
    queryKey: ['medewerkers', { rol: 'klantmanager' }],
    queryFn: async () => (await api<Pagina<MedewerkerSamenvatting>>('/medewerkers', { query: { rol: 'klantmanager', pageSize: 200 } })).items.filter((m) => m.actief),
    staleTime: 5 * 60_000,
  });

/** Every medewerker of the organisatie, active or not (the privacy officer filters the logs by them). */
export const medewerkersQuery = () =>
  queryOptions({
    queryKey: ['medewerkers', 'alle'],
    queryFn: async () => (await api<Pagina<MedewerkerSamenvatting>>('/medewerkers', { query: { page: 1, pageSize: 200 } })).items,
    staleTime: 5 * 60_000,
  });
