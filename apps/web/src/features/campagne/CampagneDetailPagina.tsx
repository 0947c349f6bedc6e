import { CAMPAGNE_STATUS_LABELS } from '@klant-in-beeld/domain';
import { Button, Heading1, Knoppenrij, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiFout } from '../../api/client';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import { padenQuery } from '../gesprek/api';
import { campagneKeys, campagneQuery, sluitAf, start, trechterXlsxUrl } from './api';
import { BrievenDownload } from './BrievenDownload';
import { CampagneBewerken } from './CampagneBewerken';
import { DeelnemersTabel } from './DeelnemersTabel';
import { VerdelenDialoog } from './VerdelenDialoog';
import { TrechterWeergave } from './TrechterWeergave';

/** A campagne: status and period, starting, changing and closing it, the funnel, the letters and its deelnemers. */
export function CampagneDetailPagina() {
  const { id = '' } = useParams();
  const medewerker = useMedewerker();
  const queryClient = useQueryClient();
  const campagne = useQuery(campagneQuery(id));
  const [bewerken, setBewerken] = useState<'bewerken' | 'verdelen' | null>(null);
  // The paths by name (an extern may not read the settings: then the code).
  const paden = useQuery({ ...padenQuery(), enabled: medewerker.rol !== 'extern' });
  const padLabel = (code: string) => paden.data?.paden.find((p) => p.code === code)?.naam ?? code;
  const [melding, setMelding] = useState<string>();
  const actie = useMutation({
    mutationFn: (soort: 'starten' | 'afsluiten') =>
      soort === 'starten' ? start(id, campagne.data!.versie) : sluitAf(id, campagne.data!.versie),
    onSuccess: () => {
      setMelding(undefined);
      void queryClient.invalidateQueries({ queryKey: campagneKeys.alle });
    },
    onError: (fout) => {
      setMelding(fout instanceof ApiFout ? fout.message : 'Dat is niet gelukt.');
      if (fout instanceof ApiFout && fout.status === 409)
        void queryClient.invalidateQueries({ queryKey: campagneKeys.alle });
    },
  });
  if (campagne.isPending) return <Paragraph role="status">Campagne laden…</Paragraph>;
  if (campagne.isError) return <Melding soort="error">De campagne kon niet worden geladen.</Melding>;
  const c = campagne.data;
  const teamleider = medewerker.rol === 'teamleider';
  const bevestig = (vraag: string, soort: 'starten' | 'afsluiten') => {
    if (window.confirm(vraag)) actie.mutate(soort);
  };
  return (
    <>
      <Heading1>{c.naam}</Heading1>
      <Paragraph>
        {CAMPAGNE_STATUS_LABELS[c.status]} · {datumKort(c.startdatum)} t/m {datumKort(c.einddatum)}
        {c.cohortGrootte !== null &&
          ` · ${c.cohortGrootte} ${c.status === 'concept' ? 'klanten nu in het cohort' : 'deelnemers'}`}
      </Paragraph>
      {c.doel && <Paragraph>{c.doel}</Paragraph>}
      {melding && <Melding soort="error">{melding}</Melding>}
      {teamleider && (
        <Knoppenrij>
          {c.status === 'concept' && (
            <Button
              appearance="primary-action-button"
              disabled={actie.isPending}
              onClick={() =>
                bevestig(
                  `De campagne starten met ${c.cohortGrootte ?? 0} deelnemers? Het cohort ligt daarna vast.`,
                  'starten',
                )
              }
            >
              Campagne starten
            </Button>
          )}
          {c.status !== 'afgesloten' && (
            <Button appearance="secondary-action-button" onClick={() => setBewerken('bewerken')}>
              Campagne bewerken
            </Button>
          )}
          {c.status === 'lopend' && (
            <Button appearance="secondary-action-button" onClick={() => setBewerken('verdelen')}>
              Deelnemers verdelen
            </Button>
          )}
          {c.status === 'lopend' && (
            <Button
              appearance="secondary-action-button"
              disabled={actie.isPending}
              onClick={() =>
                bevestig('De campagne afsluiten? Daarna kan niemand meer worden uitgenodigd.', 'afsluiten')
              }
            >
              Campagne afsluiten
            </Button>
          )}
        </Knoppenrij>
      )}
      <TrechterWeergave trechter={c.trechter} opkomst={c.opkomst} paden={c.paden} padLabel={padLabel} />
      {c.status !== 'concept' && (teamleider || medewerker.rol === 'beleid') && (
        <Knoppenrij>
          <Link className="utrecht-button-link utrecht-button-link--secondary-action" to={`/campagnes/${c.id}/effect`}>
            Effect van de campagne
          </Link>
          <a
            className="utrecht-button-link utrecht-button-link--secondary-action"
            href={trechterXlsxUrl(c.id)}
            download
          >
            Trechter (Excel)
          </a>
        </Knoppenrij>
      )}
      {c.status !== 'concept' && medewerker.rol !== 'beleid' && (
        <>
          {c.status === 'lopend' && <BrievenDownload campagneId={c.id} />}
          <DeelnemersTabel campagne={c} />
        </>
      )}
      {bewerken === 'bewerken' && <CampagneBewerken campagne={c} onSluiten={() => setBewerken(null)} />}
      {bewerken === 'verdelen' && <VerdelenDialoog campagne={c} onSluiten={() => setBewerken(null)} />}
    </>
  );
}
