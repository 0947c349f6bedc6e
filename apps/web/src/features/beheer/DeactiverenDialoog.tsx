import { Button, Dialoog, Knoppenrij, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { ApiFout } from '../../api/client';
import { beheer, type BeheerMedewerker } from './api';
import { alsKeuze, GEEN_OVERDRACHT, OverdrachtKiezer, type OverdrachtStand } from './OverdrachtKiezer';
import { useBeheerMutatie } from './useBeheerMutatie';

/**
 * Deactivating ends the medewerker's sessions at once. A klantmanager with active clients hands them over first,
 * in the same step: nobody is left without a klantmanager.
 */
export function DeactiverenDialoog({
  medewerker,
  onSluiten,
  onKlaar,
}: {
  medewerker: BeheerMedewerker | undefined;
  onSluiten: () => void;
  onKlaar: (melding: string) => void;
}) {
  return (
    <Dialoog open={medewerker !== undefined} titel="Medewerker deactiveren" onSluiten={onSluiten}>
      {medewerker && (
        <Deactiveren key={medewerker.id} medewerker={medewerker} onSluiten={onSluiten} onKlaar={onKlaar} />
      )}
    </Dialoog>
  );
}

function Deactiveren({
  medewerker,
  onSluiten,
  onKlaar,
}: {
  medewerker: BeheerMedewerker;
  onSluiten: () => void;
  onKlaar: (melding: string) => void;
}) {
  const [stand, setStand] = useState<OverdrachtStand>(GEEN_OVERDRACHT);
  const [keuzeOntbreekt, setKeuzeOntbreekt] = useState(false);
  const overdragen = medewerker.rol === 'klantmanager' && medewerker.aantalKlanten > 0;
  const deactiveren = useBeheerMutatie({
    mutationFn: () =>
      beheer.wijzigMedewerker(medewerker.id, { actief: false, versie: medewerker.versie, ...alsKeuze(stand) }),
    onSuccess: () =>
      onKlaar(
        overdragen
          ? `${medewerker.naam} is gedeactiveerd. De klanten zijn overgedragen.`
          : `${medewerker.naam} is gedeactiveerd.`,
      ),
  });
  const veldFout =
    deactiveren.error instanceof ApiFout
      ? deactiveren.error.fouten.find((f) => f.veld === 'naarKlantmanagerId')?.melding
      : undefined;

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (overdragen && !alsKeuze(stand)) return setKeuzeOntbreekt(true);
        setKeuzeOntbreekt(false);
        deactiveren.mutate();
      }}
    >
      <Paragraph>
        {`${medewerker.naam} kan daarna niet meer inloggen; lopende sessies stoppen meteen. De naam blijft staan in dossiers en logboeken. Je kunt het account later weer heractiveren.`}
      </Paragraph>
      {overdragen && (
        <OverdrachtKiezer
          medewerker={medewerker}
          stand={stand}
          onStand={(s) => {
            setStand(s);
            setKeuzeOntbreekt(false);
          }}
          fout={veldFout ? `${veldFout.charAt(0).toUpperCase()}${veldFout.slice(1)}.` : undefined}
        />
      )}
      {keuzeOntbreekt && (
        <Melding soort="error">
          Kies eerst waar de klanten naartoe gaan: naar één klantmanager, of verdeeld over het team.
        </Melding>
      )}
      {deactiveren.isError && !veldFout && <Melding soort="error">{deactiveren.error.message}</Melding>}
      <Knoppenrij>
        <Button
          type="submit"
          appearance="primary-action-button"
          disabled={deactiveren.isPending}
          busy={deactiveren.isPending}
        >
          {overdragen ? 'Klanten overdragen en deactiveren' : 'Deactiveren'}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onSluiten} data-autofocus>
          Annuleren
        </Button>
      </Knoppenrij>
    </form>
  );
}
