import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { LoginPagina } from './LoginPagina';

const medewerker = {
  id: 'm1',
  gebruikersnaam: 'km1',
  naam: 'Fatima el Amrani',
  rol: 'klantmanager',
  teamId: 't1',
  organisatieId: 'o1',
  organisatieNaam: 'Sociale Dienst Demo',
};

function toonLogin(pad = '/inloggen') {
  return renderRoutes(
    [
      { path: '/inloggen', element: <LoginPagina /> },
      { path: '/', element: <p>Startpagina</p> },
      { path: '/klanten/:id', element: <p>Dossier</p> },
    ],
    pad,
  );
}

describe('LoginPagina', () => {
  it('noemt lege velden bij het betreffende veld en verstuurt niets', async () => {
    const verzoeken = nepApi({});
    toonLogin();
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByText('Vul je gebruikersnaam in.')).toBeInTheDocument();
    expect(screen.getByText('Vul je wachtwoord in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveAccessibleDescription('Vul je gebruikersnaam in.');
    expect(verzoeken).toHaveLength(0);
  });

  it('toont de Nederlandse melding van de API bij een onjuist wachtwoord', async () => {
    nepApi({
      'POST /api/auth/login': { status: 401, body: { statusCode: 401, code: 'ONJUISTE_INLOG', message: 'Gebruikersnaam of wachtwoord is onjuist.' } },
    });
    toonLogin();
    await userEvent.type(screen.getByLabelText('Gebruikersnaam'), 'km1');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'fout');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gebruikersnaam of wachtwoord is onjuist.');
  });

  it('logt in en gaat terug naar de gevraagde pagina', async () => {
    const verzoeken = nepApi({ 'POST /api/auth/login': { status: 200, body: { accessToken: 'x.y.z', medewerker } } });
    const { router } = toonLogin('/inloggen?terug=%2Fklanten%2Fk1');
    await userEvent.type(screen.getByLabelText('Gebruikersnaam'), 'km1');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'demo{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/klanten/k1'));
    expect(verzoeken[0].body).toEqual({ gebruikersnaam: 'km1', wachtwoord: 'demo' });
  });

  it('stuurt na inloggen niet door naar een ander domein', async () => {
    nepApi({ 'POST /api/auth/login': { status: 200, body: { accessToken: 'x.y.z', medewerker } } });
    const { router } = toonLogin('/inloggen?terug=%2F%2Fkwaadaardig.example');
    await userEvent.type(screen.getByLabelText('Gebruikersnaam'), 'km1');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'demo{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
