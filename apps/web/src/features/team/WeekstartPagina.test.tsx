import { maandagVan, plusDagen, vandaag } from '@klant-in-beeld/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { WeekstartPagina } from './WeekstartPagina';

const tl = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Ingrid Jansen',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};

const rij = (medewerkerId: string, naam: string, rol: string, cijfers: number[]) => {
  const [gepland, gevoerd, noShows, tePlannen, openItems, uitBeeld, bijnaUitBeeld] = cijfers;
  return { medewerkerId, naam, rol, gepland, gevoerd, noShows, tePlannen, openItems, uitBeeld, bijnaUitBeeld };
};

const antwoord = (week: string) => ({
  teamId: 't1',
  teamNaam: 'Team Noord',
  week,
  weekEinde: plusDagen(week, 6),
  peildatum: '2027-01-13',
  medewerkers: [
    rij('km1', 'Fatima el Amrani', 'klantmanager', [6, 4, 1, 12, 30, 8, 5]),
    rij('km2', 'Bas de Vries', 'klantmanager', [3, 1, 0, 20, 41, 14, 9]),
    rij('ex1', 'Petra Extern', 'extern', [5, 5, 0, 2, 0, 0, 0]),
  ],
  totaal: { gepland: 14, gevoerd: 10, noShows: 1, tePlannen: 34, openItems: 71, uitBeeld: 22, bijnaUitBeeld: 14 },
});

function toon(pad = '/team/weekstart', medewerker: object = tl) {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={medewerker} />,
        children: [
          { path: 'team/weekstart', element: <WeekstartPagina /> },
          { path: 'werkvoorraad', element: <p>Werkvoorraad</p> },
        ],
      },
    ],
    pad,
  );
}

describe('WeekstartPagina', () => {
  it('toont per medewerker gepland, gevoerd, no-shows en nog uitnodigen naast de werkvoorraad, met totalen', async () => {
    const verzoeken = nepApi({ 'GET /api/teams/t1/weekstart': { status: 200, body: antwoord('2027-01-11') } });
    toon('/team/weekstart?week=2027-01-13');
    const tabel = await screen.findByRole('table', {
      name: 'Team Noord: campagnegesprekken in de week van 11 jan 2027 t/m 17 jan 2027, naast de werkvoorraad op 13 jan 2027',
    });
    // A Wednesday in the URL asks for its Monday.
    expect(verzoeken.map((v) => v.pad)).toEqual(['/api/teams/t1/weekstart?week=2027-01-11']);
    expect(
      within(tabel)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Medewerker',
      'Gepland',
      'Gevoerd',
      'No-shows',
      'Nog uitnodigen',
      'Open werkvoorraad',
      'Uit beeld',
      'Bijna uit beeld',
    ]);
    const cellen = (naam: string) =>
      within(within(tabel).getByRole('rowheader', { name: naam }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cellen('Fatima el Amrani')).toEqual(['6', '4', '1', '12', '30', '8', '5']);
    expect(cellen('Petra Extern (extern)')).toEqual(['5', '5', '0', '2', '0', '0', '0']);
    expect(cellen('Hele team')).toEqual(['14', '10', '1', '34', '71', '22', '14']);
    expect(screen.getByRole('link', { name: 'Bas de Vries' })).toHaveAttribute(
      'href',
      '/werkvoorraad?medewerkerId=km2',
    );
    expect(screen.queryByRole('link', { name: /Petra Extern/ })).not.toBeInTheDocument();
  });

  it('bladert per week; de week staat in de URL', async () => {
    const verzoeken = nepApi({
      'GET /api/teams/t1/weekstart': (_body, verzoek) => ({
        status: 200,
        body: antwoord(new URL(verzoek.pad, 'http://x').searchParams.get('week') ?? maandagVan(vandaag())),
      }),
    });
    const { router } = toon('/team/weekstart?week=2027-01-11');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('link', { name: 'Volgende week' }));
    await waitFor(() => expect(router.state.location.search).toBe('?week=2027-01-18'));
    expect(await screen.findByRole('table', { name: /week van 18 jan 2027 t\/m 24 jan 2027/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Vorige week' }));
    await userEvent.click(screen.getByRole('link', { name: 'Vorige week' }));
    await waitFor(() => expect(router.state.location.search).toBe('?week=2027-01-04'));
    await userEvent.click(screen.getByRole('link', { name: 'Deze week' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(verzoeken.at(-1)!.pad).toBe('/api/teams/t1/weekstart'));
    expect(verzoeken.map((v) => v.pad)).toEqual([
      '/api/teams/t1/weekstart?week=2027-01-11',
      '/api/teams/t1/weekstart?week=2027-01-18',
      '/api/teams/t1/weekstart?week=2027-01-11',
      '/api/teams/t1/weekstart?week=2027-01-04',
      '/api/teams/t1/weekstart',
    ]);
  });

  it('een week die geen datum is: de melding bij het veld week', async () => {
    nepApi({
      'GET /api/teams/t1/weekstart': {
        status: 400,
        body: {
          status: 400,
          title: 'Ongeldige invoer',
          fouten: [{ veld: 'week', melding: 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD' }],
        },
      },
    });
    toon('/team/weekstart?week=morgen');
    expect(await screen.findByText('Deze week bestaat niet')).toBeInTheDocument();
    expect(
      screen.getByText(
        'De week in het adres moet een bestaande datum zijn in de vorm JJJJ-MM-DD. Kies een week met de knoppen hierboven.',
      ),
    ).toBeInTheDocument();
    // The navigation starts again from this week.
    expect(screen.getByRole('link', { name: 'Volgende week' })).toHaveAttribute(
      'href',
      `/team/weekstart?week=${plusDagen(maandagVan(vandaag()), 7)}`,
    );
  });

  it('zonder team: een uitleg en geen verzoek', async () => {
    const verzoeken = nepApi({});
    toon('/team/weekstart', { ...tl, teamId: null });
    expect(await screen.findByText('Je bent niet aan een team gekoppeld')).toBeInTheDocument();
    expect(verzoeken).toHaveLength(0);
  });
});
