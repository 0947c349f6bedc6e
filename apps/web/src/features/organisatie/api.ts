import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';

export type Gemeente = Schemas['GemeenteDto'];
export type Team = Schemas['TeamDto'];
export type MedewerkerSamenvatting = Schemas['MedewerkerSamenvattingDto'];

export const gemeentenQuery = () =>
  queryOptions({ queryKey: ['gemeenten'], queryFn: () => vraag(klient.GET('/gemeenten')), staleTime: 10 * 60_000 });
export const teamsQuery = () =>
  queryOptions({ queryKey: ['teams'], queryFn: () => vraag(klient.GET('/teams')), staleTime: 10 * 60_000 });

/** Active klantmanagers of the organisatie (for filters, assignment and herverdelen). */
export const klantmanagersQuery = () =>
  queryOptions({
    queryKey: ['medewerkers', { rol: 'klantmanager' }],
    queryFn: async () =>
      (
        await vraag(klient.GET('/medewerkers', { params: { query: { rol: 'klantmanager', pageSize: 200 } } }))
      ).items.filter((m) => m.actief),
    staleTime: 5 * 60_000,
  });

/** Every medewerker of the organisatie, active or not (the privacy officer filters the logs by them). */
export const medewerkersQuery = () =>
  queryOptions({
    queryKey: ['medewerkers', 'alle'],
    queryFn: async () =>
      (await vraag(klient.GET('/medewerkers', { params: { query: { page: 1, pageSize: 200 } } }))).items,
    staleTime: 5 * 60_000,
  });
