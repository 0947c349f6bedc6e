import { maandeinde, maandeindenVoor, plusMaanden, TREDE_LABELS, UITSTROOMREDEN_LABELS, vandaag, type Trede, type Uitstroomreden } from '@klant-in-beeld/domain';
import {
  Heading1,
  Heading2,
  Knoppenrij,
  Melding,
  Paragraph,
  Select,
  SelectOption,
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
  Textbox,
  Veld,
} from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import { gemeentenQuery, teamsQuery } from '../organisatie/api';
import { doorstroomQuery, exportUrl, kerncijfersQuery, trendQuery, type Kerncijfers } from './api';

const InBeeldTrendGrafiek = lazy(() => import('./Grafieken').then((m) => ({ default: m.InBeeldTrendGrafiek })));
const StaafGrafiek = lazy(() => import('./Grafieken').then((m) => ({ default: m.StaafGrafiek })));

// Hidden for beleid: below 5, or hidden so that a small number cannot be worked out from the others.
const aantal = (n: number | null) => (n === null ? 'verborgen' : n.toLocaleString('nl-NL'));
const procent = (f: number | null) => (f === null ? '—' : `${(f * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`);

function aandeelInBeeld(k: Kerncijfers): number | null {
  const { in_beeld, bijna_uit_beeld, uit_beeld } = k.inBeeld;
  if (in_beeld === null || bijna_uit_beeld === null || uit_beeld === null) return null;
  const totaal = in_beeld + bijna_uit_beeld + uit_beeld;
  return totaal === 0 ? null : in_beeld / totaal;
}

