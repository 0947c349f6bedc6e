import {
  dagenTussen,
  DIENSTVERLENINGSCATEGORIE_LABELS,
  IN_BEELD_STATUS_LABELS,
  IN_BEELD_STATUSSEN,
  vandaag,
  type InBeeldStatus,
} from '@klant-in-beeld/domain';
import {
  Heading1,
  InBeeldBadge,
  Label,
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
import { useEffect, useEffectEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { datumKort } from '../../app/weergave';
import { datumInNederland } from '@klant-in-beeld/domain';
import { klantmanagersQuery } from '../organisatie/api';
import { klantenQuery } from './api';

const SKELET_KOLOMMEN = [
  { kop: 'Naam', titel: true },
  { kop: 'BSN' },
  { kop: 'Categorie' },
  { kop: 'Klantmanager' },
  { kop: 'Laatst gesproken' },
  { kop: 'In beeld' },
];

/** Find a client by name or by the full BSN (all 9 digits); filter by in-beeld status and klantmanager. */
export function KlantenPagina() {
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const inBeeld = (params.get('inBeeld') ?? '') as InBeeldStatus | '';
  const klantmanager = params.get('klantmanager') ?? '';
  const page = Number(params.get('page') ?? 1);
  const [zoekTekst, setZoekTekst] = useState(zoek);
  const klantmanagers = useQuery(klantmanagersQuery());
  const klanten = useQuery(
    klantenQuery({
      zoek: zoek || undefined,
      inBeeld: inBeeld || undefined,
      klantmanagerId: klantmanager && klantmanager !== 'geen' ? klantmanager : undefined,
      zonderKlantmanager: klantmanager === 'geen',
      status: 'actief',
      page,
      pageSize: 25,
    }),
  );

  const zet = (wijziging: Record<string, string>) => {
    const nieuw = new URLSearchParams(params);
    for (const [sleutel, waarde] of Object.entries(wijziging)) {
      if (waarde) nieuw.set(sleutel, waarde);
      else nieuw.delete(sleutel);
    }
    if (!('page' in wijziging)) nieuw.delete('page');
    setParams(nieuw, { replace: true });
  };

  // Search as you type, without a request per keystroke. Only what was typed moves the address: the address
  // changing otherwise (back, a link) does not push the typed text into it again.
  const getypt = useDebouncedValue(zoekTekst.trim());
  const zoekGetypt = useEffectEvent((tekst: string) => {
    if (tekst !== zoek) zet({ zoek: tekst });
  });
  useEffect(() => zoekGetypt(getypt), [getypt]);

  const namen = new Map((klantmanagers.data ?? []).map((km) => [km.id, km.naam]));
  const peildatum = vandaag();

  return (
    <>
      <div className="kib-dossierkop">
        <Heading1>Klanten</Heading1>
        <Link className="utrecht-button-link utrecht-button-link--primary-action" to="/klanten/nieuw">
          Nieuwe klant
        </Link>
      </div>
      <div className="kib-filters" role="search">
        <Veld label="Zoeken" beschrijving="Naam, of het volledige BSN (9 cijfers)">
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
        <Veld label="In beeld">
          {(invoer) => (
            <Select {...invoer} value={inBeeld} onChange={(e) => zet({ inBeeld: e.target.value })}>
              <SelectOption value="">Alle</SelectOption>
              {IN_BEELD_STATUSSEN.map((s) => (
                <SelectOption key={s} value={s}>
                  {IN_BEELD_STATUS_LABELS[s]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <Veld label="Klantmanager">
          {(invoer) => (
            <Select {...invoer} value={klantmanager} onChange={(e) => zet({ klantmanager: e.target.value })}>
              <SelectOption value="">Alle</SelectOption>
              <SelectOption value="geen">Zonder klantmanager</SelectOption>
              {(klantmanagers.data ?? []).map((km) => (
                <SelectOption key={km.id} value={km.id}>
                  {km.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>

      {klanten.isPending && <SkeletTabel label="Klanten laden…" kolommen={SKELET_KOLOMMEN} rijen={10} />}
      {klanten.isError && <Melding soort="error">{klanten.error.message}</Melding>}
      {klanten.data && klanten.data.items.length === 0 && (
        <Melding>Geen klanten gevonden. Pas de zoekterm of de filters aan.</Melding>
      )}
      {klanten.data && klanten.data.items.length > 0 && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption className="kib-visueel-verborgen">Gevonden klanten: {klanten.data.totaal}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">BSN</TableHeaderCell>
              <TableHeaderCell scope="col">Categorie</TableHeaderCell>
              <TableHeaderCell scope="col">Klantmanager</TableHeaderCell>
              <TableHeaderCell scope="col">Laatst gesproken</TableHeaderCell>
              <TableHeaderCell scope="col">In beeld</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {klanten.data.items.map((k) => {
              const gezien = k.laatstGezienOp ? datumInNederland(new Date(k.laatstGezienOp)) : null;
              return (
                <TableRow key={k.id}>
                  <TableCell>
                    <Link to={`/klanten/${k.id}`}>{k.naam}</Link>
                    {k.buitenTeam && (
                      <>
                        {' '}
                        <Label>Ander team</Label>
                      </>
                    )}
                  </TableCell>
                  <TableCell data-label="BSN">{k.bsnGemaskeerd}</TableCell>
                  <TableCell data-label="Categorie">
                    {(DIENSTVERLENINGSCATEGORIE_LABELS as Record<string, string>)[k.dienstverleningscategorie] ??
                      k.dienstverleningscategorie}
                  </TableCell>
                  <TableCell data-label="Klantmanager">
                    {k.klantmanagerId ? (namen.get(k.klantmanagerId) ?? '—') : <em>Geen</em>}
                  </TableCell>
                  <TableCell data-label="Laatst gesproken">
                    {gezien ? `${datumKort(gezien)} (${dagenTussen(gezien, peildatum)} dagen)` : 'Nog nooit'}
                  </TableCell>
                  <TableCell data-label="In beeld">
                    <InBeeldBadge status={k.inBeeldStatus} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {klanten.data && (
        <Paginering
          page={klanten.data.page}
          pageSize={klanten.data.pageSize}
          totaal={klanten.data.totaal}
          wat="klanten"
          onPagina={(p) => zet({ page: String(p) })}
        />
      )}
    </>
  );
}
