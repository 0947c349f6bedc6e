import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type KlantSamenvatting = Schemas['KlantSamenvattingDto'];
export type Adres = Schemas['AdresDto'];
export type Klant = Schemas['KlantDto'];
export type Contactmoment = Schemas['ContactmomentDto'];
export type LadderMeting = Schemas['LadderMetingDto'];
export type Afspraak = Schemas['AfspraakDto'];
export type Vrijstelling = Schemas['VrijstellingDto'];
/** One of four kinds, told apart by `soort` (a discriminated union in the contract). */
export type TijdlijnItem = Schemas['TijdlijnPagina']['items'][number];

type KlantQuery = NonNullable<paths['/klanten']['get']['parameters']['query']>;
/** The list's filters as a form holds them: '' is "no filter" (the client leaves it out). */
export type KlantFilters = { [K in Exclude<keyof KlantQuery, 'zonderKlantmanager'>]?: KlantQuery[K] | '' } & {
  zonderKlantmanager?: boolean;
};

/** Hierarchical keys: everything about one client lives under ['klanten', id]. */
export const klantenKeys = {
  alle: ['klanten'] as const,
  lijst: (filters: KlantFilters) => ['klanten', 'lijst', filters] as const,
  klant: (id: string) => ['klanten', id] as const,
  deel: (id: string, deel: string, page = 1) => ['klanten', id, deel, page] as const,
};

export const klantenQuery = (filters: KlantFilters) =>
  queryOptions({
    queryKey: klantenKeys.lijst(filters),
    queryFn: () => {
      const query = { ...filters, zonderKlantmanager: filters.zonderKlantmanager ? 'true' : undefined } as KlantQuery;
      return vraag(klient.GET('/klanten', { params: { query } }));
    },
    placeholderData: (vorige) => vorige,
  });

export const klantQuery = (id: string) =>
  queryOptions({
    queryKey: klantenKeys.klant(id),
    queryFn: () => vraag(klient.GET('/klanten/{id}', { params: { path: { id } } })),
  });

const pagina = (page: number, pageSize = 20) => ({ page, pageSize });
const dossierDeel = { placeholderData: <T>(vorige: T | undefined) => vorige };

export const tijdlijnQuery = (id: string, page = 1) =>
  queryOptions({
    queryKey: klantenKeys.deel(id, 'tijdlijn', page),
    queryFn: () => vraag(klient.GET('/klanten/{id}/tijdlijn', { params: { path: { id }, query: pagina(page, 15) } })),
    ...dossierDeel,
  });
export const contactmomentenQuery = (klantId: string, page = 1) =>
  queryOptions({
    queryKey: klantenKeys.deel(klantId, 'contactmomenten', page),
    queryFn: () =>
      vraag(klient.GET('/klanten/{klantId}/contactmomenten', { params: { path: { klantId }, query: pagina(page) } })),
    ...dossierDeel,
  });
export const afsprakenQuery = (klantId: string, page = 1) =>
  queryOptions({
    queryKey: klantenKeys.deel(klantId, 'afspraken', page),
    queryFn: () =>
      vraag(klient.GET('/klanten/{klantId}/afspraken', { params: { path: { klantId }, query: pagina(page) } })),
    ...dossierDeel,
  });
export const vrijstellingenQuery = (klantId: string, page = 1) =>
  queryOptions({
    queryKey: klantenKeys.deel(klantId, 'vrijstellingen', page),
    queryFn: () =>
      vraag(klient.GET('/klanten/{klantId}/vrijstellingen', { params: { path: { klantId }, query: pagina(page) } })),
    ...dossierDeel,
  });
export const ladderQuery = (klantId: string) =>
  queryOptions({
    queryKey: klantenKeys.deel(klantId, 'ladder', 1),
    queryFn: () =>
      vraag(klient.GET('/klanten/{klantId}/ladder', { params: { path: { klantId }, query: pagina(1, 200) } })),
    ...dossierDeel,
  });

/** The first page of every panel of the dossier: asked together with the client, from the route's id, not after it. */
export const dossierDeelQueries = (id: string) =>
  [afsprakenQuery(id), vrijstellingenQuery(id), ladderQuery(id), contactmomentenQuery(id), tijdlijnQuery(id)] as const;

/**
 * A list in the cache already said this client belongs to another team (a search on the whole BSN marks it): its
 * panels would only be refused, each refusal a record in the access log, so they wait for the client instead.
 */
export function bekendBuitenTeam(queryClient: QueryClient, id: string): boolean {
  return queryClient
    .getQueriesData<Schemas['KlantSamenvattingPagina']>({ queryKey: [...klantenKeys.alle, 'lijst'] })
    .some(([, pagina]) => pagina?.items.some((k) => k.id === id && k.buitenTeam));
}

export const registreer = {
  contactmoment: (klantId: string, invoer: Schemas['ContactmomentInvoerDto']) =>
    vraag(klient.POST('/klanten/{klantId}/contactmomenten', { params: { path: { klantId } }, body: invoer })),
  afspraak: (klantId: string, invoer: Schemas['AfspraakInvoerDto']) =>
    vraag(klient.POST('/klanten/{klantId}/afspraken', { params: { path: { klantId } }, body: invoer })),
  vrijstelling: (klantId: string, invoer: Schemas['VrijstellingInvoerDto']) =>
    vraag(klient.POST('/klanten/{klantId}/vrijstellingen', { params: { path: { klantId } }, body: invoer })),
  ladder: (klantId: string, invoer: Schemas['LadderMetingInvoerDto']) =>
    vraag(klient.POST('/klanten/{klantId}/ladder', { params: { path: { klantId } }, body: invoer })),
  klant: (invoer: Schemas['KlantInvoerDto']) => vraag(klient.POST('/klanten', { body: invoer })),
};

export const wijzig = {
  afspraak: (id: string, invoer: Schemas['AfspraakWijzigingDto']) =>
    vraag(klient.PATCH('/afspraken/{id}', { params: { path: { id } }, body: invoer })),
  /** A correction: the changed fields, `reden` and `versie`. */
  contactmoment: (id: string, invoer: Schemas['ContactmomentCorrectieDto']) =>
    vraag(klient.PATCH('/contactmomenten/{id}', { params: { path: { id } }, body: invoer })),
  vrijstelling: (id: string, invoer: Schemas['VrijstellingWijzigingDto']) =>
    vraag(klient.PATCH('/vrijstellingen/{id}', { params: { path: { id } }, body: invoer })),
  klant: (id: string, invoer: Schemas['KlantWijzigingDto']) =>
    vraag(klient.PATCH('/klanten/{id}', { params: { path: { id } }, body: invoer })),
};

/** Open a client of another team for the rest of today; the reason is recorded for the privacy officer. */
export const doorbreek = (klantId: string, reden: string) =>
  vraag(klient.POST('/klanten/{id}/doorbreken', { params: { path: { id: klantId } }, body: { reden } }));

/** The full BSN, on purpose: the API logs each call. A POST, so it is never cached, prefetched or retried like a query. */
export const bsnInzage = (id: string) => vraag(klient.POST('/klanten/{id}/bsn-inzage', { params: { path: { id } } }));
