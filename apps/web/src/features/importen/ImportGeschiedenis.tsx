import {
  Heading2,
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
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { tijdstipKort } from '../../app/weergave';
import { importenQuery } from './api';
import { SOORT_LABELS, STATUS_LABELS } from './labels';

/** Earlier imports, newest first: who, when, what, how it ended. A teamleider sees their own. */
export function ImportGeschiedenis() {
  const [page, setPage] = useState(1);
  const importen = useQuery(importenQuery(page));
  return (
    <section className="kib-paneel" aria-labelledby="geschiedenis-kop">
      <Heading2 id="geschiedenis-kop">Eerdere imports</Heading2>
      {importen.isPending && <Paragraph role="status">Imports laden…</Paragraph>}
      {importen.isError && <Melding soort="error">{importen.error.message}</Melding>}
      {importen.data &&
        (importen.data.items.length === 0 ? (
          <Paragraph>Er zijn nog geen imports.</Paragraph>
        ) : (
          <>
            <Table className="kib-tabel">
              <TableCaption className="kib-visueel-verborgen">Eerdere imports: {importen.data.totaal}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
                  <TableHeaderCell scope="col">Door</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Bestand</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Rijen</TableHeaderCell>
                  <TableHeaderCell scope="col">Nieuw</TableHeaderCell>
                  <TableHeaderCell scope="col">Gewijzigd</TableHeaderCell>
                  <TableHeaderCell scope="col">Ongewijzigd</TableHeaderCell>
                  <TableHeaderCell scope="col">Met fouten</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {importen.data.items.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>
                      <Link to={`/importen/${i.id}`}>{tijdstipKort(i.aangemaaktOp)}</Link>
                    </TableCell>
                    <TableCell>{i.medewerker.naam}</TableCell>
                    <TableCell>{SOORT_LABELS[i.soort]}</TableCell>
                    <TableCell>{i.bestandsnaam ?? '—'}</TableCell>
                    <TableCell>{STATUS_LABELS[i.status]}</TableCell>
                    <TableCell>{i.rijen.totaal}</TableCell>
                    <TableCell>{i.rijen.nieuw}</TableCell>
                    <TableCell>{i.rijen.gewijzigd}</TableCell>
                    <TableCell>{i.rijen.ongewijzigd}</TableCell>
                    <TableCell>{i.rijen.fout}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Paginering
              page={page}
              pageSize={importen.data.pageSize}
              totaal={importen.data.totaal}
              wat="imports"
              onPagina={setPage}
            />
          </>
        ))}
    </section>
  );
}
