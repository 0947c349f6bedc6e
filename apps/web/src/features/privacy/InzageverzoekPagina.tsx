import { Button, Heading1, Heading2, Knoppenrij, Paragraph, Statusregel } from '@klant-in-beeld/ui';
import { useEffect, useRef, useState } from 'react';
import { inzageExportUrl } from '../audit/api';
import { KlantOpBsn, type GevondenKlant } from '../audit/KlantOpBsn';

/**
 * A client asks what we hold on them and who looked at it (AVG art. 15). Three steps: find the client by the
 * full BSN, confirm the name (a wrong client would mean a data breach), then download.
 */
export function InzageverzoekPagina() {
  const [klant, setKlant] = useState<GevondenKlant>();
  const [bevestigd, setBevestigd] = useState(false);
  const opnieuw = () => {
    setKlant(undefined);
    setBevestigd(false);
  };

  return (
    <>
      <Heading1>Inzageverzoek</Heading1>
      <Paragraph>
        Een klant mag vragen welke gegevens wij van hem of haar hebben. En wie die gegevens heeft bekeken of gewijzigd.
        Zoek de klant op met het volledige BSN. Controleer de naam. Daarna download je alles in één bestand.
      </Paragraph>
      <Statusregel soort="info">{klant && !bevestigd ? `Gevonden: ${klant.naam}` : undefined}</Statusregel>
      {!klant && (
        <section className="kib-paneel" aria-labelledby="zoek-kop">
          <Heading2 id="zoek-kop">1. Klant zoeken</Heading2>
          <KlantOpBsn knop="Klant zoeken" onGevonden={setKlant} />
        </section>
      )}
      {klant && !bevestigd && <Bevestigen klant={klant} onJa={() => setBevestigd(true)} onNee={opnieuw} />}
      {klant && bevestigd && <Downloads klant={klant} onOpnieuw={opnieuw} />}
    </>
  );
}

function Bevestigen({ klant, onJa, onNee }: { klant: GevondenKlant; onJa: () => void; onNee: () => void }) {
  const kop = useRef<HTMLHeadingElement>(null);
  // The search form is gone: put the focus on the question that replaced it.
  useEffect(() => kop.current?.focus(), []);
  return (
    <section className="kib-paneel" aria-labelledby="bevestig-kop">
      <Heading2 id="bevestig-kop" ref={kop} tabIndex={-1}>
        2. Is dit de juiste klant?
      </Heading2>
      <Paragraph>
        Het BSN hoort bij <strong>{klant.naam}</strong>. Klopt dat met de klant die om inzage vraagt?
      </Paragraph>
      <Knoppenrij>
        <Button appearance="primary-action-button" onClick={onJa}>
          Ja, dit is de juiste klant
        </Button>
        <Button appearance="secondary-action-button" onClick={onNee}>
          Nee, opnieuw zoeken
        </Button>
      </Knoppenrij>
    </section>
  );
}

function Downloads({ klant, onOpnieuw }: { klant: GevondenKlant; onOpnieuw: () => void }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  return (
    <section className="kib-paneel" aria-labelledby="download-kop">
      <Heading2 id="download-kop" ref={kop} tabIndex={-1}>
        3. Gegevens van {klant.naam} downloaden
      </Heading2>
      <Paragraph>
        In het bestand staat alles wat Klant in Beeld over deze klant bewaart. En wie de gegevens heeft bekeken en
        gewijzigd. Het downloaden wordt vastgelegd. Geef het PDF-bestand aan de klant. Het JSON-bestand is voor als de
        klant de gegevens digitaal wil meenemen.
      </Paragraph>
      <Knoppenrij>
        <a
          className="utrecht-button-link utrecht-button-link--primary-action"
          href={inzageExportUrl(klant.klantId, 'pdf')}
          download
        >
          Download als PDF (voor de klant)
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={inzageExportUrl(klant.klantId, 'json')}
          download
        >
          Download als JSON
        </a>
        <Button appearance="subtle-button" onClick={onOpnieuw}>
          Andere klant zoeken
        </Button>
      </Knoppenrij>
    </section>
  );
}
