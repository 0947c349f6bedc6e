import { Heading1 } from '@klant-in-beeld/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { appStatusVan } from '../../app/appStatus';
import { Frame } from '../../app/Frame';
import { sessieKeys, type Medewerker } from './api';
import { InlogStappen } from './InlogStappen';
import { SsoInloggen } from './SsoInloggen';

/** Only local paths, so a crafted link cannot send someone elsewhere after logging in. */
function veiligTerugpad(pad: string | null): string {
  return pad && pad.startsWith('/') && !pad.startsWith('//') ? pad : '/';
}

export function LoginPagina() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [zoekParams] = useSearchParams();

  const ingelogd = (medewerker: Medewerker) => {
    // Nothing of an earlier session may stay in the cache.
    queryClient.clear();
    queryClient.setQueryData(sessieKeys.me, medewerker);
    appStatusVan(queryClient).zet({ sessieVerlopen: false });
    navigate(veiligTerugpad(zoekParams.get('terug')), { replace: true });
  };

  return (
    <Frame>
      <div className="kib-login kib-paneel">
        <Heading1>Inloggen</Heading1>
        <SsoInloggen wachtwoordFormulier={<InlogStappen onIngelogd={ingelogd} />} />
      </div>
    </Frame>
  );
}
