import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { tijdstipKort } from '../../app/weergave';
import type { Wijziging } from './api';
import { ACTIE_LABELS, label, RESOURCE_LABELS } from './labels';

/** "jarenNaUitstroom" → "Jaren na uitstroom": field names as words, not code. */
export function veldnaam(sleutel: string): string {
  const woorden = sleutel
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/** A stored value as text; missing and null are both "leeg". */
export function waarde(v: unknown): string {
  if (v === undefined || v === null || v === '') return '(leeg)';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Each change as a small table: per field the old and the new value side by side. */
export function WijzigingenLijst({ items }: { items: Wijziging[] }) {
  return (
    <ol className="kib-tijdlijn">
      {items.map((w, i) => (
        <li key={`${w.tijdstip}-${w.resource}-${w.resourceId}-${i}`}>
          <WijzigingTabel wijziging={w} />
        </li>
      ))}
    </ol>
  );
}

function WijzigingTabel({ wijziging: w }: { wijziging: Wijziging }) {
  const oud = w.wijzigingen.oud ?? {};
  const nieuw = w.wijzigingen.nieuw ?? {};
  const velden = [...new Set([...Object.keys(oud), ...Object.keys(nieuw)])];
  return (
    <Table className="kib-tabel kib-waarden">
      <TableCaption>
        {label(RESOURCE_LABELS, w.resource)}: {label(ACTIE_LABELS, w.actie).toLowerCase()} door {w.medewerkerNaam} op{' '}
        {tijdstipKort(w.tijdstip)}
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Veld</TableHeaderCell>
          <TableHeaderCell scope="col">Was</TableHeaderCell>
          <TableHeaderCell scope="col">Werd</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {velden.length === 0 && (
          <TableRow>
            <TableCell colSpan={3}>Geen velden vastgelegd.</TableCell>
          </TableRow>
        )}
        {velden.map((veld) => (
          <TableRow key={veld}>
            <TableHeaderCell scope="row">{veldnaam(veld)}</TableHeaderCell>
            <TableCell>{w.wijzigingen.oud === null ? '—' : waarde(oud[veld])}</TableCell>
            <TableCell>{w.wijzigingen.nieuw === null ? '—' : waarde(nieuw[veld])}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      {w.traceId && (
        <tfoot>
          <tr>
            <td colSpan={3}>
              <Paragraph className="kib-zacht">Trace-id: {w.traceId}</Paragraph>
            </td>
          </tr>
        </tfoot>
      )}
    </Table>
  );
}
