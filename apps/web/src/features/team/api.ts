import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';

export type TeamKlantmanager = Schemas['TeamKlantmanagerDto'];
export type TeamOverzicht = Schemas['TeamOverzichtDto'];
export type Uitstel = Schemas['UitstelDto'];

export const teamKeys = {
  overzicht: (teamId: string) => ['teams', teamId, 'overzicht'] as const,
  uitstellen: (page: number) => ['werkvoorraad', 'uitstellen', page] as const,
};

export const teamOverzichtQuery = (teamId: string) =>
  queryOptions({
    queryKey: teamKeys.overzicht(teamId),
    queryFn: () => vraag(klient.GET('/teams/{id}/overzicht', { params: { path: { id: teamId } } })),
  });

export const uitstellenQuery = (page: number) =>
  queryOptions({
    queryKey: teamKeys.uitstellen(page),
    queryFn: () =>
      vraag(klient.GET('/werkvoorraad/uitstellen', { params: { query: { lopend: 'true', page, pageSize: 20 } } })),
  });

export const herverdeel = (klantIds: string[], naarKlantmanagerId: string) =>
  vraag(klient.POST('/klanten/herverdelen', { body: { klantIds, naarKlantmanagerId } }));

export type Weekstart = Schemas['WeekstartDto'];
export type WeekstartCijfers = Schemas['WeekstartCijfersDto'];

export const weekstartQuery = (teamId: string, week: string | undefined) =>
  queryOptions({
    queryKey: ['teams', teamId, 'weekstart', week ?? 'deze'] as const,
    queryFn: () =>
      vraag(klient.GET('/teams/{id}/weekstart', { params: { path: { id: teamId }, query: week ? { week } : {} } })),
  });
