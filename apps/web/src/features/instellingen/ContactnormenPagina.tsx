import { controleerNorm, DIENSTVERLENINGSCATEGORIE_LABELS } from '@klant-in-beeld/domain';
import { Button, Heading1, Melding, Paragraph, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { useMedewerker } from '../../app/useMedewerker';
import { contactnormenQuery, slaContactnormenOp, type Contactnormen, type Norm } from './api';

type NormPad = 'vrijgesteld' | `normen.${number}`;
type Veldnaam = FieldPath<Contactnormen>;

/** "moet kleiner zijn" → "Moet kleiner zijn." (the domain's messages, as the API would phrase them). */
const zin = (melding: string) => `${melding.charAt(0).toUpperCase()}${melding.slice(1)}.`;

/** Client-side check of one field of a norm with the same rule the API applies (libs/domain). */
function controleer(norm: Norm, pad: NormPad, veld: keyof Norm): true | string {
  const fout = controleerNorm(norm, pad).find((f) => f.veld === `${pad}.${veld}`);
  return fout ? zin(fout.melding) : true;
}

/** A whole number of days within [1, max]. */
const heleDagenTot = (max: number) => (waarde: number) =>
  (Number.isInteger(waarde) && waarde >= 1 && waarde <= max) ||
  `Vul een heel aantal dagen in, van 1 tot en met ${max}.`;

/** The beheerder sets the contact norms per dienstverleningscategorie; others may read them. */
export function ContactnormenPagina() {
  const normen = useQuery(contactnormenQuery());
  return (
    <>
      <Heading1>Contactnormen</Heading1>
      <Paragraph className="kib-zacht">
        Een klant is <strong>in beeld</strong> als er binnen het maximum aantal dagen een gesprek is geweest. In de
        laatste dagen daarvan, de waarschuwingstermijn, is de klant <strong>bijna uit beeld</strong> en staat hij in de
        werkvoorraad van de klantmanager. Alleen een gesprek dat heeft plaatsgevonden telt.
      </Paragraph>
      {normen.isPending && <Paragraph role="status">Contactnormen laden…</Paragraph>}
      {normen.isError && <Melding soort="error">{normen.error.message}</Melding>}
      {normen.data && <NormenFormulier opgeslagen={normen.data} />}
    </>
  );
}

function NormenFormulier({ opgeslagen }: { opgeslagen: Contactnormen }) {
  const { rol } = useMedewerker();
  const magWijzigen = rol === 'beheerder';
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors },
  } = useForm<Contactnormen>({ defaultValues: opgeslagen });

  const velden: Veldnaam[] = [
    ...opgeslagen.normen.flatMap((_, i) => [`normen.${i}.maxDagen`, `normen.${i}.waarschuwingDagen`] as const),
    'vrijgesteld.maxDagen',
    'vrijgesteld.waarschuwingDagen',
    'intakeDagen',
    'maxDuurInformeleVrijstellingDagen',
  ];

  const opslaan = useMutation({
    mutationFn: slaContactnormenOp,
    onMutate: () => setMelding(undefined),
    onSuccess: async (nieuw) => {
      reset(nieuw);
      setMelding({ soort: 'ok', tekst: 'Contactnormen opgeslagen; ze gelden meteen voor alle klanten.' });
      // In-beeld status, worklists and team figures all follow from the norms.
      await Promise.all(
        [['instellingen'], ['klanten'], ['werkvoorraad'], ['teams'], ['rapportages']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
    onError: (fout) => setMelding({ soort: 'error', tekst: toonApiFouten(fout, setError, velden) }),
  });

  // A fieldset with the two numbers of one norm, and what they mean in plain words.
  const normVelden = (
    pad: NormPad,
    titel: string,
    fout: { maxDagen?: { message?: string }; waarschuwingDagen?: { message?: string } } | undefined,
  ) => {
    const huidig = watch(pad) as Norm;
    const geldig = controleerNorm(huidig, pad).length === 0;
    return (
      <fieldset key={pad} className="kib-normgroep">
        <legend>{titel}</legend>
        <div className="kib-normgroep__velden">
          <Veld label="Maximaal aantal dagen tussen gesprekken" fout={fout?.maxDagen?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                disabled={!magWijzigen}
                {...register(`${pad}.maxDagen`, {
                  valueAsNumber: true,
                  validate: (_, waarden) => controleer(normOp(waarden, pad), pad, 'maxDagen'),
                  deps: [`${pad}.waarschuwingDagen`],
                })}
              />
            )}
          </Veld>
          <Veld label="Waarschuwingstermijn in dagen" fout={fout?.waarschuwingDagen?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                disabled={!magWijzigen}
                {...register(`${pad}.waarschuwingDagen`, {
                  valueAsNumber: true,
                  validate: (_, waarden) => controleer(normOp(waarden, pad), pad, 'waarschuwingDagen'),
                })}
              />
            )}
          </Veld>
        </div>
        {geldig && (
          <Paragraph className="kib-zacht">
            {huidig.waarschuwingDagen > 0
              ? `Tot en met ${huidig.maxDagen - huidig.waarschuwingDagen} dagen na het laatste gesprek in beeld, daarna bijna uit beeld, na ${huidig.maxDagen} dagen uit beeld.`
              : `Tot en met ${huidig.maxDagen} dagen na het laatste gesprek in beeld, daarna uit beeld.`}
          </Paragraph>
        )}
      </fieldset>
    );
  };

  return (
    <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))}>
      {!magWijzigen && (
        <Melding>Alleen de functioneel beheerder kan de contactnormen wijzigen. Je ziet hier wat nu geldt.</Melding>
      )}
      {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}

      {opgeslagen.normen.map((n, i) =>
        normVelden(
          `normen.${i}`,
          (DIENSTVERLENINGSCATEGORIE_LABELS as Record<string, string>)[n.dienstverleningscategorie] ??
            n.dienstverleningscategorie,
          errors.normen?.[i],
        ),
      )}
      {normVelden('vrijgesteld', 'Klanten met een vrijstelling (welke categorie ook)', errors.vrijgesteld)}

      <fieldset className="kib-normgroep">
        <legend>Nieuwe klanten en informele vrijstellingen</legend>
        <div className="kib-normgroep__velden">
          <Veld
            label="Intakegesprek binnen (dagen)"
            beschrijving="Gerekend vanaf de startdatum van de uitkering."
            fout={errors.intakeDagen?.message}
          >
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                step={1}
                disabled={!magWijzigen}
                {...register('intakeDagen', { valueAsNumber: true, validate: heleDagenTot(365) })}
              />
            )}
          </Veld>
          <Veld
            label="Maximale duur informele vrijstelling (dagen)"
            beschrijving="Een vrijstelling zonder beschikking eindigt uiterlijk na zoveel dagen."
            fout={errors.maxDuurInformeleVrijstellingDagen?.message}
          >
            {(invoer) => (
              <Textbox
                {...invoer}
                type="number"
                inputMode="numeric"
                min={1}
                max={730}
                step={1}
                disabled={!magWijzigen}
                {...register('maxDuurInformeleVrijstellingDagen', { valueAsNumber: true, validate: heleDagenTot(730) })}
              />
            )}
          </Veld>
        </div>
      </fieldset>

      {magWijzigen && (
        <div>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met opslaan…' : 'Contactnormen opslaan'}
          </Button>
        </div>
      )}
    </form>
  );
}

/** The norm at `pad` in the form values. */
function normOp(waarden: Contactnormen, pad: NormPad): Norm {
  return pad === 'vrijgesteld' ? waarden.vrijgesteld : waarden.normen[Number(pad.slice('normen.'.length))];
}
