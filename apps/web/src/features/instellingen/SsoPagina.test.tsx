import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar } from '../../../../../test/support/web';
import { SsoPagina } from './SsoPagina';

const leeg = {
  issuer: null,
  clientId: null,
  clientGeheimIngesteld: false,
  uitloggenBijProvider: false,
  wachtwoordToegestaan: true,
  organisatieCode: 'sociale-dienst-demo',
  redirectUri: 'http://localhost:3000/api/v1/auth/oidc/callback',
  uitlogRedirectUri: 'http://localhost:3000/inloggen',
  inlogUrl: 'http://localhost:3000/inloggen?organisatie=sociale-dienst-demo',
};

const toon = () => renderRoutes([{ path: '/instellingen/inloggen', element: <SsoPagina /> }], '/instellingen/inloggen');

describe('SsoPagina', () => {
  it('toont wat bij de inlogdienst te registreren is', async () => {
    nepApi({ 'GET /api/instellingen/oidc': { status: 200, body: leeg } });
    toon();
    expect(await screen.findByText('http://localhost:3000/api/v1/auth/oidc/callback')).toBeInTheDocument();
    expect(screen.getByText('http://localhost:3000/inloggen?organisatie=sociale-dienst-demo')).toBeInTheDocument();
    expect(screen.getByLabelText('Client secret')).toHaveAccessibleDescription(/Nog niet opgeslagen/);
  });

  it('controleert zelf wat ontbreekt en verstuurt dan niets', async () => {
    const verzoeken = nepApi({ 'GET /api/instellingen/oidc': { status: 200, body: leeg } });
    toon();
    await userEvent.type(await screen.findByLabelText('Issuer'), 'https://login.gemeente.nl');
    await userEvent.click(screen.getByRole('button', { name: 'Inlogdienst opslaan' }));
    expect(await screen.findByText('Vul de client id in die de inlogdienst gaf.')).toBeInTheDocument();
    expect(screen.getByText('Vul het client secret in dat de inlogdienst gaf.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/oidc')).toHaveLength(0);
  });

  it('zet de 422 van een onbereikbare issuer bij het veld, en houdt de invoer', async () => {
    nepApi({
      'GET /api/instellingen/oidc': { status: 200, body: leeg },
      'PUT /api/instellingen/oidc': {
        status: 422,
        body: {
          statusCode: 422,
          code: 'PROVIDER_ONBEREIKBAAR',
          message: 'De provider op https://login.gemeente.nl kon niet worden gebruikt.',
          fouten: [{ veld: 'issuer', melding: 'is niet bereikbaar of is geen OpenID-provider' }],
        },
      },
    });
    toon();
    const issuer = await screen.findByLabelText('Issuer');
    await userEvent.type(issuer, 'https://login.gemeente.nl');
    await userEvent.type(screen.getByLabelText('Client id'), 'kib');
    await userEvent.type(screen.getByLabelText('Client secret'), 'geheim');
    await userEvent.click(screen.getByRole('button', { name: 'Inlogdienst opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('kon niet worden gebruikt');
    expect(issuer).toHaveAttribute('aria-invalid', 'true');
    expect(issuer).toHaveAccessibleDescription(/Is niet bereikbaar of is geen OpenID-provider\./);
    expect(issuer).toHaveValue('https://login.gemeente.nl');
  });

  it('slaat op zonder het secret als dat al is opgeslagen en niet is ingevuld', async () => {
    const ingesteld = {
      ...leeg,
      issuer: 'https://login.gemeente.nl',
      clientId: 'kib',
      clientGeheimIngesteld: true,
    };
    const verzoeken = nepApi({
      'GET /api/instellingen/oidc': { status: 200, body: ingesteld },
      'PUT /api/instellingen/oidc': { status: 200, body: { ...ingesteld, wachtwoordToegestaan: false } },
    });
    toon();
    await userEvent.click(
      await screen.findByLabelText('Medewerkers mogen ook inloggen met gebruikersnaam en wachtwoord'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Inlogdienst opslaan' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/oidc')).toHaveLength(1));
    expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/oidc')[0].body).toEqual({
      issuer: 'https://login.gemeente.nl',
      clientId: 'kib',
      uitloggenBijProvider: false,
      wachtwoordToegestaan: false,
    });
    expect(
      await screen.findByText('Opgeslagen. Medewerkers kunnen inloggen via https://login.gemeente.nl.'),
    ).toBeInTheDocument();
  });

  it('laat wachtwoorden niet uitzetten zonder inlogdienst', async () => {
    const verzoeken = nepApi({ 'GET /api/instellingen/oidc': { status: 200, body: leeg } });
    toon();
    await userEvent.click(
      await screen.findByLabelText('Medewerkers mogen ook inloggen met gebruikersnaam en wachtwoord'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Inlogdienst opslaan' }));
    expect(await screen.findByText(/Wachtwoorden kunnen pas uit als de inlogdienst is ingesteld/)).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/oidc')).toHaveLength(0);
  });
});
