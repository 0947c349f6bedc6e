import { Button, Melding, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { EIGEN_SESSIEFOUTEN } from '../../app/queryClient';
import { login, type LoginAntwoord } from './api';

interface Invoer {
  gebruikersnaam: string;
  wachtwoord: string;
}

export interface WachtwoordStapProps {
  gebruikersnaam: string;
  /** In the session dialog: the same person logs in again, so the name cannot be changed. */
  vasteGebruikersnaam: boolean;
  /** Why the visitor is back at this step (the code step took too long). */
  melding?: string;
  onAntwoord: (antwoord: LoginAntwoord, gebruikersnaam: string) => void;
}

/** Step one of logging in: username and password. */
export function WachtwoordStap({ gebruikersnaam, vasteGebruikersnaam, melding, onAntwoord }: WachtwoordStapProps) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: { gebruikersnaam, wachtwoord: '' } });
  const inloggen = useMutation({
    mutationFn: (invoer: Invoer) => login(invoer.gebruikersnaam, invoer.wachtwoord),
    meta: EIGEN_SESSIEFOUTEN,
    onSuccess: (antwoord, invoer) => onAntwoord(antwoord, invoer.gebruikersnaam),
  });
  const fout = inloggen.error
    ? inloggen.error instanceof ApiFout
      ? inloggen.error.message
      : 'Inloggen is niet gelukt. Probeer het opnieuw.'
    : inloggen.isIdle
      ? melding
      : undefined;
  // With the name known, the password is where typing starts.
  const wachtwoordEerst = Boolean(gebruikersnaam);

  return (
    <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => inloggen.mutate(invoer))}>
      {fout && <Melding soort="error">{fout}</Melding>}
      <Veld label="Gebruikersnaam" fout={errors.gebruikersnaam?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            autoComplete="username"
            autoFocus={!wachtwoordEerst}
            readOnly={vasteGebruikersnaam}
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
            autoFocus={wachtwoordEerst}
            data-autofocus={wachtwoordEerst ? '' : undefined}
            {...register('wachtwoord', { required: 'Vul je wachtwoord in.' })}
          />
        )}
      </Veld>
      <div>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={inloggen.isPending}
          disabled={inloggen.isPending}
        >
          {inloggen.isPending ? 'Bezig met inloggen…' : 'Inloggen'}
        </Button>
      </div>
    </form>
  );
}
