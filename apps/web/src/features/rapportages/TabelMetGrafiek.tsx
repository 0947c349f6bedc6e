import {
  SkeletVak,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { lazy, Suspense } from 'react';
import { aantal } from './cijfers';

const StaafGrafiek = lazy(() => import('./Grafieken').then((m) => ({ default: m.StaafGrafiek })));

/** A bar chart and the same numbers as a table. */
export function TabelMetGrafiek({
  titel,
  kop,
  rijen,
}: {
  titel: string;
  kop: string;
  rijen: { label: string; kort?: string; waarde: number | null }[];
}) {
  return (
    <>
      <Suspense fallback={<SkeletVak hoogte={220} />}>
        <StaafGrafiek naam={titel} data={rijen.map((r) => ({ label: r.kort ?? r.label, waarde: r.waarde }))} />
      </Suspense>
      <Table className="kib-tabel">
        <TableCaption>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{kop}</TableHeaderCell>
            <TableHeaderCell scope="col">Aantal</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => (
            <TableRow key={r.label}>
              <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
              <TableCell>{aantal(r.waarde)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
