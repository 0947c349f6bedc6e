import { DIENSTVERLENINGSCATEGORIE_LABELS } from '@klant-in-beeld/domain';
import {
  Checkbox,
  InBeeldBadge,
  Melding,
  Paginering,
  Select,
  SelectOption,
  SkeletTabel,
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
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { klantenQuery, type KlantSamenvatting } from '../klanten/api';
import { KlantmanagerOpties, useKlantmanagers } from './klantmanagers';

const PAGINA_GROOTTE = 25;
const SKELET_KOLOMMEN = [
  { kop: 'Kies', titel: true },
  { kop: 'Naam', titel: true },
  { kop: 'BSN' },
  { kop: 'Klantmanager nu' },
  { kop: 'Categorie' },
  { kop: 'In beeld' },
];
export const ZONDER = 'zonder';

export interface KlantSelectieProps {
  /** A klantmanager's id, `ZONDER` for clients without one, or '' for all. */
  van: string;
  onVan: (waarde: string) => void;
  selectie: Map<string, KlantSamenvatting>;
  onSelecteer: (rijen: KlantSamenvatting[], aan: boolean) => void;
}

/** The clients to choose from, by klantmanager and name, a page at a time; the selection lasts across pages. */
export function KlantSelectie({ van, onVan, selectie, onSelecteer }: KlantSelectieProps) {
  const { lijst: klantmanagers, fout: klantmanagersFout, teamId, caseload, naamVan } = useKlantmanagers();
  const [zoekTekst, setZoekTekst] = useState('');
  const zoek = useDebouncedValue(zoekTekst.trim());
  // The page belongs to one source and search: another of either starts at page 1 again.
  const bron = `${van}\n${zoek}`;
  const [gekozenPagina, setGekozenPagina] = useState({ bron, page: 1 });
  const page = gekozenPagina.bron === bron ? gekozenPagina.page : 1;

  const lijst = useQuery(
    klantenQuery({
      klantmanagerId: van && van !== ZONDER ? van : undefined,
      zonderKlantmanager: van === ZONDER,
      zoek: zoek || undefined,
      status: 'actief',
      page,
      pageSize: PAGINA_GROOTTE,
    }),
  );

  const items = lijst.data?.items ?? [];
  const geselecteerdOpPagina = items.filter((k) => selectie.has(k.id)).length;
  const bronNaam = van === ZONDER ? 'zonder klantmanager' : van ? `van ${naamVan(van)}` : 'van alle klantmanagers';

  return (
    <>
      <div className="kib-filters" role="search">
        <Veld label="Van">
          {(invoer) => (
            <Select {...invoer} value={van} onChange={(e) => onVan(e.target.value)}>
              <SelectOption value="">Alle klanten</SelectOption>
              <SelectOption value={ZONDER}>Zonder klantmanager</SelectOption>
              <KlantmanagerOpties lijst={klantmanagers} teamId={teamId} caseload={caseload} />
            </Select>
          )}
        </Veld>
        <Veld label="Zoeken op naam" verplicht={false}>
          {(invoer) => (
            <Textbox
              {...invoer}
              type="search"
              value={zoekTekst}
              onChange={(e) => setZoekTekst(e.target.value)}
              autoComplete="off"
            />
          )}
        </Veld>
      </div>
      {klantmanagersFout && <Melding soort="error">{klantmanagersFout.message}</Melding>}

      {lijst.isPending && <SkeletTabel label="Klanten laden…" kolommen={SKELET_KOLOMMEN} rijen={PAGINA_GROOTTE} />}
      {lijst.isError && <Melding soort="error">{lijst.error.message}</Melding>}
      {lijst.data && items.length === 0 && (
        <Melding>Geen klanten gevonden. Kies bij ‘Van’ iemand anders of pas de zoekterm aan.</Melding>
      )}
      {lijst.data && items.length > 0 && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption className="kib-visueel-verborgen">
            Klanten {bronNaam}: {lijst.data.totaal}. Vink de klanten aan die je wilt verplaatsen.
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" className="kib-kiescel">
                <Checkbox
                  appearance="custom"
                  aria-label="Alle klanten op deze pagina selecteren"
                  checked={geselecteerdOpPagina === items.length}
                  indeterminate={geselecteerdOpPagina > 0 && geselecteerdOpPagina < items.length}
                  onChange={(e) => onSelecteer(items, e.target.checked)}
                />
              </TableHeaderCell>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">BSN</TableHeaderCell>
              <TableHeaderCell scope="col">Klantmanager nu</TableHeaderCell>
              <TableHeaderCell scope="col">Categorie</TableHeaderCell>
              <TableHeaderCell scope="col">In beeld</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((k) => (
              <TableRow key={k.id}>
                <TableCell className="kib-kiescel">
                  <Checkbox
                    appearance="custom"
                    id={`kies-${k.id}`}
                    checked={selectie.has(k.id)}
                    onChange={(e) => onSelecteer([k], e.target.checked)}
                  />
                </TableCell>
                <TableCell>
                  <label htmlFor={`kies-${k.id}`}>{k.naam}</label>
                </TableCell>
                <TableCell data-label="BSN">{k.bsnGemaskeerd}</TableCell>
                <TableCell data-label="Klantmanager nu">
                  {k.klantmanagerId ? naamVan(k.klantmanagerId) : <em>Geen</em>}
                </TableCell>
                <TableCell data-label="Categorie">
                  {(DIENSTVERLENINGSCATEGORIE_LABELS as Record<string, string>)[k.dienstverleningscategorie] ??
                    k.dienstverleningscategorie}
                </TableCell>
                <TableCell data-label="In beeld">
                  <InBeeldBadge status={k.inBeeldStatus} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {lijst.data && (
        <Paginering
          page={lijst.data.page}
          pageSize={lijst.data.pageSize}
          totaal={lijst.data.totaal}
          wat="klanten"
          onPagina={(p) => setGekozenPagina({ bron, page: p })}
        />
      )}
    </>
  );
}
