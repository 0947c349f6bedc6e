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
  totpActief: false,
  totpVerplicht: false,
};
const beheerder = {
  ...medewerker,
  id: 'b1',
  gebruikersnaam: 'beheer1',
  naam: 'Henk Smit',
  rol: 'beheerder',
  teamId: null,
  totpActief: true,
  totpVerplicht: true,
};
const QR = 'data:image/png;base64,iVBORw0KGgo=';

async function wachtwoordStap(gebruikersnaam = 'beheer1') {
  await userEvent.type(screen.getByLabelText('Gebruikersnaam'), gebruikersnaam);
  await userEvent.type(screen.getByLabelText('Wachtwoord'), 'geheim-wachtwoord{Enter}');
}

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
      'POST /api/auth/login': {
        status: 401,
        body: { statusCode: 401, code: 'ONJUISTE_INLOG', message: 'Gebruikersnaam of wachtwoord is onjuist.' },
      },
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

  it('vraagt na het wachtwoord de code uit de authenticator-app en logt dan in', async () => {
    const verzoeken = nepApi({
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'totp', tussenToken: 'tussen-1' } },
      'POST /api/auth/login/totp': { status: 200, body: { accessToken: 'x.y.z', medewerker: beheerder } },
    });
    const { router, queryClient } = toonLogin('/inloggen?terug=%2Fklanten%2Fk1');
    await wachtwoordStap();
    const code = await screen.findByLabelText('Code uit je authenticator-app');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveFocus();
    expect(router.state.location.pathname).toBe('/inloggen');
    await userEvent.type(code, '123 456{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/klanten/k1'));
    expect(verzoeken[1]).toMatchObject({
      methode: 'POST',
      pad: '/api/auth/login/totp',
      body: { tussenToken: 'tussen-1', code: '123456' },
    });
    expect(queryClient.getQueryData(['me'])).toEqual(beheerder);
  });

  it('laat na een eenmalige code een eigen wachtwoord kiezen, met de fout van de API bij het veld, en logt dan in', async () => {
    let pogingen = 0;
    const verzoeken = nepApi({
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'nieuw_wachtwoord', tussenToken: 'tussen-3' } },
      'POST /api/auth/login/nieuw-wachtwoord': () =>
        pogingen++ === 0
          ? {
              status: 400,
              body: {
                statusCode: 400,
                code: 'VALIDATIE',
                message: 'De invoer is niet juist: nieuwWachtwoord is een veelgebruikt wachtwoord.',
                fouten: [{ veld: 'nieuwWachtwoord', melding: 'is een veelgebruikt wachtwoord; kies iets anders' }],
              },
            }
          : { status: 200, body: { accessToken: 'x.y.z', medewerker } },
    });
    const { router } = toonLogin();
    await wachtwoordStap('km7');
    expect(await screen.findByText('Kies je eigen wachtwoord.')).toBeInTheDocument();
    const nieuw = screen.getByLabelText('Nieuw wachtwoord');
    await userEvent.type(nieuw, 'kort');
    await userEvent.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), 'anders');
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en verder' }));
    expect(await screen.findByText('Kies een wachtwoord van minstens 12 tekens.')).toBeInTheDocument();
    expect(screen.getByText('De twee nieuwe wachtwoorden zijn niet gelijk.')).toBeInTheDocument();
    expect(verzoeken).toHaveLength(1);

    await userEvent.clear(nieuw);
    await userEvent.type(nieuw, 'welkom012345');
    await userEvent.clear(screen.getByLabelText('Herhaal nieuw wachtwoord'));
    await userEvent.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), 'welkom012345');
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en verder' }));
    expect(await screen.findByText('Is een veelgebruikt wachtwoord; kies iets anders.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(nieuw);
    await userEvent.type(nieuw, 'Fietsenmaker-Zonnebloem-77');
    await userEvent.clear(screen.getByLabelText('Herhaal nieuw wachtwoord'));
    await userEvent.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), 'Fietsenmaker-Zonnebloem-77');
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en verder' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(verzoeken[2].body).toEqual({ tussenToken: 'tussen-3', nieuwWachtwoord: 'Fietsenmaker-Zonnebloem-77' });
  });

  it('gaat na het nieuwe wachtwoord door naar het instellen van de app als de rol dat vraagt', async () => {
    nepApi({
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'nieuw_wachtwoord', tussenToken: 'tussen-4' } },
      'POST /api/auth/login/nieuw-wachtwoord': {
        status: 200,
        body: {
          tweedeStap: 'totp_instellen',
          tussenToken: 'tussen-5',
          totp: {
            geheim: 'JBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/KIB:beheer2?secret=JBSWY3DPEHPK3PXP',
            qrCode: QR,
          },
        },
      },
    });
    toonLogin();
    await wachtwoordStap('beheer2');
    await userEvent.type(await screen.findByLabelText('Nieuw wachtwoord'), 'Fietsenmaker-Zonnebloem-77');
    await userEvent.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), 'Fietsenmaker-Zonnebloem-77{Enter}');
    expect(await screen.findByText('Stel eerst tweestapsverificatie in.')).toBeInTheDocument();
  });

  it('stuurt na een verlopen of al gebruikte stap terug naar het wachtwoord, met de melding', async () => {
    nepApi({
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'nieuw_wachtwoord', tussenToken: 'tussen-6' } },
      'POST /api/auth/login/nieuw-wachtwoord': {
        status: 401,
        body: { statusCode: 401, code: 'TUSSENSTAP_VERLOPEN', message: 'De inlogstap is verlopen. Log opnieuw in.' },
      },
    });
    toonLogin();
    await wachtwoordStap('km7');
    await userEvent.type(await screen.findByLabelText('Nieuw wachtwoord'), 'Fietsenmaker-Zonnebloem-77');
    await userEvent.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), 'Fietsenmaker-Zonnebloem-77{Enter}');
    expect(await screen.findByText('De inlogstap is verlopen. Log opnieuw in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
  });

  it('laat bij een verplichte maar nog niet ingestelde app de QR-code en de sleutel zien en vraagt dan de code', async () => {
    const verzoeken = nepApi({
      'POST /api/auth/login': {
        status: 200,
        body: {
          tweedeStap: 'totp_instellen',
          tussenToken: 'tussen-2',
          totp: {
            geheim: 'JBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/KIB:beheer1?secret=JBSWY3DPEHPK3PXP',
            qrCode: QR,
          },
        },
      },
      'POST /api/auth/login/totp': { status: 200, body: { accessToken: 'x.y.z', medewerker: beheerder } },
    });
    const { router } = toonLogin();
    await wachtwoordStap();
    expect(await screen.findByText('Stel eerst tweestapsverificatie in.')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'QR-code om Klant in Beeld toe te voegen aan je authenticator-app' }),
    ).toHaveAttribute('src', QR);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Code uit je authenticator-app'), '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Code controleren' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(verzoeken[1].body).toEqual({ tussenToken: 'tussen-2', code: '654321' });
  });

  it('blijft bij een onjuiste code op de codestap, toont de melding en maakt het veld leeg', async () => {
    let pogingen = 0;
    nepApi({
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'totp', tussenToken: 'tussen-1' } },
      'POST /api/auth/login/totp': () =>
        pogingen++ === 0
          ? {
              status: 401,
              body: {
                statusCode: 401,
                code: 'ONJUISTE_CODE',
                message: 'De code klopt niet. Probeer de nieuwste code uit je app.',
              },
            }
          : { status: 200, body: { accessToken: 'x.y.z', medewerker: beheerder } },
    });
    const { router } = toonLogin();
    await wachtwoordStap();
    const code = await screen.findByLabelText('Code uit je authenticator-app');
    await userEvent.type(code, '000000{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'De code klopt niet. Probeer de nieuwste code uit je app.',
    );
    expect(screen.getByLabelText('Code uit je authenticator-app')).toHaveValue('');
    expect(screen.getByLabelText('Code uit je authenticator-app')).toHaveFocus();
    expect(screen.queryByLabelText('Wachtwoord')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Code uit je authenticator-app'), '123456{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('controleert de code eerst zelf: 6 cijfers, zonder verzoek', async () => {
    const verzoeken = nepApi({
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'totp', tussenToken: 'tussen-1' } },
    });
    toonLogin();
    await wachtwoordStap();
    await userEvent.type(await screen.findByLabelText('Code uit je authenticator-app'), '12ab{Enter}');
    expect(await screen.findByText('De code bestaat uit 6 cijfers. Kijk in je authenticator-app.')).toBeInTheDocument();
    expect(verzoeken).toHaveLength(1);
  });

  it('gaat terug naar de eerste stap als de tussenstap verlopen is, met de melding en de gebruikersnaam nog ingevuld', async () => {
    nepApi({
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'totp', tussenToken: 'tussen-1' } },
      'POST /api/auth/login/totp': {
        status: 401,
        body: { statusCode: 401, code: 'TUSSENSTAP_VERLOPEN', message: 'Dat duurde te lang. Log opnieuw in.' },
      },
    });
    const { router } = toonLogin();
    await wachtwoordStap();
    await userEvent.type(await screen.findByLabelText('Code uit je authenticator-app'), '123456{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Dat duurde te lang. Log opnieuw in.');
    expect(screen.queryByLabelText('Code uit je authenticator-app')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveValue('beheer1');
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('');
    expect(router.state.location.pathname).toBe('/inloggen');
  });

  it('toont de melding bij te veel pogingen', async () => {
    nepApi({
      'POST /api/auth/login': {
        status: 429,
        body: {
          statusCode: 429,
          code: 'TE_VEEL_POGINGEN',
          message: 'Te veel pogingen. Wacht een kwartier en probeer het dan opnieuw.',
        },
      },
    });
    toonLogin();
    await wachtwoordStap('km1');
    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel pogingen. Wacht een kwartier');
  });
});
