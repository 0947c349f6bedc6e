import {
  Label,
  Melding,
  Paginering,
  Paragraph,
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
import { tijdstipKort } from '../../app/weergave';
import { verwerkingenQuery, wijzigingenQuery } from '../audit/api';
import { HANDELING_LABELS, label, RESULTAAT_LABELS } from '../audit/labels';
import { WijzigingenLijst } from '../audit/WijzigingenLijst';
import type { AuditFilterWaarden } from './AuditFilters';

const PAGINA_GROOTTE = 50;
const VERWERKING_KOLOMMEN = [
  'Tijdstip',
  'Medewerker',
  'Klant',
  'Handeling',
  'Verwerkingsactiviteit',
  'Resultaat',
  'Trace-id',
].map((kop, i) => ({ kop, titel: i === 0 }));

interface LogProps {
  filters: AuditFilterWaarden;
  page: number;
  onPagina: (page: number) => void;
}

/** Who read which personal data, when, for which processing activity, and whether it was allowed. */
export function VerwerkingenLog({ filters: f, page, onPagina }: LogProps) {
  const verwerkingen = useQuery(
    verwerkingenQuery({
      klantId: f.klant?.klantId,
      medewerkerId: f.medewerkerId,
      handeling: f.handeling,
      resultaat: f.resultaat,
      van: f.van,
      tot: f.tot,
      page,
      pageSize: PAGINA_GROOTTE,
    }),
  );
  if (verwerkingen.isPending)
    return <SkeletTabel label="Verwerkingen laden…" kolommen={VERWERKING_KOLOMMEN} rijen={10} />;
  if (verwerkingen.isError) return <Melding soort="error">{verwerkingen.error.message}</Melding>;
  const { items, totaal, pageSize } = verwerkingen.data;
  return (
    <>
      {items.length === 0 ? (
        <Melding>Er zijn geen verwerkingen gevonden. Pas de filters aan.</Melding>
      ) : (
        <Table className="kib-tabel kib-kaarten">
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
                <TableCell data-label="Medewerker">{v.medewerkerNaam}</TableCell>
                <TableCell data-label="Klant">{v.klantNaam ?? <em>Meerdere klanten</em>}</TableCell>
                <TableCell data-label="Handeling">{label(HANDELING_LABELS, v.handeling)}</TableCell>
                <TableCell data-label="Verwerkingsactiviteit">{v.verwerkingsactiviteitNaam}</TableCell>
                <TableCell data-label="Resultaat">
                  {v.resultaat === 'geweigerd' ? <Label>Geweigerd</Label> : RESULTAAT_LABELS.gelukt}
                </TableCell>
                <TableCell data-label="Trace-id" className="kib-zacht">
                  {v.traceId}
                </TableCell>
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
  const wijzigingen = useQuery(
    wijzigingenQuery({
      klantId: f.klant?.klantId,
      medewerkerId: f.medewerkerId,
      resource: f.resource,
      van: f.van,
      tot: f.tot,
      page,
    }),
  );
  if (wijzigingen.isPending)
    return (
      <SkeletTabel
        label="Wijzigingen laden…"
        kolommen={[{ kop: 'Veld' }, { kop: 'Was' }, { kop: 'Werd' }]}
        rijen={8}
        kaarten={false}
      />
    );
  if (wijzigingen.isError) return <Melding soort="error">{wijzigingen.error.message}</Melding>;
  const { items, totaal, pageSize } = wijzigingen.data;
  return (
    <>
      {items.length === 0 ? (
        <Melding>Er zijn geen wijzigingen gevonden. Pas de filters aan.</Melding>
      ) : (
        <>
          <Paragraph>
            {totaal === 1 ? '1 wijziging gevonden' : `${totaal} wijzigingen gevonden`}, nieuwste eerst.
          </Paragraph>
          <WijzigingenLijst items={items} />
        </>
      )}
      <Paginering page={page} pageSize={pageSize} totaal={totaal} wat="wijzigingen" onPagina={onPagina} />
    </>
  );
}
