import type { WerkvoorraadSoort } from '@klant-in-beeld/domain';
import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';

export type WerkvoorraadItem = Schemas['WerkvoorraadItemDto'];
export type Werkvoorraad = Schemas['WerkvoorraadDto'];
export type UitstelInvoer = Schemas['UitstelInvoerDto'];

export interface WerkvoorraadFilters {
  soort?: WerkvoorraadSoort;
  medewerkerId?: string;
  page?: number;
}

export const werkvoorraadKeys = {
  alle: ['werkvoorraad'] as const,
  lijst: (f: WerkvoorraadFilters) => ['werkvoorraad', f] as const,
};

export const werkvoorraadQuery = (filters: WerkvoorraadFilters) =>
  queryOptions({
    queryKey: werkvoorraadKeys.lijst(filters),
    queryFn: () => vraag(klient.GET('/werkvoorraad', { params: { query: { ...filters, pageSize: 50 } } })),
    placeholderData: (vorige) => vorige,
  });

export const stelUit = (invoer: UitstelInvoer) => vraag(klient.POST('/werkvoorraad/uitstellen', { body: invoer }));
