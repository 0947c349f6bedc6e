import { screen, within } from '@testing-library/react';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
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
});
