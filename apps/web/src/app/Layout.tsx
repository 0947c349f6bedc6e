import { ROL_LABELS } from '@klant-in-beeld/domain';
import { wisAlleConcepten } from '../features/gesprek/concept';
import { Button, Knoppenrij, Melding, Paragraph, Statusregel } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ApiFout } from '../api/client';
import { logout, meQuery, type Medewerker } from '../features/auth/api';
import { appStatusVan } from './appStatus';
import { Frame } from './Frame';
import { navigatieVoor } from './navigatie';
import { EIGEN_SESSIEFOUTEN } from './queryClient';
import { SessieDialoog } from './SessieDialoog';

const WEER_INGELOGD = 'Je bent weer ingelogd. Sla je wijziging opnieuw op als dat nog niet gelukt was.';

/**
 * The frame for logged-in pages. Once the user is known the pages stay, whatever later requests answer: an ended
 * session opens the dialog over them, an outage shows the banner. Only without a known user does a 401 lead to the
 * login page.
 */
export function Layout() {
  const location = useLocation();
  const me = useQuery(meQuery());

  if (me.data) return <IngelogdFrame medewerker={me.data} />;
  if (me.isPending) {
    return (
      // The menu's place is kept: it appears without pushing the page down.
      <Frame navigatieLaden>
        <Paragraph role="status">Laden…</Paragraph>
      </Frame>
    );
  }
  if (me.error instanceof ApiFout && me.error.status === 401) {
    const terug = location.pathname + location.search;
    return <Navigate to={terug === '/' ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(terug)}`} replace />;
  }
  return (
    <Frame>
      <Melding soort="error" titel="Klant in Beeld is niet bereikbaar">
        <Paragraph>{me.error.message}</Paragraph>
        <Knoppenrij>
          <Button appearance="secondary-action-button" onClick={() => void me.refetch()}>
            Opnieuw proberen
          </Button>
        </Knoppenrij>
      </Melding>
    </Frame>
  );
}

function IngelogdFrame({ medewerker }: { medewerker: Medewerker }) {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [weerIngelogd, setWeerIngelogd] = useState(false);
  // The notice is about the page where it happened; on the next page it would only confuse.
  const [pad, setPad] = useState(location.pathname);
  if (location.pathname !== pad) {
    setPad(location.pathname);
    setWeerIngelogd(false);
  }
  const uitloggen = useMutation({
    mutationFn: logout,
    meta: EIGEN_SESSIEFOUTEN,
    onSettled: (bijProvider) => {
      queryClient.clear();
      wisAlleConcepten();
      appStatusVan(queryClient).zet({ sessieVerlopen: false });
      // The provider's session ends too; it sends the browser back to the login page.
      if (bijProvider) window.location.assign(bijProvider);
      else navigate('/inloggen', { replace: true });
    },
  });

  return (
    <Frame
      organisatie={medewerker.organisatieNaam}
      gebruiker={
        <>
          <span>
            <strong>{medewerker.naam}</strong> · {ROL_LABELS[medewerker.rol]}
          </span>
          <Button
            appearance="secondary-action-button"
            onClick={() => uitloggen.mutate()}
            disabled={uitloggen.isPending}
          >
            Uitloggen
          </Button>
        </>
      }
      navigatie={
        <ul>
          {navigatieVoor(medewerker.rol).map((item) => (
            <li key={item.pad}>
              <NavLink to={item.pad} end>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      }
    >
      <Statusregel>{weerIngelogd ? WEER_INGELOGD : undefined}</Statusregel>
      <Outlet context={medewerker} />
      <SessieDialoog medewerker={medewerker} onHersteld={() => setWeerIngelogd(true)} />
    </Frame>
  );
}
