import { datumInNederland } from '@klant-in-beeld/domain';
import {
  Heading2,
  Heading3,
  Label,
  Paginering,
  Paragraph,
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
import { lazy, Suspense, useState } from 'react';
import { datumKort, tijdstipKort } from '../../app/weergave';
import { useCategorieen } from '../instellingen/useCategorieen';
import { gesprekkenQuery, padenQuery, type Gesprek } from './api';
import { BEWEGING_LABELS, vergelijk } from './vergelijking';

const ScoresGrafiek = lazy(() => import('./ScoresGrafiek'));

const afgeweken = (g: Gesprek) => g.adviesCategorie !== g.advies.categorie || g.dienstverleningspad !== g.advies.pad;

/** The klant-in-beeld-gesprekken: the latest scores against the previous ones, then every gesprek, newest first. */
export function GesprekkenPaneel({ klantId }: { klantId: string }) {
  const [page, setPage] = useState(1);
  const eerste = useQuery(gesprekkenQuery(klantId, 1));
  const lijst = useQuery(gesprekkenQuery(klantId, page));
  // The names of the paden only matter once there is a gesprek to show.
  const paden = useQuery({ ...padenQuery(), enabled: (eerste.data?.items.length ?? 0) > 0 });
  const categorieen = useCategorieen();
  const padNaam = (code: string) => paden.data?.paden.find((p) => p.code === code)?.naam ?? code;
  const [laatste, vorige] = eerste.data?.items ?? [];
  return (
    <section className="kib-paneel" aria-labelledby="gesprekken-kop">
      <Heading2 id="gesprekken-kop">Klant-in-beeld-gesprekken</Heading2>
      {eerste.isError && <Paragraph>{eerste.error.message}</Paragraph>}
      {eerste.data?.items.length === 0 && (
        <Paragraph>Nog geen klant-in-beeld-gesprek. Leg het vast met de knop bovenaan het dossier.</Paragraph>
      )}
      {laatste && <Scores laatste={laatste} vorige={vorige ?? null} />}
      {lijst.data && lijst.data.items.length > 0 && (
        <>
          <Heading3>Alle gesprekken</Heading3>
          <ul className="kib-tijdlijn">
            {lijst.data.items.map((g) => (
              <li key={g.id}>
                <time dateTime={g.gevoerdOp}>{tijdstipKort(g.gevoerdOp)}</time> · {g.medewerkerNaam}
                <div>
                  Pad: <strong>{padNaam(g.dienstverleningspad)}</strong> · categorie{' '}
                  {categorieen.naam(g.adviesCategorie)}
                  {g.categorieOvergenomen && <Label>Categorie aangepast</Label>}
                </div>
                <div className="kib-zacht">
                  Advies: {categorieen.naam(g.advies.categorie)} — {padNaam(g.advies.pad)}
                  {g.advies.regel ? ` (${g.advies.regel})` : ''}
                </div>
                {afgeweken(g) ? (
                  <div>
                    <strong>Afgeweken van het advies</strong>
                    {g.afwijkingReden ? `: ${g.afwijkingReden}` : ''}
                  </div>
                ) : (
                  <div className="kib-zacht">Advies gevolgd</div>
                )}
                {g.loonwaarde && (
                  <div className="kib-zacht">
                    Loonwaarde {g.loonwaarde.percentage}% ({g.loonwaarde.methode})
                  </div>
                )}
                {g.toelichting && <div>{g.toelichting}</div>}
              </li>
            ))}
          </ul>
          <Paginering
            page={page}
            pageSize={lijst.data.pageSize}
            totaal={lijst.data.totaal}
            wat="gesprekken"
            onPagina={setPage}
          />
        </>
      )}
    </section>
  );
}

function Scores({ laatste, vorige }: { laatste: Gesprek; vorige: Gesprek | null }) {
  const rijen = vergelijk(laatste, vorige);
  const maxNiveau = Math.max(...rijen.flatMap((r) => [r.laatste?.niveau ?? 0, r.vorige?.niveau ?? 0]), 1);
  const laatsteLabel = `Laatste gesprek (${datumKort(datumInNederland(new Date(laatste.gevoerdOp)))})`;
  const vorigeLabel = vorige
    ? `Vorige gesprek (${datumKort(datumInNederland(new Date(vorige.gevoerdOp)))})`
    : undefined;
  return (
    <>
      <Suspense fallback={<SkeletVak hoogte={40 + rijen.length * 30} />}>
        <ScoresGrafiek rijen={rijen} maxNiveau={maxNiveau} vorigeLabel={vorigeLabel} laatsteLabel={laatsteLabel} />
      </Suspense>
      <Table className="kib-tabel">
        <TableCaption>
          {vorige ? 'Scores per leefgebied: het laatste gesprek tegen het vorige' : 'Scores per leefgebied'}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Leefgebied</TableHeaderCell>
            {vorigeLabel && <TableHeaderCell scope="col">{vorigeLabel}</TableHeaderCell>}
            <TableHeaderCell scope="col">{laatsteLabel}</TableHeaderCell>
            {vorige && <TableHeaderCell scope="col">Verschil</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => (
            <TableRow key={r.domein}>
              <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
              {vorige && <TableCell>{r.vorige ? `${r.vorige.niveau}. ${r.vorige.naam}` : '—'}</TableCell>}
              <TableCell>{r.laatste ? `${r.laatste.niveau}. ${r.laatste.naam}` : '—'}</TableCell>
              {vorige && (
                <TableCell className={`kib-beweging kib-beweging--${r.beweging}`}>
                  {BEWEGING_LABELS[r.beweging]}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
