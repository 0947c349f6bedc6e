import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { meldNietIngelogd } from './api/client';
import { Layout } from './app/Layout';
import { startpagina } from './app/navigatie';
import { useMedewerker } from './app/useMedewerker';
import { sessieKeys } from './features/auth/api';
import { AccountPagina } from './features/auth/AccountPagina';
import { LoginPagina } from './features/auth/LoginPagina';
import { KlantDossierPagina } from './features/dossier/KlantDossierPagina';
import { ContactnormenPagina } from './features/instellingen/ContactnormenPagina';
import { KlantenPagina } from './features/klanten/KlantenPagina';
import { NieuweKlantPagina } from './features/klanten/NieuweKlantPagina';
import { RapportagesPagina } from './features/rapportages/RapportagesPagina';
import { HerverdelenPagina } from './features/team/HerverdelenPagina';
import { TeamPagina } from './features/team/TeamPagina';
import { WerkvoorraadPagina } from './features/werkvoorraad/WerkvoorraadPagina';

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

/** Each role starts on its own page. */
function NaarStart() {
  return <Navigate to={startpagina(useMedewerker().rol)} replace />;
}

function NietGevonden() {
  return <p>Deze pagina bestaat niet. Gebruik het menu hierboven.</p>;
}

export const ROUTES = [
  { path: '/inloggen', element: <LoginPagina /> },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <NaarStart /> },
      { path: 'werkvoorraad', element: <WerkvoorraadPagina /> },
      { path: 'klanten', element: <KlantenPagina /> },
      { path: 'klanten/nieuw', element: <NieuweKlantPagina /> },
      { path: 'klanten/:id', element: <KlantDossierPagina /> },
      { path: 'team', element: <TeamPagina /> },
      { path: 'team/herverdelen', element: <HerverdelenPagina /> },
      { path: 'instellingen', element: <ContactnormenPagina /> },
      { path: 'rapportages', element: <RapportagesPagina /> },
      { path: 'account', element: <AccountPagina /> },
      { path: '*', element: <NietGevonden /> },
    ],
  },
];

export function App() {
  const queryClient = useMemo(maakQueryClient, []);
  const router = useMemo(() => createBrowserRouter(ROUTES), []);
  // A session that expires mid-work: forget the user, and the Layout sends them to the login page.
  meldNietIngelogd(() => queryClient.setQueryData(sessieKeys.me, null));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
