import {
  LADDER_UITKOMST_LABELS,
  LADDER_UITKOMSTEN,
  UITSTROOMREDEN_LABELS,
  type Uitstroomreden,
} from '@klant-in-beeld/domain';
import {
  Heading1,
  Heading2,
  Heading3,
  Knoppenrij,
  Melding,
  Paragraph,
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
import { Link, useParams } from 'react-router';
import { ApiFout } from '../../api/client';
import { datumKort } from '../../app/weergave';
import { campagneQuery, effectQuery, trechterXlsxUrl, type CampagneEffect } from './api';

const EffectLadderGrafiek = lazy(() => import('./EffectLadderGrafiek'));

type Horizon = CampagneEffect['horizonten'][number];
type Groep = Horizon['cohort'];

/** A count, or "< 5" where it is suppressed (beleid). */
const aantal = (n: number | null) => (n === null ? '< 5' : String(n));
const procent = (f: number | null, telt: number | null) =>
  telt === 0 ? '–' : f === null ? '< 5' : `${Math.round(f * 1000) / 10}%`;

/** The effect of a campagne 6 and 12 months after the campagne gesprek, beside the reference group. */
export function EffectPagina() {
  const { id = '' } = useParams();
  const campagne = useQuery(campagneQuery(id));
  const effect = useQuery(effectQuery(id));
  const terug = (
    <Paragraph>
      <Link to={`/campagnes/${id}`}>Terug naar de campagne</Link>
    </Paragraph>
  );
  const naam = campagne.data?.naam;
  if (effect.isPending) return <Paragraph role="status">Effect berekenen…</Paragraph>;
  if (effect.isError)
    return (
      <>
        <Heading1>Effect{naam ? ` van ${naam}` : ''}</Heading1>
        <Melding soort={effect.error instanceof ApiFout && effect.error.status === 422 ? 'info' : 'error'}>
          {effect.error instanceof ApiFout && effect.error.status === 422
            ? effect.error.message
            : 'Het effect kon niet worden geladen.'}
        </Melding>
        {terug}
      </>
    );
  const e = effect.data;
  return (
    <>
      <Heading1>Effect{naam ? ` van ${naam}` : ''}</Heading1>
      {terug}
      <Paragraph>
        Cohort van {aantal(e.cohort)} deelnemers, gestart op {datumKort(e.gestartOp)}. Gemeten op{' '}
        {datumKort(e.peildatum)}: een deelnemer telt in een horizon als zijn campagnegesprek minstens zo lang geleden
        is. De referentiegroep zijn de deelnemers zonder campagnegesprek, gemeten vanaf de start van de campagne.
      </Paragraph>
      {e.onderdrukt && (
        <Paragraph>&lt; 5: dit aantal is weggelaten, omdat het klein is of een klein aantal zou verraden.</Paragraph>
      )}
      <Knoppenrij>
        <a className="utrecht-button-link utrecht-button-link--secondary-action" href={trechterXlsxUrl(id)} download>
          Trechter (Excel)
        </a>
      </Knoppenrij>
      {e.horizonten.map((h) => (
        <HorizonDeel key={h.maanden} h={h} />
      ))}
    </>
  );
}

function Kop({ leeg = false }: { leeg?: boolean }) {
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell scope="col">{leeg ? '' : 'Uitkomst'}</TableHeaderCell>
        <TableHeaderCell scope="col">Met campagnegesprek</TableHeaderCell>
        <TableHeaderCell scope="col">Referentie (zonder gesprek)</TableHeaderCell>
      </TableRow>
    </TableHeader>
  );
}

