import { DOEL_STATUS_LABELS } from '@klant-in-beeld/domain';
import { Select, SelectOption, Veld } from '@klant-in-beeld/ui';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { PlanDoel } from '../gesprek/api';

/** "Hoort bij doel": which doel of the plan an afspraak serves; only when the client has a plan with doelen. */
export function DoelKeuze({
  doelen,
  huidig,
  fout,
  registratie,
}: {
  doelen: PlanDoel[];
  /** The afspraak's doel now, offered even if it left the plan meanwhile. */
  huidig?: string | null;
  fout?: string;
  registratie: UseFormRegisterReturn;
}) {
  if (doelen.length === 0 && !huidig) return null;
  return (
    <Veld label="Hoort bij doel" verplicht={false} fout={fout}>
      {(invoer) => (
        <Select {...invoer} {...registratie}>
          <SelectOption value="">Geen doel</SelectOption>
          {doelen.map((d) => (
            <SelectOption key={d.id} value={d.id}>
              {d.status === 'lopend'
                ? d.omschrijving
                : `${d.omschrijving} (${DOEL_STATUS_LABELS[d.status].toLowerCase()})`}
            </SelectOption>
          ))}
          {huidig && !doelen.some((d) => d.id === huidig) && (
            <SelectOption value={huidig}>Een vervallen doel</SelectOption>
          )}
        </Select>
      )}
    </Veld>
  );
}
