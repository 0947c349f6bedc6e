import { WERKVOORRAAD_SOORT_LABELS } from '@klant-in-beeld/domain';
import {
  Heading1,
  Heading2,
  Label,
  Melding,
  Paginering,
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
import { useState } from 'react';
import { Link } from 'react-router';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import { teamOverzichtQuery, uitstellenQuery, type TeamKlantmanager, type TeamOverzicht } from './api';

/** Share in beeld as a whole percentage; '—' for an empty caseload. */
function procentInBeeld(inBeeld: number, caseload: number): string {
  return caseload > 0 ? `${Math.round((inBeeld / caseload) * 100)}%` : '—';
}

const klanten = (n: number) => `${n} ${n === 1 ? 'klant' : 'klanten'}`;

const TEAM_KOLOMMEN = [
  'Klantmanager',
  'Caseload',
  'In beeld',
  'Bijna uit beeld',
  'Uit beeld',
  '% in beeld',
  'Verlopen items',
  'Gesprekken deze week',
].map((kop, i) => ({ kop, titel: i === 0 }));
const UITSTEL_KOLOMMEN = [
  { kop: 'Klant', titel: true },
  { kop: 'Wat' },
  { kop: 'Uitgesteld tot' },
  { kop: 'Reden' },
  { kop: 'Door' },
];

/** The teamleider's weekstart: who is out of view, is the work fairly spread, what has been postponed. */
export function TeamPagina() {
  const { teamId } = useMedewerker();
  if (!teamId) {
    return (
      <>
        <Heading1>Team</Heading1>
        <Melding soort="warning" titel="Je bent niet aan een team gekoppeld">
          Zonder team is er geen teamoverzicht. Vraag de functioneel beheerder om je aan je team te koppelen.
        </Melding>
      </>
    );
  }
  return <Teamoverzicht teamId={teamId} />;
}

function Teamoverzicht({ teamId }: { teamId: string }) {
  const overzicht = useQuery(teamOverzichtQuery(teamId));

  if (overzicht.isPending) {
    return (
      <>
        <Heading1>Team</Heading1>
        <Paragraph className="kib-zacht">
          <SkeletBalk />
        </Paragraph>
        <div className="kib-kpi" aria-hidden="true">
          {[1, 2, 3, 4].map((i) => (
            <div key={i}>
              <strong>
                <SkeletBalk lengte="kort" />
              </strong>
              <SkeletBalk />
            </div>
          ))}
        </div>
        <SkeletTabel label="Teamoverzicht laden…" kolommen={TEAM_KOLOMMEN} rijen={4} className="kib-teamtabel" />
      </>
    );
  }
  if (overzicht.isError) {
    return (
      <>
        <Heading1>Team</Heading1>
        <Melding soort="error">{overzicht.error.message}</Melding>
      </>
    );
  }

  const data = overzicht.data;
  return (
    <>
      <div className="kib-dossierkop">
        <div>
          <Heading1>{data.teamNaam}</Heading1>
          <Paragraph className="kib-zacht">Weekstart: stand op peildatum {datumKort(data.peildatum)}.</Paragraph>
        </div>
        <div className="kib-knoppenrij">
          <Link className="utrecht-button-link utrecht-button-link--secondary-action" to="/team/weekstart">
            Weekstart campagne
          </Link>
          <Link className="utrecht-button-link utrecht-button-link--secondary-action" to="/team/herverdelen">
            Klanten herverdelen
          </Link>
        </div>
      </div>
      <Kerncijfers data={data} />
      <ZonderKlantmanager aantal={data.zonderKlantmanager} />
      <KlantmanagerTabel data={data} />
      <Uitstellen />
    </>
  );
}

function totalen(rijen: TeamKlantmanager[]) {
  const som = (veld: keyof Omit<TeamKlantmanager, 'medewerkerId' | 'naam'>) => rijen.reduce((t, r) => t + r[veld], 0);
  return {
    caseload: som('caseload'),
    inBeeld: som('inBeeld'),
    bijnaUitBeeld: som('bijnaUitBeeld'),
    uitBeeld: som('uitBeeld'),
    verlopenItems: som('verlopenItems'),
    gesprekkenDezeWeek: som('gesprekkenDezeWeek'),
  };
}

function Kerncijfers({ data }: { data: TeamOverzicht }) {
  const t = totalen(data.klantmanagers);
  return (
    <div className="kib-kpi">
      <div>
        <strong>{t.caseload}</strong> klanten bij {data.klantmanagers.length} klantmanagers
      </div>
      <div>
        <strong>{procentInBeeld(t.inBeeld, t.caseload)}</strong> in beeld
      </div>
      <div>
        <strong>{t.uitBeeld}</strong> uit beeld
      </div>
      <div>
        <strong>{t.verlopenItems}</strong> verlopen items in de werkvoorraad
      </div>
    </div>
  );
}

function ZonderKlantmanager({ aantal }: { aantal: number }) {
  if (aantal === 0) return <Paragraph>Alle klanten hebben een klantmanager.</Paragraph>;
  return (
    <Paragraph className="kib-paneel">
      <strong>{klanten(aantal)} zonder klantmanager.</strong> Zij vallen buiten ieders werkvoorraad.{' '}
      <Link to="/team/herverdelen?zonder=true">Klanten zonder klantmanager verdelen</Link>
    </Paragraph>
  );
}

function KlantmanagerTabel({ data }: { data: TeamOverzicht }) {
  if (data.klantmanagers.length === 0) return <Melding>Er zijn nog geen klantmanagers in dit team.</Melding>;
  const t = totalen(data.klantmanagers);
  return (
    <Table className="kib-tabel kib-teamtabel kib-kaarten">
      <TableCaption>
        Klantmanagers van {data.teamNaam} op {datumKort(data.peildatum)}: caseload, in beeld en open werk
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Klantmanager</TableHeaderCell>
          <TableHeaderCell scope="col">Caseload</TableHeaderCell>
          <TableHeaderCell scope="col">In beeld</TableHeaderCell>
          <TableHeaderCell scope="col">Bijna uit beeld</TableHeaderCell>
          <TableHeaderCell scope="col">Uit beeld</TableHeaderCell>
          <TableHeaderCell scope="col">% in beeld</TableHeaderCell>
          <TableHeaderCell scope="col">Verlopen items</TableHeaderCell>
          <TableHeaderCell scope="col">Gesprekken deze week</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.klantmanagers.map((km) => (
          <TableRow key={km.medewerkerId}>
            <TableHeaderCell scope="row">
              <Link to={`/werkvoorraad?medewerkerId=${encodeURIComponent(km.medewerkerId)}`}>{km.naam}</Link>
            </TableHeaderCell>
            <KlantmanagerCellen rij={km} />
          </TableRow>
        ))}
      </TableBody>
      <tfoot className="utrecht-table__footer">
        <TableRow>
          <TableHeaderCell scope="row">Hele team</TableHeaderCell>
          <KlantmanagerCellen rij={t} />
        </TableRow>
      </tfoot>
    </Table>
  );
}

