import { DIENSTVERLENINGSCATEGORIE_LABELS } from '@klant-in-beeld/domain';
import {
  Button,
  Checkbox,
  Dialoog,
  Heading1,
  InBeeldBadge,
  Knoppenrij,
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
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiFout } from '../../api/client';
import { useMedewerker } from '../../app/useMedewerker';
import { klantenKeys, klantenQuery, type KlantSamenvatting } from '../klanten/api';
import { klantmanagersQuery, type MedewerkerSamenvatting } from '../organisatie/api';
import { werkvoorraadKeys } from '../werkvoorraad/api';
import { herverdeel, teamOverzichtQuery } from './api';

const PAGINA_GROOTTE = 25;
const SKELET_KOLOMMEN = [{ kop: 'Kies', titel: true }, { kop: 'Naam', titel: true }, { kop: 'BSN' }, { kop: 'Klantmanager nu' }, { kop: 'Categorie' }, { kop: 'In beeld' }];
const ZONDER = 'zonder';

const klanten = (n: number) => `${n} ${n === 1 ? 'klant' : 'klanten'}`;

/** Klantmanagers as <option>s: own team first, then the rest of the organisatie. */
function KlantmanagerOpties({ lijst, teamId, caseload, uitgesloten }: { lijst: MedewerkerSamenvatting[]; teamId: string | null; caseload: Map<string, number>; uitgesloten?: string }) {
  const optie = (km: MedewerkerSamenvatting) => (
    <SelectOption key={km.id} value={km.id} disabled={km.id === uitgesloten}>
      {km.naam}
      {caseload.has(km.id) ? ` (${klanten(caseload.get(km.id)!)})` : ''}
    </SelectOption>
  );
  const team = lijst.filter((km) => teamId && km.teamId === teamId);
  const overig = lijst.filter((km) => !(teamId && km.teamId === teamId));
  if (team.length === 0 || overig.length === 0) return <>{lijst.map(optie)}</>;
  return (
    <>
      <optgroup label="Mijn team">{team.map(optie)}</optgroup>
      <optgroup label="Andere teams">{overig.map(optie)}</optgroup>
    </>
  );
}

