import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

/** Renders routes in a memory router with a fresh query client (no retries), starting at `pad`. */
export function renderRoutes(routes: RouteObject[], pad = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [pad] });
  const resultaat = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...resultaat, router, queryClient };
}

type Antwoord = { status: number; body?: unknown };
/**
 * Replaces fetch (the edge to the API) with canned answers per "METHOD /path"; records the requests made.
 * An unexpected request fails the test loudly.
 */
export function nepApi(antwoorden: Record<string, Antwoord | ((body: unknown) => Antwoord)>) {
  const verzoeken: { methode: string; pad: string; body?: unknown }[] = [];
  global.fetch = jest.fn(async (invoer: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(invoer), 'http://localhost');
    const methode = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    verzoeken.push({ methode, pad: url.pathname + url.search, body });
    const sleutel = `${methode} ${url.pathname}`;
    const gevonden = antwoorden[sleutel];
    if (!gevonden) throw new Error(`Onverwacht verzoek in test: ${sleutel}`);
    const { status, body: inhoud } = typeof gevonden === 'function' ? gevonden(body) : gevonden;
    // Just what api() reads of a fetch Response (jsdom has no Response class).
    return { status, ok: status >= 200 && status < 300, text: async () => (inhoud === undefined ? '' : JSON.stringify(inhoud)) } as Response;
  }) as typeof fetch;
  return verzoeken;
}

export function element(e: ReactElement): RouteObject['element'] {
  return e;
}
