import {
  Melding,
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
import { verwerkingsactiviteitenQuery } from '../audit/api';

/** The register of processing activities (AVG art. 30), folded away; loaded only when someone opens it. */
export function Register() {
  const [open, setOpen] = useState(false);
  const register = useQuery({ ...verwerkingsactiviteitenQuery(), enabled: open });
  return (
    <details className="kib-uitklap kib-paneel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Register van verwerkingsactiviteiten</summary>
      {register.isPending && open && <Paragraph role="status">Register laden…</Paragraph>}
      {register.isError && <Melding soort="error">{register.error.message}</Melding>}
      {register.data && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption>Waarvoor Klant in Beeld persoonsgegevens gebruikt, en op welke grond</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Verwerkingsactiviteit</TableHeaderCell>
              <TableHeaderCell scope="col">Code</TableHeaderCell>
              <TableHeaderCell scope="col">Doel</TableHeaderCell>
              <TableHeaderCell scope="col">Grondslag</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {register.data.map((a) => (
              <TableRow key={a.code}>
                <TableHeaderCell scope="row">{a.naam}</TableHeaderCell>
                <TableCell data-label="Code">{a.code}</TableCell>
                <TableCell data-label="Doel">{a.doel}</TableCell>
                <TableCell data-label="Grondslag">{a.grondslag}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </details>
  );
}
