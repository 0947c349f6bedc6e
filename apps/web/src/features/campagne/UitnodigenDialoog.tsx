import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { Dialoog, FormulierKnoppen, Melding, Paragraph, Select, SelectOption, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { toonApiFouten } from '../../api/formulier';
import { lokaalNaarIso } from '../../app/weergave';
import { werkvoorraadKeys } from '../werkvoorraad/api';
import { conflictTekst } from './agenda';
import {
  campagneKeys,
  gespreksvoerdersQuery,
  nodigUit,
  type Campagne,
  type Deelnemer,
  type UitnodigingConflict,
} from './api';

/** The place offered for a conversation at the client's home; its kanaal is huisbezoek. */
export const HUISBEZOEK = 'Huisbezoek';

interface Invoer {
  datum: string;
  tijd: string;
  duur: string;
  locatie: string;
  medewerkerId: string;
}

const VELDEN = ['datum', 'tijd', 'duur', 'locatie', 'medewerkerId'] as const;
// The API names the moment as one field; the form shows it as date and time.
const HERNOEM = { datumTijd: 'datum', duurMinuten: 'duur' };

/** Inviting a deelnemer (again after a no-show): date, time, length, place and who holds the gesprek. */
export function UitnodigenDialoog({
  campagne,
  deelnemer,
  locaties,
  kanMedewerkerKiezen,
  onSluiten,
}: {
  campagne: Pick<Campagne, 'id' | 'startdatum' | 'einddatum' | 'maxUitnodigingen'>;
  deelnemer: Deelnemer;
  /** Places used before in this campagne, offered as suggestions. */
  locaties: string[];
  /** An extern cannot list medewerkers: the invitation is theirs or the deelnemer's. */
  kanMedewerkerKiezen: boolean;
  onSluiten: () => void;
}) {
  const titel =
    deelnemer.pogingen > 0 ? `${deelnemer.klantNaam} opnieuw uitnodigen` : `${deelnemer.klantNaam} uitnodigen`;
  return (
    <Dialoog open titel={titel} onSluiten={onSluiten}>
      <Formulier
        campagne={campagne}
        deelnemer={deelnemer}
        locaties={locaties}
        kanMedewerkerKiezen={kanMedewerkerKiezen}
        onSluiten={onSluiten}
      />
    </Dialoog>
  );
}

function Formulier({
  campagne,
  deelnemer,
  locaties,
  kanMedewerkerKiezen,
  onSluiten,
}: {
  campagne: Pick<Campagne, 'id' | 'startdatum' | 'einddatum' | 'maxUitnodigingen'>;
  deelnemer: Deelnemer;
  locaties: string[];
  kanMedewerkerKiezen: boolean;
  onSluiten: () => void;
}) {
  const queryClient = useQueryClient();
  const lijstId = useId();
  const medewerkers = useQuery({ ...gespreksvoerdersQuery(), enabled: kanMedewerkerKiezen });
  const [fout, setFout] = useState<string>();
  const eerste = campagne.startdatum > vandaag() ? campagne.startdatum : plusDagen(vandaag(), 1);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: {
      datum: eerste <= campagne.einddatum ? eerste : '',
      tijd: '10:00',
      duur: '60',
      locatie: '',
      medewerkerId: deelnemer.medewerkerId ?? '',
    },
  });
  const opslaan = useMutation({
    mutationFn: (invoer: Invoer) =>
      nodigUit(campagne.id, deelnemer.klantId, {
        datumTijd: lokaalNaarIso(`${invoer.datum}T${invoer.tijd}`),
        duurMinuten: Number(invoer.duur),
        locatie: invoer.locatie.trim(),
        ...(invoer.medewerkerId ? { medewerkerId: invoer.medewerkerId } : {}),
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: campagneKeys.alle }),
        queryClient.invalidateQueries({ queryKey: ['agenda'] }),
        queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle }),
      ]);
      onSluiten();
    },
    onError: (e) => {
      const conflict = e instanceof ApiFout ? (e.probleem.conflict as UitnodigingConflict | undefined) : undefined;
      if (conflict) {
        // The other appointment in words, next to the time; the API's sentence on top.
        const tekst = conflictTekst(conflict.datumTijd, `${conflict.locatie}, ${conflict.duurMinuten} minuten`);
        setError('tijd', { type: 'server', message: tekst });
        setFout((e as ApiFout).message);
      } else setFout(toonApiFouten<Invoer>(e, setError, VELDEN, HERNOEM));
    },
  });
  const medewerkerOpties = medewerkers.data ?? [];
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
      {deelnemer.pogingen > 0 && (
        <Paragraph>{`Dit wordt uitnodiging ${deelnemer.pogingen + 1} (maximum ${campagne.maxUitnodigingen}).`}</Paragraph>
      )}
      <div className="kib-normgroep__velden">
        <Veld label="Datum" fout={errors.datum?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              type="date"
              data-autofocus
              min={vandaag() > campagne.startdatum ? vandaag() : campagne.startdatum}
              max={campagne.einddatum}
              {...register('datum', {
                required: 'Vul de datum in.',
                validate: (d) =>
                  (d >= campagne.startdatum && d <= campagne.einddatum) ||
                  'De datum moet binnen de looptijd van de campagne liggen.',
              })}
            />
          )}
        </Veld>
        <Veld label="Tijd" fout={errors.tijd?.message}>
          {(invoer) => (
            <Textbox {...invoer} type="time" step={300} {...register('tijd', { required: 'Vul de tijd in.' })} />
          )}
        </Veld>
        <Veld label="Duur in minuten" fout={errors.duur?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              type="number"
              inputMode="numeric"
              min={15}
              max={240}
              step={15}
              {...register('duur', {
                required: 'Vul de duur in.',
                validate: (d) =>
                  (Number.isInteger(Number(d)) && Number(d) >= 15 && Number(d) <= 240) ||
                  'De duur is 15 tot en met 240 minuten.',
              })}
            />
          )}
        </Veld>
      </div>
      <Veld
        label="Locatie"
        beschrijving={`Kies "${HUISBEZOEK}" voor een gesprek bij de klant thuis.`}
        fout={errors.locatie?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            list={lijstId}
            autoComplete="off"
            {...register('locatie', {
              validate: (l) => l.trim() !== '' || 'Vul de locatie in.',
              maxLength: { value: 300, message: 'Hoogstens 300 tekens.' },
            })}
          />
        )}
      </Veld>
      <datalist id={lijstId}>
        {[...new Set([...locaties, HUISBEZOEK])].map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      {kanMedewerkerKiezen && medewerkerOpties.length > 0 && (
        <Veld label="Wie voert het gesprek" fout={errors.medewerkerId?.message}>
          {(invoer) => (
            <Select {...invoer} {...register('medewerkerId')}>
              {!deelnemer.medewerkerId && <SelectOption value="">Ikzelf</SelectOption>}
              {medewerkerOpties.map((m) => (
                <SelectOption key={m.id} value={m.id}>
                  {m.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      )}
      <FormulierKnoppen opslaan="Uitnodiging versturen" bezig={opslaan.isPending} onAnnuleren={onSluiten} />
    </form>
  );
}
