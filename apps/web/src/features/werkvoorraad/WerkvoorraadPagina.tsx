import {
  dagenTussen,
  vandaag,
  WERKVOORRAAD_SOORT_LABELS,
  WERKVOORRAAD_SOORTEN,
  type WerkvoorraadSoort,
} from '@klant-in-beeld/domain';
import {
  Button,
  Heading1,
  InBeeldBadge,
  Label,
  Melding,
  Paginering,
  Paragraph,
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
  UrgentieBadge,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import { klantmanagersQuery } from '../organisatie/api';
import { werkvoorraadQuery, type WerkvoorraadItem } from './api';
import { CampagneActie } from './CampagneActie';
import { UitstelDialoog } from './UitstelDialoog';

// The columns of the list, for the rows shown while it loads (a phone shows them as cards, like the real list).
const SKELET_KOLOMMEN = [
  { kop: 'Klant', titel: true },
  { kop: 'Wat', regels: 2 },
  { kop: 'In beeld' },
  { kop: 'Vervaldatum', regels: 2 },
  { kop: 'Acties', knop: true },
];

/** The klantmanager's home: whom to see or chase today, overdue first. */
export function WerkvoorraadPagina() {
  const medewerker = useMedewerker();
  const [params, setParams] = useSearchParams();
  const soort = (params.get('soort') as WerkvoorraadSoort | null) ?? undefined;
  const medewerkerId = params.get('medewerkerId') ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const [uitstellen, setUitstellen] = useState<WerkvoorraadItem | null>(null);
  const werkvoorraad = useQuery(werkvoorraadQuery({ soort, medewerkerId, page }));
  const teamleider = medewerker.rol === 'teamleider';
  const klantmanagers = useQuery({ ...klantmanagersQuery(), enabled: teamleider });

  const zet = (wijziging: Record<string, string | undefined>) => {
    const nieuw = new URLSearchParams(params);
    for (const [sleutel, waarde] of Object.entries(wijziging)) {
      if (waarde) nieuw.set(sleutel, waarde);
      else nieuw.delete(sleutel);
    }
    if (!('page' in wijziging)) nieuw.delete('page');
    setParams(nieuw);
  };

  const data = werkvoorraad.data;
  const totaalOpen = data ? Object.values(data.perSoort).reduce((som, n) => som + (n ?? 0), 0) : 0;
  const teamleden = (klantmanagers.data ?? []).filter((km) => km.teamId === medewerker.teamId);

  return (
    <>
      <Heading1>Werkvoorraad</Heading1>
      <Paragraph className="kib-zacht">
        {teamleider
          ? 'Open werk van je team en klanten zonder klantmanager.'
          : 'Wie je vandaag moet zien of najagen. Verlopen items staan bovenaan.'}
      </Paragraph>

      {teamleider && (
        <div className="kib-filters">
          <Veld label="Klantmanager">
            {(invoer) => (
              <Select
                {...invoer}
                value={medewerkerId ?? ''}
                onChange={(e) => zet({ medewerkerId: e.target.value || undefined })}
              >
                <SelectOption value="">Hele team</SelectOption>
                {teamleden.map((km) => (
                  <SelectOption key={km.id} value={km.id}>
                    {km.naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
        </div>
      )}

      {werkvoorraad.isPending && (
        <div className="kib-soortfilter" aria-hidden="true">
          <span className="kib-skelet__chip" />
          <span className="kib-skelet__chip" />
          <span className="kib-skelet__chip" />
        </div>
      )}
      {data && (
        <ul className="kib-soortfilter" aria-label="Filter op soort">
          <li>
            <button type="button" aria-pressed={!soort} onClick={() => zet({ soort: undefined })}>
              Alles ({totaalOpen})
            </button>
          </li>
          {WERKVOORRAAD_SOORTEN.filter((s) => (data.perSoort[s] ?? 0) > 0 || s === soort).map((s) => (
            <li key={s}>
              <button type="button" aria-pressed={soort === s} onClick={() => zet({ soort: s })}>
                {WERKVOORRAAD_SOORT_LABELS[s]} ({data.perSoort[s] ?? 0})
              </button>
            </li>
          ))}
        </ul>
      )}

      {werkvoorraad.isPending && <SkeletTabel label="Werkvoorraad laden…" kolommen={SKELET_KOLOMMEN} rijen={8} />}
      {werkvoorraad.isError && <Melding soort="error">{werkvoorraad.error.message}</Melding>}
      {data && data.items.length === 0 && (
        <Melding soort="ok">
          {soort ? 'Niets open van deze soort.' : 'Alles is bij: er staat niets open in de werkvoorraad.'}
        </Melding>
      )}
      {data && data.items.length > 0 && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption className="kib-visueel-verborgen">
            Werkvoorraad, {data.totaal} items, gesorteerd op vervaldatum (verlopen eerst)
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Klant</TableHeaderCell>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">In beeld</TableHeaderCell>
              <TableHeaderCell scope="col">Vervaldatum</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="kib-visueel-verborgen">Acties</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((item) => (
              <TableRow key={`${item.klantId}-${item.soort}-${item.referentieId ?? ''}`}>
                <TableCell>
                  <Link to={`/klanten/${item.klantId}`}>{item.klantNaam}</Link>
                </TableCell>
                <TableCell data-label="Wat">
                  <Label>{WERKVOORRAAD_SOORT_LABELS[item.soort]}</Label>
                  <div>{item.reden}</div>
                </TableCell>
                <TableCell data-label="In beeld">
                  <InBeeldBadge
                    status={item.inBeeldStatus}
                    dagen={item.laatstGezien ? dagenTussen(item.laatstGezien, data.peildatum) : null}
                    norm={item.normDagen}
                  />
                </TableCell>
                <TableCell data-label="Vervaldatum">
                  <div>{datumKort(item.vervaldatum)}</div>
                  <UrgentieBadge urgentie={item.urgentie} />
                </TableCell>
                <TableCell>
                  <CampagneActie item={item} />
                  <Button
                    appearance="subtle-button"
                    onClick={() => setUitstellen(item)}
                    aria-label={`Uitstellen: ${WERKVOORRAAD_SOORT_LABELS[item.soort]} bij ${item.klantNaam}`}
                  >
                    Uitstellen
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {data && (
        <Paginering
          page={data.page}
          pageSize={data.pageSize}
          totaal={data.totaal}
          wat="items"
          onPagina={(p) => zet({ page: String(p) })}
        />
      )}
      <UitstelDialoog
        item={uitstellen}
        peildatum={data?.peildatum ?? vandaag()}
        onSluiten={() => setUitstellen(null)}
      />
    </>
  );
}
