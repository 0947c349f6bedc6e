import {
  Button,
  Heading1,
  Heading2,
  Melding,
  Paginering,
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
import { beheer, beheerGemeentenQuery, type BeheerGemeente } from './api';
import { NaamDialoog } from './NaamDialoog';
import { useBeheerMutatie } from './useBeheerMutatie';

const KOLOMMEN = [{ kop: 'Gemeente', titel: true }, { kop: 'CBS-code' }, { kop: 'Acties' }];

/** The gemeenten the organisatie serves, by CBS code (GM and four digits). */
export function GemeentenPagina() {
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const page = Number(params.get('page') ?? 1);
  const [zoekTekst, setZoekTekst] = useState(zoek);
  const [hernoemen, setHernoemen] = useState<BeheerGemeente>();
  const [melding, setMelding] = useState<string>();
  const lijst = useQuery(beheerGemeentenQuery({ zoek: zoek || undefined, page }));
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

  return (
    <>
      <Heading1>Gemeenten</Heading1>
      <Statusregel>{melding}</Statusregel>
      <NieuweGemeente onKlaar={(naam) => setMelding(`${naam} is toegevoegd.`)} />
      <div className="kib-filters" role="search">
        <Veld label="Zoeken" beschrijving="Naam of CBS-code">
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
      {lijst.isPending && <SkeletTabel label="Gemeenten laden…" kolommen={KOLOMMEN} rijen={3} />}
      {lijst.isError && <Melding soort="error">{lijst.error.message}</Melding>}
      {lijst.data && lijst.data.items.length === 0 && <Melding>Geen gemeenten gevonden. Pas de zoekterm aan.</Melding>}
      {lijst.data && lijst.data.items.length > 0 && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption className="kib-visueel-verborgen">Gevonden gemeenten: {lijst.data.totaal}</TableCaption>
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
            {lijst.data.items.map((g) => (
              <TableRow key={g.id}>
                <TableCell>
                  <strong>{g.naam}</strong>
                </TableCell>
                <TableCell data-label="CBS-code">{g.cbsCode}</TableCell>
                <TableCell data-label="Acties">
                  <Button appearance="secondary-action-button" onClick={() => setHernoemen(g)}>
                    Naam wijzigen<span className="kib-visueel-verborgen"> {g.naam}</span>
                  </Button>
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
          wat="gemeenten"
          onPagina={(p) => zet({ page: String(p) })}
        />
      )}
      <NaamDialoog
        titel="Naam van de gemeente wijzigen"
        huidig={hernoemen?.naam}
        opslaan={(naam) => beheer.wijzigGemeente(hernoemen!.id, naam)}
        onSluiten={() => setHernoemen(undefined)}
        onKlaar={(naam) => {
          setHernoemen(undefined);
          setMelding(`De gemeente heet nu ${naam}.`);
        }}
      />
    </>
  );
}

interface Invoer {
  cbsCode: string;
  naam: string;
}

function NieuweGemeente({ onKlaar }: { onKlaar: (naam: string) => void }) {
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<Invoer>({ defaultValues: { cbsCode: '', naam: '' } });
  const toevoegen = useBeheerMutatie({
    mutationFn: (invoer: Invoer) => beheer.maakGemeente(invoer),
    onSuccess: (g) => {
      reset();
      onKlaar(g.naam);
    },
    onError: (e) => setFout(toonApiFouten(e, setError, ['cbsCode', 'naam'])),
  });
  return (
    <section className="kib-paneel" aria-labelledby="nieuwe-gemeente-kop">
      <Heading2 id="nieuwe-gemeente-kop">Gemeente toevoegen</Heading2>
      <form
        className="kib-formulier"
        noValidate
        onSubmit={handleSubmit((invoer) => {
          setFout(undefined);
          toevoegen.mutate({ cbsCode: invoer.cbsCode.trim().toUpperCase(), naam: invoer.naam.trim() });
        })}
      >
        {fout && <Melding soort="error">{fout}</Melding>}
        <Veld
          label="CBS-code"
          beschrijving="GM en vier cijfers, bijvoorbeeld GM0193 voor Zwolle"
          fout={errors.cbsCode?.message}
        >
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="off"
              {...register('cbsCode', {
                required: 'Vul de CBS-code in.',
                pattern: {
                  value: /^\s*[Gg][Mm]\d{4}\s*$/,
                  message: 'Een CBS-code is GM met vier cijfers, bijvoorbeeld GM0193.',
                },
              })}
            />
          )}
        </Veld>
        <Veld label="Naam" fout={errors.naam?.message}>
          {(invoer) => (
            <Textbox
              {...invoer}
              autoComplete="off"
              {...register('naam', { validate: (n) => n.trim().length > 0 || 'Vul de naam van de gemeente in.' })}
            />
          )}
        </Veld>
        <div>
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={toevoegen.isPending}
            busy={toevoegen.isPending}
          >
            Gemeente toevoegen
          </Button>
        </div>
      </form>
    </section>
  );
}
