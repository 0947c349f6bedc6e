import { WACHTWOORD_MIN_LENGTE } from '@klant-in-beeld/domain';
import { Button, Heading2, Knoppenrij, Melding, Statusregel, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { account } from './api';

interface Invoer {
  huidigWachtwoord: string;
  nieuwWachtwoord: string;
  herhaalWachtwoord: string;
}

const VELDEN = ['huidigWachtwoord', 'nieuwWachtwoord'] as const;

/** Change the password; the API ends the other sessions, so a leaked password stops working everywhere else. */
export function WachtwoordWijzigen() {
  const [fout, setFout] = useState<string>();
  const [gelukt, setGelukt] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: { huidigWachtwoord: '', nieuwWachtwoord: '', herhaalWachtwoord: '' } });
  const wijzigen = useMutation({
    mutationFn: (invoer: Invoer) => account.wachtwoordWijzigen(invoer.huidigWachtwoord, invoer.nieuwWachtwoord),
    onSuccess: () => {
      reset();
      setGelukt(true);
    },
    onError: (e) => setFout(toonApiFouten(e, setError, VELDEN)),
  });

  return (
    <section className="kib-paneel" aria-labelledby="wachtwoord-kop">
      <Heading2 id="wachtwoord-kop">Wachtwoord wijzigen</Heading2>
      <Statusregel>{gelukt ? 'Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd.' : undefined}</Statusregel>
      <form
        className="kib-formulier"
        noValidate
        onSubmit={handleSubmit((invoer) => {
          setFout(undefined);
          setGelukt(false);
          wijzigen.mutate(invoer);
        })}
      >
        {fout && <Melding soort="error">{fout}</Melding>}
        <Veld label="Huidig wachtwoord" fout={errors.huidigWachtwoord?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              type="password"
              autoComplete="current-password"
              {...register('huidigWachtwoord', { required: 'Vul je huidige wachtwoord in.' })}
            />
          )}
        </Veld>
        <Veld
          label="Nieuw wachtwoord"
          beschrijving={`Minstens ${WACHTWOORD_MIN_LENGTE} tekens, en geen veelgebruikt wachtwoord. Een zin van een paar woorden is makkelijk te onthouden.`}
          fout={errors.nieuwWachtwoord?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              type="password"
              autoComplete="new-password"
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
        <Knoppenrij>
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={wijzigen.isPending}
            busy={wijzigen.isPending}
          >
            Wachtwoord wijzigen
          </Button>
        </Knoppenrij>
      </form>
    </section>
  );
}
