import type { Rol } from '@klant-in-beeld/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Medewerker {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rol: Rol;
  teamId: string | null;
  organisatieId: string;
  organisatieNaam?: string;
  teamNaam?: string | null;
}

export const sessieKeys = { me: ['me'] as const };

/** The logged-in medewerker; `null` when nobody is logged in. */
export const meQuery = () =>
  queryOptions({
    queryKey: sessieKeys.me,
    queryFn: async (): Promise<Medewerker | null> => {
      try {
        return await api<Medewerker>('/me');
      } catch (fout) {
        if ((fout as { status?: number }).status === 401) return null;
        throw fout;
      }
    },
    staleTime: 5 * 60_000,
  });

export function login(gebruikersnaam: string, wachtwoord: string) {
  return api<{ accessToken: string; medewerker: Medewerker }>('/auth/login', {
    method: 'POST',
    body: { gebruikersnaam, wachtwoord },
  });
}

export function logout() {
  return api<void>('/auth/logout', { method: 'POST' });
}
