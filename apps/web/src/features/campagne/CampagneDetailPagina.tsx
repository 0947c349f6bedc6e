import { CAMPAGNE_STATUS_LABELS, DEELNEMER_STATUS_LABELS } from '@klant-in-beeld/domain';
import {
  Button,
  Heading1,
  Knoppenrij,
  Melding,
  Paginering,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiFout } from '../../api/client';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort, tijdstipKort } from '../../app/weergave';
import { campagneKeys, campagneQuery, deelnemersQuery, sluitAf, start } from './api';
import { TrechterWeergave } from './TrechterWeergave';

/** A campagne: status and period, starting and closing it, the funnel and its deelnemers. */
export function CampagneDetailPagina() {
  const { id = '' } = useParams();
  const medewerker = useMedewerker();
  const queryClient = useQueryClient();
  const campagne = useQuery(campagneQuery(id));
  const [page, setPage] = useState(1);
  const deelnemers = useQuery({ ...deelnemersQuery(id, page), enabled: campagne.data?.status !== 'concept' });
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
      <TrechterWeergave trechter={c.trechter} opkomst={c.opkomst} paden={c.paden} />
      {deelnemers.data && (
        <section aria-labelledby="deelnemers-kop">
          <h2 id="deelnemers-kop">Deelnemers</h2>
          <Table className="kib-tabel">
            <TableCaption>Deelnemers van de campagne</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Klant</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                <TableHeaderCell scope="col">Uitnodiging</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {deelnemers.data.items.map((d) => (
                <TableRow key={d.klantId}>
                  <TableHeaderCell scope="row">
                    <Link to={`/klanten/${d.klantId}`}>{d.klantNaam}</Link>
                  </TableHeaderCell>
                  <TableCell>{DEELNEMER_STATUS_LABELS[d.status]}</TableCell>
                  <TableCell>{d.medewerkerNaam ?? 'Niet toegewezen'}</TableCell>
                  <TableCell>
                    {d.uitnodiging ? `${tijdstipKort(d.uitnodiging.datumTijd)}, ${d.uitnodiging.locatie}` : '–'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paginering
            page={deelnemers.data.page}
            pageSize={deelnemers.data.pageSize}
            totaal={deelnemers.data.totaal}
            wat="deelnemers"
            onPagina={setPage}
          />
        </section>
      )}
    </>
  );
}
