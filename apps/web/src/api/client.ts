/** One `{ veld, melding }` from the API's error response. */
export interface VeldFout {
  veld: string;
  melding: string;
}

/** An error answer of the API (API.md: `{ statusCode, code, message, fouten }`). */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fouten: VeldFout[] = [],
  ) {
    super(message);
  }
}

export interface Pagina<T> {
  items: T[];
  totaal: number;
  page: number;
  pageSize: number;
}

/** Called when any request answers 401, so the app can send the user to the login page. */
let bijNietIngelogd: (() => void) | undefined;
export function meldNietIngelogd(callback: () => void): void {
  bijNietIngelogd = callback;
}

/**
 * Calls the API. The session travels in the httpOnly cookie set at login, so no token is kept in JavaScript.
 * Query values that are undefined, null or '' are left out.
 */
export async function api<T>(
  pad: string,
  opties: { method?: string; body?: unknown; query?: Record<string, string | number | boolean | undefined | null> } = {},
): Promise<T> {
  const zoek = new URLSearchParams();
  for (const [sleutel, waarde] of Object.entries(opties.query ?? {})) {
    if (waarde !== undefined && waarde !== null && waarde !== '') zoek.set(sleutel, String(waarde));
  }
  const url = `/api${pad}${zoek.size ? `?${zoek}` : ''}`;
  let antwoord: Response;
  try {
    antwoord = await fetch(url, {
      method: opties.method ?? 'GET',
      credentials: 'same-origin',
      headers: opties.body !== undefined ? { 'Content-Type': 'application/json' } : undefined,
      body: opties.body !== undefined ? JSON.stringify(opties.body) : undefined,
    });
  } catch {
    throw new ApiFout(0, 'GEEN_VERBINDING', 'Geen verbinding met Klant in Beeld. Controleer je netwerk en probeer het opnieuw.');
  }
  if (antwoord.status === 204) return undefined as T;
  const tekst = await antwoord.text();
  const inhoud = tekst ? (JSON.parse(tekst) as unknown) : undefined;
  if (!antwoord.ok) {
    const fout = (inhoud ?? {}) as Partial<{ code: string; message: string; fouten: VeldFout[] }>;
    if (antwoord.status === 401 && pad !== '/auth/login') bijNietIngelogd?.();
    throw new ApiFout(antwoord.status, fout.code ?? 'FOUT', fout.message ?? 'Er ging iets mis. Probeer het opnieuw.', fout.fouten ?? []);
  }
  return inhoud as T;
}
