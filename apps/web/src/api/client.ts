/** One `{ veld, melding }` from the API's error response. */
export interface VeldFout {
  veld: string;
  melding: string;
}

/** An error answer of the API (docs/api.md, "Errors": `{ statusCode, code, message, fouten }`). */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fouten: VeldFout[] = [],
    /** Seconds from the `Retry-After` header (503 while the database is down), when the API sent one. */
    readonly opnieuwNaSeconden?: number,
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

/**
 * The API refuses state-changing requests without this header (403 CSRF): a cross-site form cannot set it, and a
 * cross-site script cannot send it without a CORS preflight the API does not allow. Sent on every request so no
 * call can forget it.
 */
export const CSRF_HEADER = { 'X-Requested-With': 'klant-in-beeld' } as const;

/** `Retry-After` as seconds; the HTTP-date form is converted too. */
function leesRetryAfter(waarde: string | null | undefined): number | undefined {
  if (!waarde) return undefined;
  const seconden = Number(waarde);
  if (Number.isFinite(seconden)) return Math.max(0, seconden);
  const tijdstip = Date.parse(waarde);
  return Number.isNaN(tijdstip) ? undefined : Math.max(0, (tijdstip - Date.now()) / 1000);
}

/**
 * Calls the API. The session travels in the httpOnly cookie set at login, so no token is kept in JavaScript.
 * Query values that are undefined, null or '' are left out. Session ends (401) and outages (503, no connection) are
 * handled centrally by the QueryClient (app/queryClient.ts), not here.
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
      headers: opties.body !== undefined ? { ...CSRF_HEADER, 'Content-Type': 'application/json' } : { ...CSRF_HEADER },
      body: opties.body !== undefined ? JSON.stringify(opties.body) : undefined,
    });
  } catch {
    throw new ApiFout(0, 'GEEN_VERBINDING', 'Geen verbinding met Klant in Beeld. Controleer je netwerk en probeer het opnieuw.');
  }
  if (antwoord.status === 204) return undefined as T;
  const tekst = await antwoord.text();
  if (antwoord.ok) return (tekst ? JSON.parse(tekst) : undefined) as T;
  throw foutUitAntwoord(antwoord, tekst);
}

function foutUitAntwoord(antwoord: Response, tekst: string): ApiFout {
  let inhoud: Partial<{ code: string; message: string; fouten: VeldFout[] }> = {};
  try {
    inhoud = tekst ? JSON.parse(tekst) : {};
  } catch {
    // A proxy in front of the API may answer an outage with an HTML page: keep the status, drop the body.
  }
  return new ApiFout(
    antwoord.status,
    inhoud.code ?? 'FOUT',
    inhoud.message ?? 'Er ging iets mis. Probeer het opnieuw.',
    inhoud.fouten ?? [],
    leesRetryAfter(antwoord.headers?.get('Retry-After')),
  );
}
