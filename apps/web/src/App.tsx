import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type createMemoryRouter } from 'react-router';
import { Layout } from './app/Layout';
import { startpagina } from './app/navigatie';
import { maakQueryClient } from './app/queryClient';
import { useMedewerker } from './app/useMedewerker';
import { AccountPagina } from './features/auth/AccountPagina';
import { LoginPagina } from './features/auth/LoginPagina';
import { KlantDossierPagina } from './features/dossier/KlantDossierPagina';
import { BewaartermijnPagina } from './features/instellingen/BewaartermijnPagina';
import { ContactnormenPagina } from './features/instellingen/ContactnormenPagina';
import { LogboekInstellingenPagina } from './features/instellingen/LogboekInstellingenPagina';
import { KlantenPagina } from './features/klanten/KlantenPagina';
import { NieuweKlantPagina } from './features/klanten/NieuweKlantPagina';
import { InzageverzoekPagina } from './features/privacy/InzageverzoekPagina';
import { MaandrapportPagina } from './features/privacy/MaandrapportPagina';
import { VerwerkingenPagina } from './features/privacy/VerwerkingenPagina';
import { RapportagesPagina } from './features/rapportages/RapportagesPagina';
import { HerverdelenPagina } from './features/team/HerverdelenPagina';
import { TeamPagina } from './features/team/TeamPagina';
import { WerkvoorraadPagina } from './features/werkvoorraad/WerkvoorraadPagina';

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
      { path: 'instellingen/bewaartermijn', element: <BewaartermijnPagina /> },
      { path: 'instellingen/logboek', element: <LogboekInstellingenPagina /> },
      { path: 'privacy/verwerkingen', element: <VerwerkingenPagina /> },
      { path: 'privacy/maandrapport', element: <MaandrapportPagina /> },
      { path: 'privacy/inzageverzoek', element: <InzageverzoekPagina /> },
      { path: 'rapportages', element: <RapportagesPagina /> },
      { path: 'account', element: <AccountPagina /> },
      { path: '*', element: <NietGevonden /> },
    ],
  },
];

type Router = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>;

/** The app with a given QueryClient and router: the browser gets its own below, tests a memory router. */
export function KlantInBeeld({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

export function App() {
  const queryClient = useMemo(() => maakQueryClient(), []);
  const router = useMemo(() => createBrowserRouter(ROUTES), []);
  return <KlantInBeeld queryClient={queryClient} router={router} />;
}
