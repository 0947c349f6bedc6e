import { queryOptions } from '@tanstack/react-query';
import { downloadUrl, klient, vraag, type Schemas } from '../../api/client';

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

export const campagneQuery = (id: string) =>
  queryOptions({
    queryKey: [...campagneKeys.alle, 'detail', id] as const,
    queryFn: () => vraag(klient.GET('/campagnes/{id}', { params: { path: { id } } })),
  });

export type Deelnemer = Schemas['DeelnemerDto'];
export type DeelnemerStatus = Deelnemer['status'];
export type DeelnemerFilters = { status?: DeelnemerStatus | ''; medewerkerId?: string; zoek?: string };
export type UitnodigingInvoer = Schemas['UitnodigingInvoerDto'];
export type UitnodigingConflict = Schemas['UitnodigingConflictDto'];
export type Verdeling = Schemas['VerdelingDto'];
export type CampagneWijziging = Schemas['CampagneWijzigingDto'];

export const deelnemersQuery = (id: string, page: number, filters: DeelnemerFilters = {}) =>
  queryOptions({
    queryKey: [...campagneKeys.alle, 'deelnemers', id, page, filters] as const,
    queryFn: () =>
      vraag(
        klient.GET('/campagnes/{id}/deelnemers', {
          params: {
            path: { id },
            query: {
              page,
              pageSize: 25,
              status: filters.status || undefined,
              medewerkerId: filters.medewerkerId || undefined,
              zoek: filters.zoek?.trim() || undefined,
            },
          },
        }),
      ),
    placeholderData: (vorige) => vorige,
  });

/** The medewerkers who may hold a campagne gesprek: active klantmanagers, teamleiders and externs. */
export const gespreksvoerdersQuery = () =>
  queryOptions({
    queryKey: ['medewerkers', 'gespreksvoerders'],
    queryFn: async () =>
      (
        await vraag(klient.GET('/medewerkers', { params: { query: { actief: 'true', page: 1, pageSize: 200 } } }))
      ).items.filter((m) => m.actief && ['klantmanager', 'teamleider', 'extern'].includes(m.rol)),
    staleTime: 5 * 60_000,
  });

export const nodigUit = (id: string, klantId: string, invoer: UitnodigingInvoer) =>
  vraag(
    klient.POST('/campagnes/{id}/deelnemers/{klantId}/uitnodiging', {
      params: { path: { id, klantId } },
      body: invoer,
    }),
  );

export const verdeel = (id: string, medewerkerIds: string[], voorbeeld: boolean) =>
  vraag(klient.POST('/campagnes/{id}/verdelen', { params: { path: { id } }, body: { medewerkerIds, voorbeeld } }));

export const wijzigCampagne = (id: string, invoer: CampagneWijziging) =>
  vraag(klient.PATCH('/campagnes/{id}', { params: { path: { id } }, body: invoer }));

export const start = (id: string, versie: number) =>
  vraag(klient.POST('/campagnes/{id}/starten', { params: { path: { id } }, body: { versie } }));

export const sluitAf = (id: string, versie: number) =>
  vraag(klient.POST('/campagnes/{id}/afsluiten', { params: { path: { id } }, body: { versie } }));

export type CampagneInvoer = Schemas['CampagneInvoerDto'];

export const voorbeeldQuery = (criteria: Schemas['CampagneCriteriaDto']) =>
  queryOptions({
    queryKey: [...campagneKeys.alle, 'voorbeeld', criteria] as const,
    queryFn: () => vraag(klient.POST('/campagnes/voorbeeld', { body: { criteria } })),
    placeholderData: (vorige) => vorige,
  });

export const maakCampagne = (invoer: CampagneInvoer) => vraag(klient.POST('/campagnes', { body: invoer }));

export type CampagneEffect = Schemas['CampagneEffectDto'];

export const effectQuery = (id: string) =>
  queryOptions({
    queryKey: [...campagneKeys.alle, 'effect', id] as const,
    queryFn: () => vraag(klient.GET('/campagnes/{id}/effect', { params: { path: { id } } })),
  });

/** The funnel workbook: a plain link the session cookie authorises, as the report exports. */
export const trechterXlsxUrl = (id: string) => downloadUrl(`/campagnes/${id}/trechter.xlsx`);
