import {
  DOELGROEP_LABELS,
  DOELGROEPEN,
  isGeldigBsn,
  vandaag,
  type Dienstverleningscategorie,
  type Doelgroep,
} from '@klant-in-beeld/domain';
import { Button, Heading1, Knoppenrij, Melding, Opties, Select, SelectOption, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { toonApiFouten } from '../../api/formulier';
import { useMedewerker } from '../../app/useMedewerker';
import { CategorieOpties } from '../instellingen/CategorieOpties';
import { useCategorieen } from '../instellingen/useCategorieen';
import { gemeentenQuery, klantmanagersQuery } from '../organisatie/api';
import { klantenKeys, registreer } from './api';
import { werkvoorraadKeys } from '../werkvoorraad/api';

interface Invoer {
  bsn: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  gemeenteId: string;
  doelgroep: Doelgroep;
  startdatumUitkering: string;
  dienstverleningscategorie: Dienstverleningscategorie;
  klantmanagerId: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  telefoon: string;
  email: string;
}

const VELDEN = [
  'bsn',
  'voornamen',
  'achternaam',
  'geboortedatum',
  'gemeenteId',
  'doelgroep',
  'startdatumUitkering',
  'dienstverleningscategorie',
  'klantmanagerId',
  'straat',
  'huisnummer',
  'postcode',
  'woonplaats',
  'telefoon',
  'email',
] as const;
const ADRES = {
  'adres.straat': 'straat',
  'adres.huisnummer': 'huisnummer',
  'adres.postcode': 'postcode',
  'adres.woonplaats': 'woonplaats',
};

/** Register a new client; afterwards the dossier opens, where the intake is the first item of work. */
export function NieuweKlantPagina() {
  const medewerker = useMedewerker();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const gemeenten = useQuery(gemeentenQuery());
  const klantmanagers = useQuery(klantmanagersQuery());
  const categorieen = useCategorieen();
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: {
      doelgroep: 'brede_doelgroep',
      // No default: the organisatie's categories differ, and a guessed category would set the wrong norm.
      dienstverleningscategorie: '',
      startdatumUitkering: vandaag(),
      klantmanagerId: medewerker.rol === 'klantmanager' ? medewerker.id : '',
    },
  });
  const opslaan = useMutation({
    mutationFn: (i: Invoer) =>
      registreer.klant({
        bsn: i.bsn.trim(),
        voornamen: i.voornamen.trim(),
        achternaam: i.achternaam.trim(),
        geboortedatum: i.geboortedatum,
        gemeenteId: i.gemeenteId,
        doelgroep: i.doelgroep,
        startdatumUitkering: i.startdatumUitkering,
        dienstverleningscategorie: i.dienstverleningscategorie,
        klantmanagerId: i.klantmanagerId || null,
        adres: i.straat.trim()
          ? {
              straat: i.straat.trim(),
              huisnummer: i.huisnummer.trim(),
              postcode: i.postcode.trim().toUpperCase(),
              woonplaats: i.woonplaats.trim(),
            }
          : null,
        telefoon: i.telefoon.trim() || null,
        email: i.email.trim() || null,
      }),
    onSuccess: async (klant) => {
      await queryClient.invalidateQueries({ queryKey: klantenKeys.alle });
      await queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle });
      navigate(`/klanten/${klant.id}`);
    },
    onError: (e) => setFout(toonApiFouten(e, setError, VELDEN, ADRES)),
  });

  return (
    <>
      <Heading1>Nieuwe klant</Heading1>
      <form
        className="kib-formulier kib-paneel"
        noValidate
        onSubmit={handleSubmit((i) => {
          setFout(undefined);
          opslaan.mutate(i);
        })}
      >
        {fout && <Melding soort="error">{fout}</Melding>}
        <Veld label="BSN" beschrijving="9 cijfers" fout={errors.bsn?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              inputMode="numeric"
              autoComplete="off"
              {...register('bsn', {
                required: 'Vul het BSN in.',
                validate: (b) => isGeldigBsn(b.trim()) || 'Dit is geen geldig BSN (9 cijfers, elfproef).',
              })}
            />
          )}
        </Veld>
        <Veld label="Voornamen" fout={errors.voornamen?.message}>
          {(invoer) => <Textbox {...invoer} {...register('voornamen', { required: 'Vul de voornamen in.' })} />}
        </Veld>
        <Veld
          label="Achternaam"
          beschrijving="Met tussenvoegsel, bijvoorbeeld: de Vries"
          fout={errors.achternaam?.message}
        >
          {(invoer) => <Textbox {...invoer} {...register('achternaam', { required: 'Vul de achternaam in.' })} />}
        </Veld>
        <Veld label="Geboortedatum" fout={errors.geboortedatum?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              type="date"
              max={vandaag()}
              {...register('geboortedatum', { required: 'Vul de geboortedatum in.' })}
            />
          )}
        </Veld>
        <Veld label="Gemeente" fout={errors.gemeenteId?.message}>
          {(invoer) => (
            <Select {...invoer} {...register('gemeenteId', { required: 'Kies een gemeente.' })}>
              <SelectOption value="">Kies een gemeente</SelectOption>
              {(gemeenten.data ?? []).map((g) => (
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
              {...register('startdatumUitkering', { required: 'Vul de startdatum in.' })}
            />
          )}
        </Veld>
        <Veld
          label="Dienstverleningscategorie"
          fout={
            errors.dienstverleningscategorie?.message ??
            (categorieen.query.isError
              ? 'De categorieën zijn niet te laden; probeer het over een ogenblik opnieuw.'
              : undefined)
          }
        >
          {(invoer) => (
            <Select
              {...invoer}
              {...register('dienstverleningscategorie', { required: 'Kies een dienstverleningscategorie.' })}
            >
              {/* Only active categories: a new client never starts in one that is no longer used. */}
              <CategorieOpties categorieen={categorieen.kiesbaar()} leeg="Kies een categorie" />
            </Select>
          )}
        </Veld>
        <Veld label="Klantmanager" fout={errors.klantmanagerId?.message}>
          {(invoer) => (
            <Select {...invoer} {...register('klantmanagerId')}>
              <SelectOption value="">Nog geen klantmanager</SelectOption>
              {(klantmanagers.data ?? []).map((km) => (
                <SelectOption key={km.id} value={km.id}>
                  {km.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Adres (niet verplicht)</legend>
          <Veld label="Straat" fout={errors.straat?.message}>
            {(invoer) => <Textbox {...invoer} autoComplete="off" {...register('straat')} />}
          </Veld>
          <Veld label="Huisnummer" fout={errors.huisnummer?.message}>
            {(invoer) => <Textbox {...invoer} {...register('huisnummer')} />}
          </Veld>
          <Veld label="Postcode" fout={errors.postcode?.message}>
            {(invoer) => <Textbox {...invoer} {...register('postcode')} />}
          </Veld>
          <Veld label="Woonplaats" fout={errors.woonplaats?.message}>
            {(invoer) => <Textbox {...invoer} {...register('woonplaats')} />}
          </Veld>
        </fieldset>
        <Veld label="Telefoon" verplicht={false} fout={errors.telefoon?.message}>
          {(invoer) => <Textbox {...invoer} type="tel" {...register('telefoon')} />}
        </Veld>
        <Veld label="E-mail" verplicht={false} fout={errors.email?.message}>
          {(invoer) => <Textbox {...invoer} type="email" {...register('email')} />}
        </Veld>
        <Knoppenrij>
          <Button type="submit" appearance="primary-action-button" disabled={opslaan.isPending}>
            Klant registreren
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => navigate('/klanten')}>
            Annuleren
          </Button>
        </Knoppenrij>
      </form>
    </>
  );
}
