import { queryOptions } from '@tanstack/react-query';
import { API_BASIS, klient, vraag, type Schemas } from '../../api/client';

export type Medewerker = Schemas['MedewerkerDto'];
/** What an authenticator app needs to add Klant in Beeld: the QR code (a data: URL) and the same secret as text. */
export type TotpInstelling = Schemas['TotpInrichtingDto'];
/** The answer to the password step: logged in, or one more step (authenticator app, or a new password). */
export type LoginAntwoord = NonNullable<Awaited<ReturnType<typeof login>>>;

export const sessieKeys = { me: ['me'] as const };

/**
 * The logged-in medewerker. A 401 is an error like any other: with a user already known the QueryClient opens the
 * session dialog and the Layout keeps the page; without one the Layout sends the visitor to the login page.
 */
export const meQuery = () =>
  queryOptions({
    queryKey: sessieKeys.me,
    queryFn: () => vraag(klient.GET('/me')),
    staleTime: 5 * 60_000,
  });

export function login(gebruikersnaam: string, wachtwoord: string) {
  return vraag(klient.POST('/auth/login', { body: { gebruikersnaam, wachtwoord } }));
}

export function loginMetCode(tussenToken: string, code: string) {
  return vraag(klient.POST('/auth/login/totp', { body: { tussenToken, code } }));
}

/** After logging in with a one-time code: the medewerker's own password; then on as after a password. */
export function loginNieuwWachtwoord(tussenToken: string, nieuwWachtwoord: string) {
  return vraag(klient.POST('/auth/login/nieuw-wachtwoord', { body: { tussenToken, nieuwWachtwoord } }));
}

/**
 * Ends the session. Returns where the browser goes next to end the provider's session too (a session that began
 * there, when the organisatie asked for it), or null.
 */
export async function logout(): Promise<string | null> {
  const bijProvider = await vraag(klient.GET('/auth/uitlogadres')).then(
    (antwoord) => antwoord.url,
    () => null,
  );
  await vraag(klient.POST('/auth/logout'));
  return bijProvider;
}

/** How the medewerkers of an organisatie log in: password, their own account (OIDC), and its name. */
export type InlogMethoden = Schemas['InlogMethodenDto'];

export const inlogMethodenQuery = (organisatie: string) =>
  queryOptions({
    queryKey: ['inlogmethoden', organisatie] as const,
    queryFn: () => vraag(klient.GET('/auth/methoden', { params: { query: { organisatie } } })),
    staleTime: 5 * 60_000,
    retry: false,
  });

/** Where the browser starts the login at the organisatie's provider (a full page navigation, not a fetch). */
export const oidcStartUrl = (organisatie: string) => `${API_BASIS}/auth/oidc/${encodeURIComponent(organisatie)}`;

export const account = {
  totpStarten: () => vraag(klient.POST('/me/totp')),
  totpBevestigen: (code: string) => vraag(klient.POST('/me/totp/bevestigen', { body: { code } })),
  totpUitzetten: () => vraag(klient.DELETE('/me/totp')),
  wachtwoordWijzigen: (huidigWachtwoord: string, nieuwWachtwoord: string) =>
    vraag(klient.POST('/me/wachtwoord', { body: { huidigWachtwoord, nieuwWachtwoord } })),
};
