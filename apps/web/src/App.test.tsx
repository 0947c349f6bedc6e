import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { categorieenAntwoord } from '../../../test/support/categorieen-web';
import { GEEN_PLAN } from '../../../test/support/gesprek-web';
import { nepApi, type Antwoord, type Verzoek } from '../../../test/support/web';
import { KlantInBeeld, ROUTES } from './App';
import { maakQueryClient, MAX_WACHTTIJD_MS, wachttijd, type QueryClientOpties } from './app/queryClient';
import { ApiFout } from './api/client';

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
const privacy = {
  ...km,
  id: 'p1',
  gebruikersnaam: 'privacy1',
  naam: 'Priya Ramdin',
  rol: 'privacy',
  teamId: null,
  totpActief: true,
  totpVerplicht: true,
};

const klant = {
  id: 'k1',
  bsnGemaskeerd: '*****6782',
  voornamen: 'Anna',
  achternaam: 'Bakker',
  geboortedatum: '1990-05-01',
  gemeenteId: 'g1',
  gemeenteNaam: 'Utrecht',
  adres: null,
  telefoon: null,
  email: null,
  doelgroep: 'participatiewet',
  startdatumUitkering: '2024-01-01',
  dienstverleningscategorie: 'job_ready',
  klantmanagerId: 'km1',
  klantmanagerNaam: 'Fatima el Amrani',
  status: 'actief',
  uitstroomdatum: null,
  uitstroomreden: null,
  laatstGezienOp: null,
  inBeeldStatus: 'uit_beeld',
  huidigeTrede: null,
  versie: 1,
  norm: { maxDagen: 30, waarschuwingDagen: 7 },
  vrijgesteld: false,
};
const leeg = { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } };
/** What the privacy officer's start page (Verwerkingen) asks for. */
const privacyStart: Record<string, Antwoord> = {
  'GET /api/audit/verwerkingen': leeg,
  'GET /api/medewerkers': leeg,
};
const dossier: Record<string, Antwoord> = {
  ...categorieenAntwoord(),
  'GET /api/klanten/k1': { status: 200, body: klant },
  'GET /api/klanten/k1/afspraken': leeg,
  'GET /api/klanten/k1/vrijstellingen': leeg,
  'GET /api/klanten/k1/ladder': leeg,
  'GET /api/klanten/k1/contactmomenten': leeg,
  'GET /api/klanten/k1/tijdlijn': leeg,
  'GET /api/klanten/k1/gesprekken': leeg,
  'GET /api/klanten/k1/plan': { status: 200, body: { ...GEEN_PLAN, klantId: 'k1' } },
};
const sessieVerlopen: Antwoord = {
  status: 401,
  body: { statusCode: 401, code: 'SESSIE_VERLOPEN', message: 'Je sessie is verlopen. Log opnieuw in.' },
};
const databaseWeg: Antwoord = {
  status: 503,
  body: {
    statusCode: 503,
    code: 'DATABASE_ONBEREIKBAAR',
    message: 'Klant in Beeld kan de database even niet bereiken.',
  },
  headers: { 'Retry-After': '5' },
};
// The form may show the API's own message too; the banner is the one that says it keeps trying.
const BANNER = /We proberen het automatisch opnieuw/;
const WEER_INGELOGD = 'Je bent weer ingelogd. Sla je wijziging opnieuw op als dat nog niet gelukt was.';

/** The whole app as in the browser (Layout, central error handling), in a memory router; retries wait 20 ms. */
function toonApp(pad: string, opties: QueryClientOpties = { wachttijd: () => 20 }) {
  const queryClient = maakQueryClient(opties);
  const router = createMemoryRouter(ROUTES, { initialEntries: [pad] });
  render(<KlantInBeeld queryClient={queryClient} router={router} />);
  return { queryClient, router };
}

const sessieDialoog = () => screen.queryByRole('dialog', { name: 'Je sessie is verlopen' });
const aantal = (verzoeken: Verzoek[], methode: string, pad: string) =>
  verzoeken.filter((v) => v.methode === methode && v.pad.split('?')[0] === pad).length;

let verzoeken: Verzoek[] = [];
afterEach(() => {
  // A request without a canned answer looks like "no connection" to api(): it would only show as a banner.
  expect(verzoeken.filter((v) => v.onverwacht).map((v) => `${v.methode} ${v.pad}`)).toEqual([]);
});

