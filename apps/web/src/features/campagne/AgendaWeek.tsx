import type { Datum } from '@klant-in-beeld/domain';
import { Button, Knoppenrij } from '@klant-in-beeld/ui';
import { Link } from 'react-router';
import { andereWeek, dagTekst, datumVan, tijdTekst, werkweek } from './agenda';

export interface AgendaRegel {
  uitnodigingId: string;
  datumTijd: string;
  klantId: string;
  klantNaam: string;
  locatie: string;
  campagneNaam: string;
}

/** A week of planned conversations, one list per working day, with navigation to the week before and after. */
export function AgendaWeek({
  week,
  regels,
  onWeek,
}: {
  /** Any date in the week shown. */
  week: Datum;
  regels: AgendaRegel[];
  onWeek: (maandag: Datum) => void;
}) {
  const dagen = werkweek(week);
  const perDag = new Map<Datum, AgendaRegel[]>(dagen.map((d) => [d, []]));
  for (const r of [...regels].sort((a, b) => a.datumTijd.localeCompare(b.datumTijd)))
    perDag.get(datumVan(r.datumTijd))?.push(r);
  return (
    <section aria-labelledby="agenda-week">
      <h2 id="agenda-week">
        Week van {dagTekst(dagen[0])} tot en met {dagTekst(dagen[4])}
      </h2>
      <Knoppenrij>
        <Button appearance="secondary-action-button" onClick={() => onWeek(andereWeek(week, -1))}>
          Vorige week
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onWeek(andereWeek(week, 1))}>
          Volgende week
        </Button>
      </Knoppenrij>
      {dagen.map((dag) => {
        const items = perDag.get(dag) ?? [];
        return (
          <section key={dag} aria-labelledby={`dag-${dag}`}>
            <h3 id={`dag-${dag}`}>{dagTekst(dag)}</h3>
            {items.length === 0 ? (
              <p>Geen gesprekken gepland.</p>
            ) : (
              <ul>
                {items.map((r) => (
                  <li key={r.uitnodigingId}>
                    {tijdTekst(r.datumTijd)} <Link to={`/klanten/${r.klantId}`}>{r.klantNaam}</Link>, {r.locatie} (
                    {r.campagneNaam})
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
