import {
  dagenTussen,
  DOELGROEP_LABELS,
  DOELGROEPEN,
  vandaag,
  type Categorie,
  type Dienstverleningscategorie,
  type Doelgroep,
} from '@klant-in-beeld/domain';
import {
  Button,
  Dialoog,
  FormulierKnoppen,
  Melding,
  Opties,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import type { Klant } from '../klanten/api';
import { CategorieOpties } from '../instellingen/CategorieOpties';
import { useCategorieen } from '../instellingen/useCategorieen';
import { gemeentenQuery } from '../organisatie/api';
import { wijzigKlantgegevens, type KlantgegevensWijziging } from './acties-api';
import { conflictMelding, useMagDossierWijzigen, useNieuweVersie, useVersieConflict } from './useDossierActie';
import { useDossierMutatie } from './useDossierMutatie';

interface Invoer {
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  gemeenteId: string;
  doelgroep: Doelgroep;
  startdatumUitkering: string;
  dienstverleningscategorie: Dienstverleningscategorie;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  telefoon: string;
  email: string;
}

const LABELS: Record<keyof Invoer, string> = {
  voornamen: 'Voornamen',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  gemeenteId: 'Gemeente',
  doelgroep: 'Doelgroep',
  startdatumUitkering: 'Startdatum uitkering',
  dienstverleningscategorie: 'Dienstverleningscategorie',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  postcode: 'Postcode',
  woonplaats: 'Woonplaats',
  telefoon: 'Telefoon',
  email: 'E-mail',
};
const VELDEN = Object.keys(LABELS);
const ADRES = {
  'adres.straat': 'straat',
  'adres.huisnummer': 'huisnummer',
  'adres.postcode': 'postcode',
  'adres.woonplaats': 'woonplaats',
};
const ADRESVELDEN = ['straat', 'huisnummer', 'postcode', 'woonplaats'] as const;

function waardenVan(k: Klant): Invoer {
  return {
    voornamen: k.voornamen,
    achternaam: k.achternaam,
    geboortedatum: k.geboortedatum,
    gemeenteId: k.gemeenteId,
    doelgroep: k.doelgroep,
    startdatumUitkering: k.startdatumUitkering,
    dienstverleningscategorie: k.dienstverleningscategorie,
    straat: k.adres?.straat ?? '',
    huisnummer: k.adres?.huisnummer ?? '',
    postcode: k.adres?.postcode ?? '',
    woonplaats: k.adres?.woonplaats ?? '',
    telefoon: k.telefoon ?? '',
    email: k.email ?? '',
  };
}

/** The PATCH body as the API wants it: trimmed, empty optional fields as null, the adres whole or null. */
function alsWijziging(i: Invoer): Required<KlantgegevensWijziging> {
  return {
    voornamen: i.voornamen.trim(),
    achternaam: i.achternaam.trim(),
    geboortedatum: i.geboortedatum,
    gemeenteId: i.gemeenteId,
    doelgroep: i.doelgroep,
    startdatumUitkering: i.startdatumUitkering,
    dienstverleningscategorie: i.dienstverleningscategorie,
    adres: ADRESVELDEN.some((v) => i[v].trim())
      ? {
          straat: i.straat.trim(),
          huisnummer: i.huisnummer.trim(),
          postcode: i.postcode.trim().toUpperCase(),
          woonplaats: i.woonplaats.trim(),
        }
      : null,
    telefoon: i.telefoon.trim() || null,
    email: i.email.trim() || null,
  };
}

/**
 * Only what differs from the version last read goes to the API: a field the user left alone never overwrites what a
 * colleague saved meanwhile.
 */
function verschilMet(invoer: Invoer, gelezen: Invoer): KlantgegevensWijziging {
  const nieuw = alsWijziging(invoer);
  const oud = alsWijziging(gelezen);
  const wijziging: Record<string, unknown> = {};
  for (const veld of Object.keys(nieuw) as (keyof KlantgegevensWijziging)[]) {
    if (JSON.stringify(nieuw[veld]) !== JSON.stringify(oud[veld])) wijziging[veld] = nieuw[veld];
  }
  return wijziging as KlantgegevensWijziging;
}

/** "Gegevens wijzigen" in the dossier: name, birth date, gemeente, doelgroep, category, adres and contact details. */
/** `klant` is undefined while the dossier loads: the button then holds its place, disabled. */
export function KlantgegevensWijzigen({ klant }: { klant: Klant | undefined }) {
  const [open, setOpen] = useState(false);
  const mag = useMagDossierWijzigen();
  if (!mag) return null;
  return (
    <>
      <Button appearance="secondary-action-button" disabled={!klant} onClick={() => setOpen(true)}>
        Gegevens wijzigen
      </Button>
      <Dialoog open={open} titel="Klantgegevens wijzigen" onSluiten={() => setOpen(false)}>
        {open && klant && <KlantgegevensFormulier klant={klant} onKlaar={() => setOpen(false)} />}
      </Dialoog>
    </>
  );
}

/**
 * The form waits for the organisatie's categories: a select whose options arrive after it was filled would show (and
 * save) another category than the client's.
 */
export function KlantgegevensFormulier({ klant, onKlaar }: { klant: Klant; onKlaar: () => void }) {
  const categorieen = useCategorieen();
  if (categorieen.query.isPending) return <Paragraph role="status">Formulier laden…</Paragraph>;
  if (categorieen.query.isError) return <Melding soort="error">{categorieen.query.error.message}</Melding>;
  // Active categories, plus the client's own when it was deactivated later (it may stay).
  return (
    <Formulier klant={klant} onKlaar={onKlaar} categorieen={categorieen.kiesbaar(klant.dienstverleningscategorie)} />
  );
}

function Formulier({ klant, onKlaar, categorieen }: { klant: Klant; onKlaar: () => void; categorieen: Categorie[] }) {
  const gemeenten = useQuery(gemeentenQuery());
  const [fout, setFout] = useState<string>();
  const { conflict, wisConflict, vangConflict } = useVersieConflict(klant.id);
  const gelezen = waardenVan(klant);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: gelezen });
  const gewijzigd = useNieuweVersie(reset, klant.versie, gelezen, LABELS);
  const opslaan = useDossierMutatie(
    klant.id,
    (wijziging: KlantgegevensWijziging) => wijzigKlantgegevens(klant.id, wijziging, klant.versie),
    {
      onSuccess: onKlaar,
      onError: (e) => {
        if (!vangConflict(e)) setFout(toonApiFouten(e, setError, VELDEN, ADRES));
      },
    },
  );
  // A long form: the message at its top must come into view, also when saving from the bottom.
  const bovenkant = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict || fout) bovenkant.current?.scrollIntoView?.({ block: 'nearest' });
  }, [conflict, fout]);
  const adresVerplicht = (naam: string) => (waarde: string) =>
    !ADRESVELDEN.some((v) => getValues(v).trim()) ||
    waarde.trim().length > 0 ||
    `Vul ook ${naam} in, of maak het hele adres leeg.`;

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        wisConflict();
        const wijziging = verschilMet(invoer, gelezen);
        if (Object.keys(wijziging).length === 0) onKlaar();
        else opslaan.mutate(wijziging);
      })}
    >
      <div ref={bovenkant}>
        {conflict && <Melding soort="warning">{conflictMelding(gewijzigd)}</Melding>}
        {fout && <Melding soort="error">{fout}</Melding>}
      </div>
      <Veld label="Voornamen" fout={errors.voornamen?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            {...register('voornamen', {
              validate: (v) => v.trim().length > 0 || 'Vul de voornamen in.',
              maxLength: { value: 200, message: 'Hoogstens 200 tekens.' },
            })}
          />
        )}
      </Veld>
      <Veld
        label="Achternaam"
        beschrijving="Met tussenvoegsel, bijvoorbeeld: de Vries"
        fout={errors.achternaam?.message}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            {...register('achternaam', {
              validate: (v) => v.trim().length > 0 || 'Vul de achternaam in.',
              maxLength: { value: 200, message: 'Hoogstens 200 tekens.' },
            })}
          />
        )}
      </Veld>
      <Veld label="Geboortedatum" fout={errors.geboortedatum?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            max={vandaag()}
            {...register('geboortedatum', {
              required: 'Vul de geboortedatum in.',
              validate: (d) => dagenTussen(d, vandaag()) >= 0 || 'De geboortedatum mag niet in de toekomst liggen.',
            })}
          />
        )}
      </Veld>
      <Veld label="Gemeente" fout={errors.gemeenteId?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('gemeenteId', { required: 'Kies een gemeente.' })}>
            {/* Until the list has loaded the client's own gemeente is the one option; the same key keeps it selected. */}
            {(gemeenten.data ?? [{ id: klant.gemeenteId, naam: klant.gemeenteNaam }]).map((g) => (
              <SelectOption key={g.id} value={g.id}>
                {g.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld label="Doelgroep" fout={errors.doelgroep?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('doelgroep')}>
            <Opties codes={DOELGROEPEN} labels={DOELGROEP_LABELS} />
          </Select>
        )}
      </Veld>
      <Veld label="Startdatum uitkering" fout={errors.startdatumUitkering?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="date"
            {...register('startdatumUitkering', {
              required: 'Vul de startdatum in.',
              validate: (d) =>
                !getValues('geboortedatum') ||
                dagenTussen(getValues('geboortedatum'), d) >= 0 ||
                'De startdatum mag niet voor de geboortedatum liggen.',
            })}
          />
        )}
      </Veld>
      <Veld
        label="Dienstverleningscategorie"
        beschrijving="Bepaalt de contactnorm."
        fout={errors.dienstverleningscategorie?.message}
      >
        {(invoer) => (
          <Select {...invoer} {...register('dienstverleningscategorie')}>
            <CategorieOpties categorieen={categorieen} />
          </Select>
        )}
      </Veld>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Adres (niet verplicht)</legend>
        <Veld label="Straat" fout={errors.straat?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="off"
              {...register('straat', { validate: adresVerplicht('de straat') })}
            />
          )}
        </Veld>
        <Veld label="Huisnummer" fout={errors.huisnummer?.message}>
          {(invoer) => (
            <Textbox {...invoer} {...register('huisnummer', { validate: adresVerplicht('het huisnummer') })} />
          )}
        </Veld>
        <Veld label="Postcode" fout={errors.postcode?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              {...register('postcode', {
                validate: (p) => {
                  const verplicht = adresVerplicht('de postcode')(p);
                  if (verplicht !== true) return verplicht;
                  return (
                    !p.trim() ||
                    /^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(p.trim()) ||
                    'Vul een Nederlandse postcode in, zoals 8011 AB.'
                  );
                },
              })}
            />
          )}
        </Veld>
        <Veld label="Woonplaats" fout={errors.woonplaats?.message}>
          {(invoer) => (
            <Textbox {...invoer} {...register('woonplaats', { validate: adresVerplicht('de woonplaats') })} />
          )}
        </Veld>
      </fieldset>
      <Veld label="Telefoon" verplicht={false} fout={errors.telefoon?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="tel"
            {...register('telefoon', {
              validate: (t) =>
                !t.trim() || /^\+?[0-9 ()-]{6,30}$/.test(t.trim()) || 'Vul een telefoonnummer in, zoals 06-12345678.',
            })}
          />
        )}
      </Veld>
      <Veld label="E-mail" verplicht={false} fout={errors.email?.message}>
        {(invoer) => <Textbox {...invoer} type="email" {...register('email')} />}
      </Veld>
      <FormulierKnoppen opslaan="Gegevens opslaan" bezig={opslaan.isPending} onAnnuleren={onKlaar} />
    </form>
  );
}
