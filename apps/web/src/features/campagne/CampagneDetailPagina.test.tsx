import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { CampagneDetailPagina } from './CampagneDetailPagina';

const nul = { cohort: 0, uitgenodigd: 0, nagebeld: 0, verschenen: 0, noShow: 0, gesprekGevoerd: 0, planGemaakt: 0 };
const campagne = (status: string) => ({
  id: 'c1',
  naam: 'Herscreening 2027',
  doel: null,
  status,
  startdatum: '2027-01-04',
  einddatum: '2027-03-31',
  cohortGrootte: 7,
  versie: 2,
  trechter: { ...nul, cohort: status === 'concept' ? 0 : 7 },
  opkomst: {
    metNabellen: { uitnodigingen: 0, verschenen: 0, percentage: null },
    zonderNabellen: { uitnodigingen: 0, verschenen: 0, percentage: null },
  },
  paden: {},
});
const teamleider = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Tess',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};
const toon = () =>
  renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={teamleider} />,
        children: [{ path: 'campagnes/:id', element: <CampagneDetailPagina /> }],
      },
    ],
    '/campagnes/c1',
  );

describe('CampagneDetailPagina', () => {
  it('start een concept na bevestiging met de cohortgrootte, met de versie', async () => {
    const bevestig = jest.spyOn(window, 'confirm').mockReturnValue(true);
    const verzoeken = nepApi({
      'GET /api/campagnes/c1': { status: 200, body: campagne('concept') },
      'POST /api/campagnes/c1/starten': { status: 200, body: campagne('lopend') },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Campagne starten' }));
    expect(bevestig).toHaveBeenCalledWith('De campagne starten met 7 deelnemers? Het cohort ligt daarna vast.');
    await waitFor(() => expect(verzoeken.find((v) => v.methode === 'POST')?.body).toEqual({ versie: 2 }));
  });

  it('toont van een lopende campagne de trechter en de deelnemers met hun status', async () => {
    nepApi({
      'GET /api/campagnes/c1': { status: 200, body: campagne('lopend') },
      'GET /api/campagnes/c1/deelnemers': {
        status: 200,
        body: {
          items: [
            {
              klantId: 'k1',
              klantNaam: 'Jan Jansen',
              medewerkerId: null,
              medewerkerNaam: null,
              pogingen: 0,
              status: 'te_plannen',
            },
          ],
          page: 1,
          pageSize: 25,
          totaal: 1,
        },
      },
    });
    toon();
    const rij = (await screen.findByRole('link', { name: 'Jan Jansen' })).closest('tr')!;
    expect(within(rij).getByText('Nog uitnodigen')).toBeInTheDocument();
    expect(within(rij).getByText('Niet toegewezen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Campagne afsluiten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Effect van de campagne' })).toHaveAttribute(
      'href',
      '/campagnes/c1/effect',
    );
    expect(screen.getByRole('link', { name: 'Trechter (Excel)' }).getAttribute('href')).toMatch(
      /\/campagnes\/c1\/trechter\.xlsx$/,
    );
  });

  it('een concept heeft nog geen effect of trechter om te downloaden', async () => {
    nepApi({ 'GET /api/campagnes/c1': { status: 200, body: campagne('concept') } });
    toon();
    await screen.findByRole('button', { name: 'Campagne starten' });
    expect(screen.queryByRole('link', { name: 'Effect van de campagne' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Trechter (Excel)' })).not.toBeInTheDocument();
  });
});
