import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@klant-in-beeld/ui';
import { lazy, Suspense } from 'react';
import { opkomstTekst, trechterStappen, type TonenOpkomstDeel, type TonenTrechter } from './trechter';

const TrechterGrafiek = lazy(() => import('./TrechterGrafiek'));

/** The funnel as a chart with the same figures in a table, the opkomst with and without nabellen, and the paden. */
export function TrechterWeergave({
  trechter,
  opkomst,
  paden,
  padLabel = (pad) => pad,
}: {
  trechter: TonenTrechter;
  opkomst?: { metNabellen: TonenOpkomstDeel; zonderNabellen: TonenOpkomstDeel };
  paden?: Record<string, number | null>;
  padLabel?: (pad: string) => string;
}) {
  const stappen = trechterStappen(trechter);
  const padRijen = Object.entries(paden ?? {});
  return (
    <section aria-labelledby="trechter-kop">
      <h2 id="trechter-kop">Trechter</h2>
      <Suspense fallback={null}>
        <TrechterGrafiek trechter={trechter} />
      </Suspense>
      <Table className="kib-tabel">
        <TableCaption>Deelnemers per stap van de campagne</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Stap</TableHeaderCell>
            <TableHeaderCell scope="col">Deelnemers</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {stappen.map((s) => (
            <TableRow key={s.sleutel}>
              <TableHeaderCell scope="row">{s.label}</TableHeaderCell>
              <TableCell>{s.aantal ?? '<5'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {opkomst && (
        <dl className="kib-gegevens">
          <dt>Opkomst met nabellen</dt>
          <dd>{opkomstTekst(opkomst.metNabellen)}</dd>
          <dt>Opkomst zonder nabellen</dt>
          <dd>{opkomstTekst(opkomst.zonderNabellen)}</dd>
        </dl>
      )}
      {padRijen.length > 0 && (
        <Table className="kib-tabel">
          <TableCaption>Gekozen dienstverleningspaden</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Pad</TableHeaderCell>
              <TableHeaderCell scope="col">Deelnemers</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {padRijen.map(([pad, aantal]) => (
              <TableRow key={pad}>
                <TableHeaderCell scope="row">{padLabel(pad)}</TableHeaderCell>
                <TableCell>{aantal ?? '<5'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
