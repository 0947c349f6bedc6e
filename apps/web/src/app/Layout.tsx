import { ROL_LABELS } from '@klant-in-beeld/domain';
import { AppFrame, Button, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { logout, meQuery } from '../features/auth/api';
import { navigatieVoor } from './navigatie';

/** The frame for logged-in pages; sends anyone without a session to the login page. */
export function Layout() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery());
  const uitloggen = useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      navigate('/inloggen', { replace: true });
    },
  });

  if (me.isPending) {
    return (
      <AppFrame>
        <Paragraph role="status">Laden…</Paragraph>
      </AppFrame>
    );
  }
  if (me.isError) {
    return (
      <AppFrame>
        <Melding soort="error" titel="Klant in Beeld is niet bereikbaar">
          {me.error.message}
        </Melding>
      </AppFrame>
    );
  }
  if (!me.data) {
    const terug = location.pathname + location.search;
    return <Navigate to={terug === '/' ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(terug)}`} replace />;
  }

  const medewerker = me.data;
  return (
    <AppFrame
      organisatie={medewerker.organisatieNaam}
      gebruiker={
        <>
          <span>
            <strong>{medewerker.naam}</strong> · {ROL_LABELS[medewerker.rol]}
          </span>
          <Button appearance="secondary-action-button" onClick={() => uitloggen.mutate()} disabled={uitloggen.isPending}>
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
      <Outlet context={medewerker} />
    </AppFrame>
  );
}
