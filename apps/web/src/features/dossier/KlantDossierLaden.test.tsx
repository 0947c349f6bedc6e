import { act, screen } from '@testing-library/react';
import { nepApi, renderRoutes, uitgesteld, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { klantenKeys } from '../klanten/api';
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
  doelgroep: 'brede_doelgroep',
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
const DELEN = ['afspraken', 'vrijstellingen', 'ladder', 'contactmomenten', 'tijdlijn'];
const leeg: Antwoord = { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } };
const contactmoment = {
  id: 'c1',
  plaatsgevondenOp: '2026-03-02T10:00:00Z',
  kanaal: 'huisbezoek',
  initiatief: 'gemeente',
  resultaat: 'gesproken',
  onderwerp: 'Keukentafelgesprek',
  samenvatting: null,
  teltAlsGezien: true,
  medewerkerNaam: 'Bas de Vries',
};

// The app's staleTime: data just fetched by the page is not fetched again when a panel mounts.
function toon() {
  return renderRoutes([{ path: '/klanten/:id', element: <KlantDossierPagina /> }], '/klanten/k9', {
    staleTime: 30_000,
  });
}

describe('KlantDossierPagina: laden', () => {
  it('vraagt alle panelen meteen, naast de klant, en toont tot dan de vorm van het dossier', async () => {
    const klantAntwoord = uitgesteld<Antwoord>();
    const contactAntwoord = uitgesteld<Antwoord>();
    const verzoeken = nepApi({
      'GET /api/klanten/k9': () => klantAntwoord.promise,
      ...Object.fromEntries(DELEN.map((deel) => [`GET /api/klanten/k9/${deel}`, leeg])),
      'GET /api/klanten/k9/contactmomenten': () => contactAntwoord.promise,
    });
    toon();

    // The client has not answered yet, and every panel has been asked already: no waterfall.
    for (const deel of DELEN) expect(verzoekenNaar(verzoeken, 'GET', `/api/klanten/k9/${deel}`)).toHaveLength(1);
    expect(screen.getByText('Dossier laden…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Contactmoment vastleggen' })).toBeDisabled();

    act(() => klantAntwoord.klaar({ status: 200, body: klant }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Karim Yilmaz' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contactmoment vastleggen' })).toBeEnabled();
    // One panel still loading: the panels wait for each other, so none pushes another down when it arrives.
    expect(screen.queryByRole('heading', { level: 2, name: 'Afspraken' })).not.toBeInTheDocument();

    act(() =>
      contactAntwoord.klaar({ status: 200, body: { items: [contactmoment], totaal: 1, page: 1, pageSize: 20 } }),
    );
    expect(await screen.findByText('Keukentafelgesprek')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Afspraken' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Tijdlijn' })).toBeInTheDocument();
    // Each panel asked once: the panels use what the page already fetched.
    for (const deel of DELEN) expect(verzoekenNaar(verzoeken, 'GET', `/api/klanten/k9/${deel}`)).toHaveLength(1);
  });

  it('wacht met de panelen op de klant als de zoeklijst al zei dat die bij een ander team hoort', async () => {
    const verzoeken = nepApi({
      'GET /api/klanten/k9': {
        status: 403,
        body: { statusCode: 403, code: 'BUITEN_TEAM', message: 'Deze klant hoort bij een ander team.' },
      },
    });
    const { queryClient, router } = renderRoutes(
      [
        { path: '/klanten', element: <p>Klanten</p> },
        { path: '/klanten/:id', element: <KlantDossierPagina /> },
      ],
      '/klanten',
    );
    // What a search on the whole BSN left in the cache, before the user opens the client.
    queryClient.setQueryData(klantenKeys.lijst({ zoek: '123456782' }), {
      items: [{ id: 'k9', naam: 'Karim Yilmaz', buitenTeam: true }],
      totaal: 1,
      page: 1,
      pageSize: 25,
    });
    await act(() => router.navigate('/klanten/k9'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze klant hoort bij een ander team' }),
    ).toBeInTheDocument();
    // Only the refused client is in the access log, not five refused panels as well.
    expect(verzoeken.filter((v) => v.pad.startsWith('/api/klanten/k9/'))).toEqual([]);
  });
});
