import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { TeamPagina } from './TeamPagina';

const tl = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Ingrid Jansen',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};

const overzicht = {
  teamId: 't1',
  teamNaam: 'Team Noord',
  peildatum: '2026-11-23',
  klantmanagers: [
    {
      medewerkerId: 'km1',
      naam: 'Fatima el Amrani',
      caseload: 80,
      inBeeld: 60,
      bijnaUitBeeld: 12,
      uitBeeld: 8,
      verlopenItems: 5,
      gesprekkenDezeWeek: 14,
    },
    {
      medewerkerId: 'km2',
      naam: 'Bas de Vries',
      caseload: 120,
      inBeeld: 54,
      bijnaUitBeeld: 30,
      uitBeeld: 36,
      verlopenItems: 41,
      gesprekkenDezeWeek: 3,
    },
  ],
  zonderKlantmanager: 7,
  uitgesteld: 2,
};

const uitstel = (n: number) => ({
  id: `u${n}`,
  klantId: `k${n}`,
  klantNaam: `Klant ${n}`,
  soort: 'uit_beeld',
  referentieId: null,
  totDatum: '2026-12-01',
  reden: `Reden ${n}`,
  medewerkerNaam: 'Fatima el Amrani',
  aangemaaktOp: '2026-11-20T10:00:00+01:00',
  lopend: true,
});

function toon(medewerker: object = tl) {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={medewerker} />,
        children: [
          { path: 'team', element: <TeamPagina /> },
          { path: 'werkvoorraad', element: <p>Werkvoorraad</p> },
          { path: 'klanten/:id', element: <p>Dossier</p> },
          { path: 'team/herverdelen', element: <p>Herverdelen</p> },
        ],
      },
    ],
    '/team',
  );
}

describe('TeamPagina', () => {
  it('toont per klantmanager caseload, in beeld, % in beeld, verlopen items en gesprekken', async () => {
    nepApi({
      'GET /api/teams/t1/overzicht': { status: 200, body: overzicht },
      'GET /api/werkvoorraad/uitstellen': { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } },
    });
    toon();
    expect(await screen.findByRole('heading', { level: 1, name: 'Team Noord' })).toBeInTheDocument();
    expect(screen.getByText('Weekstart: stand op peildatum 23 nov 2026.')).toBeInTheDocument();

    const tabel = screen.getByRole('table', { name: /Klantmanagers van Team Noord op 23 nov 2026/ });
    const kolommen = within(tabel)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(kolommen).toEqual([
      'Klantmanager',
      'Caseload',
      'In beeld',
      'Bijna uit beeld',
      'Uit beeld',
      '% in beeld',
      'Verlopen items',
      'Gesprekken deze week',
    ]);

    const cellen = (naam: string) =>
      within(within(tabel).getByRole('rowheader', { name: naam }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cellen('Fatima el Amrani')).toEqual(['80', '60', '12', '8', '75%', '5', '14']);
    expect(cellen('Bas de Vries')).toEqual(['120', '54', '30', '36', '45%', '41', '3']);
    expect(cellen('Hele team')).toEqual(['200', '114', '42', '44', '57%', '46', '17']);
  });

  it('linkt elke klantmanager naar diens werkvoorraad en de klanten zonder klantmanager naar herverdelen', async () => {
    nepApi({
      'GET /api/teams/t1/overzicht': { status: 200, body: overzicht },
      'GET /api/werkvoorraad/uitstellen': { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } },
    });
    const { router } = toon();
    expect(await screen.findByRole('link', { name: 'Fatima el Amrani' })).toHaveAttribute(
      'href',
      '/werkvoorraad?medewerkerId=km1',
    );
    expect(screen.getByRole('link', { name: 'Bas de Vries' })).toHaveAttribute(
      'href',
      '/werkvoorraad?medewerkerId=km2',
    );
    expect(screen.getByText('7 klanten zonder klantmanager.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Weekstart campagne' })).toHaveAttribute('href', '/team/weekstart');
    const verdelen = screen.getByRole('link', { name: 'Klanten zonder klantmanager verdelen' });
    expect(verdelen).toHaveAttribute('href', '/team/herverdelen?zonder=true');
    expect(await screen.findByText('Er is nu niets uitgesteld.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Bas de Vries' }));
    await waitFor(() => expect(router.state.location.search).toBe('?medewerkerId=km2'));
  });

  it('toont de lopende uitstellen met klant, soort, datum, reden en wie, met bladeren', async () => {
    const verzoeken = nepApi({
      'GET /api/teams/t1/overzicht': { status: 200, body: overzicht },
      'GET /api/werkvoorraad/uitstellen': {
        status: 200,
        body: {
          items: [uitstel(1), { ...uitstel(2), soort: 'afspraak_verlopen', medewerkerNaam: 'Bas de Vries' }],
          totaal: 22,
          page: 1,
          pageSize: 20,
        },
      },
    });
    toon();
    const klant = await screen.findByRole('link', { name: 'Klant 2' });
    expect(klant).toHaveAttribute('href', '/klanten/k2');
    const rij = within(klant.closest('tr')!);
    expect(rij.getByText('Afspraak verlopen')).toBeInTheDocument();
    expect(rij.getByText('1 dec 2026')).toBeInTheDocument();
    expect(rij.getByText('Reden 2')).toBeInTheDocument();
    expect(rij.getByText('Bas de Vries')).toBeInTheDocument();
    expect(screen.getByText('1–20 van 22 uitstellen (pagina 1 van 2)')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() =>
      expect(verzoeken.at(-1)!.pad).toBe('/api/werkvoorraad/uitstellen?lopend=true&page=2&pageSize=20'),
    );
  });

  it('zegt het duidelijk als de teamleider geen team heeft, zonder verzoek', async () => {
    const verzoeken = nepApi({});
    toon({ ...tl, teamId: null });
    expect(screen.getByRole('alert')).toHaveTextContent('Je bent niet aan een team gekoppeld');
    expect(verzoeken).toHaveLength(0);
  });
});
