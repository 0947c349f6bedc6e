import { Textbox, Veld } from '@klant-in-beeld/ui';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** People copy "123 456" as the app shows it: spaces are not part of the code. */
export const zonderSpaties = (code: string) => code.replace(/\s/g, '');

/** Rules for react-hook-form's register('code', …). */
export const CODE_REGELS = {
  required: 'Vul de code van 6 cijfers in.',
  validate: (code: string) =>
    /^\d{6}$/.test(zonderSpaties(code)) || 'De code bestaat uit 6 cijfers. Kijk in je authenticator-app.',
};

/** The 6-digit code from the authenticator app: numeric keyboard on phones, and the browser may fill it in. */
export function CodeVeld({
  registratie,
  fout,
  autoFocus,
}: {
  registratie: UseFormRegisterReturn;
  fout?: string;
  autoFocus?: boolean;
}) {
  return (
    <Veld
      label="Code uit je authenticator-app"
      beschrijving="6 cijfers. De app maakt elke 30 seconden een nieuwe code."
      fout={fout}
    >
      {(invoer) => (
        <Textbox
          {...invoer}
          className="kib-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
          {...registratie}
        />
      )}
    </Veld>
  );
}
