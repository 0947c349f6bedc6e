import {
  contactmomentCorrectierecht,
  CORRECTIE_MIN_REDEN,
  CORRECTIE_TERMIJN_DAGEN,
  laatsteCorrectiedag,
} from '@klant-in-beeld/domain';
import { Button, Dialoog, FormulierKnoppen, Knoppenrij, Melding, Paragraph, Textarea, Veld } from '@klant-in-beeld/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { CONFLICT_MELDING, isVersieConflict, toonApiFouten } from '../../api/formulier';
import { datumKort, lokaalNaarIso, nuLokaal, tijdstipKort } from '../../app/weergave';
import { useMedewerker } from '../../app/useMedewerker';
import type { Medewerker } from '../auth/api';
import type { Schemas } from '../../api/client';
import { klantenKeys, klantQuery, wijzig, type Contactmoment } from '../klanten/api';
import { CONTACTMOMENT_VELDEN, ContactmomentVelden, type ContactmomentInvoer } from './ContactmomentFormulier';
import { useDossierMutatie } from './useDossierMutatie';

/**
 * Under a contactmoment in the dossier: "gecorrigeerd op …" when it was, and "Corrigeren" when the rule of libs/domain
 * lets the logged-in medewerker correct it (its author or a teamleider of the client's team, within 30 days of
 * registering). The API checks the same rule; the button only keeps people from a form they cannot send.
 */
export function ContactmomentCorrigeren({ klantId, contactmoment }: { klantId: string; contactmoment: Contactmoment }) {
  // Undefined outside the Layout (e.g. a page rendered on its own in a test): then nobody may correct.
  const ik = useMedewerker() as Medewerker | undefined;
  const klant = useQuery(klantQuery(klantId));
  const [open, setOpen] = useState(false);
  const recht =
    ik && klant.data
      ? contactmomentCorrectierecht(
          { medewerkerId: ik.id, rol: ik.rol, teamId: ik.teamId },
          {
            medewerkerId: contactmoment.medewerkerId,
            aangemaaktOp: contactmoment.aangemaaktOp,
            klantmanagerId: klant.data.klantmanagerId,
            klantTeamId: klant.data.teamId,
          },
          new Date(),
        )
      : 'niet_bevoegd';
  return (
    <>
      {contactmoment.gecorrigeerdOp && (
        <div className="kib-zacht">Gecorrigeerd op {tijdstipKort(contactmoment.gecorrigeerdOp)}</div>
      )}
      {recht === 'toegestaan' && (
        <Knoppenrij>
          <Button
            appearance="secondary-action-button"
            onClick={() => setOpen(true)}
            aria-label={`Corrigeren: ${contactmoment.onderwerp}`}
          >
            Corrigeren
          </Button>
        </Knoppenrij>
      )}
      {open && (
        <Dialoog open titel="Contactmoment corrigeren" onSluiten={() => setOpen(false)}>
          <ContactmomentCorrectieFormulier
            klantId={klantId}
            contactmoment={contactmoment}
            onKlaar={() => setOpen(false)}
          />
        </Dialoog>
      )}
    </>
  );
}

interface Invoer extends ContactmomentInvoer {
  reden: string;
}

const VELDEN = [...CONTACTMOMENT_VELDEN, 'reden'] as const;

function alsInvoer(c: Contactmoment): ContactmomentInvoer {
  return {
    plaatsgevondenOp: nuLokaal(new Date(c.plaatsgevondenOp)),
    kanaal: c.kanaal,
    initiatief: c.initiatief,
    resultaat: c.resultaat,
    onderwerp: c.onderwerp,
    samenvatting: c.samenvatting ?? '',
  };
}

/**
 * The same fields as registering, filled with what was registered, plus the reason. Only what differs is sent, so
 * the change audit shows exactly what was corrected. A colleague who corrected it first (409) is said so and the
 * fresh version is loaded; what was typed stays.
 */
export function ContactmomentCorrectieFormulier({
  klantId,
  contactmoment,
  onKlaar,
}: {
  klantId: string;
  contactmoment: Contactmoment;
  onKlaar: () => void;
}) {
  const queryClient = useQueryClient();
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: { ...alsInvoer(contactmoment), reden: '' } });
  const opslaan = useDossierMutatie(
    klantId,
    (wijziging: Schemas['ContactmomentCorrectieDto']) => wijzig.contactmoment(contactmoment.id, wijziging),
    {
      onSuccess: onKlaar,
      onError: async (e) => {
        if (isVersieConflict(e)) {
          setFout(CONFLICT_MELDING);
          await queryClient.invalidateQueries({ queryKey: klantenKeys.klant(klantId) });
        } else {
          setFout(toonApiFouten(e, setError, VELDEN));
        }
      },
    },
  );

  function verstuur(invoer: Invoer) {
    setFout(undefined);
    // Compared with the version on screen now (after a 409 that is the fresh one).
    const was = alsInvoer(contactmoment);
    const gewijzigd: Record<string, unknown> = {};
    for (const veld of CONTACTMOMENT_VELDEN) {
      const waarde = veld === 'samenvatting' || veld === 'onderwerp' ? invoer[veld].trim() : invoer[veld];
      if (waarde !== (veld === 'samenvatting' ? was[veld].trim() : was[veld]))
        gewijzigd[veld] = veld === 'plaatsgevondenOp' ? lokaalNaarIso(waarde) : waarde;
    }
    if (Object.keys(gewijzigd).length === 0) {
      setFout('Je hebt nog niets gewijzigd. Pas aan wat niet klopte, of annuleer.');
      return;
    }
    opslaan.mutate({ ...gewijzigd, reden: invoer.reden.trim(), versie: contactmoment.versie });
  }

  return (
    <form className="kib-formulier" noValidate onSubmit={handleSubmit(verstuur)}>
      <Paragraph>
        Vastgelegd door {contactmoment.medewerkerNaam}. Corrigeren kan tot en met{' '}
        {datumKort(laatsteCorrectiedag(contactmoment.aangemaaktOp))} ({CORRECTIE_TERMIJN_DAGEN} dagen na het
        vastleggen). De oude gegevens en je reden blijven bewaard.
      </Paragraph>
      {fout && <Melding soort="error">{fout}</Melding>}
      {/* The shared fields know only their own names; this form has those and reden. */}
      <ContactmomentVelden
        register={register as unknown as UseFormRegister<ContactmomentInvoer>}
        errors={errors}
        kanaal={watch('kanaal')}
        resultaat={watch('resultaat')}
      />
      <Veld
        label="Reden van de correctie"
        fout={errors.reden?.message}
        beschrijving="Wat klopte er niet? Dit ziet de privacyfunctionaris bij de wijziging."
      >
        {(invoer) => (
          <Textarea
            {...invoer}
            rows={3}
            {...register('reden', {
              validate: (reden) =>
                reden.trim().length >= CORRECTIE_MIN_REDEN ||
                `Geef een reden van minstens ${CORRECTIE_MIN_REDEN} tekens.`,
              maxLength: { value: 2000, message: 'Hoogstens 2.000 tekens.' },
            })}
          />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Correctie opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
