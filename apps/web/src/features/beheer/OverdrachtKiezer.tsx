import { Melding, Paragraph, Select, SelectOption, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { klantmanagersQuery } from '../organisatie/api';
import { overdrachtQuery, type BeheerMedewerker, type OverdrachtKeuze } from './api';
import { klanten } from './teksten';

export interface OverdrachtStand {
  soort: '' | 'opvolger' | 'team';
  naarKlantmanagerId: string;
}

export const GEEN_OVERDRACHT: OverdrachtStand = { soort: '', naarKlantmanagerId: '' };

/** The choice as the API takes it, or undefined while it is not complete. */
export function alsKeuze(stand: OverdrachtStand): OverdrachtKeuze | undefined {
  if (stand.soort === 'team') return { verdelenOverTeam: true };
  if (stand.soort === 'opvolger' && stand.naarKlantmanagerId) return { naarKlantmanagerId: stand.naarKlantmanagerId };
  return undefined;
}

/**
 * Where the active clients of a leaving klantmanager go: one successor (an active klantmanager, any team) or spread
 * over the team. The preview shows who gets how many before anything changes.
 */
export function OverdrachtKiezer({
  medewerker,
  stand,
  onStand,
  fout,
}: {
  medewerker: BeheerMedewerker;
  stand: OverdrachtStand;
  onStand: (stand: OverdrachtStand) => void;
  /** The API's message for naarKlantmanagerId. */
  fout?: string;
}) {
  const kandidaten = useQuery(klantmanagersQuery());
  const keuze = alsKeuze(stand);
  const voorbeeld = useQuery({ ...overdrachtQuery(medewerker.id, keuze), enabled: keuze !== undefined });
  return (
    <>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">
          {`${medewerker.naam} heeft ${klanten(medewerker.aantalKlanten)}. Waar gaan die naartoe?`}
        </legend>
        <label className="kib-keuze">
          <input
            type="radio"
            name="overdracht"
            value="opvolger"
            checked={stand.soort === 'opvolger'}
            onChange={() => onStand({ ...stand, soort: 'opvolger' })}
          />{' '}
          Naar één klantmanager
        </label>
        <label className="kib-keuze">
          <input
            type="radio"
            name="overdracht"
            value="team"
            checked={stand.soort === 'team'}
            onChange={() => onStand({ ...stand, soort: 'team' })}
          />{' '}
          Verdelen over het team{medewerker.teamNaam ? ` (${medewerker.teamNaam})` : ''}, kleinste caseload eerst
        </label>
      </fieldset>
      {stand.soort === 'opvolger' && (
        <Veld label="Opvolger" fout={fout}>
          {(invoer) => (
            <Select
              {...invoer}
              value={stand.naarKlantmanagerId}
              onChange={(e) => onStand({ ...stand, naarKlantmanagerId: e.target.value })}
            >
              <SelectOption value="">Kies een klantmanager</SelectOption>
              {(kandidaten.data ?? [])
                .filter((km) => km.id !== medewerker.id)
                .map((km) => (
                  <SelectOption key={km.id} value={km.id}>
                    {km.teamNaam ? `${km.naam} (${km.teamNaam})` : km.naam}
                  </SelectOption>
                ))}
            </Select>
          )}
        </Veld>
      )}
      {keuze && voorbeeld.isPending && <Paragraph role="status">Voorbeeld laden…</Paragraph>}
      {voorbeeld.isError && <Melding soort="error">{voorbeeld.error.message}</Melding>}
      {keuze && voorbeeld.data && (
        <section aria-label="Voorbeeld van de overdracht" className="kib-paneel">
          <Paragraph>Zo worden de {klanten(voorbeeld.data.aantalKlanten)} verdeeld:</Paragraph>
          <ul>
            {voorbeeld.data.ontvangers.map((o) => (
              <li key={o.medewerkerId}>{`${o.naam} krijgt ${klanten(o.aantal)} (daarna ${o.caseloadNa} in totaal)`}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
