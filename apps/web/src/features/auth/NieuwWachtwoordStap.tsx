import { WACHTWOORD_MIN_LENGTE } from '@klant-in-beeld/domain';
import { Button, Melding, Paragraph, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { toonApiFouten } from '../../api/formulier';
import { EIGEN_SESSIEFOUTEN } from '../../app/queryClient';
import { loginNieuwWachtwoord, type LoginAntwoord } from './api';

interface Invoer {
  nieuwWachtwoord: string;
  herhaalWachtwoord: string;
}

export interface NieuwWachtwoordStapProps {
  tussenToken: string;
  gebruikersnaam: string;
  onAntwoord: (antwoord: LoginAntwoord) => void;
  /** The step took too long or the code was used already: start again, with the API's message. */
  onVerlopen: (melding: string) => void;
}

/** After a one-time code from the beheerder: the medewerker chooses their own password, then logging in goes on. */
export function NieuwWachtwoordStap({ tussenToken, gebruikersnaam, onAntwoord, onVerlopen }: NieuwWachtwoordStapProps) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: { nieuwWachtwoord: '', herhaalWachtwoord: '' } });
  const opslaan = useMutation({
    mutationFn: (invoer: Invoer) => loginNieuwWachtwoord(tussenToken, invoer.nieuwWachtwoord),
    meta: EIGEN_SESSIEFOUTEN,
    onSuccess: onAntwoord,
    onError: (e) => {
      if (e instanceof ApiFout && e.code === 'TUSSENSTAP_VERLOPEN') return onVerlopen(e.message);
      setFout(toonApiFouten(e, setError, ['nieuwWachtwoord']));
    },
  });

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        opslaan.mutate(invoer);
      })}
    >
      <Paragraph>
        <strong>Kies je eigen wachtwoord.</strong> Je bent ingelogd met een eenmalige code. Die werkt daarna niet meer.
      </Paragraph>
      {/* For password managers: the account this new password belongs to. */}
      <input type="hidden" autoComplete="username" value={gebruikersnaam} readOnly />
      {fout && <Melding soort="error">{fout}</Melding>}
      <Veld
        label="Nieuw wachtwoord"
        beschrijving={`Minstens ${WACHTWOORD_MIN_LENGTE} tekens, geen veelgebruikt wachtwoord en niet je gebruikersnaam. Een zin van een paar woorden is makkelijk te onthouden.`}
        fout={errors.nieuwWachtwoord?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="password"
            autoComplete="new-password"
            autoFocus
            data-autofocus=""
            {...register('nieuwWachtwoord', {
              required: 'Vul een nieuw wachtwoord in.',
              minLength: {
                value: WACHTWOORD_MIN_LENGTE,
                message: `Kies een wachtwoord van minstens ${WACHTWOORD_MIN_LENGTE} tekens.`,
              },
            })}
          />
        )}
      </Veld>
      <Veld label="Herhaal nieuw wachtwoord" fout={errors.herhaalWachtwoord?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="password"
            autoComplete="new-password"
            {...register('herhaalWachtwoord', {
              required: 'Vul het nieuwe wachtwoord nog een keer in.',
              validate: (herhaal, { nieuwWachtwoord }) =>
                herhaal === nieuwWachtwoord || 'De twee nieuwe wachtwoorden zijn niet gelijk.',
            })}
          />
        )}
      </Veld>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending} disabled={opslaan.isPending}>
          {opslaan.isPending ? 'Bezig met opslaan…' : 'Wachtwoord opslaan en verder'}
        </Button>
      </div>
    </form>
  );
}
