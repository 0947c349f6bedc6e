import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { AccountPagina } from './AccountPagina';
import { meQuery } from './api';

const km = {
  id: 'km1',
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
  ...km,
  id: 'b1',
  gebruikersnaam: 'beheer1',
  naam: 'Henk Smit',
  rol: 'beheerder',
  teamId: null,
  totpActief: true,
  totpVerplicht: true,
};
const instelling = {
  geheim: 'JBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/KIB:km1?secret=JBSWY3DPEHPK3PXP',
  qrCode: 'data:image/png;base64,iVBORw0KGgo=',
};

/** As in the Layout: the page gets the medewerker of GET /api/me, so a refetch shows the new state. */
function MetMedewerker() {
  const me = useQuery(meQuery());
  return me.data ? <Outlet context={me.data} /> : null;
}

function toon() {
  return renderRoutes(
    [{ path: '/', element: <MetMedewerker />, children: [{ path: 'account', element: <AccountPagina /> }] }],
    '/account',
  );
}

const status = () => screen.getByText('Status').nextElementSibling;

describe('AccountPagina: tweestapsverificatie', () => {
  it('stelt de app in met QR-code en sleutel en zet het aan na een juiste code', async () => {
    let actief = false;
    const verzoeken = nepApi({
      'GET /api/me': () => ({ status: 200, body: { ...km, totpActief: actief } }),
      'POST /api/me/totp': { status: 200, body: instelling },
      'POST /api/me/totp/bevestigen': () => {
        actief = true;
        return { status: 204 };
      },
    });
    toon();
    expect(await screen.findByRole('heading', { name: 'Tweestapsverificatie' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('Staat uit');
    expect(screen.getByText('Verplicht voor je rol').nextElementSibling).toHaveTextContent('Nee');

    await userEvent.click(screen.getByRole('button', { name: 'Instellen' }));
    expect(
      await screen.findByRole('img', { name: 'QR-code om Klant in Beeld toe te voegen aan je authenticator-app' }),
    ).toHaveAttribute('src', instelling.qrCode);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Code uit je authenticator-app'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Code bevestigen' }));

    expect(
      await screen.findByText(
        'Tweestapsverificatie staat aan. Je hebt de code uit de app voortaan nodig bij het inloggen.',
      ),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent('Staat aan');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(verzoeken.find((v) => v.pad === '/api/me/totp/bevestigen')!.body).toEqual({ code: '123456' });
    expect(verzoeken.filter((v) => v.pad === '/api/me')).toHaveLength(2);
  });

  it('zet een onjuiste code van de API bij het codeveld', async () => {
    nepApi({
      'GET /api/me': { status: 200, body: km },
      'POST /api/me/totp': { status: 200, body: instelling },
      'POST /api/me/totp/bevestigen': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De code klopt niet.',
          fouten: [{ veld: 'code', melding: 'deze code hoort niet bij de sleutel' }],
        },
      },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Instellen' }));
    await userEvent.type(await screen.findByLabelText('Code uit je authenticator-app'), '999999');
    await userEvent.click(screen.getByRole('button', { name: 'Code bevestigen' }));
    expect(await screen.findByText('Deze code hoort niet bij de sleutel.')).toBeInTheDocument();
    expect(screen.getByLabelText('Code uit je authenticator-app')).toHaveAccessibleDescription(
      /Deze code hoort niet bij de sleutel\./,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('De code klopt niet.');
    expect(status()).toHaveTextContent('Staat uit');
  });

  it('biedt geen uitzetten aan als het voor de rol verplicht is, en legt uit waarom', async () => {
    const verzoeken = nepApi({ 'GET /api/me': { status: 200, body: beheerder } });
    toon();
    expect(
      await screen.findByText(
        'Voor je rol (Functioneel beheerder) is tweestapsverificatie verplicht. Daarom kun je het niet uitzetten.',
      ),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent('Staat aan');
    expect(screen.getByText('Verplicht voor je rol').nextElementSibling).toHaveTextContent('Ja');
    expect(screen.queryByRole('button', { name: 'Uitzetten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Instellen' })).not.toBeInTheDocument();
    expect(verzoeken.some((v) => v.methode === 'DELETE')).toBe(false);
  });

  it('toont de melding van de API als uitzetten toch verplicht blijkt (422)', async () => {
    nepApi({
      'GET /api/me': { status: 200, body: { ...km, totpActief: true } },
      'DELETE /api/me/totp': {
        status: 422,
        body: { statusCode: 422, code: 'TOTP_VERPLICHT', message: 'Voor jouw rol is tweestapsverificatie verplicht.' },
      },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Uitzetten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Voor jouw rol is tweestapsverificatie verplicht.');
    expect(status()).toHaveTextContent('Staat aan');
  });

  it('zet tweestapsverificatie uit als dat mag', async () => {
    let actief = true;
    nepApi({
      'GET /api/me': () => ({ status: 200, body: { ...km, totpActief: actief } }),
      'DELETE /api/me/totp': () => {
        actief = false;
        return { status: 204 };
      },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Uitzetten' }));
    expect(
      await screen.findByText('Tweestapsverificatie staat uit. Je logt voortaan in met alleen je wachtwoord.'),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent('Staat uit');
    expect(screen.getByRole('button', { name: 'Instellen' })).toBeInTheDocument();
  });
});

describe('AccountPagina: wachtwoord wijzigen', () => {
  async function vulIn(huidig: string, nieuw: string, herhaal: string) {
    await userEvent.type(screen.getByLabelText('Huidig wachtwoord'), huidig);
    await userEvent.type(screen.getByLabelText('Nieuw wachtwoord'), nieuw);
    await userEvent.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), herhaal);
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
  }

  it('controleert zelf de lengte en of de herhaling gelijk is, zonder verzoek', async () => {
    const verzoeken = nepApi({ 'GET /api/me': { status: 200, body: km } });
    toon();
    await screen.findByRole('heading', { name: 'Wachtwoord wijzigen' });
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAccessibleDescription(
      /Minstens 12 tekens, en geen veelgebruikt wachtwoord/,
    );
    await vulIn('oud-wachtwoord', 'kort', 'anders');
    expect(await screen.findByText('Kies een wachtwoord van minstens 12 tekens.')).toBeInTheDocument();
    expect(screen.getByText('De twee nieuwe wachtwoorden zijn niet gelijk.')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.methode === 'POST')).toHaveLength(0);
  });

  it('zet de fouten van de API bij het juiste veld', async () => {
    nepApi({
      'GET /api/me': { status: 200, body: km },
      'POST /api/me/wachtwoord': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'Het wachtwoord is niet gewijzigd.',
          fouten: [
            { veld: 'huidigWachtwoord', melding: 'klopt niet' },
            { veld: 'nieuwWachtwoord', melding: 'dit wachtwoord wordt veel gebruikt; kies een ander' },
          ],
        },
      },
    });
    toon();
    await screen.findByRole('heading', { name: 'Wachtwoord wijzigen' });
    await vulIn('fout-wachtwoord', 'welkom123456', 'welkom123456');
    expect(await screen.findByText('Klopt niet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveAccessibleDescription('Klopt niet.');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Dit wachtwoord wordt veel gebruikt; kies een ander.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Het wachtwoord is niet gewijzigd.');
  });

  it('wijzigt het wachtwoord, meldt dat de andere sessies zijn beëindigd en maakt de velden leeg', async () => {
    const verzoeken = nepApi({ 'GET /api/me': { status: 200, body: km }, 'POST /api/me/wachtwoord': { status: 204 } });
    toon();
    await screen.findByRole('heading', { name: 'Wachtwoord wijzigen' });
    await vulIn('oud-wachtwoord', 'een lange zin als wachtwoord', 'een lange zin als wachtwoord');
    const melding = await screen.findByText('Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd.');
    expect(melding.closest('[role="status"]')).toBeInTheDocument();
    expect(verzoeken.find((v) => v.methode === 'POST')!.body).toEqual({
      huidigWachtwoord: 'oud-wachtwoord',
      nieuwWachtwoord: 'een lange zin als wachtwoord',
    });
    await waitFor(() => expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue(''));
  });
});
