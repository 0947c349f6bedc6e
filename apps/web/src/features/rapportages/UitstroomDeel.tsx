import { UITSTROOMREDEN_LABELS, type Uitstroomreden } from '@klant-in-beeld/domain';
import {
  Heading2,
  Paragraph,
  SkeletBalk,
  SkeletTabel,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { datumKort } from '../../app/weergave';
import { aantal } from './cijfers';
import { DeelStatus } from './DeelStatus';
import { useKerncijfers, type KerncijfersKeuze } from './KpiDeel';

/** Expired informal exemptions and the uitstroom per reason in the period of the kerncijfers. */
export function UitstroomDeel(keuze: KerncijfersKeuze) {
  const kerncijfers = useKerncijfers(keuze);
  const k = kerncijfers.data;
  return (
    <section className="kib-paneel" aria-labelledby="overig-kop">
      <Heading2 id="overig-kop">Vrijstellingen en uitstroom</Heading2>
      <DeelStatus
        query={kerncijfers}
        laden="Uitstroom berekenen…"
        fout="De uitstroom kon niet worden geladen"
        skelet={
          <>
            <Paragraph>
              <SkeletBalk lengte="lang" />
            </Paragraph>
            <SkeletTabel kolommen={[{ kop: 'Reden' }, { kop: 'Klanten' }]} rijen={6} kaarten={false} />
          </>
        }
      />
      {k && (
        <>
          <Paragraph>
            Informele vrijstellingen voorbij hun einddatum:{' '}
            <strong>{aantal(k.vrijstellingen.informeelVerlopen)}</strong>
          </Paragraph>
          <Table className="kib-tabel">
            <TableCaption>
              Uitstroom van {datumKort(k.periode.van)} tot en met {datumKort(k.periode.tot)}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Reden</TableHeaderCell>
                <TableHeaderCell scope="col">Klanten</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {Object.entries(k.uitstroom).length === 0 && (
                <TableRow>
                  <TableCell colSpan={2}>Geen uitstroom in deze periode.</TableCell>
                </TableRow>
              )}
              {Object.entries(k.uitstroom).map(([reden, n]) => (
                <TableRow key={reden}>
                  <TableHeaderCell scope="row">
                    {UITSTROOMREDEN_LABELS[reden as Uitstroomreden] ?? reden}
                  </TableHeaderCell>
                  <TableCell>{aantal(n)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
