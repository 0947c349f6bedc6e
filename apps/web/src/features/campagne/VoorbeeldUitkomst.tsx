import type { CampagneCriteria } from '@klant-in-beeld/domain';
import { Melding } from '@klant-in-beeld/ui';
import { waaromNiemand } from './trechter';

export interface VoorbeeldRegel {
  naam: string;
  aantal: number;
}

/** The live voorbeeld of a campagne's cohort: the count, per gemeente and per team; with nobody, why and what to widen. */
export function VoorbeeldUitkomst({
  aantal,
  perGemeente,
  perTeam,
  criteria,
  bezig = false,
}: {
  aantal: number;
  perGemeente: VoorbeeldRegel[];
  perTeam: VoorbeeldRegel[];
  criteria: CampagneCriteria;
  bezig?: boolean;
}) {
  return (
    <section aria-labelledby="voorbeeld-kop" aria-busy={bezig}>
      <h2 id="voorbeeld-kop">Voorbeeld</h2>
      <p role="status">
        {aantal === 1 ? '1 klant voldoet aan de criteria.' : `${aantal} klanten voldoen aan de criteria.`}
      </p>
      {aantal === 0 ? (
        <Melding soort="warning">
          <p>Met deze criteria wordt niemand uitgenodigd:</p>
          <ul>
            {waaromNiemand(criteria).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Melding>
      ) : (
        <>
          <Verdeling kop="Per gemeente" regels={perGemeente} />
          <Verdeling kop="Per team" regels={perTeam} />
        </>
      )}
    </section>
  );
}

function Verdeling({ kop, regels }: { kop: string; regels: VoorbeeldRegel[] }) {
  if (regels.length === 0) return null;
  return (
    <>
      <h3>{kop}</h3>
      <ul>
        {regels.map((r) => (
          <li key={r.naam}>
            {r.naam}: {r.aantal}
          </li>
        ))}
      </ul>
    </>
  );
}
