import type { InBeeldStatus, Urgentie, WerkvoorraadSoort } from '@klant-in-beeld/domain';
import { queryOptions } from '@tanstack/react-query';
import { api, type Pagina } from '../../api/client';

export interface WerkvoorraadItem {
  klantId: string;
  klantNaam: string;
  soort: WerkvoorraadSoort;
  vervaldatum: string;
  urgentie: Urgentie;
  reden: string;
  referentieId: string | null;
  klantmanagerId: string | null;
  inBeeldStatus: InBeeldStatus;
  laatstGezien: string | null;
  normDagen: number;
}

export interface Werkvoorraad extends Pagina<WerkvoorraadItem> {
  perSoort: Partial<Record<WerkvoorraadSoort, number>>;
  peildatum: string;
}

export interface WerkvoorraadFilters {
  soort?: WerkvoorraadSoort;
  medewerkerId?: string;
  page?: number;
}

export const werkvoorraadKeys = { alle: ['werkvoorraad'] as const, lijst: (f: WerkvoorraadFilters) => ['werkvoorraad', f] as const };

export const werkvoorraadQuery = (filters: WerkvoorraadFilters) =>
  queryOptions({
    queryKey: werkvoorraadKeys.lijst(filters),
    queryFn: () => api<Werkvoorraad>('/werkvoorraad', { query: { ...filters, pageSize: 50 } }),
    placeholderData: (vorige) => vorige,
  });

export interface UitstelInvoer {
  klantId: string;
  soort: WerkvoorraadSoort;
  referentieId: string | null;
  totDatum: string;
  reden: string;
}

export const stelUit = (invoer: UitstelInvoer) => api('/werkvoorraad/uitstellen', { method: 'POST', body: invoer });
