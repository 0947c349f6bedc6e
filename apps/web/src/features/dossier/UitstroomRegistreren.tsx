import {
  dagenTussen,
  UITSTROOMREDEN_LABELS,
  UITSTROOMREDENEN,
  vandaag,
  type Uitstroomreden,
} from '@klant-in-beeld/domain';
import { Button, Dialoog, Knoppenrij, Melding, Opties, Paragraph, Select, Textbox, Veld } from '@klant-in-beeld/ui';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { datumKort } from '../../app/weergave';
import type { Klant } from '../klanten/api';
import { registreerUitstroom } from './acties-api';
import { conflictMelding, useMagDossierWijzigen, useVersieConflict } from './useDossierActie';
import { useDossierMutatie } from './useDossierMutatie';

interface Invoer {
  uitstroomdatum: string;
  uitstroomreden: Uitstroomreden | '';
}

const VELDEN = ['uitstroomdatum', 'uitstroomreden'] as const;

/** "Uitstroom registreren", offered while the client is actief. */
/** `klant` is undefined while the dossier loads: the button then holds its place, disabled. */
export function UitstroomRegistreren({ klant }: { klant: Klant | undefined }) {
  const [open, setOpen] = useState(false);
  const mag = useMagDossierWijzigen();
  if (!mag) return null;
  return (
    <>
      {klant?.status !== 'uitgestroomd' && (
        <Button appearance="secondary-action-button" disabled={!klant} onClick={() => setOpen(true)}>
          Uitstroom registreren
        </Button>
      )}
      {/* Stays mounted when the fresh version after a 409 shows the client already left, so that can be said. */}
      <Dialoog open={open} titel="Uitstroom registreren" onSluiten={() => setOpen(false)}>
        {open && klant && <UitstroomFormulier klant={klant} onKlaar={() => setOpen(false)} />}
      </Dialoog>
    </>
  );
}

/**
 * Uitstroom ends the client's place on the caseload: it leaves every werkvoorraad and counts in the reports as
 * uitstroom. A weighty step, so the form asks to confirm before anything is sent.
 */
export function UitstroomFormulier({ klant, onKlaar }: { klant: Klant; onKlaar: () => void }) {
  const [fout, setFout] = useState<string>();
  const [bevestigen, setBevestigen] = useState(false);
  const bevestigKnop = useRef<HTMLButtonElement>(null);
  const { conflict, wisConflict, vangConflict } = useVersieConflict(klant.id);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: { uitstroomdatum: vandaag(), uitstroomreden: '' },
  });
  const opslaan = useDossierMutatie(
    klant.id,
    (invoer: Invoer) =>
      registreerUitstroom(
        klant.id,
        { uitstroomdatum: invoer.uitstroomdatum, uitstroomreden: invoer.uitstroomreden as Uitstroomreden },
        klant.versie,
      ),
    {
      onSuccess: onKlaar,
      onError: (e) => {
        setBevestigen(false);
        if (!vangConflict(e)) setFout(toonApiFouten(e, setError, VELDEN));
      },
    },
  );
  useEffect(() => {
    if (bevestigen) bevestigKnop.current?.focus();
  }, [bevestigen]);

  // Our own uitstroom also makes the refetched client uitgestroomd, just before the dialog closes: not a conflict.
  if (klant.status !== 'actief' && !opslaan.isPending && !opslaan.isSuccess) {
    return (
      <>
        <Melding soort="warning">{`Deze klant is intussen al uitgestroomd per ${datumKort(klant.uitstroomdatum)}: ${klant.uitstroomreden ? UITSTROOMREDEN_LABELS[klant.uitstroomreden] : ''}.`}</Melding>
        <Knoppenrij>
          <Button appearance="secondary-action-button" onClick={onKlaar}>
            Sluiten
          </Button>
        </Knoppenrij>
      </>
    );
  }
  const naam = `${klant.voornamen} ${klant.achternaam}`;
  const gekozen = getValues();
  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit(() => {
        setFout(undefined);
        wisConflict();
        setBevestigen(true);
      })}
    >
      {conflict && <Melding soort="warning">{conflictMelding([])}</Melding>}
      {fout && <Melding soort="error">{fout}</Melding>}
      <Paragraph>
        Na de uitstroom verdwijnt de klant uit elke werkvoorraad en telt hij in de rapportages als uitgestroomd.
      </Paragraph>
      {/* Changing a field takes the question back: what is confirmed is always what is on screen. */}
      <div className="kib-formulier" onChange={() => setBevestigen(false)}>
        <Veld
          label="Uitstroomdatum"
          beschrijving="De laatste dag van de uitkering."
          fout={errors.uitstroomdatum?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              type="date"
              max={vandaag()}
              {...register('uitstroomdatum', {
                required: 'Vul de uitstroomdatum in.',
                validate: (d) => {
                  if (dagenTussen(d, vandaag()) < 0) return 'De uitstroomdatum mag niet in de toekomst liggen.';
                  if (dagenTussen(klant.startdatumUitkering, d) < 0)
                    return `De uitstroomdatum mag niet voor de startdatum van de uitkering (${datumKort(klant.startdatumUitkering)}) liggen.`;
                  return true;
                },
              })}
            />
          )}
        </Veld>
        <Veld label="Reden van uitstroom" fout={errors.uitstroomreden?.message}>
          {(invoer) => (
            <Select {...invoer} {...register('uitstroomreden', { required: 'Kies de reden van uitstroom.' })}>
              <Opties codes={UITSTROOMREDENEN} labels={UITSTROOMREDEN_LABELS} leeg="Kies een reden" />
            </Select>
          )}
        </Veld>
      </div>
      {bevestigen ? (
        <Melding soort="warning" titel="Weet je het zeker?">
          <Paragraph>
            {`${naam} stroomt uit per ${datumKort(gekozen.uitstroomdatum)}, reden: ${gekozen.uitstroomreden ? UITSTROOMREDEN_LABELS[gekozen.uitstroomreden] : ''}. `}
            De klant verdwijnt uit elke werkvoorraad.
          </Paragraph>
          <Knoppenrij>
            <Button
              ref={bevestigKnop}
              type="button"
              appearance="primary-action-button"
              disabled={opslaan.isPending}
              busy={opslaan.isPending}
              onClick={() => opslaan.mutate(getValues())}
            >
              Ja, uitstroom registreren
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={opslaan.isPending}
              onClick={() => setBevestigen(false)}
            >
              Terug
            </Button>
          </Knoppenrij>
        </Melding>
      ) : (
        <Knoppenrij>
          <Button type="submit" appearance="primary-action-button">
            Uitstroom registreren…
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onKlaar}>
            Annuleren
          </Button>
        </Knoppenrij>
      )}
    </form>
  );
}
