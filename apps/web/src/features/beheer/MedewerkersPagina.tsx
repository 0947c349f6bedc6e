import { ROL_LABELS, ROLLEN, type Rol } from '@klant-in-beeld/domain';
import {
  Button,
  Heading1,
  Label,
  Melding,
  Opties,
  Paginering,
  Select,
  SelectOption,
  SkeletTabel,
  Statusregel,
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
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { teamsQuery } from '../organisatie/api';
import { beheer, beheerMedewerkersQuery, type BeheerMedewerker, type EenmaligeCode } from './api';
import { DeactiverenDialoog } from './DeactiverenDialoog';
import { EenmaligeCodeDialoog } from './EenmaligeCodeDialoog';
import { MedewerkerDialoog, type MedewerkerFormulierModus } from './MedewerkerFormulier';
import { useBeheerMutatie } from './useBeheerMutatie';

const SKELET_KOLOMMEN = [
  { kop: 'Naam', titel: true },
  { kop: 'Rol' },
  { kop: 'Team' },
  { kop: 'E-mailadres' },
  { kop: 'Klanten' },
  { kop: 'Acties' },
];

/** The beheerder's list of medewerkers: search, filter, and every change from here. */
export function MedewerkersPagina() {
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const rol = (params.get('rol') ?? '') as Rol | '';
  const teamId = params.get('team') ?? '';
  // Active medewerkers unless asked otherwise: deactivated ones are history.
  const status = params.get('status') ?? 'actief';
  const page = Number(params.get('page') ?? 1);
  const [zoekTekst, setZoekTekst] = useState(zoek);
  const [formulier, setFormulier] = useState<MedewerkerFormulierModus>();
  const [deactiveren, setDeactiveren] = useState<BeheerMedewerker>();
  const [code, setCode] = useState<{ code: EenmaligeCode; naam: string }>();
  const [melding, setMelding] = useState<string>();
  const teams = useQuery(teamsQuery());
  const lijst = useQuery(
    beheerMedewerkersQuery({
      zoek: zoek || undefined,
      rol: rol || undefined,
      teamId: teamId || undefined,
      actief: status === 'actief' ? 'true' : status === 'gedeactiveerd' ? 'false' : undefined,
      page,
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
  const getypt = useDebouncedValue(zoekTekst.trim());
  const zoekGetypt = useEffectEvent((tekst: string) => {
    if (tekst !== zoek) zet({ zoek: tekst });
  });
  useEffect(() => zoekGetypt(getypt), [getypt]);

  const heractiveren = useBeheerMutatie({
    mutationFn: (m: BeheerMedewerker) => beheer.wijzigMedewerker(m.id, { actief: true, versie: m.versie }),
    onSuccess: (m) => setMelding(`${m.naam} is weer actief en kan inloggen.`),
    onError: () => setMelding(undefined),
  });
  const herstel = useBeheerMutatie({
    mutationFn: async (m: BeheerMedewerker) => ({ code: await beheer.wachtwoordHerstel(m.id), naam: m.naam }),
    onSuccess: (antwoord) => {
      setMelding(
        `Er is een nieuwe eenmalige code voor ${antwoord.naam}. De sessies van ${antwoord.naam} zijn beëindigd.`,
      );
      setCode(antwoord);
    },
    onError: () => setMelding(undefined),
  });
  const actieFout = heractiveren.error ?? herstel.error;

  return (
    <>
      <div className="kib-dossierkop">
        <Heading1>Medewerkers</Heading1>
        <Button appearance="primary-action-button" onClick={() => setFormulier({ soort: 'nieuw' })}>
          Nieuwe medewerker
        </Button>
      </div>
      <Statusregel>{melding}</Statusregel>
      {actieFout && <Melding soort="error">{actieFout.message}</Melding>}
      <div className="kib-filters" role="search">
        <Veld label="Zoeken" beschrijving="Naam, gebruikersnaam of e-mailadres">
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
        <Veld label="Rol">
          {(invoer) => (
            <Select {...invoer} value={rol} onChange={(e) => zet({ rol: e.target.value })}>
              <Opties codes={ROLLEN} labels={ROL_LABELS} leeg="Alle rollen" />
            </Select>
          )}
        </Veld>
        <Veld label="Team">
          {(invoer) => (
            <Select {...invoer} value={teamId} onChange={(e) => zet({ team: e.target.value })}>
              <SelectOption value="">Alle teams</SelectOption>
              {(teams.data ?? []).map((t) => (
                <SelectOption key={t.id} value={t.id}>
                  {t.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <Veld label="Status">
          {(invoer) => (
            <Select
              {...invoer}
              value={status}
              onChange={(e) => zet({ status: e.target.value === 'actief' ? '' : e.target.value })}
            >
              <SelectOption value="actief">Actief</SelectOption>
              <SelectOption value="gedeactiveerd">Gedeactiveerd</SelectOption>
              <SelectOption value="alle">Alle</SelectOption>
            </Select>
          )}
        </Veld>
      </div>

      {lijst.isPending && <SkeletTabel label="Medewerkers laden…" kolommen={SKELET_KOLOMMEN} rijen={8} />}
      {lijst.isError && <Melding soort="error">{lijst.error.message}</Melding>}
      {lijst.data && lijst.data.items.length === 0 && (
        <Melding>Geen medewerkers gevonden. Pas de zoekterm of de filters aan.</Melding>
      )}
      {lijst.data && lijst.data.items.length > 0 && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption className="kib-visueel-verborgen">Gevonden medewerkers: {lijst.data.totaal}</TableCaption>
          <TableHeader>
            <TableRow>
              {SKELET_KOLOMMEN.map((k) => (
                <TableHeaderCell key={k.kop} scope="col">
                  {k.kop}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.data.items.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  <strong>{m.naam}</strong>
                  <br />
                  <span className="kib-zacht">{m.gebruikersnaam}</span>
                  {!m.actief && (
                    <>
                      {' '}
                      <Label>Gedeactiveerd</Label>
                    </>
                  )}
                  {!m.lokaal && (
                    <>
                      {' '}
                      <Label>Alleen SSO</Label>
                    </>
                  )}
                </TableCell>
                <TableCell data-label="Rol">{ROL_LABELS[m.rol]}</TableCell>
                <TableCell data-label="Team">{m.teamNaam ?? '—'}</TableCell>
                <TableCell data-label="E-mailadres">{m.email ?? '—'}</TableCell>
                <TableCell data-label="Klanten">{m.rol === 'klantmanager' ? m.aantalKlanten : '—'}</TableCell>
                <TableCell data-label="Acties">
                  <div className="kib-knoppenrij">
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => setFormulier({ soort: 'wijzigen', medewerker: m })}
                    >
                      Wijzigen<span className="kib-visueel-verborgen"> {m.naam}</span>
                    </Button>
                    {m.actief && m.lokaal && (
                      <Button
                        appearance="secondary-action-button"
                        disabled={herstel.isPending}
                        onClick={() => {
                          setMelding(undefined);
                          herstel.mutate(m);
                        }}
                      >
                        Wachtwoord herstellen<span className="kib-visueel-verborgen"> voor {m.naam}</span>
                      </Button>
                    )}
                    {m.actief ? (
                      <Button appearance="secondary-action-button" onClick={() => setDeactiveren(m)}>
                        Deactiveren<span className="kib-visueel-verborgen"> {m.naam}</span>
                      </Button>
                    ) : (
                      <Button
                        appearance="secondary-action-button"
                        disabled={heractiveren.isPending}
                        onClick={() => {
                          setMelding(undefined);
                          heractiveren.mutate(m);
                        }}
                      >
                        Heractiveren<span className="kib-visueel-verborgen"> {m.naam}</span>
                      </Button>
                    )}
                  </div>
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
          wat="medewerkers"
          onPagina={(p) => zet({ page: String(p) })}
        />
      )}

      <MedewerkerDialoog
        modus={formulier}
        onSluiten={() => setFormulier(undefined)}
        onAangemaakt={({ medewerker, eenmaligeCode }) => {
          setFormulier(undefined);
          setMelding(`${medewerker.naam} is aangemaakt.`);
          if (eenmaligeCode) setCode({ code: eenmaligeCode, naam: medewerker.naam });
        }}
        onGewijzigd={(m) => {
          setFormulier(undefined);
          setMelding(`De gegevens van ${m.naam} zijn opgeslagen.`);
        }}
      />
      <DeactiverenDialoog
        medewerker={deactiveren}
        onSluiten={() => setDeactiveren(undefined)}
        onKlaar={(tekst) => {
          setDeactiveren(undefined);
          setMelding(tekst);
        }}
      />
      <EenmaligeCodeDialoog code={code?.code} naam={code?.naam ?? ''} onSluiten={() => setCode(undefined)} />
    </>
  );
}
