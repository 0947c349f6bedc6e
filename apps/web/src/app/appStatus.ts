import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/** What the app as a whole is in: the session ended on the server, or the API cannot reach its database. */
export interface AppStatus {
  /** A request answered 401 while someone was logged in: the re-login dialog is shown over the page. */
  sessieVerlopen: boolean;
  /** A request answered 503 or did not connect: the banner is shown until a request succeeds again. */
  storing: boolean;
}

/**
 * A tiny store beside the QueryClient. It is written by the QueryCache and MutationCache handlers (outside React)
 * and read by the banner and the session dialog, so no component has to watch errors itself.
 */
export class AppStatusStore {
  #status: AppStatus = { sessieVerlopen: false, storing: false };
  readonly #luisteraars = new Set<() => void>();

  readonly lees = (): AppStatus => this.#status;

  readonly abonneer = (luisteraar: () => void): (() => void) => {
    this.#luisteraars.add(luisteraar);
    return () => this.#luisteraars.delete(luisteraar);
  };

  zet(wijziging: Partial<AppStatus>): void {
    const nieuw = { ...this.#status, ...wijziging };
    if (nieuw.sessieVerlopen === this.#status.sessieVerlopen && nieuw.storing === this.#status.storing) return;
    this.#status = nieuw;
    for (const luisteraar of this.#luisteraars) luisteraar();
  }
}

// One store per QueryClient: it lives exactly as long as the cache whose errors it reflects, and tests that render
// with their own QueryClient get their own store without a provider.
const stores = new WeakMap<QueryClient, AppStatusStore>();

export function appStatusVan(queryClient: QueryClient): AppStatusStore {
  let store = stores.get(queryClient);
  if (!store) {
    store = new AppStatusStore();
    stores.set(queryClient, store);
  }
  return store;
}

export function useAppStatus(): AppStatus & { store: AppStatusStore } {
  const store = appStatusVan(useQueryClient());
  const status = useSyncExternalStore(store.abonneer, store.lees);
  return { ...status, store };
}
