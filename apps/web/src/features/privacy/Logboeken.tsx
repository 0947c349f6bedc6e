import { Label, Melding, Paginering, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { tijdstipKort } from '../../app/weergave';
import { verwerkingenQuery, wijzigingenQuery } from '../audit/api';
import { HANDELING_LABELS, label, RESULTAAT_LABELS } from '../audit/labels';
import { WijzigingenLijst } from '../audit/WijzigingenLijst';
import type { AuditFilterWaarden } from './AuditFilters';

const PAGINA_GROOTTE = 50;

interface LogProps {
  filters: AuditFilterWaarden;
  page: number;
  onPagina: (page: number) => void;
}

/** Who read which personal data, when, for which processing activity, and whether it was allowed. */
export function VerwerkingenLog({ filters: f, page, onPagina }: LogProps) {
  const verwerkingen = useQuery(
    verwerkingenQuery({ klantId: f.klant?.klantId, medewerkerId: f.medewerkerId, handeling: f.handeling, resultaat: f.resultaat, van: f.van, tot: f.tot, page, pageSize: PAGINA_GROOTTE }),
  );
  if (verwerkingen.isPending) return <Paragraph role="status">Verwerkingen laden…</Paragraph>;
  if (verwerkingen.isError) return <Melding soort="error">{verwerkingen.error.message}</Melding>;
  const { items, totaal, pageSize } = verwerkingen.data;
  return (
    <>
      {items.length === 0 ? (
        <Melding>Er zijn geen verwerkingen gevonden. Pas de filters aan.</Melding>
      ) : (
        <Table className="kib-tabel">
          <TableCaption>Verwerkingen: {totaal} gevonden, nieuwste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
              <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
              <TableHeaderCell scope="col">Klant</TableHeaderCell>
              <TableHeaderCell scope="col">Handeling</TableHeaderCell>
              <TableHeaderCell scope="col">Verwerkingsactiviteit</TableHeaderCell>
              <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
              <TableHeaderCell scope="col">Trace-id</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((v, i) => (
              <TableRow key={`${v.traceId}-${v.tijdstip}-${i}`}>
                <TableCell>{tijdstipKort(v.tijdstip)}</TableCell>
                <TableCell>{v.medewerkerNaam}</TableCell>
                <TableCell>{v.klantNaam ?? <em>Meerdere klanten</em>}</TableCell>
                <TableCell>{label(HANDELING_LABELS, v.handeling)}</TableCell>
                <TableCell>{v.verwerkingsactiviteitNaam}</TableCell>
                <TableCell>{v.resultaat === 'geweigerd' ? <Label>Geweigerd</Label> : RESULTAAT_LABELS.gelukt}</TableCell>
                <TableCell className="kib-zacht">{v.traceId}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Paginering page={page} pageSize={pageSize} totaal={totaal} wat="verwerkingen" onPagina={onPagina} />
    </>
  );
}

/** What was changed, by whom, with the old and the new value of each field. */
export function WijzigingenLog({ filters: f, page, onPagina }: LogProps) {
  const wijzigingen = useQuery(wijzigingenQuery({ klantId: f.klant?.klantId, medewerkerId: f.medewerkerId, resource: f.resource, van: f.van, tot: f.tot, page }));
  if (wijzigingen.isPending) return <Paragraph role="status">Wijzigingen laden…</Paragraph>;
  if (wijzigingen.isError) return <Melding soort="error">{wijzigingen.error.message}</Melding>;
  const { items, totaal, pageSize } = wijzigingen.data;
  return (
    <>
      {items.length === 0 ? (
        <Melding>Er zijn geen wijzigingen gevonden. Pas de filters aan.</Melding>
      ) : (
        <>
          <Paragraph>{totaal === 1 ? '1 wijziging gevonden' : `${totaal} wijzigingen gevonden`}, nieuwste eerst.</Paragraph>
          <WijzigingenLijst items={items} />
        </>
      )}
      <Paginering page={page} pageSize={pageSize} totaal={totaal} wat="wijzigingen" onPagina={onPagina} />
    </>
  );
}
