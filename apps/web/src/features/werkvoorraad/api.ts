import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type WerkvoorraadItem = Schemas['WerkvoorraadItemDto'];
export type Werkvoorraad = Schemas['WerkvoorraadDto'];
export type UitstelInvoer = Schemas['UitstelInvoerDto'];

/** The worklist's filters the screen offers: a part of the operation's query (the page size is fixed here). */
export type WerkvoorraadFilters = Pick<
  NonNullable<paths['/werkvoorraad']['get']['parameters']['query']>,
  'soort' | 'medewerkerId' | 'page'
>;

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

/** Records the call the day before an invitation (bereikt / niet bereikt) as a contactmoment on it. */
export const nabellen = (campagneId: string, klantId: string, resultaat: 'bereikt' | 'niet_bereikt') =>
  vraag(
    klient.POST('/campagnes/{id}/deelnemers/{klantId}/nabellen', {
      params: { path: { id: campagneId, klantId } },
      body: { resultaat },
    }),
  );
