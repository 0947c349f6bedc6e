import {
  Button,
  Checkbox,
  Heading1,
  Heading2,
  Knoppenrij,
  Melding,
  Paragraph,
  Statusregel,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { anonimiseer, bewaartermijnKeys, bewaartermijnQuery, slaBewaartermijnOp, type Bewaartermijn } from './api';
import { jaren, klanten } from './aantallen';
import { AnonimiserenDialoog } from './AnonimiserenDialoog';

/** How long the personal data of a client stays after uitstroom, and removing it when that time is up. */
export function BewaartermijnPagina() {
  const bewaartermijn = useQuery(bewaartermijnQuery());
  return (
    <>
      <Heading1>Bewaartermijn</Heading1>
      <Paragraph>
        Als een klant is uitgestroomd, bewaren we het dossier nog een tijd. Is die tijd voorbij? Dan halen we de
        persoonsgegevens van de klant weg, zoals naam, BSN en adres. Dat heet anonimiseren. Dit kan niet ongedaan worden
        gemaakt.
      </Paragraph>
      <Paragraph>De cijfers in de rapportages blijven kloppen. De klant telt nog mee, alleen zonder naam.</Paragraph>
      <Paragraph className="kib-zacht">
        De standaard is 10 jaar na uitstroom. Dat staat in de Selectielijst gemeenten.
      </Paragraph>
      {bewaartermijn.isPending && <Paragraph role="status">Bewaartermijn laden…</Paragraph>}
      {bewaartermijn.isError && <Melding soort="error">{bewaartermijn.error.message}</Melding>}
      {bewaartermijn.data && (
        <>
          <BewaartermijnFormulier opgeslagen={bewaartermijn.data} />
          <Anonimiseren opgeslagen={bewaartermijn.data} />
        </>
      )}
    </>
  );
}

type Invoer = Pick<Bewaartermijn, 'jarenNaUitstroom' | 'automatisch'>;

function BewaartermijnFormulier({ opgeslagen }: { opgeslagen: Bewaartermijn }) {
  const queryClient = useQueryClient();
  const automatischUitleg = useId();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: { jarenNaUitstroom: opgeslagen.jarenNaUitstroom, automatisch: opgeslagen.automatisch },
  });
  const opslaan = useMutation({
    mutationFn: slaBewaartermijnOp,
    onMutate: () => setMelding(undefined),
    onSuccess: async (nieuw) => {
      reset({ jarenNaUitstroom: nieuw.jarenNaUitstroom, automatisch: nieuw.automatisch });
      setMelding({
        soort: 'ok',
        tekst: `Opgeslagen. De bewaartermijn is nu ${jaren(nieuw.jarenNaUitstroom)} na uitstroom.`,
      });
      await queryClient.invalidateQueries({ queryKey: bewaartermijnKeys.alle });
    },
    onError: (e) =>
      setMelding({ soort: 'error', tekst: toonApiFouten(e, setError, ['jarenNaUitstroom', 'automatisch']) }),
  });

  return (
    <section className="kib-paneel" aria-labelledby="termijn-kop">
      <Heading2 id="termijn-kop">Instelling</Heading2>
      <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))}>
        {melding?.soort === 'error' && <Melding soort="error">{melding.tekst}</Melding>}
        <Veld
          label="Jaren na uitstroom"
          beschrijving="Een heel aantal jaren, van 1 tot en met 30."
          fout={errors.jarenNaUitstroom?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              type="number"
              inputMode="numeric"
              min={1}
              max={30}
              step={1}
              {...register('jarenNaUitstroom', {
                valueAsNumber: true,
                validate: (n) =>
                  (Number.isInteger(n) && n >= 1 && n <= 30) || 'Vul een heel aantal jaren in, van 1 tot en met 30.',
              })}
            />
          )}
        </Veld>
        <div>
          <label className="kib-keuze">
            <Checkbox aria-describedby={automatischUitleg} {...register('automatisch')} /> Automatisch anonimiseren
          </label>
          <Paragraph id={automatischUitleg} className="kib-zacht">
            Klant in Beeld haalt de gegevens dan zelf weg als de bewaartermijn voorbij is. Zet je dit uit? Dan doe je
            het hieronder zelf.
          </Paragraph>
          {errors.automatisch?.message && <p className="kib-veld__fout">{errors.automatisch.message}</p>}
        </div>
        <div>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met opslaan…' : 'Bewaartermijn opslaan'}
          </Button>
        </div>
        <Statusregel>{melding?.soort === 'ok' ? melding.tekst : undefined}</Statusregel>
      </form>
    </section>
  );
}

function Anonimiseren({ opgeslagen }: { opgeslagen: Bewaartermijn }) {
  const [dialoogOpen, setDialoogOpen] = useState(false);
  const [uitkomst, setUitkomst] = useState<string>();
  const proefrun = useMutation({
    mutationFn: () => anonimiseer(true),
    onMutate: () => setUitkomst(undefined),
    onSuccess: ({ aantal }) =>
      setUitkomst(
        aantal === 0
          ? `Er zijn geen klanten langer dan ${jaren(opgeslagen.jarenNaUitstroom)} geleden uitgestroomd.`
          : `Er ${aantal === 1 ? 'is' : 'zijn'} ${klanten(aantal)} langer dan ${jaren(opgeslagen.jarenNaUitstroom)} geleden uitgestroomd.`,
      ),
  });

  return (
    <section className="kib-paneel" aria-labelledby="anonimiseren-kop">
      <Heading2 id="anonimiseren-kop">Anonimiseren</Heading2>
      <Paragraph>
        Met een proefrun tel je hoeveel klanten het zijn. Er verandert dan nog niets. Beide knoppen gaan uit van de
        opgeslagen bewaartermijn: {jaren(opgeslagen.jarenNaUitstroom)}.
      </Paragraph>
      {proefrun.isError && <Melding soort="error">{proefrun.error.message}</Melding>}
      <Knoppenrij>
        <Button
          appearance="secondary-action-button"
          onClick={() => proefrun.mutate()}
          busy={proefrun.isPending}
          disabled={proefrun.isPending}
        >
          {proefrun.isPending ? 'Bezig met tellen…' : 'Proefrun'}
        </Button>
        <Button appearance="primary-action-button" onClick={() => setDialoogOpen(true)}>
          Nu anonimiseren
        </Button>
      </Knoppenrij>
      <Statusregel soort="info">{uitkomst}</Statusregel>
      <AnonimiserenDialoog
        open={dialoogOpen}
        onSluiten={() => setDialoogOpen(false)}
        onKlaar={(aantal) => {
          setDialoogOpen(false);
          setUitkomst(
            aantal === 0
              ? 'Klaar. Er waren geen klanten om te anonimiseren.'
              : `Klaar. De persoonsgegevens van ${klanten(aantal)} zijn weggehaald.`,
          );
        }}
      />
    </section>
  );
}
