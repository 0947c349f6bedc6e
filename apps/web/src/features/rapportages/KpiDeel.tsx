import { TREDE_LABELS, type Trede } from '@klant-in-beeld/domain';
import { Heading2, Melding, SkeletBalk, SkeletTabel, SkeletVak } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { datumKort } from '../../app/weergave';
import { kerncijfersQuery, type Kerncijfers, type RapportFilter } from './api';
import { aandeelInBeeld, aantal, procent } from './cijfers';
import { DeelStatus } from './DeelStatus';
import { TabelMetGrafiek } from './TabelMetGrafiek';

export interface KerncijfersKeuze {
  filter: RapportFilter;
  peildatum: string;
}

/** The kerncijfers on the peildatum: one request, shared through the cache by every part that shows some of them. */
export const useKerncijfers = ({ filter, peildatum }: KerncijfersKeuze) =>
  useQuery(kerncijfersQuery({ ...filter, peildatum }));

/** The KPIs on the peildatum. Its loading and error stand for the distribution panels below as well. */
export function KpiDeel(keuze: KerncijfersKeuze) {
  const kerncijfers = useKerncijfers(keuze);
  const k = kerncijfers.data;
  return (
    <>
      <DeelStatus
        query={kerncijfers}
        laden="Kerncijfers berekenen…"
        fout="De kerncijfers konden niet worden geladen"
        skelet={<KerncijfersSkelet />}
      />
      {k?.onderdrukt && (
        <Melding>
          Sommige aantallen zijn niet getoond („verborgen”): ze zijn kleiner dan 5, of je zou er zo’n klein aantal mee
          kunnen uitrekenen.
        </Melding>
      )}
      {k && (
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
              <strong>
                {aantal(k.vrijstellingen.formeel)} / {aantal(k.vrijstellingen.informeel)}
              </strong>{' '}
              vrijgesteld formeel / informeel
            </div>
            <div>
              <strong>{k.noShowPercentage === null ? '—' : `${k.noShowPercentage.toLocaleString('nl-NL')}%`}</strong>{' '}
              no-shows bij geplande gesprekken
            </div>
          </div>
        </section>
      )}
    </>
  );
}

/** A panel with a distribution from the kerncijfers; shown once they are there (KpiDeel reports loading and errors). */
function KerncijferPaneel({
  id,
  titel,
  keuze,
  children,
}: {
  id: string;
  titel: string;
  keuze: KerncijfersKeuze;
  children: (k: Kerncijfers) => ReactNode;
}) {
  const { data: k, isPending } = useKerncijfers(keuze);
  // An error is told once, by KpiDeel; while loading, the panel holds its place (no jump when the figures arrive).
  if (!k && !isPending) return null;
  return (
    <section className="kib-paneel" aria-labelledby={id}>
      <Heading2 id={id}>{titel}</Heading2>
      {k ? (
        children(k)
      ) : (
        <div aria-hidden="true">
          <SkeletVak hoogte={220} />
          <SkeletTabel kolommen={[{ kop: titel }, { kop: 'Klanten' }]} rijen={6} kaarten={false} />
        </div>
      )}
    </section>
  );
}

export function GesprekkenPaneel(keuze: KerncijfersKeuze) {
  return (
    <KerncijferPaneel id="gesprekken-kop" titel="Gesprekken in 12 maanden" keuze={keuze}>
      {(k) => (
        <TabelMetGrafiek
          titel="Klanten naar aantal gesprekken in 12 maanden"
          kop="Gesprekken"
          rijen={Object.entries(k.gesprekkenVerdeling12Maanden).map(([klasse, n]) => ({
            label: klasse === '>3' ? 'meer dan 3' : klasse,
            waarde: n,
          }))}
        />
      )}
    </KerncijferPaneel>
  );
}

export function LadderPaneel(keuze: KerncijfersKeuze) {
  return (
    <KerncijferPaneel id="ladder-kop" titel="Participatieladder" keuze={keuze}>
      {(k) => (
        <TabelMetGrafiek
          titel="Klanten per trede"
          kop="Trede"
          rijen={[
            ...Object.entries(k.ladder).map(([t, n]) => ({
              label: `${t}. ${TREDE_LABELS[Number(t) as Trede]}`,
              kort: t,
              waarde: n,
            })),
            { label: 'Niet gemeten', kort: '?', waarde: k.ladderOnbekend },
          ]}
        />
      )}
    </KerncijferPaneel>
  );
}

export function CaseloadPaneel(keuze: KerncijfersKeuze) {
  return (
    <KerncijferPaneel id="caseload-kop" titel="Caseload per klantmanager" keuze={keuze}>
      {(k) => (
        <TabelMetGrafiek
          titel="Klantmanagers per caseloadgrootte"
          kop="Caseload"
          rijen={Object.entries(k.caseloadPerKlantmanager).map(([band, n]) => ({ label: band, waarde: n }))}
        />
      )}
    </KerncijferPaneel>
  );
}

/** The key figures still being computed: the tiles and the first panels in their place. */
function KerncijfersSkelet() {
  return (
    <>
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
    </>
  );
}