describe('Inloggen en uitloggen in de app', () => {
  it('toont bij de eerste keer zonder sessie de inlogpagina en stuurt X-Requested-With bij elk verzoek', async () => {
    let ingelogd = false;
    verzoeken = nepApi({
      'GET /api/me': () =>
        ingelogd
          ? { status: 200, body: privacy }
          : { status: 401, body: { statusCode: 401, code: 'NIET_INGELOGD', message: 'Log in.' } },
      'POST /api/auth/login': () => {
        ingelogd = true;
        return { status: 200, body: { accessToken: 'x.y.z', medewerker: privacy } };
      },
      'POST /api/auth/logout': { status: 204 },
      'GET /api/auth/uitlogadres': { status: 200, body: { url: null } },
      ...privacyStart,
    });
    const { router } = toonApp('/');
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(sessieDialoog()).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Gebruikersnaam'), 'privacy1');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'geheim{Enter}');
    // The privacy officer starts on the log and sees only the privacy pages in the menu.
    expect(await screen.findByRole('heading', { level: 1, name: 'Verwerkingen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/privacy/verwerkingen');
    expect(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' }))
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Verwerkingen', 'Maandrapport', 'Inzageverzoek', 'Mijn gegevens']);
    expect(await screen.findByText('Er zijn geen verwerkingen gevonden. Pas de filters aan.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();

    expect(verzoeken.map((v) => `${v.methode} ${v.pad}`)).toEqual(
      expect.arrayContaining(['GET /api/me', 'POST /api/auth/login', 'POST /api/auth/logout']),
    );
    for (const verzoek of verzoeken) expect(verzoek.headers['x-requested-with']).toBe('klant-in-beeld');
  });
});

describe('Sessie verlopen', () => {
  it('houdt wat je in het contactmoment typte vast als je via de dialoog opnieuw inlogt', async () => {
    let opslaanPogingen = 0;
    verzoeken = nepApi({
      ...dossier,
      'GET /api/me': { status: 200, body: km },
      'POST /api/klanten/k1/contactmomenten': () =>
        opslaanPogingen++ === 0 ? sessieVerlopen : { status: 201, body: { id: 'c1' } },
      'POST /api/auth/login': { status: 200, body: { accessToken: 'x.y.z', medewerker: km } },
    });
    const { router } = toonApp('/klanten/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Contactmoment vastleggen' }));
    await userEvent.clear(screen.getByLabelText('Onderwerp'));
    await userEvent.type(screen.getByLabelText('Onderwerp'), 'Gesprek over de taalcursus');
    await userEvent.type(screen.getByLabelText(/Samenvatting/), 'Anna wil in maart beginnen.');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const dialoog = await screen.findByRole('dialog', { name: 'Je sessie is verlopen' });
    expect(within(dialoog).getByLabelText('Gebruikersnaam')).toHaveValue('km1');
    expect(within(dialoog).getByLabelText('Gebruikersnaam')).toHaveAttribute('readonly');
    expect(within(dialoog).getByLabelText('Wachtwoord')).toHaveFocus();
    const klantGeladen = aantal(verzoeken, 'GET', '/api/klanten/k1');

    await userEvent.type(within(dialoog).getByLabelText('Wachtwoord'), 'geheim{Enter}');
    await waitFor(() => expect(sessieDialoog()).not.toBeInTheDocument());
    expect(screen.getByText(WEER_INGELOGD).closest('[role="status"]')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/klanten/k1');
    // The page stayed: the typed input is still there, and the data was loaded again.
    expect(screen.getByLabelText('Onderwerp')).toHaveValue('Gesprek over de taalcursus');
    expect(screen.getByLabelText(/Samenvatting/)).toHaveValue('Anna wil in maart beginnen.');
    await waitFor(() => expect(aantal(verzoeken, 'GET', '/api/klanten/k1')).toBeGreaterThan(klantGeladen));
    expect(verzoeken.find((v) => v.pad === '/api/auth/login')!.body).toEqual({
      gebruikersnaam: 'km1',
      wachtwoord: 'geheim',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByLabelText('Onderwerp')).not.toBeInTheDocument());
    expect(verzoeken.filter((v) => v.pad === '/api/klanten/k1/contactmomenten').at(-1)!.body).toMatchObject({
      onderwerp: 'Gesprek over de taalcursus',
      samenvatting: 'Anna wil in maart beginnen.',
    });
  });

  it('laat de pagina staan en opent de dialoog als /api/me bij opnieuw laden 401 geeft', async () => {
    let meGevraagd = 0;
    verzoeken = nepApi({
      'GET /api/me': () => (meGevraagd++ === 0 ? { status: 200, body: km } : sessieVerlopen),
      'POST /api/auth/login': { status: 200, body: { accessToken: 'x.y.z', medewerker: km } },
    });
    const { router, queryClient } = toonApp('/account');
    expect(await screen.findByRole('heading', { name: 'Welkom, Fatima el Amrani' })).toBeInTheDocument();
    act(() => void queryClient.invalidateQueries({ queryKey: ['me'] }));
    expect(await screen.findByRole('dialog', { name: 'Je sessie is verlopen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Welkom, Fatima el Amrani' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
  });

  it('vraagt in de dialoog ook om de code als het account tweestapsverificatie heeft', async () => {
    let sessie = true;
    verzoeken = nepApi({
      ...dossier,
      'GET /api/me': { status: 200, body: km },
      'POST /api/klanten/k1/bsn-inzage': () => (sessie ? sessieVerlopen : { status: 200, body: { bsn: '123456782' } }),
      'POST /api/auth/login': { status: 200, body: { tweedeStap: 'totp', tussenToken: 'tussen-1' } },
      'POST /api/auth/login/totp': () => {
        sessie = false;
        return { status: 200, body: { accessToken: 'x.y.z', medewerker: km } };
      },
    });
    toonApp('/klanten/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Toon BSN' }));
    const dialoog = await screen.findByRole('dialog', { name: 'Je sessie is verlopen' });
    await userEvent.type(within(dialoog).getByLabelText('Wachtwoord'), 'geheim{Enter}');
    await userEvent.type(await within(dialoog).findByLabelText('Code uit je authenticator-app'), '123456{Enter}');
    await waitFor(() => expect(sessieDialoog()).not.toBeInTheDocument());
    expect(await screen.findByText(WEER_INGELOGD)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Anna Bakker' })).toBeInTheDocument();
  });

  it('gaat naar de startpagina en vergeet alles als via de dialoog iemand anders inlogt', async () => {
    verzoeken = nepApi({
      ...dossier,
      'GET /api/me': { status: 200, body: km },
      'POST /api/klanten/k1/bsn-inzage': sessieVerlopen,
      'POST /api/auth/login': { status: 200, body: { accessToken: 'x.y.z', medewerker: privacy } },
      ...privacyStart,
    });
    const { router, queryClient } = toonApp('/klanten/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Toon BSN' }));
    const dialoog = await screen.findByRole('dialog', { name: 'Je sessie is verlopen' });
    await userEvent.type(within(dialoog).getByLabelText('Wachtwoord'), 'geheim{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Verwerkingen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/privacy/verwerkingen');
    expect(sessieDialoog()).not.toBeInTheDocument();
    expect(queryClient.getQueryData(['klanten', 'k1'])).toBeUndefined();
    expect(screen.queryByText('Anna Bakker')).not.toBeInTheDocument();
  });
});

describe('Database of netwerk even weg', () => {
  it('toont de melding, houdt je ingelogd en haalt de melding weg zodra het weer lukt', async () => {
    let databaseTerug = false;
    const gevraagdeWachttijden: number[] = [];
    verzoeken = nepApi({
      'GET /api/me': { status: 200, body: km },
      'GET /api/medewerkers': leeg,
      ...categorieenAntwoord(),
      'GET /api/klanten': () =>
        databaseTerug
          ? {
              status: 200,
              body: {
                items: [
                  {
                    id: 'k1',
                    naam: 'Anna Bakker',
                    bsnGemaskeerd: '*****6782',
                    gemeenteId: 'g1',
                    klantmanagerId: 'km1',
                    dienstverleningscategorie: 'job_ready',
                    status: 'actief',
                    laatstGezienOp: null,
                    inBeeldStatus: 'uit_beeld',
                  },
                ],
                totaal: 1,
                page: 1,
                pageSize: 25,
              },
            }
          : databaseWeg,
    });
    const { router } = toonApp('/klanten', {
      // The real rule decides the wait (so Retry-After is read); the test just does not sit it out.
      wachttijd: (poging, fout) => {
        gevraagdeWachttijden.push(wachttijd(poging, fout));
        return 20;
      },
    });
    const banner = await screen.findByText(BANNER);
    expect(banner.closest('[role="status"]')).toHaveTextContent(
      'Klant in Beeld kan de database even niet bereiken. We proberen het automatisch opnieuw; je hoeft niet opnieuw in te loggen.',
    );
    // Still logged in, on the same page.
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Klanten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/klanten');
    await waitFor(() => expect(aantal(verzoeken, 'GET', '/api/klanten')).toBeGreaterThanOrEqual(3));
    expect(gevraagdeWachttijden.slice(0, 2)).toEqual([5000, 5000]);

    databaseTerug = true;
    expect(await screen.findByRole('link', { name: 'Anna Bakker' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(BANNER)).not.toBeInTheDocument());
    expect(aantal(verzoeken, 'GET', '/api/me')).toBe(1);
  });

  it('houdt de app in beeld als /api/me een 503 geeft terwijl je ingelogd bent', async () => {
    let meGevraagd = 0;
    verzoeken = nepApi({
      'GET /api/me': () => (meGevraagd++ === 0 || meGevraagd > 3 ? { status: 200, body: km } : databaseWeg),
    });
    const { queryClient } = toonApp('/account');
    expect(await screen.findByRole('heading', { name: 'Welkom, Fatima el Amrani' })).toBeInTheDocument();
    act(() => void queryClient.invalidateQueries({ queryKey: ['me'] }));
    expect(await screen.findByText(BANNER)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Welkom, Fatima el Amrani' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Inloggen' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(BANNER)).not.toBeInTheDocument());
    expect(meGevraagd).toBe(4);
  });

  it('toont bij de eerste keer laden de melding met een knop om het opnieuw te proberen, niet de inlogpagina', async () => {
    let databaseTerug = false;
    verzoeken = nepApi({ 'GET /api/me': () => (databaseTerug ? { status: 200, body: km } : { status: 0 }) });
    // A long wait: only the button can make it try again within the test.
    const { router } = toonApp('/account', { wachttijd: () => 60_000 });
    expect(await screen.findByText(BANNER)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Inloggen' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');

    databaseTerug = true;
    await userEvent.click(screen.getByRole('button', { name: 'Nu opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Welkom, Fatima el Amrani' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(BANNER)).not.toBeInTheDocument());
  });

  it('probeert opslaan niet vanzelf opnieuw: het formulier toont de fout en houdt de invoer', async () => {
    verzoeken = nepApi({
      ...dossier,
      'GET /api/me': { status: 200, body: km },
      'POST /api/klanten/k1/contactmomenten': databaseWeg,
    });
    toonApp('/klanten/k1');
    await userEvent.click(await screen.findByRole('button', { name: 'Contactmoment vastleggen' }));
    await userEvent.clear(screen.getByLabelText('Onderwerp'));
    await userEvent.type(screen.getByLabelText('Onderwerp'), 'Huisbezoek');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Klant in Beeld kan de database even niet bereiken.');
    expect(await screen.findByText(BANNER)).toBeInTheDocument();
    await new Promise((klaar) => setTimeout(klaar, 100));
    expect(aantal(verzoeken, 'POST', '/api/klanten/k1/contactmomenten')).toBe(1);
    expect(screen.getByLabelText('Onderwerp')).toHaveValue('Huisbezoek');
    expect(sessieDialoog()).not.toBeInTheDocument();
  });
});

describe('wachttijd tussen pogingen', () => {
  it('volgt Retry-After, anders 1, 2, 4, 8 seconden, en nooit langer dan 10 seconden', () => {
    const fout = (seconden?: number) => new ApiFout(503, 'DATABASE_ONBEREIKBAAR', 'weg', [], seconden);
    expect(wachttijd(0, fout(3))).toBe(3000);
    expect(wachttijd(4, fout(0))).toBe(0);
    expect(wachttijd(0, fout(120))).toBe(MAX_WACHTTIJD_MS);
    expect([0, 1, 2, 3, 4, 5].map((poging) => wachttijd(poging, fout()))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });
});
