import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { nepApi, type Antwoord, type Verzoek } from '../../../../test/support/web';
import { KlantInBeeld, ROUTES } from '../App';
import { leesTerugNaSso, onthoudTerugNaSso } from '../features/auth/terugNaSso';
import { maakQueryClient } from './queryClient';
import { SSO_VERLIES } from './SessieDialoog';

const km = {
  id: 'km1',
  gebruikersnaam: 'km1',
  naam: 'Fatima el Amrani',
  rol: 'klantmanager',
  teamId: 't1',
  organisatieId: 'o1',
  organisatieNaam: 'Sociale Dienst Demo',
  organisatieCode: 'sociale-dienst-demo',
  totpActief: false,
  totpVerplicht: false,
};
const sessieVerlopen: Antwoord = {
  status: 401,
  body: { statusCode: 401, code: 'SESSIE_VERLOPEN', message: 'Je sessie is verlopen. Log opnieuw in.' },
};
const methoden = (velden: { wachtwoord?: boolean; oidc?: boolean } = {}): Antwoord => ({
  status: 200,
  body: { wachtwoord: true, oidc: true, naam: 'Sociale Dienst Demo', ...velden },
});
const SSO_KNOP = 'Inloggen met je account van Sociale Dienst Demo';

function toonApp(pad: string) {
  const queryClient = maakQueryClient({ wachttijd: () => 20 });
  const router = createMemoryRouter(ROUTES, { initialEntries: [pad] });
  render(<KlantInBeeld queryClient={queryClient} router={router} />);
  return { queryClient, router };
}

let verzoeken: Verzoek[] = [];
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  expect(verzoeken.filter((v) => v.onverwacht).map((v) => `${v.methode} ${v.pad}`)).toEqual([]);
});

/** The account page, then the session ends (a reload of /api/me answers 401): the dialog opens over the page. */
async function sessieVerloopt(inlogMethoden: Antwoord, medewerker: object = km) {
  let meGevraagd = 0;
  verzoeken = nepApi({
    'GET /api/me': () => (meGevraagd++ === 0 ? { status: 200, body: medewerker } : sessieVerlopen),
    'GET /api/auth/methoden': inlogMethoden,
    'POST /api/auth/login': { status: 200, body: { accessToken: 'x.y.z', medewerker } },
  });
  const app = toonApp('/account?tab=gegevens');
  expect(await screen.findByRole('heading', { name: 'Welkom, Fatima el Amrani' })).toBeInTheDocument();
  act(() => void app.queryClient.invalidateQueries({ queryKey: ['me'] }));
  const dialoog = await screen.findByRole('dialog', { name: 'Je sessie is verlopen' });
  return { ...app, dialoog };
}

