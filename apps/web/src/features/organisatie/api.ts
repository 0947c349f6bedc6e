import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';

export type Gemeente = Schemas['GemeenteDto'];
export type Team = Schemas['TeamDto'];
export type MedewerkerSamenvatting = Schemas['MedewerkerSamenvattingDto'];

/** Every gemeente of the organisatie, for choosing one (an organisatie has a handful; the API pages at 200). */
export const gemeentenQuery = () =>
  queryOptions({
    queryKey: ['gemeenten', 'keuze'],
    queryFn: async () => (await vraag(klient.GET('/gemeenten', { params: { query: { pageSize: 200 } } }))).items,
    staleTime: 10 * 60_000,
  });
/** The teams that are not archived: the only ones offered for choosing. */
export const teamsQuery = () =>
  queryOptions({
    queryKey: ['teams', 'keuze'],
    queryFn: async () => (await vraag(klient.GET('/teams', { params: { query: { pageSize: 200 } } }))).items,
    staleTime: 10 * 60_000,
  });

/** Active klantmanagers of the organisatie (for filters, assignment and herverdelen); deactivated ones are not offered. */
export const klantmanagersQuery = () =>
  queryOptions({
    queryKey: ['medewerkers', { rol: 'klantmanager' }],
    queryFn: async () =>
      (
        await vraag(
          klient.GET('/medewerkers', { params: { query: { rol: 'klantmanager', actief: 'true', pageSize: 200 } } }),
        )
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
