import { Button, Dialoog, Paragraph } from '@klant-in-beeld/ui';
import { wisAlleConcepten } from '../features/gesprek/concept';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { sessieKeys, type Medewerker } from '../features/auth/api';
import { InlogStappen } from '../features/auth/InlogStappen';
import { useAppStatus } from './appStatus';
import { startpagina } from './navigatie';

/**
 * Over the current page when the server ended the session (idle, too long, logged out elsewhere). The page stays
 * mounted underneath, so whatever the user typed is still there after logging in again.
 */
export function SessieDialoog({ medewerker, onHersteld }: { medewerker: Medewerker; onHersteld: () => void }) {
  const { sessieVerlopen, store } = useAppStatus();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

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

  return (
    <Dialoog open={sessieVerlopen} titel="Je sessie is verlopen" sluitbaar={false}>
      <div className="kib-formulier">
        <Paragraph>
          Je was een tijd niet actief, of je bent al lang ingelogd. Log opnieuw in om verder te werken. Wat je hebt
          ingevuld, blijft staan.
        </Paragraph>
        <InlogStappen vasteGebruikersnaam={medewerker.gebruikersnaam} onIngelogd={ingelogd} />
        <div>
          <Button appearance="subtle-button" onClick={uitloggen}>
            Niet verder werken en uitloggen
          </Button>
        </div>
      </div>
    </Dialoog>
  );
}
