import {
  dagenTussen,
  plusDagen,
  vandaag,
  VRIJSTELLING_REDEN_LABELS,
  VRIJSTELLING_SOORT_LABELS,
} from '@klant-in-beeld/domain';
import { Button, Dialoog, FormulierKnoppen, Knoppenrij, Melding, Paragraph, Textbox, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { datumKort } from '../../app/weergave';
import { contactnormenQuery } from '../instellingen/api';
import type { Vrijstelling } from '../klanten/api';
import { trekVrijstellingIn, verlengVrijstelling, type VrijstellingVerlenging } from './acties-api';
import { conflictMelding, useMagDossierWijzigen, useNieuweVersie, useVersieConflict } from './useDossierActie';
import { useDossierMutatie } from './useDossierMutatie';

type Modus = 'verlengen' | 'intrekken';
const TITELS: Record<Modus, string> = { verlengen: 'Vrijstelling verlengen', intrekken: 'Vrijstelling intrekken' };

/** "Verlengen" and "Intrekken" for a vrijstelling that was not withdrawn; rendered per vrijstelling in the dossier. */
export function VrijstellingAanpassen({ klantId, vrijstelling }: { klantId: string; vrijstelling: Vrijstelling }) {
  const [modus, setModus] = useState<Modus | null>(null);
  const mag = useMagDossierWijzigen();
  if (!mag) return null;
  const naam = `vrijstelling ${VRIJSTELLING_REDEN_LABELS[vrijstelling.reden].toLowerCase()} van ${datumKort(vrijstelling.ingangsdatum)}`;
  return (
    <>
      {/* A vrijstelling past its einddatum is work until it is extended or withdrawn, so both stay on offer then. */}
      {!vrijstelling.ingetrokkenOp && (
        <Knoppenrij>
          <Button appearance="subtle-button" onClick={() => setModus('verlengen')} aria-label={`Verlengen: ${naam}`}>
            Verlengen
          </Button>
          <Button appearance="subtle-button" onClick={() => setModus('intrekken')} aria-label={`Intrekken: ${naam}`}>
            Intrekken
          </Button>
        </Knoppenrij>
      )}
      <Dialoog open={modus !== null} titel={modus ? TITELS[modus] : ''} onSluiten={() => setModus(null)}>
        {modus === 'verlengen' && (
          <VrijstellingVerlengen klantId={klantId} vrijstelling={vrijstelling} onKlaar={() => setModus(null)} />
        )}
        {modus === 'intrekken' && (
          <VrijstellingIntrekken klantId={klantId} vrijstelling={vrijstelling} onKlaar={() => setModus(null)} />
        )}
      </Dialoog>
    </>
  );
}

interface Verlenging {
  einddatum: string;
  herbeoordelingsdatum: string;
}
const LABELS: Record<keyof Verlenging, string> = {
  einddatum: 'Einddatum',
  herbeoordelingsdatum: 'Herbeoordelingsdatum',
};
const VELDEN = Object.keys(LABELS);

function laatste(a: string, b: string): string {
  return a > b ? a : b;
}

/** A proposal: three months more, an informal one not beyond its maximum, herbeoordelen two weeks before the end. */
function voorstel(v: Vrijstelling, uiterlijk: string | undefined): Verlenging {
  const van = laatste(v.einddatum ?? v.herbeoordelingsdatum, vandaag());
  let einddatum = v.einddatum ? plusDagen(van, 90) : '';
  if (einddatum && uiterlijk && einddatum > uiterlijk) einddatum = laatste(uiterlijk, v.einddatum!);
  const herbeoordelingsdatum = einddatum ? laatste(plusDagen(einddatum, -14), v.ingangsdatum) : plusDagen(van, 90);
  return { einddatum, herbeoordelingsdatum };
}

/**
 * Verlengen: a later einddatum and herbeoordelingsdatum. An informal vrijstelling ends at most the organisatie's
 * maximum after its ingangsdatum (the contactnormen instellingen); the API checks it again and its errors go next
 * to the fields.
 */
export function VrijstellingVerlengen({
  klantId,
  vrijstelling,
  onKlaar,
}: {
  klantId: string;
  vrijstelling: Vrijstelling;
  onKlaar: () => void;
}) {
  const normen = useQuery(contactnormenQuery());
  // The proposal respects the maximum, so it waits for it; should the instellingen fail, the API still checks.
  if (vrijstelling.soort === 'informeel' && normen.isPending)
    return <Paragraph role="status">Instellingen laden…</Paragraph>;
  return (
    <VerlengFormulier
      klantId={klantId}
      vrijstelling={vrijstelling}
      maxDagen={normen.data?.maxDuurInformeleVrijstellingDagen}
      onKlaar={onKlaar}
    />
  );
}

function VerlengFormulier({
  klantId,
  vrijstelling: v,
  maxDagen,
  onKlaar,
}: {
  klantId: string;
  vrijstelling: Vrijstelling;
  maxDagen?: number;
  onKlaar: () => void;
}) {
  const informeel = v.soort === 'informeel';
  const uiterlijk = informeel && maxDagen !== undefined ? plusDagen(v.ingangsdatum, maxDagen) : undefined;
  const [fout, setFout] = useState<string>();
  const { conflict, wisConflict, vangConflict } = useVersieConflict(klantId);
  const gelezen: Verlenging = { einddatum: v.einddatum ?? '', herbeoordelingsdatum: v.herbeoordelingsdatum };
  const waarden = voorstel(v, uiterlijk);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Verlenging>({ defaultValues: waarden });
  const gewijzigd = useNieuweVersie(reset, v.versie, waarden, LABELS);
  const opslaan = useDossierMutatie(
    klantId,
    (verlenging: VrijstellingVerlenging) => verlengVrijstelling(v.id, verlenging, v.versie),
    {
      onSuccess: onKlaar,
      onError: (e) => {
        if (!vangConflict(e)) setFout(toonApiFouten(e, setError, VELDEN));
      },
    },
  );
  const opHetMaximum = informeel && !!uiterlijk && !!v.einddatum && v.einddatum >= uiterlijk;

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        wisConflict();
        const verlenging: VrijstellingVerlenging = {};
        if (invoer.einddatum !== gelezen.einddatum) verlenging.einddatum = invoer.einddatum || null;
        if (invoer.herbeoordelingsdatum !== gelezen.herbeoordelingsdatum)
          verlenging.herbeoordelingsdatum = invoer.herbeoordelingsdatum;
        if (Object.keys(verlenging).length === 0) onKlaar();
        else opslaan.mutate(verlenging);
      })}
    >
      {conflict && <Melding soort="warning">{conflictMelding(gewijzigd)}</Melding>}
      {v.ingetrokkenOp && !opslaan.isPending && (
        <Melding soort="warning">{`Deze vrijstelling is intussen ingetrokken per ${datumKort(v.ingetrokkenOp)}.`}</Melding>
      )}
      {opHetMaximum && (
        <Melding soort="info">{`Deze informele vrijstelling duurt al het maximum van ${maxDagen} dagen: een latere einddatum kan niet. Is een langere vrijstelling nodig, leg dan een formele vast met een beschikking.`}</Melding>
      )}
      {fout && <Melding soort="error">{fout}</Melding>}
      <Paragraph className="kib-zacht">
        {`${VRIJSTELLING_SOORT_LABELS[v.soort]}, ${VRIJSTELLING_REDEN_LABELS[v.reden].toLowerCase()}: ${datumKort(v.ingangsdatum)} t/m ${v.einddatum ? datumKort(v.einddatum) : 'geen einddatum'}, herbeoordelen ${datumKort(v.herbeoordelingsdatum)}.`}
      </Paragraph>
      <Veld
        label="Nieuwe einddatum"
        verplicht={informeel}
        beschrijving={
          informeel
            ? `Uiterlijk ${maxDagen ?? '…'} dagen na de ingangsdatum${uiterlijk ? ` (${datumKort(uiterlijk)})` : ''}.`
            : 'Leeg laten als de beschikking geen einddatum heeft.'
        }
        fout={errors.einddatum?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            max={uiterlijk}
            {...register('einddatum', {
              validate: (eind) => {
                if (informeel && !eind) return 'Een informele vrijstelling heeft altijd een einddatum.';
                if (eind && v.einddatum && eind < v.einddatum)
                  return `Verlengen kan niet tot voor de huidige einddatum (${datumKort(v.einddatum)}); beëindigen doe je met Intrekken.`;
                if (eind && eind < v.ingangsdatum) return 'De einddatum mag niet voor de ingangsdatum liggen.';
                if (eind && uiterlijk && eind > uiterlijk)
                  return `Uiterlijk ${maxDagen} dagen na de ingangsdatum (${datumKort(uiterlijk)}).`;
                return true;
              },
            })}
          />
        )}
      </Veld>
      <Veld
        label="Nieuwe herbeoordelingsdatum"
        beschrijving="Op deze datum komt de vrijstelling terug in de werkvoorraad."
        fout={errors.herbeoordelingsdatum?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            {...register('herbeoordelingsdatum', {
              required: 'Vul de herbeoordelingsdatum in.',
              validate: (d) => d >= v.ingangsdatum || 'De herbeoordelingsdatum mag niet voor de ingangsdatum liggen.',
            })}
          />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Vrijstelling verlengen" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}

/**
 * Intrekken: from the chosen day on the vrijstelling no longer applies and the client's own contact norm is back;
 * its werkvoorraad items go. The API keeps it in the dossier with ingetrokkenOp.
 */
export function VrijstellingIntrekken({
  klantId,
  vrijstelling: v,
  onKlaar,
}: {
  klantId: string;
  vrijstelling: Vrijstelling;
  onKlaar: () => void;
}) {
  const [fout, setFout] = useState<string>();
  const { conflict, wisConflict, vangConflict } = useVersieConflict(klantId);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ ingetrokkenOp: string }>({
    defaultValues: { ingetrokkenOp: laatste(vandaag(), v.ingangsdatum) },
  });
  const opslaan = useDossierMutatie(
    klantId,
    (ingetrokkenOp: string) => trekVrijstellingIn(v.id, ingetrokkenOp, v.versie),
    {
      onSuccess: onKlaar,
      onError: (e) => {
        if (!vangConflict(e)) setFout(toonApiFouten(e, setError, ['ingetrokkenOp']));
      },
    },
  );
  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit(({ ingetrokkenOp }) => {
        setFout(undefined);
        wisConflict();
        opslaan.mutate(ingetrokkenOp);
      })}
    >
      {conflict && <Melding soort="warning">{conflictMelding([])}</Melding>}
      {v.ingetrokkenOp && !opslaan.isPending && !opslaan.isSuccess && (
        <Melding soort="warning">{`Deze vrijstelling is intussen al ingetrokken per ${datumKort(v.ingetrokkenOp)}.`}</Melding>
      )}
      {fout && <Melding soort="error">{fout}</Melding>}
      <Paragraph>
        {`${VRIJSTELLING_SOORT_LABELS[v.soort]}, ${VRIJSTELLING_REDEN_LABELS[v.reden].toLowerCase()}, sinds ${datumKort(v.ingangsdatum)}. `}
        Na het intrekken geldt weer de gewone contactnorm van de klant.
      </Paragraph>
      <Veld
        label="Ingetrokken per"
        beschrijving="Vanaf deze dag geldt de vrijstelling niet meer."
        fout={errors.ingetrokkenOp?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            min={v.ingangsdatum}
            {...register('ingetrokkenOp', {
              required: 'Vul de datum in waarop de vrijstelling stopt.',
              validate: (d) =>
                dagenTussen(v.ingangsdatum, d) >= 0 ||
                `De datum mag niet voor de ingangsdatum (${datumKort(v.ingangsdatum)}) liggen.`,
            })}
          />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Vrijstelling intrekken" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
