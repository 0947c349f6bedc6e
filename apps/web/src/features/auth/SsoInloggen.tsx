import { Button, ButtonLink, Melding, Paragraph, Textbox, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { ApiFout } from '../../api/client';
import { inlogMethodenQuery, oidcStartUrl } from './api';

/** The last organisatie someone logged in with on this device, so the SSO button is there next time. */
export const ORGANISATIE_OPSLAG = 'kib.organisatie';
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function onthouden(): string | null {
  try {
    return globalThis.localStorage?.getItem(ORGANISATIE_OPSLAG) ?? null;
  } catch {
    return null;
  }
}

function onthoud(code: string | null): void {
  try {
    if (code) localStorage.setItem(ORGANISATIE_OPSLAG, code);
    else localStorage.removeItem(ORGANISATIE_OPSLAG);
  } catch {
    // Private mode without storage: the link with ?organisatie= still works.
  }
}

/** Why the login through the organisatie's provider did not work (the API's redirect to /inloggen?fout=…). */
export function ssoFoutmelding(fout: string, organisatie: string | undefined): string {
  const bij = organisatie ?? 'je organisatie';
  const meldingen: Record<string, string> = {
    sso_niet_ingesteld: `Inloggen met het account van ${bij} is niet ingesteld. Log in met je gebruikersnaam en wachtwoord, of vraag de functioneel beheerder.`,
    sso_provider_onbereikbaar: `De inlogdienst van ${bij} is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.`,
    sso_state:
      'Het inloggen is niet in deze browser begonnen, of is onderweg kwijtgeraakt. Begin opnieuw met de knop hieronder.',
    sso_verlopen: 'Het inloggen duurde te lang of is al gebruikt. Begin opnieuw met de knop hieronder.',
    sso_provider_fout: `De inlogdienst van ${bij} heeft het inloggen afgebroken of geweigerd. Probeer het opnieuw, of vraag de functioneel beheerder.`,
    sso_mislukt: `Inloggen via ${bij} is niet gelukt. Probeer het opnieuw; lukt het dan nog niet, vraag de functioneel beheerder.`,
    sso_geen_email: `De inlogdienst van ${bij} gaf geen e-mailadres door. Vraag de functioneel beheerder om dat in te stellen.`,
    sso_email_niet_bevestigd: `Je e-mailadres is bij de inlogdienst van ${bij} niet bevestigd. Vraag de functioneel beheerder om hulp.`,
    sso_onbekend_account: `Je account is niet bekend bij ${bij}. Vraag de functioneel beheerder om je in Klant in Beeld aan te maken met je e-mailadres van het werk.`,
    sso_gedeactiveerd: `Je account bij ${bij} is gedeactiveerd. Klopt dat niet? Vraag de functioneel beheerder.`,
  };
  return meldingen[fout] ?? `Inloggen is niet gelukt. Probeer het opnieuw, of vraag de functioneel beheerder.`;
}

/**
 * The login page per organisatie (docs/oidc.md): which organisatie comes from `?organisatie=<code>` (the link the
 * beheerder hands out) or else the last one used on this device. Where the organisatie has its own provider, the
 * button to log in with that account; where local passwords are off, no password form.
 */
export function SsoInloggen({ wachtwoordFormulier }: { wachtwoordFormulier: ReactNode }) {
  const [zoekParams, setZoekParams] = useSearchParams();
  const uitAdres = zoekParams.get('organisatie');
  const code = uitAdres && CODE.test(uitAdres) ? uitAdres : (onthouden() ?? undefined);
  const fout = zoekParams.get('fout');
  const methoden = useQuery({ ...inlogMethodenQuery(code ?? ''), enabled: Boolean(code) });
  const onbekend = methoden.error instanceof ApiFout && methoden.error.status === 404;

  useEffect(() => {
    if (methoden.data && code) onthoud(code);
    if (onbekend) onthoud(null);
  }, [methoden.data, onbekend, code]);

  const kiesAndere = () => {
    onthoud(null);
    setZoekParams({}, { replace: true });
  };

  const naam = methoden.data?.naam;
  return (
    <>
      {fout && <Melding soort="error">{ssoFoutmelding(fout, naam)}</Melding>}
      {onbekend && (
        <Melding soort="error">
          Er is geen organisatie met de code {code}. Controleer het adres, of log in met je gebruikersnaam en
          wachtwoord.
        </Melding>
      )}
      {methoden.data?.oidc && (
        <div className="kib-formulier">
          <div>
            <ButtonLink href={oidcStartUrl(code!)} appearance="primary-action-button">
              Inloggen met je account van {naam}
            </ButtonLink>
          </div>
          <Paragraph className="kib-zacht">
            Je logt in bij {naam} zelf; daarna kom je terug in Klant in Beeld.
          </Paragraph>
        </div>
      )}
      {methoden.data && !methoden.data.wachtwoord ? (
        <Paragraph>
          Bij {naam} log je niet in met een wachtwoord van Klant in Beeld, maar met je eigen account (de knop
          hierboven).
        </Paragraph>
      ) : (
        <>
          <Paragraph className="kib-zacht">Log in met je gebruikersnaam en wachtwoord van Klant in Beeld.</Paragraph>
          {wachtwoordFormulier}
        </>
      )}
      {methoden.data ? (
        <Paragraph className="kib-zacht">
          Niet van {naam}?{' '}
          <Button appearance="subtle-button" onClick={kiesAndere}>
            Kies een andere organisatie
          </Button>
        </Paragraph>
      ) : (
        !methoden.isFetching && <OrganisatieKiezen onGekozen={(nieuw) => setZoekParams({ organisatie: nieuw })} />
      )}
    </>
  );
}

/** For a device that does not know the organisatie yet: its code leads to the SSO button. */
function OrganisatieKiezen({ onGekozen }: { onGekozen: (code: string) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  return (
    <details className="kib-sso-kiezen">
      <summary>Inloggen met het account van je organisatie</summary>
      <form
        className="kib-formulier"
        noValidate
        onSubmit={handleSubmit(({ code }) => onGekozen(code.trim().toLowerCase()))}
      >
        <Veld
          label="Code van je organisatie"
          beschrijving="Staat in het inlogadres dat je van de functioneel beheerder kreeg, bijvoorbeeld sociale-dienst-demo."
          fout={errors.code?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="organization"
              {...register('code', {
                validate: (waarde) =>
                  CODE.test(waarde.trim().toLowerCase()) ||
                  'Vul de code van je organisatie in: kleine letters, cijfers en streepjes, bijvoorbeeld sociale-dienst-demo.',
              })}
            />
          )}
        </Veld>
        <div>
          <Button type="submit" appearance="secondary-action-button">
            Verder
          </Button>
        </div>
      </form>
    </details>
  );
}
