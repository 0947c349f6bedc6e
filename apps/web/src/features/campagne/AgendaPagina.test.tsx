import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams } from '../../../../../test/support/web';
import { AgendaPagina } from './AgendaPagina';

const teamleider = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Tess',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};
const klantmanager = { ...teamleider, id: 'km1', gebruikersnaam: 'km1', naam: 'Karin', rol: 'klantmanager' };

function toon(wie: typeof teamleider) {
  const verzoeken = nepApi({
    'GET /api/agenda': { status: 200, body: { items: [] } },
    'GET /api/medewerkers': {
      status: 200,
      body: {
        items: [
          { id: 'km1', naam: 'Karin', rol: 'klantmanager', teamId: 't1', actief: true },
          { id: 'km9', naam: 'Zeno', rol: 'klantmanager', teamId: 't2', actief: true },
        ],
        page: 1,
        pageSize: 200,
        totaal: 2,
      },
    },
  });
  renderRoutes(
    [{ path: '/', element: <Outlet context={wie} />, children: [{ path: 'agenda', element: <AgendaPagina /> }] }],
    '/agenda',
  );
  return verzoeken;
}

describe('AgendaPagina', () => {
  it('een teamleider kiest een lid van zijn team; agenda en .ics volgen die keuze', async () => {
    const verzoeken = toon(teamleider);
    const keuze = await screen.findByLabelText('Agenda van');
    expect(screen.queryByRole('option', { name: 'Zeno' })).not.toBeInTheDocument();
    await userEvent.selectOptions(keuze, 'km1');
    await waitFor(() =>
      expect(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/agenda').at(-1)!).get('medewerkerId')).toBe('km1'),
    );
    const ics = new URL(
      screen.getByRole('link', { name: 'Agenda downloaden (.ics)' }).getAttribute('href')!,
      'http://x',
    );
    expect(ics.pathname).toBe('/api/v1/agenda.ics');
    expect(ics.searchParams.get('medewerkerId')).toBe('km1');
    expect(ics.searchParams.get('van')).toBe(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/agenda')[0]).get('van'));
  });

  it('een klantmanager ziet alleen zijn eigen agenda', async () => {
    const verzoeken = toon(klantmanager);
    await screen.findByRole('link', { name: 'Agenda downloaden (.ics)' });
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'GET', '/api/agenda')).toHaveLength(1));
    expect(screen.queryByLabelText('Agenda van')).not.toBeInTheDocument();
    expect(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/agenda')[0]).get('medewerkerId')).toBeNull();
  });
});
