import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';

export type BeheerMedewerker = Schemas['MedewerkerSamenvattingDto'];
export type MedewerkerInvoer = Schemas['MedewerkerInvoerDto'];
export type MedewerkerWijziging = Schemas['MedewerkerWijzigingDto'];
export type NieuweMedewerker = Schemas['NieuweMedewerkerDto'];
export type EenmaligeCode = Schemas['EenmaligeCodeDto'];
export type OverdrachtVoorbeeld = Schemas['OverdrachtVoorbeeldDto'];
export type BeheerTeam = Schemas['TeamDto'];
export type BeheerGemeente = Schemas['GemeenteDto'];

export interface MedewerkerFilters {
  zoek?: string;
  rol?: Schemas['MedewerkerSamenvattingDto']['rol'];
  teamId?: string;
  actief?: 'true' | 'false';
  page: number;
}

/** The hand-over choice of a leaving klantmanager. */
export type OverdrachtKeuze = { naarKlantmanagerId: string } | { verdelenOverTeam: true };

const PAGINA = 25;

/** Every cache that shows medewerkers, teams or gemeenten: after a beheer change they are all fetched again. */
export const BEHEER_GERAAKT = [['medewerkers'], ['teams'], ['gemeenten'], ['klanten'], ['werkvoorraad']];

export const beheerMedewerkersQuery = (filters: MedewerkerFilters) =>
  queryOptions({
    queryKey: ['medewerkers', 'beheer', filters],
    queryFn: () => vraag(klient.GET('/medewerkers', { params: { query: { ...filters, pageSize: PAGINA } } })),
    placeholderData: keepPreviousData,
  });

export const overdrachtQuery = (id: string, keuze: OverdrachtKeuze | undefined) =>
  queryOptions({
    queryKey: ['medewerkers', 'overdracht', id, keuze ?? null],
    queryFn: () =>
      vraag(
        klient.GET('/medewerkers/{id}/overdracht', {
          params: {
            path: { id },
            query: !keuze
              ? {}
              : 'naarKlantmanagerId' in keuze
                ? { naarKlantmanagerId: keuze.naarKlantmanagerId }
                : { verdelenOverTeam: 'true' },
          },
        }),
      ),
    staleTime: 0,
  });

export const beheerTeamsQuery = (filters: {
  zoek?: string;
  status?: 'actief' | 'gearchiveerd' | 'alle';
  page: number;
}) =>
  queryOptions({
    queryKey: ['teams', 'beheer', filters],
    queryFn: () => vraag(klient.GET('/teams', { params: { query: { ...filters, pageSize: PAGINA } } })),
    placeholderData: keepPreviousData,
  });

export const beheerGemeentenQuery = (filters: { zoek?: string; page: number }) =>
  queryOptions({
    queryKey: ['gemeenten', 'beheer', filters],
    queryFn: () => vraag(klient.GET('/gemeenten', { params: { query: { ...filters, pageSize: PAGINA } } })),
    placeholderData: keepPreviousData,
  });

export const beheer = {
  maakMedewerker: (body: MedewerkerInvoer) => vraag(klient.POST('/medewerkers', { body })),
  wijzigMedewerker: (id: string, body: MedewerkerWijziging) =>
    vraag(klient.PATCH('/medewerkers/{id}', { params: { path: { id } }, body })),
  wachtwoordHerstel: (id: string) =>
    vraag(klient.POST('/medewerkers/{id}/wachtwoord-herstel', { params: { path: { id } } })),
  maakTeam: (naam: string) => vraag(klient.POST('/teams', { body: { naam } })),
  wijzigTeam: (id: string, body: Schemas['TeamWijzigingDto']) =>
    vraag(klient.PATCH('/teams/{id}', { params: { path: { id } }, body })),
  maakGemeente: (body: Schemas['GemeenteInvoerDto']) => vraag(klient.POST('/gemeenten', { body })),
  wijzigGemeente: (id: string, naam: string) =>
    vraag(klient.PATCH('/gemeenten/{id}', { params: { path: { id } }, body: { naam } })),
};
