import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

/**
 * Renders routes in a memory router with a fresh query client (no retries), starting at `pad`. `queryDefaults`
 * adds to the query defaults, e.g. the app's `staleTime` where a test depends on data not being refetched anyway.
 */
export function renderRoutes(routes: RouteObject[], pad = '/', queryDefaults: { staleTime?: number } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, ...queryDefaults }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [pad] });
  const resultaat = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...resultaat, router, queryClient };
}

/**
 * A canned answer. `headers` are the response headers (e.g. Retry-After); status 0 stands for a request that
 * never reached the API (fetch rejects, as when the network is down).
 */
export type Antwoord = { status: number; body?: unknown; headers?: Record<string, string> };
export interface Verzoek {
  methode: string;
  pad: string;
  body?: unknown;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
  /** No answer was set up for it (fetch rejected, so api() saw "no connection"). */
  onverwacht?: true;
}
/**
 * Replaces fetch (the edge to the API) with canned answers per "METHOD /path"; records the requests made.
 * An unexpected request makes fetch reject (api() turns that into "no connection") and is marked `onverwacht`.
 */
export function nepApi(
  antwoorden: Record<string, Antwoord | ((body: unknown, verzoek: Verzoek) => Antwoord | Promise<Antwoord>)>,
) {
  const verzoeken: Verzoek[] = [];
  global.fetch = jest.fn(async (invoer: RequestInfo | URL, init?: RequestInit) => {
    // The generated client (openapi-fetch) sends a Request; plain links and others a URL and options.
    const alsVerzoek = invoer instanceof Request ? invoer : undefined;
    const url = new URL(alsVerzoek ? alsVerzoek.url : String(invoer), 'http://localhost');
    const methode = alsVerzoek?.method ?? init?.method ?? 'GET';
    const headers = Object.fromEntries([...new Headers(alsVerzoek?.headers ?? init?.headers).entries()]);
    // Tests name the paths of the contract (docs/api.md) without the version base.
    const pad = url.pathname.replace(/^\/api\/v1\//, '/api/');
    const verzoek: Verzoek = { methode, pad: pad + url.search, headers };
    // Recorded at once, as the call is made; reading a Request's body takes a tick.
    verzoeken.push(verzoek);
    if (alsVerzoek && headers['content-type']?.startsWith('multipart/form-data')) {
      // A file upload: its fields as text, a file as its name and content.
      const velden = [...(await alsVerzoek.formData()).entries()];
      verzoek.body = Object.fromEntries(
        await Promise.all(
          velden.map(async ([naam, waarde]) => [
            naam,
            typeof waarde === 'string' ? waarde : { naam: waarde.name, inhoud: await waarde.text() },
          ]),
        ),
      );
    } else {
      const tekst = alsVerzoek ? await alsVerzoek.text() : init?.body ? String(init.body) : '';
      if (tekst) verzoek.body = JSON.parse(tekst);
    }
    const sleutel = `${methode} ${pad}`;
    const gevonden = antwoorden[sleutel];
    if (!gevonden) {
      verzoek.onverwacht = true;
      throw new Error(`Onverwacht verzoek in test: ${sleutel}`);
    }
    // An answer may be a promise, so a test can hold it back and look at the page while the request is under way.
    const {
      status,
      body: inhoud,
      headers: antwoordHeaders = {},
    } = typeof gevonden === 'function' ? await gevonden(verzoek.body, verzoek) : gevonden;
    if (status === 0) throw new TypeError('Failed to fetch');
    // Just what api() reads of a fetch Response (jsdom has no Response class).
    return {
      status,
      ok: status >= 200 && status < 300,
      headers: new Headers(antwoordHeaders),
      text: async () => (inhoud === undefined ? '' : JSON.stringify(inhoud)),
    } as Response;
  }) as typeof fetch;
  return verzoeken;
}

/** The query string of a recorded request, e.g. `zoekParams(v).get('page')`. */
export function zoekParams(verzoek: Verzoek): URLSearchParams {
  return new URLSearchParams(verzoek.pad.split('?')[1] ?? '');
}

/** The recorded requests for one "METHOD /path" (query string ignored), oldest first. */
export function verzoekenNaar(verzoeken: Verzoek[], methode: string, pad: string): Verzoek[] {
  return verzoeken.filter((v) => v.methode === methode && v.pad.split('?')[0] === pad);
}

/** A promise with its resolve at hand: hold an answer back until the test lets it go. */
export function uitgesteld<T>(): { promise: Promise<T>; klaar: (waarde: T) => void } {
  let klaar!: (waarde: T) => void;
  const promise = new Promise<T>((resolve) => (klaar = resolve));
  return { promise, klaar };
}

export function element(e: ReactElement): RouteObject['element'] {
  return e;
}