/** The figures of one row; each cell names its column, for the cards on a phone. */
function KlantmanagerCellen({ rij }: { rij: ReturnType<typeof totalen> }) {
  return (
    <>
      <TableCell data-label="Caseload">{rij.caseload}</TableCell>
      <TableCell data-label="In beeld">{rij.inBeeld}</TableCell>
      <TableCell data-label="Bijna uit beeld">{rij.bijnaUitBeeld}</TableCell>
      <TableCell data-label="Uit beeld">{rij.uitBeeld}</TableCell>
      <TableCell data-label="% in beeld">{procentInBeeld(rij.inBeeld, rij.caseload)}</TableCell>
      <TableCell data-label="Verlopen items">{rij.verlopenItems}</TableCell>
      <TableCell data-label="Gesprekken deze week">{rij.gesprekkenDezeWeek}</TableCell>
    </>
  );
}

function Uitstellen() {
  const [page, setPage] = useState(1);
  const uitstellen = useQuery({ ...uitstellenQuery(page), placeholderData: keepPreviousData });
  const data = uitstellen.data;
  return (
    <section aria-labelledby="kib-uitstellen-kop">
      <Heading2 id="kib-uitstellen-kop">Uitgesteld werk</Heading2>
      <Paragraph className="kib-zacht">
        Items die klantmanagers hebben uitgesteld, met de reden. Na de datum komen ze vanzelf terug in de werkvoorraad.
      </Paragraph>
      {uitstellen.isPending && <SkeletTabel label="Uitgesteld werk laden…" kolommen={UITSTEL_KOLOMMEN} rijen={3} />}
      {uitstellen.isError && <Melding soort="error">{uitstellen.error.message}</Melding>}
      {data && data.items.length === 0 && <Paragraph>Er is nu niets uitgesteld.</Paragraph>}
      {data && data.items.length > 0 && (
        <Table className="kib-tabel kib-kaarten">
          <TableCaption className="kib-visueel-verborgen">Lopende uitstellen: {data.totaal}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Klant</TableHeaderCell>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">Uitgesteld tot</TableHeaderCell>
              <TableHeaderCell scope="col">Reden</TableHeaderCell>
              <TableHeaderCell scope="col">Door</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((u) => (
              <TableRow key={u.id}>
                <TableCell>
                  <Link to={`/klanten/${encodeURIComponent(u.klantId)}`}>{u.klantNaam}</Link>
                </TableCell>
                <TableCell data-label="Wat">
                  <Label>{WERKVOORRAAD_SOORT_LABELS[u.soort] ?? u.soort}</Label>
                </TableCell>
                <TableCell data-label="Uitgesteld tot">{datumKort(u.totDatum)}</TableCell>
                <TableCell data-label="Reden">{u.reden}</TableCell>
                <TableCell data-label="Door">{u.medewerkerNaam}</TableCell>
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
          wat="uitstellen"
          onPagina={setPage}
        />
      )}
    </section>
  );
}
