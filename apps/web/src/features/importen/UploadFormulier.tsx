import { Button, Heading2, Melding, Select, SelectOption, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { toonApiFouten } from '../../api/formulier';
import { importenKeys, uploadImport, type ImportSoort } from './api';
import { SOORT_LABELS, SOORTEN } from './labels';

interface Invoer {
  soort: ImportSoort;
  bron: string;
  bestand: FileList | null;
}

const BRON_PATROON = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;

/** Choose a file, what it holds and where it comes from; the upload starts the dry run and opens the job. */
export function UploadFormulier() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: { soort: 'klanten', bron: '', bestand: null } });
  const uploaden = useMutation({
    mutationFn: uploadImport,
    onMutate: () => setMelding(undefined),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: importenKeys.lijsten });
      navigate(`/importen/${id}`);
    },
    onError: (e) => setMelding(toonApiFouten(e, setError, ['soort', 'bron', 'bestand'])),
  });

  return (
    <section className="kib-paneel" aria-labelledby="upload-kop">
      <Heading2 id="upload-kop">Bestand importeren</Heading2>
      <form
        className="kib-formulier"
        noValidate
        onSubmit={handleSubmit(({ soort, bron, bestand }) =>
          uploaden.mutate({ soort, bron: bron.trim(), bestand: bestand![0] }),
        )}
      >
        {melding && <Melding soort="error">{melding}</Melding>}
        <Veld label="Wat staat er in het bestand?" fout={errors.soort?.message}>
          {(invoer) => (
            <Select {...invoer} {...register('soort', { required: 'Kies wat er in het bestand staat.' })}>
              {SOORTEN.map((soort) => (
                <SelectOption key={soort} value={soort}>
                  {SOORT_LABELS[soort]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <Veld
          label="Bron"
          beschrijving="Het systeem waar het bestand vandaan komt, bijvoorbeeld suite4sd. Gebruik voor hetzelfde systeem steeds dezelfde naam: dan verandert een bestand dat al geïmporteerd is niets meer."
          fout={errors.bron?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="off"
              {...register('bron', {
                validate: (bron) => {
                  const tekst = bron.trim();
                  if (tekst === '') return 'Vul de bron in.';
                  if (tekst.length > 100) return 'De bron mag hoogstens 100 tekens zijn.';
                  return (
                    BRON_PATROON.test(tekst) ||
                    'De bron mag alleen letters, cijfers, spaties, punt, liggend streepje en underscore bevatten.'
                  );
                },
              })}
            />
          )}
        </Veld>
        <Veld
          label="Bestand"
          beschrijving="CSV (UTF-8, puntkomma of komma) of Excel (.xlsx), met in de eerste rij de kolomnamen. Een overdracht is het JSON-document uit de andere gemeente."
          fout={errors.bestand?.message}
        >
          {({ invalid: _invalid, ...invoer }) => (
            <input
              {...invoer}
              type="file"
              className="utrecht-textbox utrecht-textbox--html-input"
              accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              {...register('bestand', {
                validate: (lijst) => (lijst?.length ?? 0) === 1 || 'Kies een CSV- of Excel-bestand.',
              })}
            />
          )}
        </Veld>
        <div>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={uploaden.isPending}
            disabled={uploaden.isPending}
          >
            {uploaden.isPending ? 'Bezig met uploaden…' : 'Uploaden en controleren'}
          </Button>
        </div>
      </form>
    </section>
  );
}
