import { plusMaanden, ROL_LABELS, vandaag } from '@klant-in-beeld/domain';
import {
  Heading1,
  Heading2,
  Knoppenrij,
  Melding,
  Paragraph,
  Select,
  SelectOption,
  SkeletTabel,
  SkeletVak,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { tijdstipKort } from '../../app/weergave';
import { maandrapportCsvUrl, maandrapportQuery, type RapportMedewerker } from '../audit/api';

const MaandrapportGrafiek = lazy(() => import('./MaandrapportGrafiek'));
const SKELET_KOLOMMEN = [
  'Medewerker',
  'Rol',
  'Inzagen',
  'Klanten',
  'Buiten eigen team',
  'Ander team geopend',
  'BSN getoond',
  'Exports',
  'Geweigerd',
].map((kop, i) => ({
  kop,
  titel: i === 0,
}));

const MAANDNAMEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2026-02" → "februari 2026". */
export const maandNaam = (maand: string) => `${MAANDNAMEN[Number(maand.slice(5, 7)) - 1]} ${maand.slice(0, 4)}`;

/** This month and the 23 before it, newest first (YYYY-MM, in Dutch time). */
export function laatsteMaanden(peildatum = vandaag()): string[] {
  return Array.from({ length: 24 }, (_, i) => plusMaanden(`${peildatum.slice(0, 7)}-01`, -i).slice(0, 7));
}

const BUITEN_TEAM = 'Inzagen buiten het eigen team per medewerker';

/** Each month: who looked at what, with the signals worth a closer look (outside the own team, doorbreken, refused). */
export function MaandrapportPagina() {
  const maanden = laatsteMaanden();
  const [maand, setMaand] = useState(maanden[1]);
  const rapport = useQuery(maandrapportQuery(maand));

  return (
    <>
      <Heading1>Maandrapport</Heading1>
      <Paragraph className="kib-zacht">
        Per medewerker: hoeveel dossiers hij of zij bekeek in een maand. Let vooral op inzagen buiten het eigen team,
        geopende dossiers van een ander team en geweigerde pogingen.
      </Paragraph>
      <div className="kib-filters">
        <Veld label="Maand">
          {(invoer) => (
            <Select {...invoer} value={maand} onChange={(e) => setMaand(e.target.value)}>
              {maanden.map((m, i) => (
                <SelectOption key={m} value={m}>
                  {maandNaam(m)}
                  {i === 0 ? ' (tot nu toe)' : ''}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>
      <Knoppenrij>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={maandrapportCsvUrl(maand)}
          download
        >
          Download als CSV
        </a>
      </Knoppenrij>

      {rapport.isPending && (
        <SkeletTabel label="Maandrapport laden…" kolommen={SKELET_KOLOMMEN} rijen={6} className="kib-teamtabel" />
      )}
      {rapport.isError && <Melding soort="error">{rapport.error.message}</Melding>}
      {rapport.data && rapport.data.medewerkers.length === 0 && (
        <Melding>{`In ${maandNaam(maand)} heeft niemand gegevens van klanten bekeken.`}</Melding>
      )}
      {rapport.data && rapport.data.medewerkers.length > 0 && (
        <>
          <MedewerkersTabel maand={rapport.data.maand} medewerkers={rapport.data.medewerkers} />
          <BuitenEigenTeam medewerkers={rapport.data.medewerkers} />
          <DoorbrekingRedenen medewerkers={rapport.data.medewerkers} />
        </>
      )}
    </>
  );
}

type Sortering = 'naam' | 'buitenEigenTeam';

function MedewerkersTabel({ maand, medewerkers }: { maand: string; medewerkers: RapportMedewerker[] }) {
  const [sortering, setSortering] = useState<Sortering>('naam');
  const rijen = [...medewerkers].sort((a, b) =>
    sortering === 'naam'
      ? a.naam.localeCompare(b.naam, 'nl')
      : b.buitenEigenTeam - a.buitenEigenTeam || a.naam.localeCompare(b.naam, 'nl'),
  );
  const getal = (n: number) => n.toLocaleString('nl-NL');
  const kolommen: [keyof RapportMedewerker, string][] = [
    ['inzagen', 'Inzagen'],
    ['klanten', 'Klanten'],
    ['buitenEigenTeam', 'Buiten eigen team'],
    ['doorbrekingen', 'Ander team geopend'],
    ['bsnInzagen', 'BSN getoond'],
    ['exports', 'Exports'],
    ['geweigerd', 'Geweigerd'],
  ];
  return (
    <section className="kib-paneel" aria-labelledby="per-medewerker-kop">
      <Heading2 id="per-medewerker-kop">Per medewerker</Heading2>
      <Table className="kib-tabel kib-teamtabel kib-kaarten">
        <TableCaption>
          {`Inzagen per medewerker in ${maandNaam(maand)}, `}
          {sortering === 'naam' ? 'op naam' : 'meeste inzagen buiten het eigen team eerst'}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" aria-sort={sortering === 'naam' ? 'ascending' : undefined}>
              <button type="button" className="kib-sorteerknop" onClick={() => setSortering('naam')}>
                Medewerker
              </button>
            </TableHeaderCell>
            <TableHeaderCell scope="col">Rol</TableHeaderCell>
            {kolommen.map(([veld, kop]) =>
              veld === 'buitenEigenTeam' ? (
                <TableHeaderCell
                  key={veld}
                  scope="col"
                  aria-sort={sortering === 'buitenEigenTeam' ? 'descending' : undefined}
                >
                  <button type="button" className="kib-sorteerknop" onClick={() => setSortering('buitenEigenTeam')}>
                    {kop}
                  </button>
                </TableHeaderCell>
              ) : (
                <TableHeaderCell key={veld} scope="col">
                  {kop}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((m) => (
            <TableRow key={m.medewerkerId}>
              <TableHeaderCell scope="row">{m.naam}</TableHeaderCell>
              <TableCell data-label="Rol">{ROL_LABELS[m.rol] ?? m.rol}</TableCell>
              {kolommen.map(([veld, kop]) => (
                <TableCell key={veld} data-label={kop}>
                  {getal(m[veld] as number)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** One bar per medewerker. */
const grafiekHoogte = (aantal: number) => Math.max(160, 36 * aantal + 40);

function BuitenEigenTeam({ medewerkers }: { medewerkers: RapportMedewerker[] }) {
  const data = [...medewerkers]
    .sort((a, b) => b.buitenEigenTeam - a.buitenEigenTeam || a.naam.localeCompare(b.naam, 'nl'))
    .map((m) => ({ id: m.medewerkerId, naam: m.naam, buitenEigenTeam: m.buitenEigenTeam }));
  return (
    <section className="kib-paneel" aria-labelledby="buiten-team-kop">
      <Heading2 id="buiten-team-kop">{BUITEN_TEAM}</Heading2>
      {/* The chart's space is kept while its code loads. */}
      <Suspense fallback={<SkeletVak hoogte={grafiekHoogte(data.length)} />}>
        <MaandrapportGrafiek data={data} hoogte={grafiekHoogte(data.length)} />
      </Suspense>
      <Table className="kib-tabel">
        <TableCaption>{BUITEN_TEAM}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
            <TableHeaderCell scope="col">Inzagen buiten eigen team</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
              <TableCell>{r.buitenEigenTeam.toLocaleString('nl-NL')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** Why each dossier of another team was opened, folded per medewerker. */
function DoorbrekingRedenen({ medewerkers }: { medewerkers: RapportMedewerker[] }) {
  const metRedenen = medewerkers
    .filter((m) => m.doorbrekingRedenen.length > 0)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return (
    <section className="kib-paneel" aria-labelledby="redenen-kop">
      <Heading2 id="redenen-kop">Redenen voor het openen van een dossier van een ander team</Heading2>
      {metRedenen.length === 0 && (
        <Paragraph>Deze maand heeft niemand een dossier van een ander team geopend.</Paragraph>
      )}
      {metRedenen.map((m) => (
        <details key={m.medewerkerId} className="kib-uitklap">
          <summary>
            {m.naam}: {m.doorbrekingRedenen.length === 1 ? '1 keer' : `${m.doorbrekingRedenen.length} keer`}
          </summary>
          <ul className="kib-tijdlijn">
            {m.doorbrekingRedenen.map((r) => (
              <li key={`${r.klantId}-${r.tijdstip}`}>
                <time dateTime={r.tijdstip}>{tijdstipKort(r.tijdstip)}</time> · {r.klantNaam}
                <div>{r.reden}</div>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
