import { CAMPAGNE_STATUS_LABELS, CAMPAGNE_STATUSSEN, type CampagneStatus } from '@klant-in-beeld/domain';
import {
  Heading1,
  Melding,
  Opties,
  Paginering,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import { campagnesQuery } from './api';

/** The organisatie's campagnes, paged, with their status, period and how far the funnel got. */
export function CampagnesPagina() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<CampagneStatus | ''>('');
  const lijst = useQuery(campagnesQuery(page, status || undefined));
  const medewerker = useMedewerker();
  return (
    <>
      <Heading1>Campagnes</Heading1>
      {medewerker?.rol === 'teamleider' && (
        <Paragraph>
          <Link to="/campagnes/nieuw">Nieuwe campagne</Link>
        </Paragraph>
      )}
      <Veld label="Status">
        {(invoer) => (
          <Select
            {...invoer}
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as CampagneStatus | '');
              setPage(1);
            }}
          >
            <Opties codes={CAMPAGNE_STATUSSEN} labels={CAMPAGNE_STATUS_LABELS} leeg="Alle statussen" />
          </Select>
        )}
      </Veld>
      {lijst.isError && <Melding soort="error">De campagnes konden niet worden geladen.</Melding>}
      {lijst.isPending && <Paragraph role="status">Campagnes laden…</Paragraph>}
      {lijst.data && lijst.data.totaal === 0 && <Paragraph>Er zijn geen campagnes.</Paragraph>}
      {lijst.data && lijst.data.totaal > 0 && (
        <>
          <Table className="kib-tabel">
            <TableCaption>Campagnes</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Periode</TableHeaderCell>
                <TableHeaderCell scope="col">Cohort</TableHeaderCell>
                <TableHeaderCell scope="col">Uitgenodigd</TableHeaderCell>
                <TableHeaderCell scope="col">Gesprek gevoerd</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.items.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row">
                    <Link to={`/campagnes/${c.id}`}>{c.naam}</Link>
                  </TableHeaderCell>
                  <TableCell>{CAMPAGNE_STATUS_LABELS[c.status]}</TableCell>
                  <TableCell>
                    {datumKort(c.startdatum)} t/m {datumKort(c.einddatum)}
                  </TableCell>
                  <TableCell>{c.cohortGrootte ?? '–'}</TableCell>
                  <TableCell>{c.trechter.uitgenodigd ?? '–'}</TableCell>
                  <TableCell>{c.trechter.gesprekGevoerd ?? '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paginering
            page={lijst.data.page}
            pageSize={lijst.data.pageSize}
            totaal={lijst.data.totaal}
            wat="campagnes"
            onPagina={setPage}
          />
        </>
      )}
    </>
  );
}
