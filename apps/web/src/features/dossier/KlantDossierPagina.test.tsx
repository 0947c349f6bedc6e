import { vandaag } from '@klant-in-beeld/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import { nepApi, renderRoutes, uitgesteld, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { datumKort } from '../../app/weergave';
import { KlantDossierPagina } from './KlantDossierPagina';

const klant = {
  id: 'k9',
  bsnGemaskeerd: '*****6782',
  voornamen: 'Karim',
  achternaam: 'Yilmaz',
  geboortedatum: '1985-03-12',
  gemeenteId: 'g1',
  gemeenteNaam: 'Utrecht',
  adres: null,
  telefoon: null,
  email: null,
  doelgroep: 'participatiewet',
  startdatumUitkering: '2024-01-01',
  dienstverleningscategorie: 'job_ready',
  klantmanagerId: 'km7',
  klantmanagerNaam: 'Bas de Vries',
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
const leeg: Antwoord = { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } };
const delen = Object.fromEntries(
  ['afspraken', 'vrijstellingen', 'ladder', 'contactmomenten', 'tijdlijn'].map((deel) => [
    `GET /api/klanten/k9/${deel}`,
    leeg,
  ]),
);
const buitenTeam: Antwoord = {
  status: 403,
  body: { statusCode: 403, code: 'BUITEN_TEAM', message: 'Deze klant hoort bij een ander team.' },
};

function toon() {
  return renderRoutes(
    [
      { path: '/klanten/:id', element: <KlantDossierPagina /> },
      { path: '/klanten', element: <p>Klanten</p> },
    ],
    '/klanten/k9',
  );
}

describe('KlantDossierPagina: dossier van een ander team openen', () => {
  it('legt uit waarom een reden nodig is, vraagt die en toont daarna het dossier met tot wanneer het open is', async () => {
    let doorbroken = false;
    const geldigTot = vandaag();
    const verzoeken = nepApi({
      ...delen,
      'GET /api/klanten/k9': () => (doorbroken ? { status: 200, body: klant } : buitenTeam),
      'POST /api/klanten/k9/doorbreken': () => {
        doorbroken = true;
        return { status: 201, body: { klantId: 'k9', geldigTot } };
      },
    });
    toon();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze klant hoort bij een ander team' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/De privacyfunctionaris kan zien wie het dossier opende en waarom/)).toBeInTheDocument();
    expect(screen.getByText('Je kunt het dossier daarna inzien tot het einde van vandaag.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Reden'), 'te kort');
    await userEvent.click(screen.getByRole('button', { name: 'Dossier openen' }));
    expect(await screen.findByText('Schrijf je reden in minstens 10 tekens.')).toBeInTheDocument();
    expect(verzoeken.some((v) => v.methode === 'POST')).toBe(false);

    await userEvent.clear(screen.getByLabelText('Reden'));
    await userEvent.type(screen.getByLabelText('Reden'), '  Ik vervang Bas deze week, hij is ziek.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Dossier openen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Karim Yilmaz' })).toBeInTheDocument();
    expect(
      screen.getByText(`Je hebt dit dossier geopend buiten je team, tot en met ${datumKort(geldigTot)}.`),
    ).toBeInTheDocument();
    expect(verzoeken.find((v) => v.methode === 'POST')!.body).toEqual({
      reden: 'Ik vervang Bas deze week, hij is ziek.',
    });
  });

  it('zet een fout van de API bij het veld Reden', async () => {
    nepApi({
      'GET /api/klanten/k9': buitenTeam,
      'POST /api/klanten/k9/doorbreken': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De reden is niet goed.',
          fouten: [{ veld: 'reden', melding: 'beschrijf waarom je dit dossier nodig hebt' }],
        },
      },
    });
    toon();
    await userEvent.type(await screen.findByLabelText('Reden'), 'aaaaaaaaaaaa');
    await userEvent.click(screen.getByRole('button', { name: 'Dossier openen' }));
    expect(await screen.findByText('Beschrijf waarom je dit dossier nodig hebt.')).toBeInTheDocument();
    expect(screen.getByLabelText('Reden')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('heading', { name: 'Karim Yilmaz' })).not.toBeInTheDocument();
  });

  it('toont bij een andere weigering alleen de melding, zonder formulier', async () => {
    nepApi({
      'GET /api/klanten/k9': {
        status: 403,
        body: { statusCode: 403, code: 'GEEN_TOEGANG', message: 'Je hebt geen toegang tot klantgegevens.' },
      },
    });
    toon();
    expect(await screen.findByRole('alert')).toHaveTextContent('Je hebt geen toegang tot klantgegevens.');
    expect(screen.queryByLabelText('Reden')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dossier openen' })).not.toBeInTheDocument();
  });

  it('laat het dossier staan als alleen het opnieuw laden mislukt', async () => {
    let keer = 0;
    nepApi({ ...delen, 'GET /api/klanten/k9': () => (keer++ === 0 ? { status: 200, body: klant } : buitenTeam) });
    const { queryClient } = toon();
    expect(await screen.findByRole('heading', { level: 1, name: 'Karim Yilmaz' })).toBeInTheDocument();
    await act(() => queryClient.refetchQueries({ queryKey: ['klanten', 'k9'], exact: true }));
    await waitFor(() => expect(keer).toBe(2));
    expect(screen.getByRole('heading', { level: 1, name: 'Karim Yilmaz' })).toBeInTheDocument();
  });
});

