import { SelectOption } from '@utrecht/component-library-react';

/** The <option>s of a code list with its Dutch labels, optionally preceded by an empty choice. */
export function Opties<T extends string | number>({
  codes,
  labels,
  leeg,
}: {
  codes: readonly T[];
  labels: Record<T, string>;
  leeg?: string;
}) {
  return (
    <>
      {leeg !== undefined && <SelectOption value="">{leeg}</SelectOption>}
      {codes.map((code) => (
        <SelectOption key={code} value={String(code)}>
          {labels[code]}
        </SelectOption>
      ))}
    </>
  );
}
