import type { CampagneCriteria } from '@klant-in-beeld/domain';
import { Checkbox, Textbox, Veld } from '@klant-in-beeld/ui';
import { useId } from 'react';

export interface Keuze {
  id: string;
  naam: string;
}

/** A group of checkboxes in a fieldset; the chosen ids in the order of the options. */
export function Keuzelijst({
  legenda,
  opties,
  gekozen,
  onChange,
  fout,
}: {
  legenda: string;
  opties: Keuze[];
  gekozen: string[];
  onChange: (ids: string[]) => void;
  fout?: string;
}) {
  const id = useId();
  if (opties.length === 0) return null;
  const wissel = (optie: string, aan: boolean) =>
    onChange(opties.map((o) => o.id).filter((o) => (o === optie ? aan : gekozen.includes(o))));
  return (
    <fieldset className="kib-keuzelijst" aria-describedby={fout ? `${id}-fout` : undefined}>
      <legend>{legenda}</legend>
      {fout && (
        <p id={`${id}-fout`} className="kib-veldfout">
          {fout}
        </p>
      )}
      {opties.map((o) => (
        <label key={o.id} className="kib-keuze">
          <Checkbox checked={gekozen.includes(o.id)} onChange={(e) => wissel(o.id, e.currentTarget.checked)} /> {o.naam}
        </label>
      ))}
    </fieldset>
  );
}

/** A whole number of months, or undefined for an empty field (no filter). */
function maanden(waarde: string): number | undefined {
  if (waarde.trim() === '') return undefined;
  const getal = Number(waarde);
  return Number.isFinite(getal) ? getal : undefined;
}

/**
 * The criteria of a campagne, controlled by the form around it so every change feeds the live voorbeeld. Errors are
 * keyed by the API's field paths (`criteria.nietGesprokenMaanden`, …) and shown next to their field.
 */
export function CriteriaVelden({
  waarde,
  onChange,
  categorieen,
  gemeenten,
  teams,
  fouten = {},
}: {
  waarde: CampagneCriteria;
  onChange: (criteria: CampagneCriteria) => void;
  categorieen: Keuze[];
  gemeenten: Keuze[];
  teams: Keuze[];
  fouten?: Record<string, string | undefined>;
}) {
  const zet = (deel: Partial<CampagneCriteria>) => onChange({ ...waarde, ...deel });
  const lijst = (ids: string[]) => (ids.length ? ids : undefined);
  return (
    <fieldset className="kib-criteria">
      <legend>Wie worden uitgenodigd?</legend>
      <Veld
        label="Niet gesproken sinds (maanden)"
        beschrijving="Ook klanten die nog nooit gesproken zijn. Leeg: geen eis."
        fout={fouten['criteria.nietGesprokenMaanden']}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="number"
            min={1}
            inputMode="numeric"
            value={waarde.nietGesprokenMaanden ?? ''}
            onChange={(e) => zet({ nietGesprokenMaanden: maanden(e.currentTarget.value) })}
          />
        )}
      </Veld>
      <Keuzelijst
        legenda="Dienstverleningscategorieën"
        opties={categorieen}
        gekozen={waarde.categorieen ?? []}
        onChange={(ids) => zet({ categorieen: lijst(ids) })}
        fout={fouten['criteria.categorieen']}
      />
      <Veld
        label="Minimale uitkeringsduur (maanden)"
        beschrijving="Leeg: geen eis."
        fout={fouten['criteria.minUitkeringsduurMaanden']}
      >
        {(invoer) => (
          <Textbox
            {...invoer}
            type="number"
            min={0}
            inputMode="numeric"
            value={waarde.minUitkeringsduurMaanden ?? ''}
            onChange={(e) => zet({ minUitkeringsduurMaanden: maanden(e.currentTarget.value) })}
          />
        )}
      </Veld>
      <Keuzelijst
        legenda="Gemeenten"
        opties={gemeenten}
        gekozen={waarde.gemeenteIds ?? []}
        onChange={(ids) => zet({ gemeenteIds: lijst(ids) })}
        fout={fouten['criteria.gemeenteIds']}
      />
      <Keuzelijst
        legenda="Teams"
        opties={teams}
        gekozen={waarde.teamIds ?? []}
        onChange={(ids) => zet({ teamIds: lijst(ids) })}
        fout={fouten['criteria.teamIds']}
      />
    </fieldset>
  );
}
