import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { meldNietIngelogd } from './api/client';
import { Layout } from './app/Layout';
import { sessieKeys } from './features/auth/api';
import { LoginPagina } from './features/auth/LoginPagina';
import { StartPagina } from './features/start/StartPagina';

export function maakQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (aantal, fout) => (fout as { status?: number }).status === 0 && aantal < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
}

export function App() {
  const queryClient = useMemo(maakQueryClient, []);
  const router = useMemo(
    () =>
      createBrowserRouter([
        { path: '/inloggen', element: <LoginPagina /> },
        { path: '/', element: <Layout />, children: [{ index: true, element: <StartPagina /> }] },
      ]),
    [],
  );
  // A session that expires mid-work: forget the user, and the Layout sends them to the login page.
  meldNietIngelogd(() => queryClient.setQueryData(sessieKeys.me, null));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
