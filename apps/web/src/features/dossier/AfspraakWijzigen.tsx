import { AFSPRAAK_STATUS_LABELS, plusDagen, vandaag, type AfspraakSoort } from '@klant-in-beeld/domain';
import {
  Button,
  Dialoog,
  FormulierKnoppen,
  Knoppenrij,
  Melding,
  Paragraph,
  Textarea,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { datumKort } from '../../app/weergave';
import { planQuery } from '../gesprek/api';
import type { Afspraak } from '../klanten/api';
import { DoelKeuze } from './DoelKeuze';
import { SoortKeuze, useAangebodenSoorten } from './SoortKeuze';
import { wijzigAfspraak, type AfspraakWijziging } from './acties-api';
import { conflictMelding, useMagDossierWijzigen, useNieuweVersie, useVersieConflict } from './useDossierActie';
import { useDossierMutatie } from './useDossierMutatie';

interface Invoer {
  soort: AfspraakSoort;
  omschrijving: string;
  startdatum: string;
  einddatum: string;
  /** '' for no doel. */
  doelId: string;
}

const LABELS: Record<keyof Invoer, string> = {
  soort: 'Soort afspraak',
  omschrijving: 'Wat is afgesproken',
  startdatum: 'Startdatum',
  einddatum: 'Einddatum',
  doelId: 'Hoort bij doel',
};
const VELDEN = Object.keys(LABELS);

type Modus = 'wijzigen' | 'verlengen';
const TITELS: Record<Modus, string> = { wijzigen: 'Afspraak wijzigen', verlengen: 'Afspraak verlengen' };

const waardenVan = (a: Afspraak): Invoer => ({
  soort: a.soort,
  omschrijving: a.omschrijving,
  startdatum: a.startdatum,
  einddatum: a.einddatum,
  doelId: a.doelId ?? '',
});

/** "Wijzigen" and "Verlengen" for a running afspraak; rendered per afspraak in the dossier, like AfspraakAfronden. */
export function AfspraakWijzigen({
  klantId,
  categorie,
  afspraak,
}: {
  klantId: string;
  /** The client's dienstverleningscategorie (code): its soorten are the ones offered. */
  categorie: string;
  afspraak: Afspraak;
}) {
  const [modus, setModus] = useState<Modus | null>(null);
  const mag = useMagDossierWijzigen();
  if (!mag) return null;
  return (
    <>
      {afspraak.status === 'lopend' && (
        <Knoppenrij>
          <Button
            appearance="subtle-button"
            onClick={() => setModus('verlengen')}
            aria-label={`Verlengen: ${afspraak.omschrijving}`}
          >
            Verlengen
          </Button>
          <Button
            appearance="subtle-button"
            onClick={() => setModus('wijzigen')}
            aria-label={`Wijzigen: ${afspraak.omschrijving}`}
          >
            Wijzigen
          </Button>
        </Knoppenrij>
      )}
      <Dialoog open={modus !== null} titel={modus ? TITELS[modus] : ''} onSluiten={() => setModus(null)}>
        {modus && (
          <AfspraakWijzigFormulier
            klantId={klantId}
            categorie={categorie}
            afspraak={afspraak}
            modus={modus}
            onKlaar={() => setModus(null)}
          />
        )}
      </Dialoog>
    </>
  );
}

interface FormulierProps {
  klantId: string;
  /** The client's dienstverleningscategorie (code). */
  categorie: string;
  afspraak: Afspraak;
  modus: Modus;
  onKlaar: () => void;
}

/**
 * Change what was agreed, or only extend it: verlengen is a later einddatum, the afspraak then comes back in the
 * werkvoorraad on the new date. Only the fields that differ from the version read are sent. The soorten offered are
 * those of the client's category, as in the new-afspraak form, plus the afspraak's own soort.
 */
export function AfspraakWijzigFormulier({ categorie, ...props }: FormulierProps) {
  const soorten = useAangebodenSoorten(categorie, props.afspraak.soort);
  // Verlengen shows no soort, so it need not wait for the categories.
  if (props.modus === 'wijzigen' && soorten.laden) return <Paragraph role="status">Formulier laden…</Paragraph>;
  return <WijzigFormulier {...props} aangeboden={soorten.aangeboden} buitenCategorie={soorten.buitenCategorie} />;
}

function WijzigFormulier({
  klantId,
  afspraak,
  modus,
  onKlaar,
  aangeboden,
  buitenCategorie,
}: Omit<FormulierProps, 'categorie'> & { aangeboden: AfspraakSoort[]; buitenCategorie: boolean }) {
  const [fout, setFout] = useState<string>();
  // The doelen as the dossier has them loaded: changing an afspraak asks nothing extra.
  const plan = useQuery({ ...planQuery(klantId), enabled: false });
  const { conflict, wisConflict, vangConflict } = useVersieConflict(klantId);
  const gelezen = waardenVan(afspraak);
  const verlengen = modus === 'verlengen';
  // Verlengen proposes four weeks more, counted from today when the einddatum has already passed.
  const voorstel = verlengen
    ? { ...gelezen, einddatum: plusDagen(afspraak.einddatum > vandaag() ? afspraak.einddatum : vandaag(), 28) }
    : gelezen;
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: voorstel });
  const gewijzigd = useNieuweVersie(reset, afspraak.versie, voorstel, LABELS);
  const opslaan = useDossierMutatie(
    klantId,
    (wijziging: AfspraakWijziging) => wijzigAfspraak(afspraak.id, wijziging, afspraak.versie),
    {
      onSuccess: onKlaar,
      onError: (e) => {
        if (!vangConflict(e)) setFout(toonApiFouten(e, setError, verlengen ? ['einddatum'] : VELDEN));
      },
    },
  );

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        wisConflict();
        const nieuw: Invoer = { ...invoer, omschrijving: invoer.omschrijving.trim() };
        const wijziging: AfspraakWijziging = {};
        for (const veld of verlengen ? (['einddatum'] as const) : (Object.keys(LABELS) as (keyof Invoer)[])) {
          // No doel is null in the API.
          if (nieuw[veld] !== gelezen[veld])
            Object.assign(wijziging, { [veld]: veld === 'doelId' ? nieuw.doelId || null : nieuw[veld] });
        }
        if (Object.keys(wijziging).length === 0) onKlaar();
        else opslaan.mutate(wijziging);
      })}
    >
      {conflict && <Melding soort="warning">{conflictMelding(gewijzigd)}</Melding>}
      {afspraak.status !== 'lopend' && !opslaan.isPending && (
        <Melding soort="warning">{`Deze afspraak is intussen afgerond: ${AFSPRAAK_STATUS_LABELS[afspraak.status].toLowerCase()}.`}</Melding>
      )}
      {fout && <Melding soort="error">{fout}</Melding>}
      {verlengen ? (
        <Paragraph>
          {afspraak.omschrijving}
          <br />
          <span className="kib-zacht">
            {datumKort(afspraak.startdatum)} t/m {datumKort(afspraak.einddatum)}
          </span>
        </Paragraph>
      ) : (
        <>
          <SoortKeuze
            aangeboden={aangeboden}
            buitenCategorie={buitenCategorie}
            fout={errors.soort?.message}
            registratie={register('soort')}
          />
          <Veld label="Wat is afgesproken" fout={errors.omschrijving?.message}>
            {(invoer) => (
              <Textarea
                {...invoer}
                rows={3}
                {...register('omschrijving', {
                  validate: (o) => o.trim().length > 0 || 'Beschrijf de afspraak.',
                  maxLength: { value: 2000, message: 'Hoogstens 2000 tekens.' },
                })}
              />
            )}
          </Veld>
          <Veld label="Startdatum" fout={errors.startdatum?.message}>
            {(invoer) => (
              <Textbox {...invoer} type="date" {...register('startdatum', { required: 'Vul de startdatum in.' })} />
            )}
          </Veld>
          <DoelKeuze
            doelen={plan.data?.doelen ?? []}
            huidig={afspraak.doelId}
            fout={errors.doelId?.message}
            registratie={register('doelId')}
          />
        </>
      )}
      <Veld
        label={verlengen ? 'Nieuwe einddatum' : 'Einddatum'}
        beschrijving={
          verlengen
            ? `Na de huidige einddatum (${datumKort(afspraak.einddatum)}). Op de nieuwe datum komt de afspraak terug in je werkvoorraad als hij nog loopt.`
            : 'Verplicht: op deze datum komt de afspraak terug in je werkvoorraad als hij nog loopt.'
        }
        fout={errors.einddatum?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            {...register('einddatum', {
              required: 'Vul de einddatum in.',
              validate: (eind) => {
                if (verlengen && eind <= afspraak.einddatum)
                  return `Verlengen kan alleen tot na de huidige einddatum (${datumKort(afspraak.einddatum)}).`;
                if (eind < getValues('startdatum')) return 'De einddatum mag niet voor de startdatum liggen.';
                return true;
              },
            })}
          />
        )}
      </Veld>
      <FormulierKnoppen
        opslaan={verlengen ? 'Afspraak verlengen' : 'Wijziging opslaan'}
        bezig={opslaan.isPending}
        onAnnuleren={onKlaar}
      />
    </form>
  );
}
