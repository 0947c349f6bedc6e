import type { Categorie } from '@klant-in-beeld/domain';
import { SelectOption } from '@klant-in-beeld/ui';

/** The options of a category select, by the organisatie's names; a deactivated one (a current value) says so. */
export function CategorieOpties({ categorieen, leeg }: { categorieen: readonly Categorie[]; leeg?: string }) {
  return (
    <>
      {leeg !== undefined && <SelectOption value="">{leeg}</SelectOption>}
      {categorieen.map((c) => (
        <SelectOption key={c.code} value={c.code}>
          {c.actief ? c.naam : `${c.naam} (niet actief)`}
        </SelectOption>
      ))}
    </>
  );
}
