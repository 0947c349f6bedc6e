import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiFout } from '../api/client';
import { sessieKeys } from '../features/auth/api';
import { appStatusVan } from './appStatus';

/** Longest wait between two automatic attempts, also when the API asks for longer (Retry-After). */
export const MAX_WACHTTIJD_MS = 10_000;

/** The database is unreachable (503) or the API is: temporary, so worth trying again and never a reason to log out. */
export function isStoring(fout: unknown): boolean {
  return fout instanceof ApiFout && (fout.status === 0 || fout.status === 503);
}

/** Wait before attempt `poging + 1`: what Retry-After says, else 1, 2, 4, 8 s; never more than 10 s. */
export function wachttijd(poging: number, fout: unknown): number {
  const gevraagd =
    fout instanceof ApiFout && fout.opnieuwNaSeconden !== undefined
      ? fout.opnieuwNaSeconden * 1000
      : 1000 * 2 ** poging;
  return Math.min(gevraagd, MAX_WACHTTIJD_MS);
}

/** Set on login and logout mutations: a 401 there is a wrong password or an already ended session, not a reason for the dialog. */
export const EIGEN_SESSIEFOUTEN = { eigenSessieFouten: true } as const;

export interface QueryClientOpties {
  /** Tests pass a short wait so retries happen within the test. */
  wachttijd?: (poging: number, fout: unknown) => number;
}

/**
 * The app's QueryClient. 401 and outages are handled here, once, for every query and mutation:
 * - 401 while someone is logged in → the session dialog (app/SessieDialoog.tsx) over the current page;
 * - 503 or no connection → the banner; queries keep retrying with backoff until the API answers again;
 * - any success → the banner goes away.
 * Mutations are never retried: they are not idempotent, the form shows the error and keeps its input.
 */
export function maakQueryClient(opties: QueryClientOpties = {}): QueryClient {
  const verwerkFout = (fout: unknown) => {
    if (!(fout instanceof ApiFout)) return;
    // Only with a known user: at first load a 401 on /me simply means "not logged in" and the login page shows.
    if (fout.status === 401 && queryClient.getQueryData(sessieKeys.me)) status.zet({ sessieVerlopen: true });
    if (isStoring(fout)) status.zet({ storing: true });
  };
  const hersteld = () => status.zet({ storing: false });

  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: verwerkFout, onSuccess: hersteld }),
    mutationCache: new MutationCache({
      onError: (fout, _invoer, _context, mutation) => {
        if (mutation.meta?.eigenSessieFouten && !isStoring(fout)) return;
        verwerkFout(fout);
      },
      onSuccess: hersteld,
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Only outages are retried, and for as long as they last (the banner says so); a 4xx will not change.
        retry: (_aantal, fout) => isStoring(fout),
        retryDelay: opties.wachttijd ?? wachttijd,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  const status = appStatusVan(queryClient);

  // onError only fires once a query gives up, which for an outage is never: show the banner at the first failed attempt.
  queryClient.getQueryCache().subscribe((gebeurtenis) => {
    if (gebeurtenis.type === 'updated' && gebeurtenis.action.type === 'failed' && isStoring(gebeurtenis.action.error))
      status.zet({ storing: true });
  });
  return queryClient;
}