function HorizonDeel({ h }: { h: Horizon }) {
  const kop = `horizon-${h.maanden}`;
  const { cohort, referentie } = h;
  const punten = LADDER_UITKOMSTEN.map((u) => ({
    label: LADDER_UITKOMST_LABELS[u],
    cohort: cohort.ladder[u],
    referentie: referentie.ladder[u],
  }));
  const redenen = Object.keys(cohort.uitstroom).filter(
    (r) => cohort.uitstroom[r] !== 0 || referentie.uitstroom[r] !== 0,
  );
  const referentieLeefgebieden = referentie.leefgebiedenGemeten !== 0;
  const leefgebieden = cohort.leefgebieden.map((l, i) => ({ cohort: l, referentie: referentie.leefgebieden[i] }));
  return (
    <section className="kib-paneel" aria-labelledby={kop}>
      <Heading2 id={kop}>Na {h.maanden} maanden</Heading2>
      <Paragraph>
        Tellen mee: {aantal(cohort.telt)} van {aantal(cohort.deelnemers)} deelnemers met campagnegesprek en{' '}
        {aantal(referentie.telt)} van {aantal(referentie.deelnemers)} in de referentiegroep.
      </Paragraph>

      <Heading3>Participatieladder</Heading3>
      <Suspense fallback={null}>
        <EffectLadderGrafiek punten={punten} />
      </Suspense>
      <Table className="kib-tabel">
        <TableCaption>Trede na {h.maanden} maanden tegen de trede bij de start</TableCaption>
        <Kop />
        <TableBody>
          {punten.map((p) => (
            <TableRow key={p.label}>
              <TableHeaderCell scope="row">{p.label}</TableHeaderCell>
              <TableCell>{aantal(p.cohort)}</TableCell>
              <TableCell>{aantal(p.referentie)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Heading3>Leefgebieden</Heading3>
      <Paragraph>
        Vergeleken (gescoord bij de start en later opnieuw): {aantal(cohort.leefgebiedenGemeten)} met campagnegesprek
        {referentieLeefgebieden
          ? `, ${aantal(referentie.leefgebiedenGemeten)} in de referentiegroep.`
          : '; de referentiegroep heeft geen gesprekken om te vergelijken.'}
      </Paragraph>
      <Table className="kib-tabel">
        <TableCaption>Niveau per leefgebied na {h.maanden} maanden tegen de start</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Leefgebied</TableHeaderCell>
            <TableHeaderCell scope="col">Hoger (met gesprek)</TableHeaderCell>
            <TableHeaderCell scope="col">Gelijk (met gesprek)</TableHeaderCell>
            <TableHeaderCell scope="col">Lager (met gesprek)</TableHeaderCell>
            {referentieLeefgebieden && (
              <>
                <TableHeaderCell scope="col">Hoger (referentie)</TableHeaderCell>
                <TableHeaderCell scope="col">Gelijk (referentie)</TableHeaderCell>
                <TableHeaderCell scope="col">Lager (referentie)</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {leefgebieden.map(({ cohort: c, referentie: r }) => (
            <TableRow key={c.code}>
              <TableHeaderCell scope="row">{c.bekend ? c.naam : `${c.naam} (eerdere versie)`}</TableHeaderCell>
              <TableCell>{aantal(c.omhoog)}</TableCell>
              <TableCell>{aantal(c.gelijk)}</TableCell>
              <TableCell>{aantal(c.omlaag)}</TableCell>
              {referentieLeefgebieden && (
                <>
                  <TableCell>{aantal(r?.omhoog ?? 0)}</TableCell>
                  <TableCell>{aantal(r?.gelijk ?? 0)}</TableCell>
                  <TableCell>{aantal(r?.omlaag ?? 0)}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Heading3>Uitstroom</Heading3>
      <Table className="kib-tabel">
        <TableCaption>Uitgestroomd binnen {h.maanden} maanden</TableCaption>
        <Kop />
        <TableBody>
          <UitstroomRij
            label="Uitgestroomd"
            cohort={cohort}
            referentie={referentie}
            waarde={(g) => aantal(g.uitgestroomd)}
          />
          <UitstroomRij
            label="Deel van wie meetelt"
            cohort={cohort}
            referentie={referentie}
            waarde={(g) => procent(g.uitstroomAandeel, g.telt)}
          />
          {redenen.map((r) => (
            <UitstroomRij
              key={r}
              label={UITSTROOMREDEN_LABELS[r as Uitstroomreden] ?? r}
              cohort={cohort}
              referentie={referentie}
              waarde={(g) => aantal(g.uitstroom[r] ?? null)}
            />
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function UitstroomRij({
  label,
  cohort,
  referentie,
  waarde,
}: {
  label: string;
  cohort: Groep;
  referentie: Groep;
  waarde: (g: Groep) => string;
}) {
  return (
    <TableRow>
      <TableHeaderCell scope="row">{label}</TableHeaderCell>
      <TableCell>{waarde(cohort)}</TableCell>
      <TableCell>{waarde(referentie)}</TableCell>
    </TableRow>
  );
}
