import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { CampagnesPagina } from './CampagnesPagina';

const campagne = {
  id: 'c1',
  naam: 'Herscreening 2027',
  status: 'lopend',
  startdatum: '2027-01-04',
  einddatum: '2027-03-31',
  cohortGrootte: 12,
  trechter: { cohort: 12, uitgenodigd: 4, nagebeld: 2, verschenen: 2, noShow: 1, gesprekGevoerd: 2, planGemaakt: 1 },
};

describe('CampagnesPagina', () => {
  it('toont de campagnes met status en aantallen, en filtert op status', async () => {
    const verzoeken = nepApi({
      'GET /api/campagnes': { status: 200, body: { items: [campagne], page: 1, pageSize: 25, totaal: 1 } },
    });
    renderRoutes([{ path: '/', element: <CampagnesPagina /> }]);
    const rij = (await screen.findByRole('link', { name: 'Herscreening 2027' })).closest('tr')!;
    expect(within(rij).getByText('Lopend')).toBeInTheDocument();
    expect([...rij.querySelectorAll('td')].map((c) => c.textContent).slice(2)).toEqual(['12', '4', '2']);
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'afgesloten');
    await waitFor(() => expect(verzoeken.at(-1)!.pad).toContain('status=afgesloten'));
  });
});
