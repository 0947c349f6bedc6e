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
  /** Tweestapsverificatie (TOTP) is set up for this account. */
  totpActief: boolean;
  /** The role requires it (beheerder, privacy): it cannot be turned off. */
  totpVerplicht: boolean;
}

/** What an authenticator app needs to add Klant in Beeld: the QR code (a data: URL) and the same secret as text. */
export interface TotpInstelling {
  geheim: string;
  otpauthUri: string;
  qrCode: string;
}

export interface Ingelogd {
  accessToken: string;
  medewerker: Medewerker;
}

/** The answer to the password step: logged in, or one more step with the authenticator app. */
export type LoginAntwoord =
  | Ingelogd
  | { tweedeStap: 'totp'; tussenToken: string }
  | { tweedeStap: 'totp_instellen'; tussenToken: string; totp: TotpInstelling };

export const sessieKeys = { me: ['me'] as const };

/**
 * The logged-in medewerker. A 401 is an error like any other: with a user already known the QueryClient opens the
 * session dialog and the Layout keeps the page; without one the Layout sends the visitor to the login page.
 */
export const meQuery = () =>
  queryOptions({
    queryKey: sessieKeys.me,
    queryFn: () => api<Medewerker>('/me'),
    staleTime: 5 * 60_000,
  });

export function login(gebruikersnaam: string, wachtwoord: string) {
  return api<LoginAntwoord>('/auth/login', { method: 'POST', body: { gebruikersnaam, wachtwoord } });
}

export function loginMetCode(tussenToken: string, code: string) {
  return api<Ingelogd>('/auth/login/totp', { method: 'POST', body: { tussenToken, code } });
}

export function logout() {
  return api<void>('/auth/logout', { method: 'POST' });
}

export const account = {
  totpStarten: () => api<TotpInstelling>('/me/totp', { method: 'POST' }),
  totpBevestigen: (code: string) => api<void>('/me/totp/bevestigen', { method: 'POST', body: { code } }),
  totpUitzetten: () => api<void>('/me/totp', { method: 'DELETE' }),
  wachtwoordWijzigen: (huidigWachtwoord: string, nieuwWachtwoord: string) =>
    api<void>('/me/wachtwoord', { method: 'POST', body: { huidigWachtwoord, nieuwWachtwoord } }),
};
