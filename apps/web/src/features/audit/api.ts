import { queryOptions } from '@tanstack/react-query';
import { downloadUrl, klient, vraag, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

/** One read of personal data (Logboek Dataverwerkingen). */
export type Verwerking = Schemas['VerwerkingDto'];
/** One change, with only the fields that differ (old and new side by side). */
export type Wijziging = Schemas['WijzigingDto'];
export type Verwerkingsactiviteit = Schemas['VerwerkingsactiviteitDto'];
export type RapportMedewerker = Schemas['RapportMedewerkerDto'];
export type Maandrapport = Schemas['RapportDto'];

type Filter<Q> = { [K in keyof Q]?: Q[K] | '' };
export type VerwerkingenFilter = Filter<NonNullable<paths['/audit/verwerkingen']['get']['parameters']['query']>>;
export type WijzigingenFilter = Filter<NonNullable<paths['/audit/wijzigingen']['get']['parameters']['query']>>;

/** Hierarchical keys: everything read from the logs lives under ['audit']. */
export const auditKeys = {
  alle: ['audit'] as const,
  verwerkingen: (f: VerwerkingenFilter) => ['audit', 'verwerkingen', f] as const,
  wijzigingen: (f: WijzigingenFilter) => ['audit', 'wijzigingen', f] as const,
  rapport: (maand: string) => ['audit', 'rapport', maand] as const,
};

// '' is "no filter": the client leaves it out of the query string.
type Query<P extends keyof paths> = NonNullable<
  paths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never
>;

export const verwerkingenQuery = (f: VerwerkingenFilter) =>
  queryOptions({
    queryKey: auditKeys.verwerkingen(f),
    queryFn: () => vraag(klient.GET('/audit/verwerkingen', { params: { query: f as Query<'/audit/verwerkingen'> } })),
    placeholderData: (vorige) => vorige,
  });

export const wijzigingenQuery = (f: WijzigingenFilter) =>
  queryOptions({
    queryKey: auditKeys.wijzigingen(f),
    queryFn: () => vraag(klient.GET('/audit/wijzigingen', { params: { query: f as Query<'/audit/wijzigingen'> } })),
    placeholderData: (vorige) => vorige,
  });

export const maandrapportQuery = (maand: string) =>
  queryOptions({
    queryKey: auditKeys.rapport(maand),
    queryFn: () => vraag(klient.GET('/audit/rapport', { params: { query: { maand } } })),
  });

/** The register changes with a release, not during a session. */
export const verwerkingsactiviteitenQuery = () =>
  queryOptions({
    queryKey: ['verwerkingsactiviteiten'],
    queryFn: () => vraag(klient.GET('/verwerkingsactiviteiten')),
    staleTime: 60 * 60_000,
  });

/**
 * Find a client by the full BSN. A POST because the look-up is itself logged: it must never be cached or repeated
 * behind the user's back (so a mutation, not a query).
 */
export const zoekKlantOpBsn = (bsn: string) => vraag(klient.POST('/audit/klant-op-bsn', { body: { bsn } }));

/** Plain links: the session cookie authorises them and the browser handles the download. */
export const maandrapportCsvUrl = (maand: string) => downloadUrl('/audit/rapport.csv', { maand });
export const inzageExportUrl = (klantId: string, formaat: 'json' | 'pdf') =>
  downloadUrl(`/klanten/${encodeURIComponent(klantId)}/inzage-export`, {
    formaat: formaat === 'pdf' ? 'pdf' : undefined,
  });
