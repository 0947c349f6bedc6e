import {
  plusDagen,
  vandaag,
  VRIJSTELLING_OMVANG,
  VRIJSTELLING_OMVANG_LABELS,
  VRIJSTELLING_REDEN_LABELS,
  VRIJSTELLING_REDENEN,
  VRIJSTELLING_SOORT_LABELS,
  VRIJSTELLING_SOORTEN,
  type VrijstellingOmvang,
  type VrijstellingReden,
  type VrijstellingSoort,
} from '@klant-in-beeld/domain';
import { Checkbox, FormulierKnoppen, Melding, Opties, Select, Textarea, Textbox, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { contactnormenQuery } from '../instellingen/api';
import { registreer } from '../klanten/api';
import { useDossierMutatie } from './useDossierMutatie';

interface Invoer {
  soort: VrijstellingSoort;
  omvang: VrijstellingOmvang[];
  reden: VrijstellingReden;
  ingangsdatum: string;
  einddatum: string;
  herbeoordelingsdatum: string;
  beschikkingKenmerk: string;
  beschikkingDatum: string;
  toelichting: string;
}

const VELDEN = [
  'soort',
  'omvang',
  'reden',
  'ingangsdatum',
  'einddatum',
  'herbeoordelingsdatum',
  'beschikkingKenmerk',
  'beschikkingDatum',
  'toelichting',
] as const;

/**
 * The form follows the rules: a formal exemption asks for the beschikking, an informal one for an einddatum
 * within the organisatie's maximum; every exemption has a herbeoordelingsdatum.
 */
export function VrijstellingFormulier({ klantId, onKlaar }: { klantId: string; onKlaar: () => void }) {
  const [fout, setFout] = useState<string>();
  const normen = useQuery(contactnormenQuery());
  const maxDagen = normen.data?.maxDuurInformeleVrijstellingDagen ?? 183;
  const {
    register,
    handleSubmit,
    watch,
    getValues,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: {
      soort: 'informeel',
      omvang: ['arbeidsverplichtingen'],
      reden: 'medisch_tijdelijk',
      ingangsdatum: vandaag(),
      einddatum: plusDagen(vandaag(), 90),
      herbeoordelingsdatum: plusDagen(vandaag(), 76),
      beschikkingKenmerk: '',
      beschikkingDatum: '',
      toelichting: '',
    },
  });
  const soort = watch('soort');
  const ingangsdatum = watch('ingangsdatum');
  const opslaan = useDossierMutatie(
    klantId,
    (invoer: Invoer) =>
      registreer.vrijstelling(klantId, {
        soort: invoer.soort,
        omvang: invoer.omvang,
        reden: invoer.reden,
        ingangsdatum: invoer.ingangsdatum,
        einddatum: invoer.einddatum || null,
        herbeoordelingsdatum: invoer.herbeoordelingsdatum,
        beschikkingKenmerk: invoer.soort === 'formeel' ? invoer.beschikkingKenmerk.trim() || null : null,
        beschikkingDatum: invoer.soort === 'formeel' ? invoer.beschikkingDatum || null : null,
        toelichting: invoer.toelichting.trim() || null,
      }),
    { onSuccess: onKlaar, onError: (e) => setFout(toonApiFouten(e, setError, VELDEN)) },
  );
  const uiterlijk = ingangsdatum ? plusDagen(ingangsdatum, maxDagen) : undefined;

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        opslaan.mutate(invoer);
      })}
    >
      {fout && <Melding soort="error">{fout}</Melding>}
      <Veld label="Soort" fout={errors.soort?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('soort')}>
            <Opties codes={VRIJSTELLING_SOORTEN} labels={VRIJSTELLING_SOORT_LABELS} />
          </Select>
        )}
      </Veld>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Vrijgesteld van</legend>
        {errors.omvang && <p className="kib-veld__fout">{errors.omvang.message}</p>}
        {VRIJSTELLING_OMVANG.map((o) => (
          <label key={o} className="kib-keuze">
            <Checkbox
              value={o}
              {...register('omvang', { validate: (lijst) => lijst.length > 0 || 'Kies minstens één verplichting.' })}
            />{' '}
            {VRIJSTELLING_OMVANG_LABELS[o]}
          </label>
        ))}
      </fieldset>
      <Veld label="Reden" fout={errors.reden?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('reden')}>
            <Opties codes={VRIJSTELLING_REDENEN} labels={VRIJSTELLING_REDEN_LABELS} />
          </Select>
        )}
      </Veld>
      <Veld label="Ingangsdatum" fout={errors.ingangsdatum?.message}>
        {(invoer) => (
          <Textbox {...invoer} type="date" {...register('ingangsdatum', { required: 'Vul de ingangsdatum in.' })} />
        )}
      </Veld>
      {soort === 'formeel' && (
        <>
          <Veld label="Kenmerk beschikking" fout={errors.beschikkingKenmerk?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                {...register('beschikkingKenmerk', {
                  validate: (k) =>
                    getValues('soort') !== 'formeel' || k.trim().length > 0 || 'Vul het kenmerk van de beschikking in.',
                })}
              />
            )}
          </Veld>
          <Veld label="Datum beschikking" fout={errors.beschikkingDatum?.message}>
            {(invoer) => (
              <Textbox
                {...invoer}
                type="date"
                {...register('beschikkingDatum', {
                  validate: (d) => getValues('soort') !== 'formeel' || !!d || 'Vul de datum van de beschikking in.',
                })}
              />
            )}
          </Veld>
        </>
      )}
      <Veld
        label="Einddatum"
        verplicht={soort === 'informeel'}
        beschrijving={
          soort === 'informeel'
            ? `Verplicht bij een informele vrijstelling; uiterlijk ${maxDagen} dagen na de ingangsdatum.`
            : 'Leeg laten als de beschikking geen einddatum heeft.'
        }
        fout={errors.einddatum?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            max={soort === 'informeel' ? uiterlijk : undefined}
            {...register('einddatum', {
              validate: (eind) => {
                if (getValues('soort') === 'informeel' && !eind)
                  return 'Een informele vrijstelling heeft altijd een einddatum.';
                if (eind && eind < getValues('ingangsdatum'))
                  return 'De einddatum mag niet voor de ingangsdatum liggen.';
                if (eind && getValues('soort') === 'informeel' && uiterlijk && eind > uiterlijk)
                  return `Uiterlijk ${maxDagen} dagen na de ingangsdatum.`;
                return true;
              },
            })}
          />
        )}
      </Veld>
      <Veld
        label="Herbeoordelingsdatum"
        beschrijving="Altijd verplicht: op deze datum komt de vrijstelling terug in de werkvoorraad."
        fout={errors.herbeoordelingsdatum?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            {...register('herbeoordelingsdatum', {
              required: 'Vul de herbeoordelingsdatum in.',
              validate: (d) =>
                d >= getValues('ingangsdatum') || 'De herbeoordelingsdatum mag niet voor de ingangsdatum liggen.',
            })}
          />
        )}
      </Veld>
      <Veld label="Toelichting" verplicht={false} fout={errors.toelichting?.message}>
        {(invoer) => (
          <Textarea
            {...invoer}
            rows={3}
            {...register('toelichting', { maxLength: { value: 5000, message: 'Hoogstens 5000 tekens.' } })}
          />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Vrijstelling opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
