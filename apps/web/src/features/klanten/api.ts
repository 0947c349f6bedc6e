import type {
  AfspraakSoort,
  AfspraakStatus,
  Dienstverleningscategorie,
  Doelgroep,
  InBeeldStatus,
  Initiatief,
  Kanaal,
  KlantStatus,
  Resultaat,
  Uitstroomreden,
  VrijstellingOmvang,
  VrijstellingReden,
  VrijstellingSoort,
} from '@klant-in-beeld/domain';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, type Pagina } from '../../api/client';

export interface KlantSamenvatting {
  id: string;
  naam: string;
  bsnGemaskeerd: string;
  gemeenteId: string;
  klantmanagerId: string | null;
  dienstverleningscategorie: Dienstverleningscategorie;
  status: KlantStatus;
  laatstGezienOp: string | null;
  inBeeldStatus: InBeeldStatus;
  /** Only on an exact BSN search that finds a client of another team: opening it needs a reason (doorbreken). */
  buitenTeam?: boolean;
}

export interface Adres {
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
}

export interface Klant {
  id: string;
  /** "*****1234": the full BSN is only fetched on purpose (bsnInzage), and every such look is logged. */
  bsnGemaskeerd: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  gemeenteId: string;
  gemeenteNaam: string;
  adres: Adres | null;
  telefoon: string | null;
  email: string | null;
  doelgroep: Doelgroep;
  startdatumUitkering: string;
  dienstverleningscategorie: Dienstverleningscategorie;
  klantmanagerId: string | null;
  klantmanagerNaam: string | null;
  status: KlantStatus;
  uitstroomdatum: string | null;
  uitstroomreden: Uitstroomreden | null;
  laatstGezienOp: string | null;
  inBeeldStatus: InBeeldStatus;
  huidigeTrede: number | null;
  versie: number;
  norm: { maxDagen: number; waarschuwingDagen: number };
  vrijgesteld: boolean;
}

export interface Contactmoment {
  id: string;
  plaatsgevondenOp: string;
  kanaal: Kanaal;
  initiatief: Initiatief;
  resultaat: Resultaat;
  onderwerp: string;
  samenvatting: string | null;
  teltAlsGezien: boolean;
  medewerkerNaam: string;
}

export interface LadderMeting {
  id: string;
  trede: number;
  doeltrede: number | null;
  gemetenOp: string;
  toelichting: string | null;
  medewerkerNaam: string;
}

export interface Afspraak {
  id: string;
  soort: AfspraakSoort;
  omschrijving: string;
  startdatum: string;
  einddatum: string;
  status: AfspraakStatus;
  resultaatToelichting: string | null;
  versie: number;
  medewerkerNaam: string;
}

export interface Vrijstelling {
  id: string;
  soort: VrijstellingSoort;
  omvang: VrijstellingOmvang[];
  reden: VrijstellingReden;
  ingangsdatum: string;
  einddatum: string | null;
  herbeoordelingsdatum: string;
  beschikkingKenmerk: string | null;
  beschikkingDatum: string | null;
  toelichting: string | null;
  ingetrokkenOp: string | null;
  actief: boolean;
  versie: number;
  medewerkerNaam: string;
}

export interface TijdlijnItem {
  soort: 'contactmoment' | 'ladder' | 'afspraak' | 'vrijstelling';
  datum: string;
  id: string;
  medewerkerNaam?: string;
  [veld: string]: unknown;
}

export interface KlantFilters {
  zoek?: string;
  inBeeld?: InBeeldStatus | '';
  klantmanagerId?: string;
  zonderKlantmanager?: boolean;
  status?: KlantStatus | '';
  page?: number;
  pageSize?: number;
}

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
    queryFn: () =>
      api<Pagina<KlantSamenvatting>>('/klanten', {
        query: { ...filters, zonderKlantmanager: filters.zonderKlantmanager ? 'true' : undefined },
      }),
    placeholderData: (vorige) => vorige,
  });

export const klantQuery = (id: string) => queryOptions({ queryKey: klantenKeys.klant(id), queryFn: () => api<Klant>(`/klanten/${id}`) });

function deelQuery<T>(id: string, deel: string, page: number, pageSize = 20) {
  return queryOptions({
    queryKey: klantenKeys.deel(id, deel, page),
    queryFn: () => api<Pagina<T>>(`/klanten/${id}/${deel}`, { query: { page, pageSize } }),
    placeholderData: (vorige) => vorige,
  });
}
export const tijdlijnQuery = (id: string, page = 1) => deelQuery<TijdlijnItem>(id, 'tijdlijn', page, 15);
export const contactmomentenQuery = (id: string, page = 1) => deelQuery<Contactmoment>(id, 'contactmomenten', page);
export const afsprakenQuery = (id: string, page = 1) => deelQuery<Afspraak>(id, 'afspraken', page);
export const vrijstellingenQuery = (id: string, page = 1) => deelQuery<Vrijstelling>(id, 'vrijstellingen', page);
export const ladderQuery = (id: string) => deelQuery<LadderMeting>(id, 'ladder', 1, 200);

/** The first page of every panel of the dossier: asked together with the client, from the route's id, not after it. */
export const dossierDeelQueries = (id: string) => [afsprakenQuery(id), vrijstellingenQuery(id), ladderQuery(id), contactmomentenQuery(id), tijdlijnQuery(id)] as const;

/**
 * A list in the cache already said this client belongs to another team (a search on the whole BSN marks it): its
 * panels would only be refused, each refusal a record in the access log, so they wait for the client instead.
 */
export function bekendBuitenTeam(queryClient: QueryClient, id: string): boolean {
  return queryClient
    .getQueriesData<Pagina<KlantSamenvatting>>({ queryKey: [...klantenKeys.alle, 'lijst'] })
    .some(([, pagina]) => pagina?.items.some((k) => k.id === id && k.buitenTeam));
}

export const registreer = {
  contactmoment: (klantId: string, invoer: object) => api<Contactmoment>(`/klanten/${klantId}/contactmomenten`, { method: 'POST', body: invoer }),
  afspraak: (klantId: string, invoer: object) => api<Afspraak>(`/klanten/${klantId}/afspraken`, { method: 'POST', body: invoer }),
  vrijstelling: (klantId: string, invoer: object) => api<Vrijstelling>(`/klanten/${klantId}/vrijstellingen`, { method: 'POST', body: invoer }),
  ladder: (klantId: string, invoer: object) => api<LadderMeting>(`/klanten/${klantId}/ladder`, { method: 'POST', body: invoer }),
  klant: (invoer: object) => api<Klant>('/klanten', { method: 'POST', body: invoer }),
};

export const wijzig = {
  afspraak: (id: string, invoer: object) => api<Afspraak>(`/afspraken/${id}`, { method: 'PATCH', body: invoer }),
  vrijstelling: (id: string, invoer: object) => api<Vrijstelling>(`/vrijstellingen/${id}`, { method: 'PATCH', body: invoer }),
  klant: (id: string, invoer: object) => api<Klant>(`/klanten/${id}`, { method: 'PATCH', body: invoer }),
};

/** Open a client of another team for the rest of today; the reason is recorded for the privacy officer. */
export const doorbreek = (klantId: string, reden: string) =>
  api<{ klantId: string; geldigTot: string }>(`/klanten/${klantId}/doorbreken`, { method: 'POST', body: { reden } });

/** The full BSN, on purpose: the API logs each call. A POST, so it is never cached, prefetched or retried like a query. */
export const bsnInzage = (id: string) => api<{ bsn: string }>(`/klanten/${id}/bsn-inzage`, { method: 'POST' });
