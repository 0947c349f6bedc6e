import { ROL_LABELS, ROLLEN, ROLLEN_MET_TEAM, type Rol } from '@klant-in-beeld/domain';
import {
  Checkbox,
  Dialoog,
  FormulierKnoppen,
  Melding,
  Opties,
  Select,
  SelectOption,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { CONFLICT_MELDING, isVersieConflict, toonApiFouten } from '../../api/formulier';
import { teamsQuery } from '../organisatie/api';
import { beheer, type BeheerMedewerker, type NieuweMedewerker } from './api';
import { alsKeuze, GEEN_OVERDRACHT, OverdrachtKiezer, type OverdrachtStand } from './OverdrachtKiezer';
import { ROLLEN_MET_TEAM_TEKST } from './teksten';
import { useBeheerMutatie } from './useBeheerMutatie';

interface Invoer {
  gebruikersnaam: string;
  naam: string;
  email: string;
  rol: Rol;
  teamId: string;
  lokaal: boolean;
}

const VELDEN = ['gebruikersnaam', 'naam', 'email', 'rol', 'teamId'] as const;
const heeftTeam = (rol: Rol) => (ROLLEN_MET_TEAM as readonly Rol[]).includes(rol);

export type MedewerkerFormulierModus = { soort: 'nieuw' } | { soort: 'wijzigen'; medewerker: BeheerMedewerker };

/** New medewerker or changing one, in a dialog. */
export function MedewerkerDialoog({
  modus,
  onSluiten,
  onAangemaakt,
  onGewijzigd,
}: {
  modus: MedewerkerFormulierModus | undefined;
  onSluiten: () => void;
  onAangemaakt: (antwoord: NieuweMedewerker) => void;
  onGewijzigd: (medewerker: BeheerMedewerker) => void;
}) {
  return (
    <Dialoog
      open={modus !== undefined}
      titel={modus?.soort === 'wijzigen' ? 'Medewerker wijzigen' : 'Nieuwe medewerker'}
      onSluiten={onSluiten}
    >
      {modus && (
        <MedewerkerFormulier
          key={modus.soort === 'wijzigen' ? modus.medewerker.id : 'nieuw'}
          modus={modus}
          onSluiten={onSluiten}
          onAangemaakt={onAangemaakt}
          onGewijzigd={onGewijzigd}
        />
      )}
    </Dialoog>
  );
}

function MedewerkerFormulier({
  modus,
  onSluiten,
  onAangemaakt,
  onGewijzigd,
}: {
  modus: MedewerkerFormulierModus;
  onSluiten: () => void;
  onAangemaakt: (antwoord: NieuweMedewerker) => void;
  onGewijzigd: (medewerker: BeheerMedewerker) => void;
}) {
  const bestaand = modus.soort === 'wijzigen' ? modus.medewerker : undefined;
  const teams = useQuery(teamsQuery());
  const [fout, setFout] = useState<string>();
  const [overdracht, setOverdracht] = useState<OverdrachtStand>(GEEN_OVERDRACHT);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors },
  } = useForm<Invoer>({
    defaultValues: {
      gebruikersnaam: bestaand?.gebruikersnaam ?? '',
      naam: bestaand?.naam ?? '',
      email: bestaand?.email ?? '',
      rol: bestaand?.rol ?? 'klantmanager',
      teamId: bestaand?.teamId ?? '',
      lokaal: true,
    },
  });
  const rol = useWatch({ control, name: 'rol' });
  const teamId = useWatch({ control, name: 'teamId' });
  // A klantmanager with clients who changes role or team hands them over first, as when leaving.
  const overdragen =
    bestaand !== undefined &&
    bestaand.rol === 'klantmanager' &&
    bestaand.aantalKlanten > 0 &&
    (rol !== 'klantmanager' || teamId !== (bestaand.teamId ?? ''));

  const opslaan = useBeheerMutatie({
    mutationFn: async (invoer: Invoer) => {
      const team = heeftTeam(invoer.rol) ? invoer.teamId || null : null;
      if (!bestaand) {
        return {
          nieuw: await beheer.maakMedewerker({
            gebruikersnaam: invoer.gebruikersnaam.trim(),
            naam: invoer.naam.trim(),
            email: invoer.email.trim(),
            rol: invoer.rol,
            teamId: team,
            lokaal: invoer.lokaal,
          }),
        };
      }
      return {
        gewijzigd: await beheer.wijzigMedewerker(bestaand.id, {
          naam: invoer.naam.trim(),
          email: invoer.email.trim(),
          rol: invoer.rol,
          teamId: team,
          versie: bestaand.versie,
          ...(overdragen ? alsKeuze(overdracht) : {}),
        }),
      };
    },
    onSuccess: (antwoord) => {
      if (antwoord.nieuw) onAangemaakt(antwoord.nieuw);
      if (antwoord.gewijzigd) onGewijzigd(antwoord.gewijzigd);
    },
    onError: (e) => setFout(isVersieConflict(e) ? CONFLICT_MELDING : toonApiFouten(e, setError, VELDEN)),
  });
  const opvolgerFout =
    opslaan.error instanceof ApiFout
      ? opslaan.error.fouten.find((f) => f.veld === 'naarKlantmanagerId')?.melding
      : undefined;

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit((invoer) => {
        setFout(undefined);
        if (overdragen && !alsKeuze(overdracht))
          return setFout('Kies eerst waar de klanten naartoe gaan: naar één klantmanager, of verdeeld over het team.');
        opslaan.mutate(invoer);
      })}
    >
      {fout && <Melding soort="error">{fout}</Melding>}
      {!bestaand && (
        <Veld
          label="Gebruikersnaam"
          beschrijving="Letters, cijfers, punt, streepje of liggend streepje. Kan later niet meer worden gewijzigd."
          fout={errors.gebruikersnaam?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="off"
              data-autofocus=""
              {...register('gebruikersnaam', {
                required: 'Vul een gebruikersnaam in.',
                pattern: {
                  value: /^[A-Za-z0-9._-]{2,100}$/,
                  message: 'Gebruik 2 tot 100 letters, cijfers, punten of streepjes, zonder spaties.',
                },
              })}
            />
          )}
        </Veld>
      )}
      <Veld label="Naam" fout={errors.naam?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            autoComplete="off"
            data-autofocus={bestaand ? '' : undefined}
            {...register('naam', { required: 'Vul de naam in.' })}
          />
        )}
      </Veld>
      <Veld label="E-mailadres" fout={errors.email?.message}>
        {(invoer) => (
          <Textbox
            {...invoer}
            type="email"
            autoComplete="off"
            {...register('email', {
              required: 'Vul het e-mailadres in.',
              pattern: { value: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, message: 'Vul een geldig e-mailadres in.' },
            })}
          />
        )}
      </Veld>
      <Veld label="Rol" fout={errors.rol?.message}>
        {(invoer) => (
          <Select {...invoer} {...register('rol')}>
            <Opties codes={ROLLEN} labels={ROL_LABELS} />
          </Select>
        )}
      </Veld>
      {heeftTeam(rol) ? (
        <Veld label="Team" fout={errors.teamId?.message}>
          {(invoer) => (
            <Select
              {...invoer}
              {...register('teamId', {
                validate: (waarde, { rol: gekozen }) =>
                  !heeftTeam(gekozen) ||
                  Boolean(waarde) ||
                  `Kies een team: een ${ROL_LABELS[gekozen].toLowerCase()} hoort bij een team.`,
              })}
            >
              <SelectOption value="">Kies een team</SelectOption>
              {(teams.data ?? []).map((t) => (
                <SelectOption key={t.id} value={t.id}>
                  {t.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      ) : (
        <p className="kib-zacht">{ROLLEN_MET_TEAM_TEKST}</p>
      )}
      {!bestaand && (
        <label className="kib-keuze">
          <Checkbox {...register('lokaal')} /> Lokaal account: inloggen met een eenmalige code en daarna een eigen
          wachtwoord. Zet uit voor iemand die alleen via de eigen inlogdienst (SSO) inlogt.
        </label>
      )}
      {overdragen && bestaand && (
        <OverdrachtKiezer
          medewerker={bestaand}
          stand={overdracht}
          onStand={setOverdracht}
          fout={opvolgerFout ? `${opvolgerFout.charAt(0).toUpperCase()}${opvolgerFout.slice(1)}.` : undefined}
        />
      )}
      <FormulierKnoppen
        opslaan={bestaand ? 'Opslaan' : 'Medewerker aanmaken'}
        bezig={opslaan.isPending}
        onAnnuleren={onSluiten}
      />
    </form>
  );
}
