import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';

export type Campagne = Schemas['CampagneDto'];
export type CampagnePagina = Schemas['CampagnePagina'];
export type AgendaItem = Schemas['AgendaItemDto'];

export const campagneKeys = {
  alle: ['campagnes'] as const,
  lijst: (page: number, status?: Campagne['status']) => ['campagnes', 'lijst', page, status] as const,
  agenda: (van: string, tot: string, medewerkerId?: string) => ['agenda', van, tot, medewerkerId] as const,
};

export const campagnesQuery = (page: number, status?: Campagne['status']) =>
  queryOptions({
    queryKey: campagneKeys.lijst(page, status),
    queryFn: () => vraag(klient.GET('/campagnes', { params: { query: { page, pageSize: 25, status } } })),
    placeholderData: (vorige) => vorige,
  });

export const agendaQuery = (van: string, tot: string, medewerkerId?: string) =>
  queryOptions({
    queryKey: campagneKeys.agenda(van, tot, medewerkerId),
    queryFn: () => vraag(klient.GET('/agenda', { params: { query: { van, tot, medewerkerId } } })),
    placeholderData: (vorige) => vorige,
  });
