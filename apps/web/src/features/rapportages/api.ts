import { queryOptions } from '@tanstack/react-query';
import { downloadUrl, klient, vraag, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type Kerncijfers = Schemas['KerncijfersDto'];
export type Doorstroom = Schemas['DoorstroomDto'];
export type Leefgebieden = Schemas['LeefgebiedenDto'];
export type LeefgebiedenBeweging = Schemas['LeefgebiedenBewegingDto'];

/** The filters every report takes (a part of each report operation's query). */
export type RapportFilter = Pick<
  NonNullable<paths['/rapportages/kerncijfers']['get']['parameters']['query']>,
  'gemeenteId' | 'teamId'
>;

export const rapportKeys = {
  kerncijfers: (f: RapportFilter & { peildatum: string }) => ['rapportages', 'kerncijfers', f] as const,
  trend: (f: RapportFilter & { van: string; tot: string }) => ['rapportages', 'trend', f] as const,
  doorstroom: (f: RapportFilter & { van: string; tot: string }) => ['rapportages', 'doorstroom', f] as const,
  leefgebieden: (f: RapportFilter & { peildatum: string }) => ['rapportages', 'leefgebieden', f] as const,
  beweging: (f: RapportFilter & { van: string; tot: string }) => ['rapportages', 'beweging', f] as const,
};

export const kerncijfersQuery = (f: RapportFilter & { peildatum: string }) =>
  queryOptions({
    queryKey: rapportKeys.kerncijfers(f),
    queryFn: () => vraag(klient.GET('/rapportages/kerncijfers', { params: { query: f } })),
    placeholderData: (v) => v,
  });

export const trendQuery = (f: RapportFilter & { van: string; tot: string }) =>
  queryOptions({
    queryKey: rapportKeys.trend(f),
    queryFn: () => vraag(klient.GET('/rapportages/trend', { params: { query: f } })),
    placeholderData: (v) => v,
  });

export const doorstroomQuery = (f: RapportFilter & { van: string; tot: string }) =>
  queryOptions({
    queryKey: rapportKeys.doorstroom(f),
    queryFn: () => vraag(klient.GET('/rapportages/doorstroom', { params: { query: f } })),
    placeholderData: (v) => v,
  });

export const leefgebiedenQuery = (f: RapportFilter & { peildatum: string }) =>
  queryOptions({
    queryKey: rapportKeys.leefgebieden(f),
    queryFn: () => vraag(klient.GET('/rapportages/leefgebieden', { params: { query: f } })),
    placeholderData: (v) => v,
  });

export const bewegingQuery = (f: RapportFilter & { van: string; tot: string }) =>
  queryOptions({
    queryKey: rapportKeys.beweging(f),
    queryFn: () => vraag(klient.GET('/rapportages/leefgebieden/beweging', { params: { query: f } })),
    placeholderData: (v) => v,
  });

/** Download link for an export with the same filters (the session cookie authorises it). */
export function exportUrl(bestand: string, query: Record<string, string | undefined>): string {
  return downloadUrl(`/rapportages/${bestand}`, query);
}
