import { onbekendeVelden, VOORBEELD_WAARDEN, vulSjabloon } from '@klant-in-beeld/domain';
import {
  Button,
  Heading1,
  Heading2,
  Knoppenrij,
  Melding,
  Paragraph,
  Select,
  SelectOption,
  Statusregel,
  Textarea,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiFout } from '../../api/client';
import { isVersieConflict } from '../../api/formulier';
import { gemeentenQuery } from '../organisatie/api';
import { briefVoorbeeldPdf, brievenKeys, brievenQuery, slaBriefOp, type BriefSjabloon, type Brieven } from './api';

type Veldnaam = 'onderwerp' | 'inhoud' | 'afzender' | 'logo';

/** The invitation letter of the campagnes: template with merge fields, logo, and a live preview beside it. */
export function BrievenPagina() {
  const brieven = useQuery(brievenQuery());
  const gemeenten = useQuery(gemeentenQuery());
  const [gemeenteId, setGemeenteId] = useState('');
  return (
    <>
      <Heading1>Uitnodigingsbrief</Heading1>
      <Paragraph>
        Met deze brief nodigt u klanten uit voor een gesprek in een campagne. Schrijf vriendelijk en in eenvoudige taal.
        Een gemeente kan een eigen brief hebben, met eigen logo en afzender.
      </Paragraph>
      {brieven.isPending && <Paragraph role="status">Brieven laden…</Paragraph>}
      {brieven.isError && <Melding soort="error">{brieven.error.message}</Melding>}
      {brieven.data && (
        <>
          <Veld label="Brief voor">
            {(invoer) => (
              <Select {...invoer} value={gemeenteId} onChange={(e) => setGemeenteId(e.target.value)}>
                <SelectOption value="">Alle gemeenten</SelectOption>
                {(gemeenten.data ?? []).map((g) => (
                  <SelectOption key={g.id} value={g.id}>
                    {g.naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
          <BriefFormulier
            key={`${gemeenteId}-${sjabloonVoor(brieven.data, gemeenteId).versie}`}
            brieven={brieven.data}
            gemeenteId={gemeenteId || null}
          />
        </>
      )}
    </>
  );
}

/** A gemeente without its own letter starts from the organisatie's. */
function sjabloonVoor(brieven: Brieven, gemeenteId: string): BriefSjabloon {
  const eigen = brieven.sjablonen.find((s) => s.gemeenteId === (gemeenteId || null));
  if (eigen) return eigen;
  const organisatie = brieven.sjablonen.find((s) => s.gemeenteId === null)!;
  return { ...organisatie, gemeenteId, versie: 0, heeftLogo: false, standaard: true };
}

function BriefFormulier({ brieven, gemeenteId }: { brieven: Brieven; gemeenteId: string | null }) {
  const queryClient = useQueryClient();
  const start = sjabloonVoor(brieven, gemeenteId ?? '');
  const [onderwerp, setOnderwerp] = useState(start.onderwerp);
  const [inhoud, setInhoud] = useState(start.inhoud);
  const [afzender, setAfzender] = useState(start.afzender);
  const [logo, setLogo] = useState<{ type: 'image/png' | 'image/jpeg'; data: string } | null | undefined>();
  const [fouten, setFouten] = useState<Partial<Record<Veldnaam, string>>>({});
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string; conflict?: boolean }>();
  const tekstvak = useRef<HTMLTextAreaElement>(null);

  const opslaan = useMutation({
    mutationFn: () =>
      slaBriefOp({
        gemeenteId,
        onderwerp,
        inhoud,
        afzender,
        versie: start.versie,
        ...(logo !== undefined && { logo }),
      }),
    onMutate: () => {
      setMelding(undefined);
      setFouten({});
    },
    onSuccess: async (nieuw) => {
      queryClient.setQueryData(brievenKeys.alle, nieuw);
      setMelding({ soort: 'ok', tekst: 'De brief is opgeslagen.' });
    },
    onError: (e) => {
      if (isVersieConflict(e)) {
        setMelding({ soort: 'error', tekst: 'Iemand anders heeft deze brief intussen gewijzigd.', conflict: true });
        return;
      }
      const perVeld: Partial<Record<Veldnaam, string>> = {};
      const overig: string[] = [];
      for (const f of e instanceof ApiFout ? e.fouten : []) {
        const veld = f.veld.split('.')[0] as Veldnaam;
        if (['onderwerp', 'inhoud', 'afzender', 'logo'].includes(veld))
          perVeld[veld] = [perVeld[veld], `${f.melding.charAt(0).toUpperCase()}${f.melding.slice(1)}.`]
            .filter(Boolean)
            .join(' ');
        else overig.push(`${f.veld}: ${f.melding}`);
      }
      setFouten(perVeld);
      setMelding({ soort: 'error', tekst: [e.message, ...overig].join(' ') });
    },
  });

  const pdf = useMutation({
    mutationFn: () => briefVoorbeeldPdf({ gemeenteId, onderwerp, inhoud, afzender }),
    onSuccess: (blob) => window.open(URL.createObjectURL(blob), '_blank'),
    onError: (e) => setMelding({ soort: 'error', tekst: e.message }),
  });

  function voegIn(naam: string) {
    const vak = tekstvak.current;
    const veld = `{{${naam}}}`;
    const van = vak?.selectionStart ?? inhoud.length;
    const tot = vak?.selectionEnd ?? inhoud.length;
    setInhoud(inhoud.slice(0, van) + veld + inhoud.slice(tot));
    requestAnimationFrame(() => {
      vak?.focus();
      vak?.setSelectionRange(van + veld.length, van + veld.length);
    });
  }

  async function kiesLogo(bestand: File | undefined) {
    if (!bestand) return;
    if (bestand.type !== 'image/png' && bestand.type !== 'image/jpeg') {
      setFouten({ ...fouten, logo: 'Kies een PNG- of JPEG-afbeelding.' });
      return;
    }
    const bytes = new Uint8Array(await bestand.arrayBuffer());
    let binair = '';
    bytes.forEach((b) => (binair += String.fromCharCode(b)));
    setFouten({ ...fouten, logo: undefined });
    setLogo({ type: bestand.type, data: btoa(binair) });
  }

  const onbekend = [...onbekendeVelden(onderwerp), ...onbekendeVelden(inhoud)];

  return (
    <div className="kib-brief">
      <form
        className="kib-formulier kib-paneel"
        aria-labelledby="brief-kop"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          opslaan.mutate();
        }}
      >
        <Heading2 id="brief-kop">{gemeenteId ? 'Brief van de gemeente' : 'Brief van de organisatie'}</Heading2>
        {start.standaard && (
          <Paragraph className="kib-zacht">
            {gemeenteId
              ? 'Deze gemeente gebruikt nu de brief van de organisatie.'
              : 'Dit is de standaardbrief. Pas hem aan en sla op.'}
          </Paragraph>
        )}
        {melding?.soort === 'error' && (
          <Melding soort="error">
            {melding.tekst}
            {melding.conflict && (
              <Button
                appearance="secondary-action-button"
                onClick={() => queryClient.invalidateQueries({ queryKey: brievenKeys.alle })}
              >
                Nieuwste versie laden
              </Button>
            )}
          </Melding>
        )}
        <Veld label="Onderwerp" fout={fouten.onderwerp}>
          {(invoer) => <Textbox {...invoer} value={onderwerp} onChange={(e) => setOnderwerp(e.target.value)} />}
        </Veld>
        <Veld label="Afzender" beschrijving="Naam en adres, regel voor regel." fout={fouten.afzender}>
          {(invoer) => <Textarea {...invoer} rows={3} value={afzender} onChange={(e) => setAfzender(e.target.value)} />}
        </Veld>
        <Veld label="Tekst van de brief" fout={fouten.inhoud}>
          {(invoer) => (
            <Textarea {...invoer} ref={tekstvak} rows={16} value={inhoud} onChange={(e) => setInhoud(e.target.value)} />
          )}
        </Veld>
        <Veld
          label="Logo"
          beschrijving={`PNG of JPEG, hoogstens 500 kB. ${start.heeftLogo && logo === undefined ? 'Er is een logo opgeslagen.' : ''}`}
          fout={fouten.logo}
        >
          {({ invalid: _ongeldig, ...invoer }) => (
            <input
              {...invoer}
              type="file"
              accept="image/png,image/jpeg"
              onChange={(e) => kiesLogo(e.target.files?.[0])}
            />
          )}
        </Veld>
        {start.heeftLogo && logo === undefined && (
          <div>
            <Button appearance="secondary-action-button" onClick={() => setLogo(null)}>
              Logo weghalen
            </Button>
          </div>
        )}
        <Knoppenrij>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.isPending}
            disabled={opslaan.isPending}
          >
            {opslaan.isPending ? 'Bezig met opslaan…' : 'Brief opslaan'}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => pdf.mutate()} disabled={pdf.isPending}>
            Bekijk als PDF
          </Button>
        </Knoppenrij>
        <Statusregel>{melding?.soort === 'ok' ? melding.tekst : undefined}</Statusregel>

        <Heading2 id="velden-kop">Samenvoegvelden</Heading2>
        <ul aria-labelledby="velden-kop" className="kib-lijst">
          {brieven.velden.map((v) => (
            <li key={v.naam}>
              <code>{`{{${v.naam}}}`}</code> {v.omschrijving} (bijvoorbeeld: {v.voorbeeld}){' '}
              <Button appearance="subtle-button" onClick={() => voegIn(v.naam)} aria-label={`Invoegen: ${v.naam}`}>
                Invoegen
              </Button>
            </li>
          ))}
        </ul>
      </form>

      <section className="kib-paneel" aria-labelledby="voorbeeld-kop">
        <Heading2 id="voorbeeld-kop">Voorbeeld</Heading2>
        {onbekend.length > 0 && (
          <Melding soort="warning">
            Onbekend samenvoegveld: {onbekend.map((n) => `{{${n}}}`).join(', ')}. Dit veld wordt niet ingevuld.
          </Melding>
        )}
        <div aria-live="polite" data-testid="briefvoorbeeld">
          <Paragraph className="kib-zacht" style={{ whiteSpace: 'pre-line' }}>
            {afzender}
          </Paragraph>
          <Paragraph>
            <strong>{vulSjabloon(onderwerp, VOORBEELD_WAARDEN)}</strong>
          </Paragraph>
          {vulSjabloon(inhoud, VOORBEELD_WAARDEN)
            .split(/\n{2,}/)
            .map((alinea, i) => (
              <Paragraph key={i} style={{ whiteSpace: 'pre-line' }}>
                {markeer(alinea)}
              </Paragraph>
            ))}
        </div>
      </section>
    </div>
  );
}

/** Shows a field that stayed unfilled (unknown) as marked text. */
function markeer(tekst: string) {
  return tekst.split(/(\{\{[^{}]*\}\})/).map((deel, i) =>
    /^\{\{[^{}]*\}\}$/.test(deel) ? (
      <mark key={i} title="Onbekend samenvoegveld">
        {deel}
      </mark>
    ) : (
      deel
    ),
  );
}
