import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import { nepApi, renderRoutes, verzoekenNaar } from '../../../../../test/support/web';
import { NieuweKlantPagina } from './NieuweKlantPagina';

const km = { id: 'km1', gebruikersnaam: 'km1', naam: 'Fatima el Amrani', rol: 'klantmanager', teamId: 't1' };
const lijst = (items: object[]) => ({ status: 200, body: { items, totaal: items.length, page: 1, pageSize: 200 } });

function toon() {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={km} />,
        children: [
          { path: 'klanten/nieuw', element: <NieuweKlantPagina /> },
          { path: 'klanten/:id', element: <p>Dossier</p> },
        ],
      },
    ],
    '/klanten/nieuw',
  );
}

async function vulIn() {
  await userEvent.type(screen.getByLabelText('BSN'), '111222333');
  await userEvent.type(screen.getByLabelText('Voornamen'), 'Anna');
  await userEvent.type(screen.getByLabelText('Achternaam'), 'Bakker');
  await userEvent.type(screen.getByLabelText('Geboortedatum'), '1990-05-01');
  await userEvent.selectOptions(await screen.findByLabelText('Gemeente'), 'g1');
}

describe('NieuweKlantPagina', () => {
  const api = {
    ...categorieenAntwoord(),
    'GET /api/gemeenten': {
      status: 200,
      body: { items: [{ id: 'g1', cbsCode: 'GM0193', naam: 'Zwolle' }], totaal: 1, page: 1, pageSize: 200 },
    },
    'GET /api/medewerkers': lijst([
      { id: 'km1', naam: 'Fatima el Amrani', rol: 'klantmanager', teamId: 't1', actief: true },
    ]),
  };

  it('biedt alleen de actieve categorieën, met de namen van de organisatie, en geen vooraf gekozen categorie', async () => {
    nepApi(api);
    toon();
    const keuze = await screen.findByLabelText('Dienstverleningscategorie');
    await waitFor(() => expect(within(keuze).getAllByRole('option')).toHaveLength(6));
    expect(
      within(keuze)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Kies een categorie',
      'Direct bemiddelbaar',
      'Bijna job ready (0–6 maanden)',
      'Nog niet job ready (6–12 maanden)',
      'Niet job ready (meer dan een jaar)',
      'Werkfit-traject',
    ]);
    expect(keuze).toHaveValue('');
  });

  it('vraagt om een categorie voordat er iets verstuurd wordt, en stuurt de gekozen code mee', async () => {
    const verzoeken = nepApi({
      ...api,
      'POST /api/klanten': { status: 201, body: { id: 'k1' } },
    });
    const { router } = toon();
    await screen.findByLabelText('Dienstverleningscategorie');
    await vulIn();
    await userEvent.click(screen.getByRole('button', { name: 'Klant registreren' }));
    expect(await screen.findByText('Kies een dienstverleningscategorie.')).toBeInTheDocument();
    expect(screen.getByLabelText('Dienstverleningscategorie')).toHaveAttribute('aria-invalid', 'true');
    expect(verzoekenNaar(verzoeken, 'POST', '/api/klanten')).toHaveLength(0);

    await userEvent.selectOptions(screen.getByLabelText('Dienstverleningscategorie'), 'werkfit');
    await userEvent.click(screen.getByRole('button', { name: 'Klant registreren' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/klanten/k1'));
    expect(verzoekenNaar(verzoeken, 'POST', '/api/klanten')[0].body).toMatchObject({
      dienstverleningscategorie: 'werkfit',
    });
  });

  it('zet een weigering van de API op de categorie bij het veld', async () => {
    nepApi({
      ...api,
      'POST /api/klanten': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message:
            'De invoer is niet juist: dienstverleningscategorie is niet meer actief; kies een actieve categorie.',
          fouten: [{ veld: 'dienstverleningscategorie', melding: 'is niet meer actief; kies een actieve categorie' }],
        },
      },
    });
    toon();
    await screen.findByLabelText('Dienstverleningscategorie');
    await vulIn();
    await userEvent.selectOptions(screen.getByLabelText('Dienstverleningscategorie'), 'job_ready');
    await userEvent.click(screen.getByRole('button', { name: 'Klant registreren' }));
    expect(await screen.findByText('Is niet meer actief; kies een actieve categorie.')).toBeInTheDocument();
    expect(screen.getByLabelText('Voornamen')).toHaveValue('Anna');
  });

  it('zegt het bij het veld als de categorieën niet te laden zijn', async () => {
    nepApi({
      ...api,
      'GET /api/instellingen/dienstverleningscategorieen': {
        status: 500,
        body: { statusCode: 500, code: 'FOUT', message: 'Er ging iets mis.' },
      },
    });
    toon();
    const keuze = await screen.findByLabelText('Dienstverleningscategorie');
    await waitFor(() =>
      expect(keuze).toHaveAccessibleDescription(
        'De categorieën zijn niet te laden; probeer het over een ogenblik opnieuw.',
      ),
    );
  });
});