describe('SessieDialoog met het eigen account van de organisatie (SSO)', () => {
  it('biedt de knop van de eigen organisatie aan, zegt wat een omweg via de inlogdienst kost, en het wachtwoord blijft', async () => {
    const { dialoog } = await sessieVerloopt(methoden());
    const knop = await within(dialoog).findByRole('link', { name: SSO_KNOP });
    expect(knop).toHaveAttribute('href', '/api/v1/auth/oidc/sociale-dienst-demo');
    expect(dialoog).toHaveTextContent(SSO_VERLIES);
    expect(dialoog).toHaveTextContent('daarna kom je terug op deze pagina');
    expect(within(dialoog).getByLabelText('Gebruikersnaam')).toHaveValue('km1');
    expect(within(dialoog).getByLabelText('Wachtwoord')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.pad.startsWith('/api/auth/methoden')).map((v) => v.pad)).toEqual([
      '/api/auth/methoden?organisatie=sociale-dienst-demo',
    ]);
  });

  it('toont geen wachtwoord als de organisatie wachtwoorden heeft uitgezet, en onthoudt de pagina voor de terugkeer', async () => {
    const { dialoog } = await sessieVerloopt(methoden({ wachtwoord: false }));
    const knop = await within(dialoog).findByRole('link', { name: SSO_KNOP });
    expect(within(dialoog).queryByLabelText('Wachtwoord')).not.toBeInTheDocument();
    expect(dialoog).toHaveTextContent('log je niet in met een wachtwoord van Klant in Beeld');
    expect(within(dialoog).getByRole('button', { name: 'Niet verder werken en uitloggen' })).toBeInTheDocument();
    // jsdom does not navigate; the browser would now leave for the provider.
    const nietWeg = (e: Event) => e.preventDefault();
    document.addEventListener('click', nietWeg);
    try {
      await userEvent.click(knop);
    } finally {
      document.removeEventListener('click', nietWeg);
    }
    expect(leesTerugNaSso('km1')).toBe('/account?tab=gegevens');
    expect(leesTerugNaSso('iemand-anders')).toBeNull();
  });

  it('zonder inlogdienst: alleen het wachtwoord, zoals altijd', async () => {
    const { dialoog } = await sessieVerloopt(methoden({ oidc: false }));
    expect(await within(dialoog).findByLabelText('Wachtwoord')).toBeInTheDocument();
    expect(dialoog).toHaveTextContent('Wat je hebt ingevuld, blijft staan.');
    expect(within(dialoog).queryByRole('link', { name: SSO_KNOP })).not.toBeInTheDocument();
    expect(dialoog).not.toHaveTextContent(SSO_VERLIES);
  });

  it('kan de inlogmethoden niet lezen: dan het wachtwoord', async () => {
    const { dialoog } = await sessieVerloopt({
      status: 404,
      body: { statusCode: 404, code: 'NIET_GEVONDEN', message: 'Organisatie is niet gevonden.' },
    });
    expect(await within(dialoog).findByLabelText('Wachtwoord')).toBeInTheDocument();
    expect(within(dialoog).queryByRole('link', { name: SSO_KNOP })).not.toBeInTheDocument();
  });

  it('vraagt zonder code van de organisatie niets en toont het wachtwoord', async () => {
    const { dialoog } = await sessieVerloopt(methoden(), { ...km, organisatieCode: undefined });
    expect(within(dialoog).getByLabelText('Wachtwoord')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.pad.startsWith('/api/auth/methoden'))).toHaveLength(0);
  });
});

describe('terug na inloggen via de inlogdienst', () => {
  it('komt na de terugkeer op / op de onthouden pagina, één keer', async () => {
    onthoudTerugNaSso('/account?tab=gegevens', 'km1');
    verzoeken = nepApi({ 'GET /api/me': { status: 200, body: km } });
    const { router } = toonApp('/');
    expect(await screen.findByRole('heading', { name: 'Welkom, Fatima el Amrani' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/account?tab=gegevens');
    await waitFor(() => expect(sessionStorage.length).toBe(0));
  });

  it('gaat naar de startpagina als iemand anders inlogde', async () => {
    onthoudTerugNaSso('/account', 'iemand-anders');
    verzoeken = nepApi({
      'GET /api/me': { status: 200, body: km },
      'GET /api/werkvoorraad': { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } },
    });
    const { router } = toonApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/werkvoorraad'));
    await waitFor(() => expect(sessionStorage.length).toBe(0));
  });

  it('vergeet de pagina na een kwartier en volgt alleen paden binnen de app', () => {
    const nu = Date.now();
    onthoudTerugNaSso('/klanten/k1', 'km1', nu);
    expect(leesTerugNaSso('km1', nu + 14 * 60_000)).toBe('/klanten/k1');
    expect(leesTerugNaSso('km1', nu + 16 * 60_000)).toBeNull();
    for (const pad of ['//elders.example', 'https://elders.example/', '/\\elders.example']) {
      onthoudTerugNaSso(pad, 'km1', nu);
      expect(leesTerugNaSso('km1', nu)).toBeNull();
    }
    sessionStorage.setItem('kib.terugNaSso', 'geen json');
    expect(leesTerugNaSso('km1', nu)).toBeNull();
  });
});
