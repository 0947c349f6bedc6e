import { AppFrame, Button, Heading1, Melding, Paragraph, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiFout } from '../../api/client';
import { login, sessieKeys } from './api';

interface LoginInvoer {
  gebruikersnaam: string;
  wachtwoord: string;
}

/** Only local paths, so a crafted link cannot send someone elsewhere after logging in. */
function veiligTerugpad(pad: string | null): string {
  return pad && pad.startsWith('/') && !pad.startsWith('//') ? pad : '/';
}

export function LoginPagina() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [zoekParams] = useSearchParams();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginInvoer>({ defaultValues: { gebruikersnaam: '', wachtwoord: '' } });
  const inloggen = useMutation({
    mutationFn: (invoer: LoginInvoer) => login(invoer.gebruikersnaam, invoer.wachtwoord),
    onSuccess: ({ medewerker }) => {
      queryClient.clear();
      queryClient.setQueryData(sessieKeys.me, medewerker);
      navigate(veiligTerugpad(zoekParams.get('terug')), { replace: true });
    },
  });
  const serverFout = inloggen.error instanceof ApiFout ? inloggen.error.message : inloggen.error ? 'Inloggen is niet gelukt. Probeer het opnieuw.' : undefined;

  return (
    <AppFrame>
      <div className="kib-login kib-paneel">
        <Heading1>Inloggen</Heading1>
        <Paragraph className="kib-zacht">Log in met je gebruikersnaam en wachtwoord van Klant in Beeld.</Paragraph>
        {serverFout && <Melding soort="error">{serverFout}</Melding>}
        <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => inloggen.mutate(invoer))}>
          <Veld label="Gebruikersnaam" fout={errors.gebruikersnaam?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                autoComplete="username"
                autoFocus
                {...register('gebruikersnaam', { required: 'Vul je gebruikersnaam in.' })}
              />
            )}
          </Veld>
          <Veld label="Wachtwoord" fout={errors.wachtwoord?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                type="password"
                autoComplete="current-password"
                {...register('wachtwoord', { required: 'Vul je wachtwoord in.' })}
              />
            )}
          </Veld>
          <div>
            <Button type="submit" appearance="primary-action-button" busy={inloggen.isPending} disabled={inloggen.isPending}>
              {inloggen.isPending ? 'Bezig met inloggen…' : 'Inloggen'}
            </Button>
          </div>
        </form>
      </div>
    </AppFrame>
  );
}
