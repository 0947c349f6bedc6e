import { Dialoog, FormulierKnoppen, Melding, Textbox, Veld } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { useBeheerMutatie } from './useBeheerMutatie';

/** Renaming a team or a gemeente: one field, the API's message at it. */
export function NaamDialoog({
  titel,
  huidig,
  opslaan,
  onSluiten,
  onKlaar,
}: {
  titel: string;
  /** The current name; undefined closes the dialog. */
  huidig: string | undefined;
  opslaan: (naam: string) => Promise<unknown>;
  onSluiten: () => void;
  onKlaar: (naam: string) => void;
}) {
  return (
    <Dialoog open={huidig !== undefined} titel={titel} onSluiten={onSluiten}>
      {huidig !== undefined && (
        <NaamFormulier huidig={huidig} opslaan={opslaan} onSluiten={onSluiten} onKlaar={onKlaar} />
      )}
    </Dialoog>
  );
}

function NaamFormulier({
  huidig,
  opslaan,
  onSluiten,
  onKlaar,
}: {
  huidig: string;
  opslaan: (naam: string) => Promise<unknown>;
  onSluiten: () => void;
  onKlaar: (naam: string) => void;
}) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ naam: string }>({ defaultValues: { naam: huidig } });
  const wijzigen = useBeheerMutatie({
    mutationFn: (naam: string) => opslaan(naam),
    onSuccess: (_antwoord, naam) => onKlaar(naam),
    onError: (e) => setFout(toonApiFouten(e, setError, ['naam'])),
  });
  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit(({ naam }) => {
        setFout(undefined);
        wijzigen.mutate(naam.trim());
      })}
    >
      {fout && <Melding soort="error">{fout}</Melding>}
      <Veld label="Naam" fout={errors.naam?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            data-autofocus=""
            {...register('naam', {
              required: 'Vul een naam in.',
              validate: (n) => n.trim().length > 0 || 'Vul een naam in.',
            })}
          />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Opslaan" bezig={wijzigen.isPending} onAnnuleren={onSluiten} />
    </form>
  );
}
