import { DEELNEMER_STATUS_LABELS, DEELNEMER_STATUSSEN } from '@klant-in-beeld/domain';
import {
  Melding,
  Paginering,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { useMedewerker } from '../../app/useMedewerker';
import { dagTekst, datumVan, tijdTekst } from './agenda';
import { deelnemersQuery, gespreksvoerdersQuery, type Campagne, type Deelnemer, type DeelnemerFilters } from './api';
import { DeelnemerActies } from './DeelnemerActies';

/** The open invitation in words: "dinsdag 8 december, 10:00, Stadskantoor". */
export function uitnodigingTekst(u: NonNullable<Deelnemer['uitnodiging']>): string {
  return `${dagTekst(datumVan(u.datumTijd))}, ${tijdTekst(u.datumTijd)}, ${u.locatie}`;
}

/** The deelnemers of a started campagne: filtered by status and medewerker, searched and paged by the API. */
export function DeelnemersTabel({ campagne }: { campagne: Campagne }) {
  const medewerker = useMedewerker();
  const [zoekParams] = useSearchParams();
  const [filters, setFilters] = useState<Omit<DeelnemerFilters, 'zoek'>>({});
  const [zoekTekst, setZoekTekst] = useState(zoekParams.get('zoek') ?? '');
  const zoek = useDebouncedValue(zoekTekst.trim());
  // The page belongs to the search it was chosen for: a new search starts at page 1.
  const [pagina, setPagina] = useState({ page: 1, zoek });
  const page = pagina.zoek === zoek ? pagina.page : 1;
  const setPage = (nieuw: number) => setPagina({ page: nieuw, zoek });
  const deelnemers = useQuery(deelnemersQuery(campagne.id, page, { ...filters, zoek }));
  const medewerkers = useQuery({ ...gespreksvoerdersQuery(), enabled: medewerker.rol !== 'extern' });
  const filter = (nieuw: Omit<DeelnemerFilters, 'zoek'>) => {
    setFilters((oud) => ({ ...oud, ...nieuw }));
    setPage(1);
  };
  const items = deelnemers.data?.items ?? [];
  // Places used before, offered when inviting the next one.
  const locaties = [...new Set(items.flatMap((d) => (d.uitnodiging ? [d.uitnodiging.locatie] : [])))];
  return (
    <section aria-labelledby="deelnemers-kop">
      <h2 id="deelnemers-kop">Deelnemers</h2>
      <div className="kib-filters">
        <Veld label="Status">
          {(invoer) => (
            <Select
              {...invoer}
              value={filters.status ?? ''}
              onChange={(e) => filter({ status: e.target.value as DeelnemerFilters['status'] })}
            >
              <SelectOption value="">Alle statussen</SelectOption>
              {DEELNEMER_STATUSSEN.map((s) => (
                <SelectOption key={s} value={s}>
                  {DEELNEMER_STATUS_LABELS[s]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        {medewerkers.data && (
          <Veld label="Medewerker">
            {(invoer) => (
              <Select
                {...invoer}
                value={filters.medewerkerId ?? ''}
                onChange={(e) => filter({ medewerkerId: e.target.value })}
              >
                <SelectOption value="">Alle medewerkers</SelectOption>
                {medewerkers.data.map((m) => (
                  <SelectOption key={m.id} value={m.id}>
                    {m.naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
        )}
        <Veld label="Zoek op naam of BSN">
          {(invoer) => (
            <Textbox {...invoer} type="search" value={zoekTekst} onChange={(e) => setZoekTekst(e.target.value)} />
          )}
        </Veld>
      </div>
      {deelnemers.isError && <Melding soort="error">{deelnemers.error.message}</Melding>}
      {deelnemers.isPending && <Paragraph role="status">Deelnemers laden…</Paragraph>}
      {deelnemers.data && items.length === 0 && <Paragraph>Geen deelnemers met deze filters.</Paragraph>}
      {deelnemers.data && items.length > 0 && (
        <>
          <Table className="kib-tabel">
            <TableCaption>Deelnemers van de campagne</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Klant</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                <TableHeaderCell scope="col">Uitnodiging</TableHeaderCell>
                <TableHeaderCell scope="col">Actie</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((d) => (
                <TableRow key={d.klantId}>
                  <TableHeaderCell scope="row">
                    <Link to={`/klanten/${d.klantId}`}>{d.klantNaam}</Link>
                  </TableHeaderCell>
                  <TableCell>
                    {DEELNEMER_STATUS_LABELS[d.status]}
                    {d.pogingen > 1 && ` (poging ${d.pogingen})`}
                  </TableCell>
                  <TableCell>{d.medewerkerNaam ?? 'Niet toegewezen'}</TableCell>
                  <TableCell>
                    {d.uitnodiging && !d.uitnodiging.uitkomst ? uitnodigingTekst(d.uitnodiging) : '–'}
                  </TableCell>
                  <TableCell>
                    <DeelnemerActies campagne={campagne} deelnemer={d} locaties={locaties} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {deelnemers.data && (
        <Paginering
          page={deelnemers.data.page}
          pageSize={deelnemers.data.pageSize}
          totaal={deelnemers.data.totaal}
          wat="deelnemers"
          onPagina={setPage}
        />
      )}
    </section>
  );
}
