import type { Rol } from '@klant-in-beeld/domain';
import { queryOptions } from '@tanstack/react-query';
import { api, type Pagina } from '../../api/client';

/** One read of personal data (Logboek Dataverwerkingen). */
export interface Verwerking {
  tijdstip: string;
  medewerkerId: string;
  medewerkerNaam: string;
  /** Null for a search over many clients. */
  klantId: string | null;
  klantNaam: string | null;
  handeling: string;
  /** Code in the register of processing activities. */
  verwerkingsactiviteit: string;
  verwerkingsactiviteitNaam: string;
  resultaat: 'gelukt' | 'geweigerd';
  traceId: string;
}

/** One change, with only the fields that differ (old and new side by side). */
export interface Wijziging {
  tijdstip: string;
  medewerkerId: string;
  medewerkerNaam: string;
  klantId: string | null;
  resource: string;
  resourceId: string;
  actie: string;
  wijzigingen: { oud: Record<string, unknown> | null; nieuw: Record<string, unknown> | null };
  traceId: string | null;
}

export interface Verwerkingsactiviteit {
  code: string;
  naam: string;
  doel: string;
  grondslag: string;
}

export interface RapportMedewerker {
  medewerkerId: string;
  naam: string;
  rol: Rol;
  inzagen: number;
  klanten: number;
  buitenEigenTeam: number;
  doorbrekingen: number;
  bsnInzagen: number;
  exports: number;
  geweigerd: number;
  doorbrekingRedenen: { klantId: string; klantNaam: string; tijdstip: string; reden: string }[];
}

export interface Maandrapport {
  maand: string;
  medewerkers: RapportMedewerker[];
}

interface AuditFilter {
  klantId?: string;
  medewerkerId?: string;
  /** First and last day (YYYY-MM-DD), both included. */
  van?: string;
  tot?: string;
  page?: number;
}
export interface VerwerkingenFilter extends AuditFilter {
  handeling?: string;
  resultaat?: 'gelukt' | 'geweigerd' | '';
  pageSize?: number;
}
export interface WijzigingenFilter extends AuditFilter {
  resource?: string;
}

/** Hierarchical keys: everything read from the logs lives under ['audit']. */
export const auditKeys = {
  alle: ['audit'] as const,
  verwerkingen: (f: VerwerkingenFilter) => ['audit', 'verwerkingen', f] as const,
  wijzigingen: (f: WijzigingenFilter) => ['audit', 'wijzigingen', f] as const,
  rapport: (maand: string) => ['audit', 'rapport', maand] as const,
};

export const verwerkingenQuery = (f: VerwerkingenFilter) =>
  queryOptions({
    queryKey: auditKeys.verwerkingen(f),
    queryFn: () => api<Pagina<Verwerking>>('/audit/verwerkingen', { query: { ...f } }),
    placeholderData: (vorige) => vorige,
  });

export const wijzigingenQuery = (f: WijzigingenFilter) =>
  queryOptions({
    queryKey: auditKeys.wijzigingen(f),
    queryFn: () => api<Pagina<Wijziging>>('/audit/wijzigingen', { query: { ...f } }),
    placeholderData: (vorige) => vorige,
  });

export const maandrapportQuery = (maand: string) =>
  queryOptions({ queryKey: auditKeys.rapport(maand), queryFn: () => api<Maandrapport>('/audit/rapport', { query: { maand } }) });

/** The register changes with a release, not during a session. */
export const verwerkingsactiviteitenQuery = () =>
  queryOptions({ queryKey: ['verwerkingsactiviteiten'], queryFn: () => api<Verwerkingsactiviteit[]>('/verwerkingsactiviteiten'), staleTime: 60 * 60_000 });

/**
 * Find a client by the full BSN. A POST because the look-up is itself logged: it must never be cached or repeated
 * behind the user's back (so a mutation, not a query).
 */
export const zoekKlantOpBsn = (bsn: string) => api<{ klantId: string; naam: string }>('/audit/klant-op-bsn', { method: 'POST', body: { bsn } });

/** Plain links: the session cookie authorises them and the browser handles the download. */
export const maandrapportCsvUrl = (maand: string) => `/api/audit/rapport.csv?maand=${encodeURIComponent(maand)}`;
export const inzageExportUrl = (klantId: string, formaat: 'json' | 'pdf') =>
  `/api/klanten/${encodeURIComponent(klantId)}/inzage-export${formaat === 'pdf' ? '?formaat=pdf' : ''}`;
