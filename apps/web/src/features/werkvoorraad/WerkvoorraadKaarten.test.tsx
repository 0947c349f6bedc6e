import { vandaag } from '@klant-in-beeld/domain';
import { act, screen } from '@testing-library/react';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes, uitgesteld, type Antwoord } from '../../../../../test/support/web';
import { WerkvoorraadPagina } from './WerkvoorraadPagina';

const km = { id: 'km1', gebruikersnaam: 'km1', naam: 'Fatima', rol: 'klantmanager', teamId: 't1', organisatieId: 'o1' };
const peildatum = vandaag();
const item = {
  klantId: 'k1',
  klantNaam: 'Anna Bakker',
  soort: 'uit_beeld',
  vervaldatum: peildatum,
  urgentie: 'vandaag',
  reden: '90 dagen niet gesproken; de norm is 90 dagen.',
  referentieId: null,
  klantmanagerId: 'km1',
  inBeeldStatus: 'uit_beeld',
  laatstGezien: null,
  normDagen: 90,
};

describe('WerkvoorraadPagina: laden en kaarten', () => {
  it('houdt tijdens het laden de plaats van de lijst vrij en laat elke cel zijn kolom noemen (de kaart op een telefoon)', async () => {
    const antwoord = uitgesteld<Antwoord>();
    nepApi({ 'GET /api/werkvoorraad': () => antwoord.promise });
    renderRoutes(
      [
        {
          path: '/',
          element: <Outlet context={km} />,
          children: [{ path: 'werkvoorraad', element: <WerkvoorraadPagina /> }],
        },
      ],
      '/werkvoorraad',
    );

    // Grey rows in the list's place, hidden from screen readers, which hear that the list is loading.
    expect(screen.getByText('Werkvoorraad laden…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(document.querySelectorAll('table[aria-hidden="true"] tbody tr')).toHaveLength(8);

    act(() =>
      antwoord.klaar({
        status: 200,
        body: { items: [item], totaal: 1, page: 1, pageSize: 50, perSoort: { uit_beeld: 1 }, peildatum },
      }),
    );
    const tabel = await screen.findByRole('table');
    expect(screen.queryByText('Werkvoorraad laden…')).not.toBeInTheDocument();
    const koppen = [...tabel.querySelectorAll('thead th')].map((th) => th.textContent);
    const labels = [...tabel.querySelectorAll('tbody tr:first-child td')].map((td) => td.getAttribute('data-label'));
    // The name is the card's title and the button its action; every other cell says which column it is.
    expect(labels).toEqual([null, koppen[1], koppen[2], koppen[3], null]);
    expect(labels.slice(1, 4)).toEqual(['Wat', 'In beeld', 'Vervaldatum']);
  });
});
