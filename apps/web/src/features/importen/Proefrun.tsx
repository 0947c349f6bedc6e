import {
  Heading2,
  Knoppenrij,
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
import { foutenCsvUrl, type Import } from './api';

/** What the dry run found: the counts, the first errors (all of them as CSV) and the warnings. */
export function Proefrun({ taak }: { taak: Import }) {
  const { rijen, fouten, waarschuwingen } = taak;
  return (
    <section className="kib-paneel" aria-labelledby="proefrun-kop">
      <Heading2 id="proefrun-kop">Uitkomst van de controle</Heading2>
      {taak.status === 'klaar' ? (
        <Melding soort="ok">Het bestand heeft geen fouten. Er is nog niets vastgelegd.</Melding>
      ) : (
        <Melding soort="warning">
          {`Het bestand is afgekeurd: ${rijen.fout} ${rijen.fout === 1 ? 'rij heeft' : 'rijen hebben'} een fout. Er is niets vastgelegd. Herstel het bestand en upload het opnieuw, of pas hieronder de koppeling van de kolommen aan.`}
        </Melding>
      )}
      <dl className="kib-gegevens">
        <dt>Rijen in het bestand</dt>
        <dd>{rijen.totaal}</dd>
        <dt>Nieuw</dt>
        <dd>{rijen.nieuw}</dd>
        <dt>Gewijzigd</dt>
        <dd>{rijen.gewijzigd}</dd>
        <dt>Ongewijzigd</dt>
        <dd>{rijen.ongewijzigd}</dd>
        <dt>Met fouten</dt>
        <dd>{rijen.fout}</dd>
      </dl>
      {fouten.length > 0 && (
        <>
          <Table className="kib-tabel">
            <TableCaption>
              {fouten.length < rijen.fout || fouten.length === 200
                ? `De eerste ${fouten.length} fouten`
                : `Fouten (${fouten.length})`}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Rij</TableHeaderCell>
                <TableHeaderCell scope="col">Kolom</TableHeaderCell>
                <TableHeaderCell scope="col">Melding</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {fouten.map((f, i) => (
                <TableRow key={i}>
                  <TableCell>{f.rij}</TableCell>
                  <TableCell>{f.veld}</TableCell>
                  <TableCell>{f.melding}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Knoppenrij>
            <a
              className="utrecht-button-link utrecht-button-link--secondary-action"
              href={foutenCsvUrl(taak.id)}
              download
            >
              Alle fouten downloaden (CSV)
            </a>
          </Knoppenrij>
        </>
      )}
      {waarschuwingen.length > 0 && (
        <>
          <Paragraph>
            <strong>Opmerkingen</strong> (houden de import niet tegen):
          </Paragraph>
          <ul>
            {waarschuwingen.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
