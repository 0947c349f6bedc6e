import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { padenAntwoord, TEST_PADEN } from '../../../../../test/support/gesprek-web';
import { nepApi, renderRoutes, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { CampagneDetailPagina } from './CampagneDetailPagina';
import { kandidaten } from './VerdelenDialoog';

const campagne = {
  id: 'c1',
  naam: 'Herscreening 2027',
  doel: null,
  status: 'lopend',
  criteria: { teamIds: ['t1'] },
  startdatum: '2026-01-05',
  einddatum: '2099-03-31',
  maxUitnodigingen: 2,
  cohortGrootte: 3,
  versie: 3,
  trechter: { cohort: 3, uitgenodigd: 0, nagebeld: 0, verschenen: 0, noShow: 0, gesprekGevoerd: 0, planGemaakt: 0 },
  opkomst: {
    metNabellen: { uitnodigingen: 0, verschenen: 0, percentage: null },
    zonderNabellen: { uitnodigingen: 0, verschenen: 0, percentage: null },
  },
  paden: {},
  externeMedewerkerIds: ['ex1'],
};
const teamleider = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Tess',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};
const medewerkers = {
  items: [
    { id: 'km1', naam: 'Karin', rol: 'klantmanager', teamId: 't1', actief: true },
    { id: 'km2', naam: 'Kees', rol: 'klantmanager', teamId: 't1', actief: true },
    { id: 'km9', naam: 'Zeno', rol: 'klantmanager', teamId: 't2', actief: true },
    { id: 'ex1', naam: 'Eva', rol: 'extern', teamId: null, actief: true },
    { id: 'ex2', naam: 'Erik', rol: 'extern', teamId: null, actief: true },
  ],
  page: 1,
  pageSize: 200,
  totaal: 5,
};
const leeg = { status: 200, body: { items: [], page: 1, pageSize: 25, totaal: 0 } };

function toon(extra: Record<string, Antwoord | ((body: unknown) => Antwoord)> = {}) {
  const verzoeken = nepApi({
    'GET /api/campagnes/c1': { status: 200, body: campagne },
    'GET /api/campagnes/c1/deelnemers': leeg,
    'GET /api/medewerkers': { status: 200, body: medewerkers },
    ...extra,
  });
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
  return verzoeken;
}

describe('Paden van de campagne', () => {
  it('staan met hun naam, niet met hun code', async () => {
    const pad = TEST_PADEN[0];
    nepApi({
      'GET /api/campagnes/c1': { status: 200, body: { ...campagne, paden: { [pad.code]: 7 } } },
      'GET /api/campagnes/c1/deelnemers': leeg,
      'GET /api/medewerkers': { status: 200, body: medewerkers },
      ...padenAntwoord(),
    });
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
    const tabel = await screen.findByRole('table', { name: 'Gekozen dienstverleningspaden' });
    expect(await within(tabel).findByRole('row', { name: `${pad.naam} 7` })).toBeInTheDocument();
  });
});

describe('kandidaten om te verdelen', () => {
  it('klantmanagers van de teams van de campagne en de externen op de campagne', () => {
    expect(kandidaten(campagne, medewerkers.items, 't2').map((k) => k.naam)).toEqual(['Karin', 'Kees', 'Eva (extern)']);
    expect(kandidaten({ ...campagne, criteria: {} }, medewerkers.items, 't2').map((k) => k.naam)).toEqual([
      'Zeno',
      'Eva (extern)',
    ]);
  });
});

describe('Verdelen', () => {
  it('eerst een voorbeeld met de last per persoon, dan verdelen', async () => {
    const verzoeken = toon({
      'POST /api/campagnes/c1/verdelen': () => ({
        status: 200,
        body: {
          toegewezen: 3,
          verdeling: [
            { medewerkerId: 'km1', naam: 'Karin', huidig: 3, nieuw: 0, totaal: 3 },
            {
              medewerkerId: 'ex1',
              naam: 'Eva',
              huidig: 0,
              nieuw: 3,
              totaal: 3,
            },
          ],
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Deelnemers verdelen' }));
    const dialoog = await screen.findByRole('dialog', { name: 'Deelnemers verdelen' });
    expect(within(dialoog).getByRole('button', { name: 'Verdelen' })).toBeDisabled();
    await userEvent.click(await within(dialoog).findByLabelText('Karin'));
    await userEvent.click(within(dialoog).getByLabelText('Eva (extern)'));
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Voorbeeld' }));
    const tabel = await within(dialoog).findByRole('table', { name: 'Voorbeeld: 3 deelnemers verdeeld' });
    expect(within(tabel).getByRole('row', { name: 'Eva 0 3 3' })).toBeInTheDocument();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Verdelen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(verzoekenNaar(verzoeken, 'POST', '/api/campagnes/c1/verdelen').map((v) => v.body)).toEqual([
      { medewerkerIds: ['km1', 'ex1'], voorbeeld: true },
      { medewerkerIds: ['km1', 'ex1'], voorbeeld: false },
    ]);
  });

  it('een fout over een medewerker noemt die medewerker', async () => {
    toon({
      'POST /api/campagnes/c1/verdelen': {
        status: 400,
        body: {
          status: 400,
          code: 'VALIDATIE',
          detail: 'De invoer is niet juist.',
          fouten: [{ veld: 'medewerkerIds.0', melding: 'is geen actieve klantmanager van de organisatie' }],
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Deelnemers verdelen' }));
    const dialoog = await screen.findByRole('dialog', { name: 'Deelnemers verdelen' });
    await userEvent.click(await within(dialoog).findByLabelText('Kees'));
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Voorbeeld' }));
    expect(
      await within(dialoog).findByText(
        'De invoer is niet juist. Kees: is geen actieve klantmanager van de organisatie',
      ),
    ).toBeInTheDocument();
  });
});

describe('Campagne bewerken', () => {
  const open = async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Campagne bewerken' }));
    return screen.findByRole('dialog', { name: 'Campagne bewerken' });
  };

  it('slaat naam, einddatum, maximum en externen op met de versie', async () => {
    const verzoeken = toon({ 'PATCH /api/campagnes/c1': { status: 200, body: campagne } });
    const dialoog = await open();
    const naam = within(dialoog).getByLabelText('Naam');
    await userEvent.clear(naam);
    await userEvent.type(naam, 'Herscreening voorjaar');
    const max = within(dialoog).getByLabelText('Uitnodigingen per deelnemer');
    await userEvent.clear(max);
    await userEvent.type(max, '3');
    await userEvent.click(await within(dialoog).findByLabelText('Erik'));
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(verzoekenNaar(verzoeken, 'PATCH', '/api/campagnes/c1')[0]?.body).toEqual({
        versie: 3,
        naam: 'Herscreening voorjaar',
        einddatum: '2099-03-31',
        maxUitnodigingen: 3,
        externeMedewerkerIds: ['ex1', 'ex2'],
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('een 400 staat bij het veld; een 409 meldt het en leest de campagne opnieuw', async () => {
    let keer = 0;
    const verzoeken = toon({
      'PATCH /api/campagnes/c1': () =>
        ++keer === 1
          ? {
              status: 400,
              body: {
                status: 400,
                code: 'VALIDATIE',
                detail: 'De invoer is niet juist.',
                fouten: [{ veld: 'externeMedewerkerIds.0', melding: 'is geen actieve externe medewerker' }],
              },
            }
          : { status: 409, body: { status: 409, code: 'VERSIE_CONFLICT', detail: 'Versie verouderd.' } },
    });
    const dialoog = await open();
    await within(dialoog).findByLabelText('Eva');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialoog).findByText('Is geen actieve externe medewerker.')).toBeInTheDocument();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialoog).findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeInTheDocument();
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'GET', '/api/campagnes/c1').length).toBeGreaterThan(1));
  });
});
