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
import { useQuery } from '@tanstack/react-query';
import { datumKort } from '../../app/weergave';
import { doorstroomQuery, type RapportFilter } from './api';
import { aantal } from './cijfers';
import { DeelStatus } from './DeelStatus';

const DOORSTROOM_KOLOMMEN = ['Van \\ naar', '1', '2', '3', '4', '5', '6'].map((kop) => ({ kop }));

const TREDEN = [1, 2, 3, 4, 5, 6];

/** Movement on the participatieladder between `van` and `tot`, as a heat map of trede to trede. */
export function DoorstroomDeel({ filter, van, tot }: { filter: RapportFilter; van: string; tot: string }) {
  const doorstroom = useQuery(doorstroomQuery({ ...filter, van, tot }));
  const d = doorstroom.data;
  return (
    <section className="kib-paneel" aria-labelledby="doorstroom-kop">
      <Heading2 id="doorstroom-kop">Doorstroom op de ladder</Heading2>
      <DeelStatus
        query={doorstroom}
        laden="Doorstroom berekenen…"
        fout="De doorstroom kon niet worden geladen"
        skelet={
          <>
            <Paragraph>
              <SkeletBalk lengte="lang" />
            </Paragraph>
            <SkeletTabel kolommen={DOORSTROOM_KOLOMMEN} rijen={6} kaarten={false} />
          </>
        }
      />
      {d && (
        <>
          <Paragraph>
            Van {datumKort(d.van)} naar {datumKort(d.tot)}: {aantal(d.omhoog)} omhoog, {aantal(d.gelijk)} gelijk,{' '}
            {aantal(d.omlaag)} omlaag.
          </Paragraph>
          <Table className="kib-tabel kib-heatmap">
            <TableCaption>
              Trede op {datumKort(d.van)} (rijen) naar trede op {datumKort(d.tot)} (kolommen)
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Van \ naar</TableHeaderCell>
                {TREDEN.map((t) => (
                  <TableHeaderCell key={t} scope="col">
                    {t}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {TREDEN.map((vanTrede) => (
                <TableRow key={vanTrede}>
                  <TableHeaderCell scope="row">{vanTrede}</TableHeaderCell>
                  {TREDEN.map((naar) => {
                    // A cell the API leaves out is 0; null means hidden (beleid).
                    const cel = d.matrix[vanTrede]?.[naar];
                    const n = cel === undefined ? 0 : cel;
                    return (
                      <TableCell
                        key={naar}
                        className={`kib-heatmap__cel kib-heatmap__cel--${naar > vanTrede ? 'omhoog' : naar < vanTrede ? 'omlaag' : 'gelijk'}`}
                        data-n={n ?? ''}
                      >
                        {aantal(n)}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
