import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { LoginPagina } from './LoginPagina';
import { ORGANISATIE_OPSLAG } from './SsoInloggen';

const methoden = (velden: { wachtwoord?: boolean; oidc?: boolean } = {}) => ({
  status: 200,
  body: { wachtwoord: true, oidc: true, naam: 'Sociale Dienst Demo', ...velden },
});

function toon(pad: string) {
  return renderRoutes([{ path: '/inloggen', element: <LoginPagina /> }], pad);
}

describe('LoginPagina met het eigen account van de organisatie (SSO)', () => {
  beforeEach(() => localStorage.clear());

  it('biedt de knop van de organisatie uit het adres aan, naast het wachtwoord, en onthoudt de organisatie', async () => {
    const verzoeken = nepApi({ 'GET /api/auth/methoden': methoden() });
    toon('/inloggen?organisatie=sociale-dienst-demo');
    const knop = await screen.findByRole('link', { name: 'Inloggen met je account van Sociale Dienst Demo' });
    expect(knop).toHaveAttribute('href', '/api/v1/auth/oidc/sociale-dienst-demo');
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
    expect(verzoeken[0].pad).toBe('/api/auth/methoden?organisatie=sociale-dienst-demo');
    await waitFor(() => expect(localStorage.getItem(ORGANISATIE_OPSLAG)).toBe('sociale-dienst-demo'));
  });

  it('kent de organisatie van de vorige keer op dit apparaat', async () => {
    localStorage.setItem(ORGANISATIE_OPSLAG, 'sociale-dienst-demo');
    nepApi({ 'GET /api/auth/methoden': methoden() });
    toon('/inloggen');
    expect(
      await screen.findByRole('link', { name: 'Inloggen met je account van Sociale Dienst Demo' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Kies een andere organisatie' }));
    expect(localStorage.getItem(ORGANISATIE_OPSLAG)).toBeNull();
  });

  it('toont geen wachtwoordformulier als de organisatie wachtwoorden heeft uitgezet', async () => {
    nepApi({ 'GET /api/auth/methoden': methoden({ wachtwoord: false }) });
    toon('/inloggen?organisatie=sociale-dienst-demo');
    expect(await screen.findByText(/log je niet in met een wachtwoord van Klant in Beeld/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Wachtwoord')).not.toBeInTheDocument();
  });

  it('legt een fout van de terugkeer van de inlogdienst in het Nederlands uit, met de naam van de organisatie', async () => {
    nepApi({ 'GET /api/auth/methoden': methoden() });
    toon('/inloggen?fout=sso_onbekend_account&organisatie=sociale-dienst-demo');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Je account is niet bekend bij Sociale Dienst Demo. Vraag de functioneel beheerder',
      ),
    );
  });

  it('zonder bekende organisatie: alleen het wachtwoord, en de code van de organisatie om de knop te vinden', async () => {
    const verzoeken = nepApi({ 'GET /api/auth/methoden': methoden({ oidc: false }) });
    toon('/inloggen');
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Inloggen met het account van je organisatie'));
    const code = screen.getByLabelText('Code van je organisatie');
    await userEvent.type(code, 'Geen code!');
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText(/Vul de code van je organisatie in/)).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(verzoeken).toHaveLength(0);
    await userEvent.clear(code);
    await userEvent.type(code, 'sociale-dienst-demo{Enter}');
    await waitFor(() => expect(verzoeken).toHaveLength(1));
    expect(verzoeken[0].pad).toBe('/api/auth/methoden?organisatie=sociale-dienst-demo');
  });

  it('zegt het als de code van de organisatie niet bestaat', async () => {
    localStorage.setItem(ORGANISATIE_OPSLAG, 'bestaat-niet');
    nepApi({
      'GET /api/auth/methoden': {
        status: 404,
        body: { statusCode: 404, code: 'NIET_GEVONDEN', message: 'Organisatie is niet gevonden.' },
      },
    });
    toon('/inloggen');
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen organisatie met de code bestaat-niet.');
    await waitFor(() => expect(localStorage.getItem(ORGANISATIE_OPSLAG)).toBeNull());
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
  });
});
