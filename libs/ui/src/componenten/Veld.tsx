import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

export interface VeldInvoerProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  invalid?: boolean;
}

export interface VeldProps {
  label: ReactNode;
  /** Error text (from the form or the API's `fouten`); shown under the label and announced with the field. */
  fout?: string;
  beschrijving?: ReactNode;
  verplicht?: boolean;
  /** Renders the control with the ids and ARIA attributes that tie it to its label, description and error. */
  children: (invoer: VeldInvoerProps) => ReactNode;
}

/** A labelled form field with description and error message, accessible by construction. */
export function Veld({ label, fout, beschrijving, verplicht, children }: VeldProps) {
  const id = useId();
  const beschrijvingId = `${id}-beschrijving`;
  const foutId = `${id}-fout`;
  const describedBy = [beschrijving ? beschrijvingId : undefined, fout ? foutId : undefined].filter(Boolean).join(' ');
  return (
    <FormField invalid={Boolean(fout)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {verplicht === false && <span className="kib-zacht"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      {beschrijving && <FormFieldDescription id={beschrijvingId}>{beschrijving}</FormFieldDescription>}
      {fout && (
        <FormFieldErrorMessage id={foutId} className="kib-veld__fout">
          {fout}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        {children({
          id,
          'aria-describedby': describedBy || undefined,
          'aria-invalid': fout ? true : undefined,
          invalid: Boolean(fout),
        })}
      </div>
    </FormField>
  );
}
