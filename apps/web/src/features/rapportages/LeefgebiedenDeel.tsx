import {
  Heading2,
  Heading3,
  Knoppenrij,
  Melding,
  Paragraph,
  SkeletBalk,
  SkeletTabel,
  SkeletVak,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { datumKort } from '../../app/weergave';
import { bewegingQuery, exportUrl, leefgebiedenQuery, type Leefgebieden, type RapportFilter } from './api';
import { aantal, procent } from './cijfers';
import { DeelStatus } from './DeelStatus';
import { TabelMetGrafiek } from './TabelMetGrafiek';

const GestapeldeStaafGrafiek = lazy(() => import('./Grafieken').then((m) => ({ default: m.GestapeldeStaafGrafiek })));

/** A domain or niveau only older instrument versions have is named by its code: say so. */
const naamVan = (o: { naam: string; bekend: boolean }) => (o.bekend ? o.naam : `${o.naam} (eerdere versie)`);

const BEWEGING_KOLOMMEN = ['Leefgebied', 'Omhoog', 'Gelijk', 'Omlaag'].map((kop) => ({ kop }));

/**
 * What the klant-in-beeld-gesprekken found and what follows: niveaus per leefgebied from each client's latest
 * gesprek, clients per dienstverleningspad, the plan shares, and the movement per leefgebied since `van`.
 */
export function LeefgebiedenDeel({
  filter,
  peildatum,
  van,
}: {
  filter: RapportFilter;
  peildatum: string;
  van: string;
}) {
  const leefgebieden = useQuery(leefgebiedenQuery({ ...filter, peildatum }));
  const l = leefgebieden.data;
  const exportFilter = { gemeenteId: filter.gemeenteId, teamId: filter.teamId };
  return (
    <section className="kib-paneel" aria-labelledby="leefgebieden-kop">
      <Heading2 id="leefgebieden-kop">Leefgebieden en plannen</Heading2>
      <Knoppenrij>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={exportUrl('leefgebieden.xlsx', { peildatum, ...exportFilter })}
          download
        >
          Leefgebieden als Excel
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={exportUrl('leefgebieden.csv', { peildatum, ...exportFilter })}
          download
        >
          Leefgebieden als CSV
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={exportUrl('leefgebieden/beweging.xlsx', { van, tot: peildatum, ...exportFilter })}
          download
        >
          Beweging als Excel
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={exportUrl('leefgebieden/beweging.csv', { van, tot: peildatum, ...exportFilter })}
          download
        >
          Beweging als CSV
        </a>
      </Knoppenrij>
      <DeelStatus
        query={leefgebieden}
        laden="Leefgebieden berekenen…"
        fout="De leefgebieden konden niet worden geladen"
        skelet={
          <>
            <Paragraph>
              <SkeletBalk lengte="lang" />
            </Paragraph>
            <SkeletVak hoogte={400} />
          </>
        }
      />
      {l && <LeefgebiedenCijfers l={l} />}
      <BewegingDeel filter={filter} van={van} tot={peildatum} />
    </section>
  );
}

function LeefgebiedenCijfers({ l }: { l: Leefgebieden }) {
  const reeksen = l.niveaus.map((n) => ({ sleutel: String(n.waarde), naam: `${n.waarde}. ${naamVan(n)}` }));
  const grafiek = l.domeinen.map((d) => ({ label: naamVan(d), ...d.aantallen }));
  return (
    <>
      {l.onderdrukt && (
        <Melding>
          Sommige aantallen zijn niet getoond („verborgen”): ze zijn kleiner dan 5, of je zou er zo’n klein aantal mee
          kunnen uitrekenen.
        </Melding>
      )}
      <div className="kib-kpi">
        <div>
          <strong>{aantal(l.metGesprek)}</strong> klanten met een klant-in-beeld-gesprek
        </div>
        <div>
          <strong>{procent(l.metPlan)}</strong> met een plan van aanpak
        </div>
        <div>
          <strong>{procent(l.evaluatieVerlopen)}</strong> met een evaluatiedatum die voorbij is
        </div>
      </div>
      <Heading3>Niveaus per leefgebied op {datumKort(l.peildatum)}</Heading3>
      <Paragraph className="kib-zacht">Uit het laatste gesprek van elke klant op of voor de peildatum.</Paragraph>
      <Suspense fallback={<SkeletVak hoogte={400} />}>
        <GestapeldeStaafGrafiek data={grafiek} reeksen={reeksen} />
      </Suspense>
      <Table className="kib-tabel">
        <TableCaption>Klanten per niveau en leefgebied</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Leefgebied</TableHeaderCell>
            {reeksen.map((r) => (
              <TableHeaderCell key={r.sleutel} scope="col">
                {r.naam}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">Totaal</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {l.domeinen.map((d) => (
            <TableRow key={d.code}>
              <TableHeaderCell scope="row">{naamVan(d)}</TableHeaderCell>
              {reeksen.map((r) => (
                // null is hidden (beleid); only an absent key is 0.
                <TableCell key={r.sleutel}>{aantal(r.sleutel in d.aantallen ? d.aantallen[r.sleutel] : 0)}</TableCell>
              ))}
              <TableCell>{aantal(d.totaal)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Heading3>Dienstverleningspaden</Heading3>
      <TabelMetGrafiek
        titel="Klanten per dienstverleningspad"
        kop="Pad"
        rijen={l.paden.map((p) => ({ label: p.naam, waarde: p.aantal }))}
      />
    </>
  );
}

function BewegingDeel({ filter, van, tot }: { filter: RapportFilter; van: string; tot: string }) {
  const beweging = useQuery(bewegingQuery({ ...filter, van, tot }));
  const b = beweging.data;
  return (
    <>
      <Heading3>Beweging per leefgebied</Heading3>
      <DeelStatus
        query={beweging}
        laden="Beweging berekenen…"
        fout="De beweging per leefgebied kon niet worden geladen"
        skelet={<SkeletTabel kolommen={BEWEGING_KOLOMMEN} rijen={6} kaarten={false} />}
      />
      {b && (
        <Table className="kib-tabel">
          <TableCaption>
            Niveau op {datumKort(b.van)} naar niveau op {datumKort(b.tot)}, voor klanten met een gesprek ertussen
          </TableCaption>
          <TableHeader>
            <TableRow>
              {BEWEGING_KOLOMMEN.map((k) => (
                <TableHeaderCell key={k.kop} scope="col">
                  {k.kop}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {b.domeinen.map((d) => (
              <TableRow key={d.code}>
                <TableHeaderCell scope="row">{naamVan(d)}</TableHeaderCell>
                <TableCell>{aantal(d.omhoog)}</TableCell>
                <TableCell>{aantal(d.gelijk)}</TableCell>
                <TableCell>{aantal(d.omlaag)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
