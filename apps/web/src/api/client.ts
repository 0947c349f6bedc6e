import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The API's schemas, generated from its OpenAPI document (docs/openapi.json): never copied by hand. */
export type Schemas = components['schemas'];

/** One `{ veld, melding }` from the API's error response. */
export type VeldFout = Schemas['VeldFout'];

/** An error answer of the API: problem details (RFC 9457) with `code` and `fouten` (docs/api.md, "Fouten"). */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fouten: VeldFout[] = [],
    /** Seconds from the `Retry-After` header (503 while the database is down), when the API sent one. */
    readonly opnieuwNaSeconden?: number,
    /** The whole problem-details body, for the extensions some answers add (the `conflict` of a double booking). */
    readonly probleem: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The canonical base of v1 (the API also answers on /api as an alias). */
export const API_BASIS = '/api/v1';

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

const GEEN_VERBINDING = 'Geen verbinding met Klant in Beeld. Controleer je netwerk en probeer het opnieuw.';

/**
 * The typed client, generated from the API's OpenAPI document: paths, parameters, bodies and answers are checked
 * against the contract at compile time. The session travels in the httpOnly cookie set at login, so no token is kept
 * in JavaScript. Session ends (401) and outages (503, no connection) are handled centrally by the QueryClient
 * (app/queryClient.ts), not here.
 */
export const klient = createClient<paths>({
  // Absolute, so Request accepts it outside a browser page too (component tests).
  baseUrl: `${globalThis.location?.origin ?? ''}${API_BASIS}`,
  credentials: 'same-origin',
  headers: CSRF_HEADER,
  // Every query value of the API is a scalar; an empty filter ('' from a form) means "no filter", as undefined does.
  querySerializer: (query: Record<string, unknown>) =>
    new URLSearchParams(
      Object.entries(query)
        .filter(([, waarde]) => waarde !== undefined && waarde !== null && waarde !== '')
        .map(([sleutel, waarde]) => [sleutel, String(waarde)]),
    ).toString(),
  // Resolved per call, so a test (or a polyfill) that replaces fetch is used.
  fetch: (verzoek: Request) => globalThis.fetch(verzoek),
});

/** What openapi-fetch answers: the data, or the error body, and the response itself. */
interface Uitkomst<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a call through `klient`, or an ApiFout: a problem-details answer, or "no connection" when the request
 * never reached the API.
 */
export async function vraag<T>(verzoek: Promise<Uitkomst<T>>): Promise<T> {
  let uitkomst: Uitkomst<T>;
  try {
    uitkomst = await verzoek;
  } catch {
    throw new ApiFout(0, 'GEEN_VERBINDING', GEEN_VERBINDING);
  }
  if (uitkomst.response.ok) return uitkomst.data as T;
  throw foutUitAntwoord(uitkomst.response, uitkomst.error);
}

function foutUitAntwoord(antwoord: Response, inhoud: unknown): ApiFout {
  // A proxy in front of the API may answer an outage with an HTML page: keep the status, drop the body.
  const probleem = (typeof inhoud === 'object' && inhoud !== null ? inhoud : {}) as Partial<Schemas['Probleem']>;
  return new ApiFout(
    antwoord.status,
    probleem.code ?? 'FOUT',
    probleem.detail ?? probleem.message ?? 'Er ging iets mis. Probeer het opnieuw.',
    probleem.fouten ?? [],
    leesRetryAfter(antwoord.headers?.get('Retry-After')),
    probleem as Record<string, unknown>,
  );
}

/** A download link (CSV, Excel, PDF): a plain link the session cookie authorises; the browser handles the file. */
export function downloadUrl(pad: string, query: Record<string, string | undefined> = {}): string {
  const zoek = new URLSearchParams(Object.entries(query).filter((paar): paar is [string, string] => Boolean(paar[1])));
  return `${API_BASIS}${pad}${zoek.size ? `?${zoek}` : ''}`;
}
