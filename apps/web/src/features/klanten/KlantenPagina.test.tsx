import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams } from '../../../../../test/support/web';
import { KlantenPagina } from './KlantenPagina';

const samenvatting = (id: string, naam: string, extra: object = {}) => ({
  id,
  naam,
  bsnGemaskeerd: '*****6782',
  gemeenteId: 'g1',
  klantmanagerId: null,
  dienstverleningscategorie: 'job_ready',
  status: 'actief',
  laatstGezienOp: null,
  inBeeldStatus: 'uit_beeld',
  ...extra,
});

describe('KlantenPagina', () => {
  it('zet "Ander team" bij een klant van een ander team; de link gaat gewoon naar het dossier', async () => {
    nepApi({
      'GET /api/medewerkers': { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 200 } },
      'GET /api/klanten': {
        status: 200,
        body: {
          items: [samenvatting('k9', 'Karim Yilmaz', { buitenTeam: true }), samenvatting('k1', 'Anna Bakker')],
          totaal: 2,
          page: 1,
          pageSize: 25,
        },
      },
    });
    renderRoutes([{ path: '/klanten', element: <KlantenPagina /> }], '/klanten?zoek=123456782');
    const link = await screen.findByRole('link', { name: 'Karim Yilmaz' });
    expect(link).toHaveAttribute('href', '/klanten/k9');
    expect(within(link.closest('td')!).getByText('Ander team')).toBeInTheDocument();
    expect(
      within(screen.getByRole('link', { name: 'Anna Bakker' }).closest('td')!).queryByText('Ander team'),
    ).not.toBeInTheDocument();
  });

  it('toont de categorie met de naam van de organisatie en filtert op categorie, ook een die niet meer actief is', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'GET /api/medewerkers': { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 200 } },
      'GET /api/klanten': {
        status: 200,
        body: {
          items: [
            samenvatting('k1', 'Anna Bakker'),
            samenvatting('k2', 'Bram de Wit', { dienstverleningscategorie: 'werkfit' }),
          ],
          totaal: 2,
          page: 2,
          pageSize: 25,
        },
      },
    });
    const { router } = renderRoutes([{ path: '/klanten', element: <KlantenPagina /> }], '/klanten?page=2');
    const anna = (await screen.findByRole('link', { name: 'Anna Bakker' })).closest('tr')!;
    expect(within(anna).getByText('Direct bemiddelbaar')).toBeInTheDocument();
    const bram = screen.getByRole('link', { name: 'Bram de Wit' }).closest('tr')!;
    expect(within(bram).getByText('Werkfit-traject')).toBeInTheDocument();

    const filter = screen.getByLabelText('Categorie');
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Alle',
      'Direct bemiddelbaar',
      'Bijna job ready (0–6 maanden)',
      'Nog niet job ready (6–12 maanden)',
      'Niet job ready (meer dan een jaar)',
      'Beheer (vervallen) (niet actief)',
      'Werkfit-traject',
    ]);
    await userEvent.selectOptions(filter, 'beheer');
    await waitFor(() =>
      expect(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/klanten').at(-1)!).get('dienstverleningscategorie')).toBe(
        'beheer',
      ),
    );
    // The filter is in the address (a link or back keeps it), and a new filter starts at page 1.
    expect(router.state.location.search).toBe('?categorie=beheer');
  });
});