describe('KlantDossierPagina: BSN tonen', () => {
  const BSN = '123456782';
  /** Everything the query client and the mutation cache hold, as text: the full BSN must never be in it. */
  const cacheInhoud = (queryClient: ReturnType<typeof toon>['queryClient']) =>
    JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state.data),
    ]);

  it('haalt het BSN pas op bij een klik, toont het en verbergt het weer, zonder het in de cache te bewaren', async () => {
    let antwoord = uitgesteld<Antwoord>();
    const verzoeken = nepApi({
      ...delen,
      'GET /api/klanten/k9': { status: 200, body: klant },
      'POST /api/klanten/k9/bsn-inzage': () => antwoord.promise,
    });
    const { queryClient } = toon();
    expect(await screen.findByRole('heading', { level: 1, name: 'Karim Yilmaz' })).toBeInTheDocument();
    expect(screen.getByText('*****6782')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/klanten/k9/bsn-inzage')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Toon BSN' }));
    expect(await screen.findByText('Laden…')).toBeInTheDocument();
    act(() => antwoord.klaar({ status: 200, body: { bsn: BSN } }));
    expect(await screen.findByText(BSN)).toBeInTheDocument();
    expect(screen.getByText('(inzage is vastgelegd)')).toBeInTheDocument();
    expect(screen.queryByText('*****6782')).not.toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/klanten/k9/bsn-inzage')).toHaveLength(1);
    expect(cacheInhoud(queryClient)).not.toContain(BSN);

    await userEvent.click(screen.getByRole('button', { name: 'Verberg BSN' }));
    expect(screen.getByText('*****6782')).toBeInTheDocument();
    expect(screen.queryByText(BSN)).not.toBeInTheDocument();

    // Each look is a new, logged request: nothing was kept from the first one.
    antwoord = uitgesteld<Antwoord>();
    await userEvent.click(screen.getByRole('button', { name: 'Toon BSN' }));
    act(() => antwoord.klaar({ status: 200, body: { bsn: BSN } }));
    expect(await screen.findByText(BSN)).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/klanten/k9/bsn-inzage')).toHaveLength(2);
    expect(cacheInhoud(queryClient)).not.toContain(BSN);
  });

  it('vergeet het BSN als je naar het dossier van een andere klant gaat', async () => {
    const ander = { ...klant, id: 'k8', voornamen: 'Anna', achternaam: 'Bakker', bsnGemaskeerd: '*****1234' };
    const delenK8 = Object.fromEntries(Object.entries(delen).map(([sleutel, a]) => [sleutel.replace('k9', 'k8'), a]));
    nepApi({
      ...delen,
      ...delenK8,
      'GET /api/klanten/k9': { status: 200, body: klant },
      'GET /api/klanten/k8': { status: 200, body: ander },
      'POST /api/klanten/k9/bsn-inzage': { status: 200, body: { bsn: BSN } },
    });
    const { router } = renderRoutes([{ path: '/klanten/:id', element: <KlantDossierPagina /> }], '/klanten/k9');
    await userEvent.click(await screen.findByRole('button', { name: 'Toon BSN' }));
    expect(await screen.findByText(BSN)).toBeInTheDocument();

    await act(() => router.navigate('/klanten/k8'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Bakker' })).toBeInTheDocument();
    expect(screen.getByText('*****1234')).toBeInTheDocument();
    expect(screen.queryByText(BSN)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Toon BSN' })).toBeInTheDocument();

    await act(() => router.navigate('/klanten/k9'));
    expect(await screen.findByText('*****6782')).toBeInTheDocument();
    expect(screen.queryByText(BSN)).not.toBeInTheDocument();
  });
});

describe('KlantDossierPagina: de categorie van de organisatie', () => {
  it('toont de naam van de organisatie en biedt in het afspraakformulier de soorten van die categorie', async () => {
    nepApi({ ...categorieenAntwoord(), ...delen, 'GET /api/klanten/k9': { status: 200, body: klant } });
    toon();
    expect(await screen.findByRole('heading', { level: 1, name: 'Karim Yilmaz' })).toBeInTheDocument();
    const categorie = screen.getByText('Categorie').nextElementSibling as HTMLElement;
    await waitFor(() => expect(categorie).toHaveTextContent('Direct bemiddelbaar'));

    await userEvent.click(screen.getByRole('button', { name: 'Afspraak' }));
    const dialoog = await screen.findByRole('dialog');
    const soort = await within(dialoog).findByLabelText('Soort afspraak');
    expect(
      within(soort)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Vervolggesprek', 'Solliciteren', 'Overig']);
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Andere soort' }));
    expect(within(soort).getAllByRole('option')).toHaveLength(12);
  });
});
