import { plusMaanden } from '@klant-in-beeld/domain';
import {
  Heading2,
  Melding,
  Paragraph,
  SkeletTabel,
  SkeletVak,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { datumKort } from '../../app/weergave';
import { trendQuery, type RapportFilter } from './api';
import { aandeelInBeeld, aantal, procent } from './cijfers';
import { DeelStatus } from './DeelStatus';

const TREND_KOLOMMEN = [{ kop: 'Maand' }, { kop: 'Klanten' }, { kop: 'In beeld' }, { kop: 'Gesproken in 12 maanden' }];
const InBeeldTrendGrafiek = lazy(() => import('./Grafieken').then((m) => ({ default: m.InBeeldTrendGrafiek })));

const inProcenten = (f: number | null) => (f === null ? null : Math.round(f * 1000) / 10);

/** How often the page asks again while the background preparation is still preparing months. */
export const TREND_OPNIEUW_MS = 3000;

/** Right after a start the server answers with the months that are ready; the rest follows (docs/performance.md). */
function InVoorbereiding({ klaar, totaal }: { klaar: number; totaal: number }) {
  const label = useId();
  return (
    <Melding>
      <div className="kib-voortgang">
        <Paragraph id={label}>
          {`De trend wordt nog voorbereid: ${klaar} van ${totaal} maanden staan klaar. De grafiek vult zich vanzelf aan.`}
        </Paragraph>
        <progress aria-labelledby={label} value={klaar} max={totaal} />
      </div>
    </Melding>
  );
}

/** In beeld and gesproken over the twelve months up to the peildatum. */
export function TrendDeel({ filter, peildatum }: { filter: RapportFilter; peildatum: string }) {
  const trend = useQuery({
    ...trendQuery({ ...filter, van: plusMaanden(peildatum, -11), tot: peildatum }),
    // Ask again until the background preparation has every month ready.
    refetchInterval: (query) => (query.state.data?.inVoorbereiding.length ? TREND_OPNIEUW_MS : false),
  });
  const nogNiet = trend.data?.inVoorbereiding.length ?? 0;
  return (
    <section className="kib-paneel" aria-labelledby="trend-kop">
      <Heading2 id="trend-kop">In beeld over de tijd</Heading2>
      <DeelStatus
        query={trend}
        laden="Trend berekenen…"
        fout="De trend kon niet worden geladen"
        skelet={
          <>
            <SkeletVak hoogte={260} />
            <SkeletTabel kolommen={TREND_KOLOMMEN} rijen={12} kaarten={false} />
          </>
        }
      />
      {trend.data && (
        <>
          {nogNiet > 0 && (
            <InVoorbereiding klaar={trend.data.maanden.length} totaal={trend.data.maanden.length + nogNiet} />
          )}
          <Suspense fallback={<SkeletVak hoogte={260} />}>
            <InBeeldTrendGrafiek
              punten={trend.data.maanden.map((m) => ({
                maand: m.peildatum.slice(0, 7),
                inBeeld: inProcenten(aandeelInBeeld(m)),
                gesproken: inProcenten(m.gesprokenLaatste12Maanden),
              }))}
            />
          </Suspense>
          <Table className="kib-tabel">
            <TableCaption>In beeld en gesproken per maand</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Maand</TableHeaderCell>
                <TableHeaderCell scope="col">Klanten</TableHeaderCell>
                <TableHeaderCell scope="col">In beeld</TableHeaderCell>
                <TableHeaderCell scope="col">Gesproken in 12 maanden</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {trend.data.maanden.map((m) => (
                <TableRow key={m.peildatum}>
                  <TableHeaderCell scope="row">{datumKort(m.peildatum)}</TableHeaderCell>
                  <TableCell>{aantal(m.caseload)}</TableCell>
                  <TableCell>{procent(aandeelInBeeld(m))}</TableCell>
                  <TableCell>{procent(m.gesprokenLaatste12Maanden)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
