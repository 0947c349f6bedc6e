import { isGeldigeDatum, maandagVan, plusDagen, vandaag } from '@klant-in-beeld/domain';
import {
  Heading1,
  Melding,
  Paragraph,
  SkeletBalk,
  SkeletTabel,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ApiFout } from '../../api/client';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import { weekstartQuery, type Weekstart, type WeekstartCijfers } from './api';

const KOLOMMEN: { veld: keyof WeekstartCijfers; kop: string }[] = [
  { veld: 'gepland', kop: 'Gepland' },
  { veld: 'gevoerd', kop: 'Gevoerd' },
  { veld: 'noShows', kop: 'No-shows' },
  { veld: 'tePlannen', kop: 'Nog uitnodigen' },
  { veld: 'openItems', kop: 'Open werkvoorraad' },
  { veld: 'uitBeeld', kop: 'Uit beeld' },
  { veld: 'bijnaUitBeeld', kop: 'Bijna uit beeld' },
];
const SKELET_KOLOMMEN = [{ kop: 'Medewerker', titel: true }, ...KOLOMMEN.map(({ kop }) => ({ kop }))];

/**
 * The teamleider's Monday view of a campagne (Halte Werk's weekstart): per medewerker the campagne gesprekken of
 * the week next to the regular werkvoorraad, so the campagne keeps going beside the everyday work.
 */
export function WeekstartPagina() {
  const { teamId } = useMedewerker();
  if (!teamId) {
    return (
      <>
        <Heading1>Weekstart campagne</Heading1>
        <Melding soort="warning" titel="Je bent niet aan een team gekoppeld">
          Zonder team is er geen weekstart. Vraag de functioneel beheerder om je aan je team te koppelen.
        </Melding>
      </>
    );
  }
  return <WeekstartOverzicht teamId={teamId} />;
}

function WeekstartOverzicht({ teamId }: { teamId: string }) {
  const [zoekParams] = useSearchParams();
  const gevraagd = zoekParams.get('week') ?? undefined;
  // Any date stands for its week; anything else goes to the API as is, which names the field.
  const week = gevraagd && isGeldigeDatum(gevraagd) ? maandagVan(gevraagd) : gevraagd;
  const weekstart = useQuery({ ...weekstartQuery(teamId, week), placeholderData: keepPreviousData });
  const maandag = week && isGeldigeDatum(week) ? week : maandagVan(vandaag());

  return (
    <>
      <Heading1>Weekstart campagne</Heading1>
      <Paragraph>
        Per medewerker de campagnegesprekken van de week naast de gewone werkvoorraad. Werkvoorraad en “nog uitnodigen”
        zijn de stand van vandaag.
      </Paragraph>
      <nav aria-label="Week kiezen" className="kib-knoppenrij">
        <Link
          className="utrecht-button-link utrecht-button-link--secondary-action"
          to={`?week=${plusDagen(maandag, -7)}`}
        >
          Vorige week
        </Link>
        <Link className="utrecht-button-link utrecht-button-link--secondary-action" to="?">
          Deze week
        </Link>
        <Link
          className="utrecht-button-link utrecht-button-link--secondary-action"
          to={`?week=${plusDagen(maandag, 7)}`}
        >
          Volgende week
        </Link>
      </nav>
      {weekstart.isPending && (
        <>
          <Paragraph className="kib-zacht">
            <SkeletBalk />
          </Paragraph>
          <SkeletTabel label="Weekstart laden…" kolommen={SKELET_KOLOMMEN} rijen={4} />
        </>
      )}
      {weekstart.isError && <Fout fout={weekstart.error} />}
      {weekstart.data && <WeekTabel data={weekstart.data} />}
    </>
  );
}

function WeekTabel({ data }: { data: Weekstart }) {
  const periode = `${datumKort(data.week)} t/m ${datumKort(data.weekEinde)}`;
  if (data.medewerkers.length === 0)
    return <Melding>Er zijn in de week van {periode} geen medewerkers met werk in dit team.</Melding>;
  return (
    <Table className="kib-tabel kib-teamtabel kib-kaarten">
      <TableCaption>
        {data.teamNaam}: campagnegesprekken in de week van {periode}, naast de werkvoorraad op{' '}
        {datumKort(data.peildatum)}
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
          {KOLOMMEN.map(({ veld, kop }) => (
            <TableHeaderCell key={veld} scope="col">
              {kop}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.medewerkers.map((m) => (
          <TableRow key={m.medewerkerId}>
            <TableHeaderCell scope="row">
              {m.rol === 'extern' ? (
                `${m.naam} (extern)`
              ) : (
                <Link to={`/werkvoorraad?medewerkerId=${encodeURIComponent(m.medewerkerId)}`}>{m.naam}</Link>
              )}
            </TableHeaderCell>
            <Cijfers rij={m} />
          </TableRow>
        ))}
      </TableBody>
      <tfoot className="utrecht-table__footer">
        <TableRow>
          <TableHeaderCell scope="row">Hele team</TableHeaderCell>
          <Cijfers rij={data.totaal} />
        </TableRow>
      </tfoot>
    </Table>
  );
}

/** The figures of one row; each cell names its column, for the cards on a phone. */
function Cijfers({ rij }: { rij: WeekstartCijfers }) {
  return (
    <>
      {KOLOMMEN.map(({ veld, kop }) => (
        <TableCell key={veld} data-label={kop}>
          {rij[veld]}
        </TableCell>
      ))}
    </>
  );
}

/** A week in the address that is no date is named as such; other errors as the API says them. */
function Fout({ fout }: { fout: Error }) {
  const week = fout instanceof ApiFout ? fout.fouten.find((f) => f.veld === 'week') : undefined;
  if (!week) return <Melding soort="error">{fout.message}</Melding>;
  return (
    <Melding soort="error" titel="Deze week bestaat niet">
      De week in het adres {week.melding}. Kies een week met de knoppen hierboven.
    </Melding>
  );
}
