import { Paragraph } from '@klant-in-beeld/ui';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type createMemoryRouter } from 'react-router';
import { Layout } from './app/Layout';
import { startpagina } from './app/navigatie';
import { maakQueryClient } from './app/queryClient';
import { useMedewerker } from './app/useMedewerker';
import { LoginPagina } from './features/auth/LoginPagina';
import { leesTerugNaSso, wisTerugNaSso } from './features/auth/terugNaSso';

/**
 * Route-level code splitting: each page is a chunk of its own, fetched when it is first opened, so the first page
 * does not wait for (and the browser does not run) the code of all the others.
 */
function pagina<M extends Record<N, ComponentType>, N extends string>(laad: () => Promise<M>, naam: N): ComponentType {
  const Lui = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await laad())[naam] }));
  return function Pagina() {
    return (
      <Suspense fallback={<Paragraph role="status">Laden…</Paragraph>}>
        <Lui />
      </Suspense>
    );
  };
}

const CampagnesPagina = pagina(() => import('./features/campagne/CampagnesPagina'), 'CampagnesPagina');
const CampagneDetailPagina = pagina(() => import('./features/campagne/CampagneDetailPagina'), 'CampagneDetailPagina');
const NieuweCampagnePagina = pagina(() => import('./features/campagne/NieuweCampagnePagina'), 'NieuweCampagnePagina');
const EffectPagina = pagina(() => import('./features/campagne/EffectPagina'), 'EffectPagina');
const AgendaPagina = pagina(() => import('./features/campagne/AgendaPagina'), 'AgendaPagina');
const AccountPagina = pagina(() => import('./features/auth/AccountPagina'), 'AccountPagina');
const KlantDossierPagina = pagina(() => import('./features/dossier/KlantDossierPagina'), 'KlantDossierPagina');
const GemeentenPagina = pagina(() => import('./features/beheer/GemeentenPagina'), 'GemeentenPagina');
const MedewerkersPagina = pagina(() => import('./features/beheer/MedewerkersPagina'), 'MedewerkersPagina');
const TeamsPagina = pagina(() => import('./features/beheer/TeamsPagina'), 'TeamsPagina');
const BewaartermijnPagina = pagina(() => import('./features/instellingen/BewaartermijnPagina'), 'BewaartermijnPagina');
const DienstverleningscategorieenPagina = pagina(
  () => import('./features/instellingen/DienstverleningscategorieenPagina'),
  'DienstverleningscategorieenPagina',
);
const LogboekInstellingenPagina = pagina(
  () => import('./features/instellingen/LogboekInstellingenPagina'),
  'LogboekInstellingenPagina',
);
const GesprekEnPadenPagina = pagina(
  () => import('./features/instellingen/GesprekEnPadenPagina'),
  'GesprekEnPadenPagina',
);
const BrievenPagina = pagina(() => import('./features/instellingen/BrievenPagina'), 'BrievenPagina');
const SsoPagina = pagina(() => import('./features/instellingen/SsoPagina'), 'SsoPagina');
const ImportenPagina = pagina(() => import('./features/importen/ImportenPagina'), 'ImportenPagina');
const ImportPagina = pagina(() => import('./features/importen/ImportPagina'), 'ImportPagina');
const KlantenPagina = pagina(() => import('./features/klanten/KlantenPagina'), 'KlantenPagina');
const NieuweKlantPagina = pagina(() => import('./features/klanten/NieuweKlantPagina'), 'NieuweKlantPagina');
const InzageverzoekPagina = pagina(() => import('./features/privacy/InzageverzoekPagina'), 'InzageverzoekPagina');
const MaandrapportPagina = pagina(() => import('./features/privacy/MaandrapportPagina'), 'MaandrapportPagina');
const VerwerkingenPagina = pagina(() => import('./features/privacy/VerwerkingenPagina'), 'VerwerkingenPagina');
const RapportagesPagina = pagina(() => import('./features/rapportages/RapportagesPagina'), 'RapportagesPagina');
const HerverdelenPagina = pagina(() => import('./features/team/HerverdelenPagina'), 'HerverdelenPagina');
const TeamPagina = pagina(() => import('./features/team/TeamPagina'), 'TeamPagina');
const WeekstartPagina = pagina(() => import('./features/team/WeekstartPagina'), 'WeekstartPagina');
const WerkvoorraadPagina = pagina(() => import('./features/werkvoorraad/WerkvoorraadPagina'), 'WerkvoorraadPagina');

/** Each role starts on its own page; after logging in again through the provider, on the page the user was on. */
function NaarStart() {
  const medewerker = useMedewerker();
  const terug = leesTerugNaSso(medewerker.id);
  // Once: a later visit of the start page is a visit of the start page.
  useEffect(() => wisTerugNaSso(), []);
  return <Navigate to={terug ?? startpagina(medewerker.rol)} replace />;
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
      { path: 'team/weekstart', element: <WeekstartPagina /> },
      { path: 'beheer/medewerkers', element: <MedewerkersPagina /> },
      { path: 'beheer/teams', element: <TeamsPagina /> },
      { path: 'beheer/gemeenten', element: <GemeentenPagina /> },
      { path: 'instellingen', element: <DienstverleningscategorieenPagina /> },
      { path: 'instellingen/gesprek', element: <GesprekEnPadenPagina /> },
      { path: 'instellingen/brieven', element: <BrievenPagina /> },
      { path: 'instellingen/bewaartermijn', element: <BewaartermijnPagina /> },
      { path: 'instellingen/logboek', element: <LogboekInstellingenPagina /> },
      { path: 'instellingen/inloggen', element: <SsoPagina /> },
      { path: 'importen', element: <ImportenPagina /> },
      { path: 'importen/:id', element: <ImportPagina /> },
      { path: 'privacy/verwerkingen', element: <VerwerkingenPagina /> },
      { path: 'privacy/maandrapport', element: <MaandrapportPagina /> },
      { path: 'privacy/inzageverzoek', element: <InzageverzoekPagina /> },
      { path: 'rapportages', element: <RapportagesPagina /> },
      { path: 'campagnes', element: <CampagnesPagina /> },
      { path: 'campagnes/nieuw', element: <NieuweCampagnePagina /> },
      { path: 'campagnes/:id', element: <CampagneDetailPagina /> },
      { path: 'campagnes/:id/effect', element: <EffectPagina /> },
      { path: 'agenda', element: <AgendaPagina /> },
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
