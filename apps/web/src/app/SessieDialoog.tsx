import { Button, ButtonLink, Dialoog, Paragraph } from '@klant-in-beeld/ui';
import { wisAlleConcepten } from '../features/gesprek/concept';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { inlogMethodenQuery, oidcStartUrl, sessieKeys, type Medewerker } from '../features/auth/api';
import { InlogStappen } from '../features/auth/InlogStappen';
import { onthoudTerugNaSso } from '../features/auth/terugNaSso';
import { useAppStatus } from './appStatus';
import { startpagina } from './navigatie';

/** Before the redirect to the provider: the page underneath is gone, except a gesprek's draft (gesprek/concept.ts). */
export const SSO_VERLIES =
  'Wat je hebt ingevuld en nog niet opgeslagen, gaat verloren. Een concept van een klant-in-beeld-gesprek blijft op dit apparaat bewaard.';

/**
 * Over the current page when the server ended the session (idle, too long, logged out elsewhere). The page stays
 * mounted underneath, so whatever the user typed is still there after logging in again with the password. The
 * dialog offers what the login page offers for the user's organisatie: its provider (a full redirect, after which
 * the start route brings the user back to this page) and the password only where local passwords are on.
 */
export function SessieDialoog({ medewerker, onHersteld }: { medewerker: Medewerker; onHersteld: () => void }) {
  const { sessieVerlopen, store } = useAppStatus();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const code = medewerker.organisatieCode;
  const methoden = useQuery({ ...inlogMethodenQuery(code ?? ''), enabled: sessieVerlopen && Boolean(code) });

  const ingelogd = (nieuw: Medewerker) => {
    store.zet({ sessieVerlopen: false });
    if (nieuw.id !== medewerker.id) {
      // Someone else: nothing of the previous user's data may stay in the cache or on screen.
      queryClient.clear();
      queryClient.setQueryData(sessieKeys.me, nieuw);
      navigate(startpagina(nieuw.rol), { replace: true });
      return;
    }
    queryClient.setQueryData(sessieKeys.me, nieuw);
    // Whatever failed while the session was gone loads again; the typed input lives in the forms, not in the cache.
    void queryClient.invalidateQueries();
    onHersteld();
  };

  const uitloggen = () => {
    queryClient.clear();
    wisAlleConcepten();
    store.zet({ sessieVerlopen: false });
    navigate('/inloggen', { replace: true });
  };

  // Without the ways in (no code, or they could not be read) the password, as it always was.
  const laden = Boolean(code) && methoden.isPending && methoden.fetchStatus !== 'idle';
  const sso = methoden.data?.oidc ? methoden.data.naam : undefined;
  const wachtwoord = !methoden.data || methoden.data.wachtwoord;

  return (
    <Dialoog open={sessieVerlopen} titel="Je sessie is verlopen" sluitbaar={false}>
      <div className="kib-formulier">
        <Paragraph>
          Je was een tijd niet actief, of je bent al lang ingelogd. Log opnieuw in om verder te werken.
          {wachtwoord && !laden && (sso ? '' : ' Wat je hebt ingevuld, blijft staan.')}
        </Paragraph>
        {laden && <Paragraph role="status">Laden…</Paragraph>}
        {sso && (
          <div className="kib-formulier">
            <div>
              <ButtonLink
                href={oidcStartUrl(code!)}
                appearance={wachtwoord ? 'secondary-action-button' : 'primary-action-button'}
                onClick={() => onthoudTerugNaSso(location.pathname + location.search + location.hash, medewerker.id)}
              >
                Inloggen met je account van {sso}
              </ButtonLink>
            </div>
            <Paragraph className="kib-zacht">
              Je logt in bij {sso} zelf; daarna kom je terug op deze pagina. {SSO_VERLIES}
            </Paragraph>
          </div>
        )}
        {!laden &&
          (wachtwoord ? (
            <>
              {sso && (
                <Paragraph>
                  Of log hier in met je wachtwoord van Klant in Beeld: dan blijft wat je hebt ingevuld staan.
                </Paragraph>
              )}
              <InlogStappen vasteGebruikersnaam={medewerker.gebruikersnaam} onIngelogd={ingelogd} />
            </>
          ) : (
            <Paragraph>
              Bij {methoden.data?.naam} log je niet in met een wachtwoord van Klant in Beeld, maar met je eigen account
              (de knop hierboven).
            </Paragraph>
          ))}
        <div>
          <Button appearance="subtle-button" onClick={uitloggen}>
            Niet verder werken en uitloggen
          </Button>
        </div>
      </div>
    </Dialoog>
  );
}
