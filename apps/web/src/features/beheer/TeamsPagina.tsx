import {
  Button,
  Heading1,
  Heading2,
  Label,
  Melding,
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
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { toonApiFouten } from '../../api/formulier';
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { beheer, beheerTeamsQuery, type BeheerTeam } from './api';
import { NaamDialoog } from './NaamDialoog';
import { useBeheerMutatie } from './useBeheerMutatie';

const KOLOMMEN = [{ kop: 'Team', titel: true }, { kop: 'Actieve leden' }, { kop: 'Acties' }];
type Status = 'actief' | 'gearchiveerd' | 'alle';

/** Teams: create, rename, archive (only without active members) and bring back. */
export function TeamsPagina() {
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const status = (params.get('status') ?? 'actief') as Status;
  const page = Number(params.get('page') ?? 1);
  const [zoekTekst, setZoekTekst] = useState(zoek);
  const [hernoemen, setHernoemen] = useState<BeheerTeam>();
  const [melding, setMelding] = useState<string>();
  const lijst = useQuery(beheerTeamsQuery({ zoek: zoek || undefined, status, page }));
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

  const archiveren = useBeheerMutatie({
    mutationFn: (team: BeheerTeam) => beheer.wijzigTeam(team.id, { gearchiveerd: !team.gearchiveerd }),
    onSuccess: (team) =>
      setMelding(team.gearchiveerd ? `${team.naam} is gearchiveerd.` : `${team.naam} is teruggehaald.`),
    onError: () => setMelding(undefined),
  });

  return (
    <>
      <Heading1>Teams</Heading1>
      <Statusregel>{melding}</Statusregel>
      <NieuwTeam onKlaar={(naam) => setMelding(`${naam} is aangemaakt.`)} />
      {archiveren.isError && <Melding soort="error">{archiveren.error.message}</Melding>}
      <div className="kib-filters" role="search">
        <Veld label="Zoeken" beschrijving="Naam van het team">
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
        <Veld label="Status">
          {(invoer) => (
            <Select
              {...invoer}
              value={status}
              onChange={(e) => zet({ status: e.target.value === 'actief' ? '' : e.target.value })}
            >
              <SelectOption value="actief">Actief</SelectOption>
              <SelectOption value="gearchiveerd">Gearchiveerd</SelectOption>
              <SelectOption value="alle">Alle</SelectOption>
            </Select>
          )}
        </Veld>
      </div>
      {lijst.isPending && <SkeletTabel label="Teams laden…" kolommen={KOLOMMEN} rijen={4} />}
      {lijst.isError && <Melding soort="error">{lijst.error.message}</Melding>}
      {lijst.data && lijst.data.items.length === 0 && (
        <Melding>Geen teams gevonden. Pas de zoekterm of de status aan.</Melding>
      )}
      {lijst.data && lijst.data.items.length > 0 && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption className="kib-visueel-verborgen">Gevonden teams: {lijst.data.totaal}</TableCaption>
          <TableHeader>
            <TableRow>
              {KOLOMMEN.map((k) => (
                <TableHeaderCell key={k.kop} scope="col">
                  {k.kop}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.data.items.map((team) => (
              <TableRow key={team.id}>
                <TableCell>
                  <strong>{team.naam}</strong>
                  {team.gearchiveerd && (
                    <>
                      {' '}
                      <Label>Gearchiveerd</Label>
                    </>
                  )}
                </TableCell>
                <TableCell data-label="Actieve leden">{team.aantalLeden}</TableCell>
                <TableCell data-label="Acties">
                  <div className="kib-knoppenrij">
                    <Button appearance="secondary-action-button" onClick={() => setHernoemen(team)}>
                      Hernoemen<span className="kib-visueel-verborgen"> {team.naam}</span>
                    </Button>
                    <Button
                      appearance="secondary-action-button"
                      disabled={archiveren.isPending}
                      onClick={() => {
                        setMelding(undefined);
                        archiveren.mutate(team);
                      }}
                    >
                      {team.gearchiveerd ? 'Terughalen' : 'Archiveren'}
                      <span className="kib-visueel-verborgen"> {team.naam}</span>
                    </Button>
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
          wat="teams"
          onPagina={(p) => zet({ page: String(p) })}
        />
      )}
      <NaamDialoog
        titel="Team hernoemen"
        huidig={hernoemen?.naam}
        opslaan={(naam) => beheer.wijzigTeam(hernoemen!.id, { naam })}
        onSluiten={() => setHernoemen(undefined)}
        onKlaar={(naam) => {
          setHernoemen(undefined);
          setMelding(`Het team heet nu ${naam}.`);
        }}
      />
    </>
  );
}

function NieuwTeam({ onKlaar }: { onKlaar: (naam: string) => void }) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<{ naam: string }>({ defaultValues: { naam: '' } });
  const maken = useBeheerMutatie({
    mutationFn: (naam: string) => beheer.maakTeam(naam),
    onSuccess: (team) => {
      reset();
      onKlaar(team.naam);
    },
    onError: (e) => setFout(toonApiFouten(e, setError, ['naam'])),
  });
  return (
    <section className="kib-paneel" aria-labelledby="nieuw-team-kop">
      <Heading2 id="nieuw-team-kop">Nieuw team</Heading2>
      <form
        className="kib-formulier"
        noValidate
        onSubmit={handleSubmit(({ naam }) => {
          setFout(undefined);
          maken.mutate(naam.trim());
        })}
      >
        {fout && <Melding soort="error">{fout}</Melding>}
        <Veld label="Naam van het team" fout={errors.naam?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="off"
              {...register('naam', { validate: (n) => n.trim().length > 0 || 'Vul een naam in.' })}
            />
          )}
        </Veld>
        <div>
          <Button type="submit" appearance="primary-action-button" disabled={maken.isPending} busy={maken.isPending}>
            Team aanmaken
          </Button>
        </div>
      </form>
    </section>
  );
}