/** Select clients (across pages) and move them to another klantmanager, after a preview. */
export function HerverdelenPagina() {
  const { teamId } = useMedewerker();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const van = params.get('zonder') === 'true' ? ZONDER : params.get('van') ?? '';
  const [zoekTekst, setZoekTekst] = useState('');
  const [zoek, setZoek] = useState('');
  const [page, setPage] = useState(1);
  const [selectie, setSelectie] = useState<Map<string, KlantSamenvatting>>(new Map());
  const [naar, setNaar] = useState('');
  const [voorstelOpen, setVoorstelOpen] = useState(false);
  const [gelukt, setGelukt] = useState<string>();
  const hintId = useId();

  const klantmanagers = useQuery(klantmanagersQuery());
  const overzicht = useQuery({ ...teamOverzichtQuery(teamId ?? ''), enabled: Boolean(teamId) });
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

  // Search as you type, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (zoekTekst.trim() !== zoek) {
        setZoek(zoekTekst.trim());
        setPage(1);
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [zoekTekst, zoek]);

  const namen = new Map((klantmanagers.data ?? []).map((km) => [km.id, km.naam]));
  const caseload = new Map((overzicht.data?.klantmanagers ?? []).map((km) => [km.medewerkerId, km.caseload]));
  const naamVan = (id: string | null) => (id ? namen.get(id) ?? 'Onbekende klantmanager' : 'Geen klantmanager');
  const naarNaam = naar ? naamVan(naar) : '';
  const gekozen = [...selectie.values()];
  const alBijDoel = naar ? gekozen.filter((k) => k.klantmanagerId === naar) : [];
  const kanVoorstel = gekozen.length > 0 && naar !== '' && alBijDoel.length === 0;

  const kiesVan = (waarde: string) => {
    const nieuw = new URLSearchParams(params);
    nieuw.delete('zonder');
    nieuw.delete('van');
    if (waarde === ZONDER) nieuw.set('zonder', 'true');
    else if (waarde) nieuw.set('van', waarde);
    setParams(nieuw, { replace: true });
    setPage(1);
    if (waarde && waarde === naar) setNaar('');
  };

  const zetGeselecteerd = (rijen: KlantSamenvatting[], aan: boolean) => {
    setGelukt(undefined);
    setSelectie((oud) => {
      const nieuw = new Map(oud);
      for (const k of rijen) {
        if (aan) nieuw.set(k.id, k);
        else nieuw.delete(k.id);
      }
      return nieuw;
    });
  };

  const verplaats = useMutation({
    mutationFn: () => herverdeel(gekozen.map((k) => k.id), naar),
    onSuccess: async ({ verplaatst }) => {
      setGelukt(`${klanten(verplaatst)} verplaatst naar ${naarNaam}.`);
      setSelectie(new Map());
      setVoorstelOpen(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: klantenKeys.alle }),
        queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle }),
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
      ]);
    },
  });

  // The API's fouten name clients by index (klantIds.3): show them by name.
  const fout = verplaats.error;
  const foutBericht = fout instanceof ApiFout ? fout.message : fout ? 'Er ging iets mis. Probeer het opnieuw.' : undefined;
  const foutDetails = (fout instanceof ApiFout ? fout.fouten : []).map(({ veld, melding }) => {
    const index = /^klantIds\.(\d+)$/.exec(veld);
    const wie = index ? gekozen[Number(index[1])]?.naam : veld === 'naarKlantmanagerId' ? naarNaam : undefined;
    return wie ? `${wie}: ${melding}` : melding;
  });

  const items = lijst.data?.items ?? [];
  const geselecteerdOpPagina = items.filter((k) => selectie.has(k.id)).length;
  const bronNaam = van === ZONDER ? 'zonder klantmanager' : van ? `van ${naamVan(van)}` : 'van alle klantmanagers';

  return (
    <>
      <Heading1>Klanten herverdelen</Heading1>
      <Paragraph className="kib-zacht">
        Kies klanten, ook verspreid over meerdere pagina's, en de klantmanager naar wie ze gaan. Je ziet eerst een voorstel; pas na bevestigen wordt er iets verplaatst.
      </Paragraph>
      {gelukt && <Melding soort="ok">{gelukt}</Melding>}

      <div className="kib-filters" role="search">
        <Veld label="Van">
          {(invoer) => (
            <Select {...invoer} value={van} onChange={(e) => kiesVan(e.target.value)}>
              <SelectOption value="">Alle klanten</SelectOption>
              <SelectOption value={ZONDER}>Zonder klantmanager</SelectOption>
              <KlantmanagerOpties lijst={klantmanagers.data ?? []} teamId={teamId} caseload={caseload} />
            </Select>
          )}
        </Veld>
        <Veld label="Zoeken op naam" verplicht={false}>
          {(invoer) => <Textbox {...invoer} type="search" value={zoekTekst} onChange={(e) => setZoekTekst(e.target.value)} autoComplete="off" />}
        </Veld>
      </div>
      {klantmanagers.isError && <Melding soort="error">{klantmanagers.error.message}</Melding>}

      {lijst.isPending && <SkeletTabel label="Klanten laden…" kolommen={SKELET_KOLOMMEN} rijen={PAGINA_GROOTTE} />}
      {lijst.isError && <Melding soort="error">{lijst.error.message}</Melding>}
      {lijst.data && items.length === 0 && <Melding>Geen klanten gevonden. Kies bij ‘Van’ iemand anders of pas de zoekterm aan.</Melding>}
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
                  onChange={(e) => zetGeselecteerd(items, e.target.checked)}
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
                  <Checkbox appearance="custom" id={`kies-${k.id}`} checked={selectie.has(k.id)} onChange={(e) => zetGeselecteerd([k], e.target.checked)} />
                </TableCell>
                <TableCell>
                  <label htmlFor={`kies-${k.id}`}>{k.naam}</label>
                </TableCell>
                <TableCell data-label="BSN">{k.bsnGemaskeerd}</TableCell>
                <TableCell data-label="Klantmanager nu">{k.klantmanagerId ? naamVan(k.klantmanagerId) : <em>Geen</em>}</TableCell>
                <TableCell data-label="Categorie">{DIENSTVERLENINGSCATEGORIE_LABELS[k.dienstverleningscategorie] ?? k.dienstverleningscategorie}</TableCell>
                <TableCell data-label="In beeld">
                  <InBeeldBadge status={k.inBeeldStatus} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {lijst.data && <Paginering page={lijst.data.page} pageSize={lijst.data.pageSize} totaal={lijst.data.totaal} wat="klanten" onPagina={setPage} />}

      <section className="kib-paneel" aria-label="Verplaatsen">
        <Knoppenrij>
          <Paragraph aria-live="polite">
            <strong>{gekozen.length} geselecteerd</strong>
          </Paragraph>
          {gekozen.length > 0 && (
            <Button appearance="subtle-button" onClick={() => setSelectie(new Map())}>
              Selectie wissen
            </Button>
          )}
        </Knoppenrij>
        <div className="kib-filters">
          <Veld
            label="Naar"
            fout={alBijDoel.length > 0 ? `${klanten(alBijDoel.length)} uit je selectie ${alBijDoel.length === 1 ? 'staat' : 'staan'} al bij ${naarNaam}. Kies iemand anders of haal ze uit de selectie.` : undefined}
          >
            {(invoer) => (
              <Select {...invoer} value={naar} onChange={(e) => setNaar(e.target.value)}>
                <SelectOption value="">Kies een klantmanager</SelectOption>
                <KlantmanagerOpties lijst={klantmanagers.data ?? []} teamId={teamId} caseload={caseload} uitgesloten={van !== ZONDER ? van : undefined} />
              </Select>
            )}
          </Veld>
        </div>
        <Knoppenrij>
          <Button
            appearance="primary-action-button"
            disabled={!kanVoorstel}
            aria-describedby={kanVoorstel ? undefined : hintId}
            onClick={() => {
              verplaats.reset();
              setVoorstelOpen(true);
            }}
          >
            Voorstel bekijken
          </Button>
          {!kanVoorstel && (
            <span id={hintId} className="kib-zacht">
              Kies eerst één of meer klanten en de klantmanager naar wie ze gaan.
            </span>
          )}
        </Knoppenrij>
      </section>

      <Dialoog open={voorstelOpen} titel="Voorstel herverdelen" onSluiten={() => setVoorstelOpen(false)}>
        <Paragraph>
          {klanten(gekozen.length)} naar <strong>{naarNaam}</strong>
          {caseload.has(naar) ? ` (caseload van ${caseload.get(naar)} naar ${caseload.get(naar)! + gekozen.length})` : ''}.
        </Paragraph>
        {foutBericht && (
          <Melding soort="error" titel="Er is niets verplaatst">
            <Paragraph>{foutBericht}</Paragraph>
            {foutDetails.length > 0 && (
              <ul>
                {foutDetails.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </Melding>
        )}
        <div className="kib-voorstel">
          <Table className="kib-tabel">
            <TableCaption>Voorstel: {klanten(gekozen.length)} van hun huidige klantmanager naar {naarNaam}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Klant</TableHeaderCell>
                <TableHeaderCell scope="col">Van</TableHeaderCell>
                <TableHeaderCell scope="col">Naar</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {gekozen.map((k) => (
                <TableRow key={k.id}>
                  <TableHeaderCell scope="row">{k.naam}</TableHeaderCell>
                  <TableCell>{naamVan(k.klantmanagerId)}</TableCell>
                  <TableCell>
                    <span aria-hidden="true">→ </span>
                    {naarNaam}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <Paragraph>
          <strong>Totaal: {klanten(gekozen.length)}</strong>
        </Paragraph>
        <Knoppenrij>
          <Button appearance="primary-action-button" onClick={() => verplaats.mutate()} disabled={verplaats.isPending} busy={verplaats.isPending}>
            {verplaats.isPending ? 'Bezig met verplaatsen…' : 'Bevestigen'}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setVoorstelOpen(false)} disabled={verplaats.isPending}>
            Annuleren
          </Button>
        </Knoppenrij>
      </Dialoog>
    </>
  );
}
