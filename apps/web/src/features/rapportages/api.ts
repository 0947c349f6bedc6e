import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

type Aantal = number | null;

export interface Kerncijfers {
  peildatum: string;
  caseload: Aantal;
  caseloadPerKlantmanager: Record<'<50' | '50-74' | '75-99' | '100-150' | '>150', Aantal>;
  inBeeld: { in_beeld: Aantal; bijna_uit_beeld: Aantal; uit_beeld: Aantal };
  gesprokenLaatste12Maanden: number | null;
  gesprekkenVerdeling12Maanden: Record<'0' | '1' | '2' | '3' | '>3', Aantal>;
  metLopendeAfspraak: number | null;
  vrijstellingen: { formeel: Aantal; informeel: Aantal; informeelVerlopen: Aantal };
  vrijstellingenPerReden: Record<string, { formeel: Aantal; informeel: Aantal }>;
  ladder: Record<'1' | '2' | '3' | '4' | '5' | '6', Aantal>;
  ladderOnbekend: Aantal;
  noShowPercentage: number | null;
  uitstroom: Record<string, Aantal>;
  periode: { van: string; tot: string };
  onderdrukt: boolean;
}

export interface Doorstroom {
  van: string;
  tot: string;
  matrix: Record<string, Record<string, Aantal>>;
  omhoog: Aantal;
  gelijk: Aantal;
  omlaag: Aantal;
  onderdrukt: boolean;
}

export interface RapportFilter {
  gemeenteId?: string;
  teamId?: string;
}

export const rapportKeys = {
  kerncijfers: (f: RapportFilter & { peildatum: string }) => ['rapportages', 'kerncijfers', f] as const,
  trend: (f: RapportFilter & { van: string; tot: string }) => ['rapportages', 'trend', f] as const,
  doorstroom: (f: RapportFilter & { van: string; tot: string }) => ['rapportages', 'doorstroom', f] as const,
};

export const kerncijfersQuery = (f: RapportFilter & { peildatum: string }) =>
  queryOptions({ queryKey: rapportKeys.kerncijfers(f), queryFn: () => api<Kerncijfers>('/rapportages/kerncijfers', { query: { ...f } }), placeholderData: (v) => v });

export const trendQuery = (f: RapportFilter & { van: string; tot: string }) =>
  queryOptions({ queryKey: rapportKeys.trend(f), queryFn: () => api<{ maanden: Kerncijfers[] }>('/rapportages/trend', { query: { ...f } }), placeholderData: (v) => v });

export const doorstroomQuery = (f: RapportFilter & { van: string; tot: string }) =>
  queryOptions({ queryKey: rapportKeys.doorstroom(f), queryFn: () => api<Doorstroom>('/rapportages/doorstroom', { query: { ...f } }), placeholderData: (v) => v });

/** Download link for an export with the same filters (the session cookie authorises it). */
export function exportUrl(bestand: string, query: Record<string, string | undefined>): string {
  const zoek = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
  return `/api/rapportages/${bestand}${zoek.size ? `?${zoek}` : ''}`;
}
