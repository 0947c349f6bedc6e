import {
  Button,
  Checkbox,
  Heading1,
  Heading2,
  Melding,
  Paragraph,
  Statusregel,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { oidcKeys, oidcQuery, slaOidcOp, type OidcInstelling } from './api';

/** The beheerder connects the organisatie's identity provider (Entra ID, Keycloak, ADFS …); docs/oidc.md. */
export function SsoPagina() {
  const instelling = useQuery(oidcQuery());
  return (
    <>
      <Heading1>Inloggen (SSO)</Heading1>
      <Paragraph>
        Medewerkers kunnen inloggen met het account dat ze al hebben bij de organisatie, via OpenID Connect. Klant in
        Beeld zoekt de medewerker op aan de hand van het e-mailadres dat de inlogdienst doorgeeft. Rol en team stel je
        hier in Klant in Beeld in, niet bij de inlogdienst.
      </Paragraph>
      {instelling.isPending && <Paragraph role="status">Instelling laden…</Paragraph>}
      {instelling.isError && <Melding soort="error">{instelling.error.message}</Melding>}
      {instelling.data && (
        <>
          <Registratie instelling={instelling.data} />
          <SsoFormulier opgeslagen={instelling.data} />
        </>
      )}
    </>
  );
}

/** What the beheerder registers at the provider, and the link to hand out. */
function Registratie({ instelling }: { instelling: OidcInstelling }) {
  return (
    <section className="kib-paneel" aria-labelledby="registratie-kop">
      <Heading2 id="registratie-kop">Bij de inlogdienst registreren</Heading2>
      <dl className="kib-gegevens">
        <dt>Redirect URI</dt>
        <dd>
          <code>{instelling.redirectUri}</code>
        </dd>
        <dt>Adres na uitloggen (post-logout redirect URI)</dt>
        <dd>
          <code>{instelling.uitlogRedirectUri}</code>
        </dd>
        <dt>Scopes</dt>
        <dd>
          <code>openid email profile</code>
        </dd>
        <dt>Inlogadres voor medewerkers</dt>
        <dd>
          <code>{instelling.inlogUrl}</code>
        </dd>
      </dl>
    </section>
  );
}

interface Invoer {
  issuer: string;
  clientId: string;
  clientGeheim: string;
  uitloggenBijProvider: boolean;
  wachtwoordToegestaan: boolean;
}

const VELDEN = ['issuer', 'clientId', 'clientGeheim', 'uitloggenBijProvider', 'wachtwoordToegestaan'] as const;

const alsInvoer = (i: OidcInstelling): Invoer => ({
  issuer: i.issuer ?? '',
  clientId: i.clientId ?? '',
  clientGeheim: '',
  uitloggenBijProvider: i.uitloggenBijProvider,
  wachtwoordToegestaan: i.wachtwoordToegestaan,
});

function SsoFormulier({ opgeslagen }: { opgeslagen: OidcInstelling }) {
  const queryClient = useQueryClient();
  const uitlogUitleg = useId();
  const wachtwoordUitleg = useId();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: alsInvoer(opgeslagen) });
  const opslaan = useMutation({
    mutationFn: (invoer: Invoer) =>
      slaOidcOp({
        issuer: invoer.issuer.trim() || undefined,
        clientId: invoer.clientId.trim() || undefined,
        clientGeheim: invoer.clientGeheim || undefined,
        uitloggenBijProvider: invoer.uitloggenBijProvider,
        wachtwoordToegestaan: invoer.wachtwoordToegestaan,
      }),
    onMutate: () => setMelding(undefined),
    onSuccess: async (nieuw) => {
      reset(alsInvoer(nieuw));
      setMelding({
        soort: 'ok',
        tekst: nieuw.issuer
          ? `Opgeslagen. Medewerkers kunnen inloggen via ${nieuw.issuer}.`
          : 'Opgeslagen. Inloggen met het eigen account staat uit.',
      });
      queryClient.setQueryData(oidcKeys.alle, nieuw);
    },
    onError: (e) => setMelding({ soort: 'error', tekst: toonApiFouten(e, setError, VELDEN) }),
  });

  return (
    <section className="kib-paneel" aria-labelledby="sso-kop">
      <Heading2 id="sso-kop">Inlogdienst</Heading2>
      <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))}>
        {melding?.soort === 'error' && <Melding soort="error">{melding.tekst}</Melding>}
        <Veld
          label="Issuer"
          beschrijving="Het adres van de inlogdienst, met https://. Laat leeg om inloggen met het eigen account uit te zetten. Bij opslaan controleren we of het een OpenID-provider is."
          fout={errors.issuer?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              {...register('issuer', {
                validate: (waarde) =>
                  !waarde.trim() ||
                  /^https?:\/\/\S+$/.test(waarde.trim()) ||
                  'Vul een adres in dat met https:// begint.',
              })}
            />
          )}
        </Veld>
        <Veld label="Client id" fout={errors.clientId?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="off"
              spellCheck={false}
              {...register('clientId', {
                validate: (waarde, alles) =>
                  !alles.issuer.trim() || Boolean(waarde.trim()) || 'Vul de client id in die de inlogdienst gaf.',
              })}
            />
          )}
        </Veld>
        <Veld
          label="Client secret"
          beschrijving={
            opgeslagen.clientGeheimIngesteld
              ? 'Er is een secret opgeslagen. Laat leeg om het te houden; het wordt nooit getoond.'
              : 'Nog niet opgeslagen. Het wordt versleuteld bewaard en nooit getoond.'
          }
          fout={errors.clientGeheim?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              type="password"
              autoComplete="new-password"
              {...register('clientGeheim', {
                validate: (waarde, alles) =>
                  !alles.issuer.trim() ||
                  opgeslagen.clientGeheimIngesteld ||
                  Boolean(waarde) ||
                  'Vul het client secret in dat de inlogdienst gaf.',
              })}
            />
          )}
        </Veld>
        <div>
          <label className="kib-keuze">
            <Checkbox aria-describedby={uitlogUitleg} {...register('uitloggenBijProvider')} /> Bij uitloggen ook
            uitloggen bij de inlogdienst
          </label>
          <Paragraph id={uitlogUitleg} className="kib-zacht">
            Wie uitlogt, is dan ook bij de inlogdienst van de organisatie uitgelogd (als die dat aanbiedt).
          </Paragraph>
          {errors.uitloggenBijProvider?.message && (
            <p className="kib-veld__fout">{errors.uitloggenBijProvider.message}</p>
          )}
        </div>
        <div>
          <label className="kib-keuze">
            <Checkbox
              aria-describedby={wachtwoordUitleg}
              aria-invalid={errors.wachtwoordToegestaan ? true : undefined}
              {...register('wachtwoordToegestaan', {
                validate: (waarde, alles) =>
                  waarde ||
                  Boolean(alles.issuer.trim()) ||
                  'Wachtwoorden kunnen pas uit als de inlogdienst is ingesteld; anders kan niemand meer inloggen.',
              })}
            />{' '}
            Medewerkers mogen ook inloggen met gebruikersnaam en wachtwoord
          </label>
          <Paragraph id={wachtwoordUitleg} className="kib-zacht">
            Zet je dit uit, dan logt iedereen in via de inlogdienst (stel die eerst in). De tweede stap (MFA) regelt de
            inlogdienst dan.
          </Paragraph>
          {errors.wachtwoordToegestaan?.message && (
            <p className="kib-veld__fout">{errors.wachtwoordToegestaan.message}</p>
          )}
        </div>
        <div>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met controleren en opslaan…' : 'Inlogdienst opslaan'}
          </Button>
        </div>
        <Statusregel>{melding?.soort === 'ok' ? melding.tekst : undefined}</Statusregel>
      </form>
    </section>
  );
}
