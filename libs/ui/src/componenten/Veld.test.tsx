import { render, screen } from '@testing-library/react';
import { Textbox, Veld } from '../index';

describe('Veld', () => {
  it('koppelt label, beschrijving en foutmelding aan het invoerveld', () => {
    render(
      <Veld label="Einddatum" beschrijving="Uiterlijk over zes maanden" fout="moet na de startdatum liggen">
        {(invoer) => <Textbox {...invoer} type="date" />}
      </Veld>,
    );
    const invoer = screen.getByLabelText('Einddatum');
    expect(invoer).toHaveAttribute('aria-invalid', 'true');
    expect(invoer).toHaveAccessibleDescription('Uiterlijk over zes maanden moet na de startdatum liggen');
  });

  it('markeert een veld zonder fout niet als ongeldig en zegt wanneer het niet verplicht is', () => {
    render(
      <Veld label="Toelichting" verplicht={false}>
        {(invoer) => <Textbox {...invoer} />}
      </Veld>,
    );
    const invoer = screen.getByLabelText('Toelichting (niet verplicht)');
    expect(invoer).not.toHaveAttribute('aria-invalid');
    expect(invoer).not.toHaveAttribute('aria-describedby');
  });
});