/** Kerncijfers for beleid and management: what happens to our clients, with the Arbeidsinspectie's measures. */
export function RapportagesPagina() {
  const [params, setParams] = useSearchParams();
  // Beleid may ask month ends in the past only (the API refuses other days): a choice of the last 36.
  const beleid = useMedewerker().rol === 'beleid';
  const maandeinden = beleid ? maandeindenVoor(vandaag(), 36) : [];
  const gevraagd = params.get('peildatum');
  const peildatum = beleid ? (gevraagd && maandeinden.includes(gevraagd) ? gevraagd : maandeinden[0]) : (gevraagd ?? vandaag());
  const doorstroomVan = beleid ? maandeinde(plusMaanden(peildatum, -12)) : plusMaanden(peildatum, -12);
  const gemeenteId = params.get('gemeenteId') ?? undefined;
  const teamId = params.get('teamId') ?? undefined;
  const filter = { gemeenteId, teamId };
  const gemeenten = useQuery(gemeentenQuery());
  const teams = useQuery(teamsQuery());
  const kerncijfers = useQuery(kerncijfersQuery({ ...filter, peildatum }));
  const trend = useQuery(trendQuery({ ...filter, van: plusMaanden(peildatum, -11), tot: peildatum }));
  const doorstroom = useQuery(doorstroomQuery({ ...filter, van: doorstroomVan, tot: peildatum }));

  const zet = (sleutel: string, waarde: string) => {
    const nieuw = new URLSearchParams(params);
    if (waarde) nieuw.set(sleutel, waarde);
    else nieuw.delete(sleutel);
    setParams(nieuw, { replace: true });
  };
  const k = kerncijfers.data;
  const exportQuery = { peildatum, gemeenteId, teamId };

  return (
    <>
      <Heading1>Rapportages</Heading1>
      <Paragraph className="kib-zacht">
        Kerncijfers op een peildatum, met dezelfde maten als de Arbeidsinspectie. Een peildatum in het verleden toont de stand van toen. Alleen totalen: aantallen onder de 5 worden voor beleid niet getoond.
      </Paragraph>
      <div className="kib-filters">
        <Veld label="Peildatum">
          {(invoer) =>
            beleid ? (
              <Select {...invoer} value={peildatum} onChange={(e) => zet('peildatum', e.target.value)}>
                {maandeinden.map((d) => (
                  <SelectOption key={d} value={d}>
                    {datumKort(d)}
                  </SelectOption>
                ))}
              </Select>
            ) : (
              <Textbox {...invoer} type="date" max={vandaag()} value={peildatum} onChange={(e) => e.target.value && zet('peildatum', e.target.value)} />
            )
          }
        </Veld>
        <Veld label="Gemeente">
          {(invoer) => (
            <Select {...invoer} value={gemeenteId ?? ''} onChange={(e) => zet('gemeenteId', e.target.value)}>
              <SelectOption value="">Alle gemeenten</SelectOption>
              {(gemeenten.data ?? []).map((g) => (
                <SelectOption key={g.id} value={g.id}>
                  {g.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <Veld label="Team">
          {(invoer) => (
            <Select {...invoer} value={teamId ?? ''} onChange={(e) => zet('teamId', e.target.value)}>
              <SelectOption value="">Alle teams</SelectOption>
              {(teams.data ?? []).map((t) => (
                <SelectOption key={t.id} value={t.id}>
                  {t.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>
      <Knoppenrij>
        <a className="utrecht-button-link utrecht-button-link--secondary-action" href={exportUrl('kerncijfers.xlsx', exportQuery)} download>
          Kerncijfers als Excel
        </a>
        <a className="utrecht-button-link utrecht-button-link--secondary-action" href={exportUrl('kerncijfers.csv', exportQuery)} download>
          Kerncijfers als CSV
        </a>
        <a className="utrecht-button-link utrecht-button-link--secondary-action" href={exportUrl('doorstroom.xlsx', { van: doorstroomVan, tot: peildatum, gemeenteId, teamId })} download>
          Doorstroom als Excel
        </a>
      </Knoppenrij>

      {kerncijfers.isError && <Melding soort="error">{kerncijfers.error.message}</Melding>}
      {kerncijfers.isPending && <KerncijfersSkelet />}
      {k && (
        <>
          {k.onderdrukt && (
            <Melding>Sommige aantallen zijn niet getoond („verborgen”): ze zijn kleiner dan 5, of je zou er zo’n klein aantal mee kunnen uitrekenen.</Melding>
          )}
          <section aria-labelledby="kpi-kop">
            <Heading2 id="kpi-kop">Op {datumKort(k.peildatum)}</Heading2>
            <div className="kib-kpi">
              <div>
                <strong>{aantal(k.caseload)}</strong> klanten met een uitkering
              </div>
              <div>
                <strong>{procent(aandeelInBeeld(k))}</strong> in beeld
              </div>
              <div>
                <strong>{procent(k.gesprokenLaatste12Maanden)}</strong> gesproken in de afgelopen 12 maanden
              </div>
              <div>
                <strong>{procent(k.metLopendeAfspraak)}</strong> met een lopende afspraak
              </div>
              <div>
                <strong>{aantal(k.vrijstellingen.formeel)} / {aantal(k.vrijstellingen.informeel)}</strong> vrijgesteld formeel / informeel
              </div>
              <div>
                <strong>{k.noShowPercentage === null ? '—' : `${k.noShowPercentage.toLocaleString('nl-NL')}%`}</strong> no-shows bij geplande gesprekken
              </div>
            </div>
          </section>

          <div className="kib-kolommen">
            <section className="kib-paneel" aria-labelledby="trend-kop">
              <Heading2 id="trend-kop">In beeld over de tijd</Heading2>
              {trend.isPending && (
                <>
                  <SkeletVak label="Trend laden…" hoogte={260} />
                  <SkeletTabel kolommen={TREND_KOLOMMEN} rijen={12} kaarten={false} />
                </>
              )}
              {trend.data && (
                <>
                  <Suspense fallback={<SkeletVak hoogte={260} />}>
                    <InBeeldTrendGrafiek
                      punten={trend.data.maanden.map((m) => ({
                        maand: m.peildatum.slice(0, 7),
                        inBeeld: aandeelInBeeld(m) === null ? null : Math.round(aandeelInBeeld(m)! * 1000) / 10,
                        gesproken: m.gesprokenLaatste12Maanden === null ? null : Math.round(m.gesprokenLaatste12Maanden * 1000) / 10,
                      }))}
                    />
                  </Suspense>
                  <Table className="kib-tabel">
                    <TableCaption>In beeld en gesproken per maand</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Maand</TableHeaderCell>
                        <TableHeaderCell scope="col">Klanten</TableHeaderCell>
                        <TableHeaderCell scope="col">In beeld</TableHeaderCell>
                        <TableHeaderCell scope="col">Gesproken in 12 maanden</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {trend.data.maanden.map((m) => (
                        <TableRow key={m.peildatum}>
                          <TableHeaderCell scope="row">{datumKort(m.peildatum)}</TableHeaderCell>
                          <TableCell>{aantal(m.caseload)}</TableCell>
                          <TableCell>{procent(aandeelInBeeld(m))}</TableCell>
                          <TableCell>{procent(m.gesprokenLaatste12Maanden)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              )}
            </section>
            <section className="kib-paneel" aria-labelledby="gesprekken-kop">
              <Heading2 id="gesprekken-kop">Gesprekken in 12 maanden</Heading2>
              <TabelMetGrafiek
                titel="Klanten naar aantal gesprekken in 12 maanden"
                kop="Gesprekken"
                rijen={Object.entries(k.gesprekkenVerdeling12Maanden).map(([klasse, n]) => ({ label: klasse === '>3' ? 'meer dan 3' : klasse, waarde: n }))}
              />
            </section>
          </div>

          <div className="kib-kolommen">
            <section className="kib-paneel" aria-labelledby="ladder-kop">
              <Heading2 id="ladder-kop">Participatieladder</Heading2>
              <TabelMetGrafiek
                titel="Klanten per trede"
                kop="Trede"
                rijen={[
                  ...Object.entries(k.ladder).map(([t, n]) => ({ label: `${t}. ${TREDE_LABELS[Number(t) as Trede]}`, kort: t, waarde: n })),
                  { label: 'Niet gemeten', kort: '?', waarde: k.ladderOnbekend },
                ]}
              />
            </section>
            <section className="kib-paneel" aria-labelledby="caseload-kop">
              <Heading2 id="caseload-kop">Caseload per klantmanager</Heading2>
              <TabelMetGrafiek titel="Klantmanagers per caseloadgrootte" kop="Caseload" rijen={Object.entries(k.caseloadPerKlantmanager).map(([band, n]) => ({ label: band, waarde: n }))} />
            </section>
          </div>

          <div className="kib-kolommen">
            <section className="kib-paneel" aria-labelledby="doorstroom-kop">
              <Heading2 id="doorstroom-kop">Doorstroom op de ladder</Heading2>
              {doorstroom.isPending && (
                <>
                  <Paragraph>
                    <SkeletBalk lengte="lang" />
                  </Paragraph>
                  <SkeletTabel label="Doorstroom laden…" kolommen={DOORSTROOM_KOLOMMEN} rijen={6} kaarten={false} />
                </>
              )}
              {doorstroom.data && (
                <>
                  <Paragraph>
                    Van {datumKort(doorstroom.data.van)} naar {datumKort(doorstroom.data.tot)}: {aantal(doorstroom.data.omhoog)} omhoog, {aantal(doorstroom.data.gelijk)} gelijk,{' '}
                    {aantal(doorstroom.data.omlaag)} omlaag.
                  </Paragraph>
                  <Table className="kib-tabel kib-heatmap">
                    <TableCaption>Trede op {datumKort(doorstroom.data.van)} (rijen) naar trede op {datumKort(doorstroom.data.tot)} (kolommen)</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Van \ naar</TableHeaderCell>
                        {[1, 2, 3, 4, 5, 6].map((t) => (
                          <TableHeaderCell key={t} scope="col">
                            {t}
                          </TableHeaderCell>
                        ))}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {[1, 2, 3, 4, 5, 6].map((van) => (
                        <TableRow key={van}>
                          <TableHeaderCell scope="row">{van}</TableHeaderCell>
                          {[1, 2, 3, 4, 5, 6].map((naar) => {
                            // A cell the API leaves out is 0; null means hidden (beleid).
                            const cel = doorstroom.data.matrix[van]?.[naar];
                            const n = cel === undefined ? 0 : cel;
                            return (
                              <TableCell key={naar} className={`kib-heatmap__cel kib-heatmap__cel--${naar > van ? 'omhoog' : naar < van ? 'omlaag' : 'gelijk'}`} data-n={n ?? ''}>
                                {aantal(n)}
                              </TableCell>
                            );
                          })}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              )}
            </section>
            <section className="kib-paneel" aria-labelledby="overig-kop">
              <Heading2 id="overig-kop">Vrijstellingen en uitstroom</Heading2>
              <Paragraph>
                Informele vrijstellingen voorbij hun einddatum: <strong>{aantal(k.vrijstellingen.informeelVerlopen)}</strong>
              </Paragraph>
              <Table className="kib-tabel">
                <TableCaption>
                  Uitstroom van {datumKort(k.periode.van)} tot en met {datumKort(k.periode.tot)}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Reden</TableHeaderCell>
                    <TableHeaderCell scope="col">Klanten</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {Object.entries(k.uitstroom).length === 0 && (
                    <TableRow>
                      <TableCell colSpan={2}>Geen uitstroom in deze periode.</TableCell>
                    </TableRow>
                  )}
                  {Object.entries(k.uitstroom).map(([reden, n]) => (
                    <TableRow key={reden}>
                      <TableHeaderCell scope="row">{UITSTROOMREDEN_LABELS[reden as Uitstroomreden] ?? reden}</TableHeaderCell>
                      <TableCell>{aantal(n)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          </div>
        </>
      )}
    </>
  );
}

const TREND_KOLOMMEN = [{ kop: 'Maand' }, { kop: 'Klanten' }, { kop: 'In beeld' }, { kop: 'Gesproken in 12 maanden' }];
const DOORSTROOM_KOLOMMEN = ['Van \\ naar', '1', '2', '3', '4', '5', '6'].map((kop) => ({ kop }));

/** The key figures still being computed: the tiles and the first panels in their place. */
function KerncijfersSkelet() {
  return (
    <div className="kib-skelet">
      <span role="status" className="kib-visueel-verborgen">
        Kerncijfers berekenen…
      </span>
      <div aria-hidden="true">
        <span className="utrecht-heading-2 kib-skelet__kop">
          <SkeletBalk />
        </span>
        <div className="kib-kpi">
          {[1, 2, 3, 4, 5, 6].map((i) => (
            <div key={i}>
              <strong>
                <SkeletBalk lengte="kort" />
              </strong>
              <SkeletBalk />
            </div>
          ))}
        </div>
        <div className="kib-kolommen">
          <div className="kib-paneel">
            <SkeletVak hoogte={260} />
          </div>
          <div className="kib-paneel">
            <SkeletVak hoogte={220} />
          </div>
        </div>
      </div>
    </div>
  );
}

/** A bar chart and the same numbers as a table. */
function TabelMetGrafiek({ titel, kop, rijen }: { titel: string; kop: string; rijen: { label: string; kort?: string; waarde: number | null }[] }) {
  return (
    <>
      <Suspense fallback={<SkeletVak hoogte={220} />}>
        <StaafGrafiek naam={titel} data={rijen.map((r) => ({ label: r.kort ?? r.label, waarde: r.waarde }))} />
      </Suspense>
      <Table className="kib-tabel">
        <TableCaption>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{kop}</TableHeaderCell>
            <TableHeaderCell scope="col">Aantal</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => (
            <TableRow key={r.label}>
              <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
              <TableCell>{aantal(r.waarde)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
