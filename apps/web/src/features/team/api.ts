import type { WerkvoorraadSoort } from '@klant-in-beeld/domain';
import { queryOptions } from '@tanstack/react-query';
import { api, type Pagina } from '../../api/client';

export interface TeamKlantmanager {
  medewerkerId: string;
  naam: string;
  caseload: number;
  inBeeld: number;
  bijnaUitBeeld: number;
  uitBeeld: number;
  verlopenItems: number;
  gesprekkenDezeWeek: number;
}

export interface TeamOverzicht {
  teamId: string;
  teamNaam: string;
  peildatum: string;
  klantmanagers: TeamKlantmanager[];
  zonderKlantmanager: number;
  uitgesteld: number;
}

export interface Uitstel {
  id: string;
  klantId: string;
  klantNaam: string;
  soort: WerkvoorraadSoort;
  referentieId: string | null;
  totDatum: string;
  reden: string;
  medewerkerNaam: string;
  aangemaaktOp: string;
  lopend: boolean;
}

export const teamKeys = {
  overzicht: (teamId: string) => ['teams', teamId, 'overzicht'] as const,
  uitstellen: (page: number) => ['werkvoorraad', 'uitstellen', page] as const,
};

export const teamOverzichtQuery = (teamId: string) =>
  queryOptions({ queryKey: teamKeys.overzicht(teamId), queryFn: () => api<TeamOverzicht>(`/teams/${teamId}/overzicht`) });

export const uitstellenQuery = (page: number) =>
  queryOptions({
    queryKey: teamKeys.uitstellen(page),
    queryFn: () => api<Pagina<Uitstel>>('/werkvoorraad/uitstellen', { query: { lopend: 'true', page, pageSize: 20 } }),
  });

export const herverdeel = (klantIds: string[], naarKlantmanagerId: string) =>
  api<{ verplaatst: number }>('/klanten/herverdelen', { method: 'POST', body: { klantIds, naarKlantmanagerId } });
