import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams } from '../../../../../test/support/web';
import { HerverdelenPagina } from './HerverdelenPagina';

const tl = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Ingrid Jansen',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};

const km = (id: string, naam: string) => ({ id, naam, rol: 'klantmanager', teamId: 't1', actief: true });
const medewerkers = {
  items: [km('km1', 'Fatima el Amrani'), km('km2', 'Bas de Vries')],
  totaal: 2,
  page: 1,
  pageSize: 200,
};

const overzicht = {
  teamId: 't1',
  teamNaam: 'Team Noord',
  peildatum: '2026-11-23',
  klantmanagers: [
    {
      medewerkerId: 'km1',
      naam: 'Fatima el Amrani',
      caseload: 120,
      inBeeld: 60,
      bijnaUitBeeld: 30,
      uitBeeld: 30,
      verlopenItems: 20,
      gesprekkenDezeWeek: 4,
    },
    {
      medewerkerId: 'km2',
      naam: 'Bas de Vries',
      caseload: 60,
      inBeeld: 50,
      bijnaUitBeeld: 5,
      uitBeeld: 5,
      verlopenItems: 1,
      gesprekkenDezeWeek: 9,
    },
  ],
  zonderKlantmanager: 2,
  uitgesteld: 0,
};

const klant = (id: string, naam: string, klantmanagerId: string | null) => ({
  id,
  naam,
  bsnGemaskeerd: '*****1234',
  gemeenteId: 'g1',
  klantmanagerId,
  dienstverleningscategorie: 'job_ready',
  status: 'actief',
  laatstGezienOp: null,
  inBeeldStatus: 'uit_beeld',
});

/** Fatima's clients over two pages (25 per page). */
const paginas: Record<string, ReturnType<typeof klant>[]> = {
  '1': [klant('k1', 'Anna Bakker', 'km1'), klant('k2', 'Bram de Wit', 'km1')],
  '2': [klant('k3', 'Cor Visser', 'km1')],
};

function nepApiMetKlanten(herverdelen: { status: number; body: unknown }) {
  const verzoeken = nepApi({
    ...categorieenAntwoord(),
    'GET /api/medewerkers': { status: 200, body: medewerkers },
    'GET /api/teams/t1/overzicht': { status: 200, body: overzicht },
    // The answer depends on the page asked for.
    'GET /api/klanten': (_body, verzoek) => {
      const page = new URL(verzoek.pad, 'http://localhost').searchParams.get('page') ?? '1';
      return { status: 200, body: { items: paginas[page], totaal: 26, page: Number(page), pageSize: 25 } };
    },
    'POST /api/klanten/herverdelen': herverdelen,
  });
  return verzoeken;
}

function toon(pad: string) {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={tl} />,
        children: [{ path: 'team/herverdelen', element: <HerverdelenPagina /> }],
      },
    ],
    pad,
  );
}

/** Selects Anna (page 1) and Cor (page 2), chooses Bas as target and opens the preview. */
async function kiesTweeKlantenEnOpenVoorstel() {
  const voorstel = screen.getByRole('button', { name: 'Voorstel bekijken' });
  expect(voorstel).toBeDisabled();
  await userEvent.click(await screen.findByRole('checkbox', { name: 'Anna Bakker' }));
  await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  await userEvent.click(await screen.findByRole('checkbox', { name: 'Cor Visser' }));
  expect(screen.getByText('2 geselecteerd')).toBeInTheDocument();
  expect(voorstel).toBeDisabled();

  // The source klantmanager cannot be the target.
  const naar = screen.getByLabelText('Naar');
  expect(within(naar).getByRole('option', { name: 'Fatima el Amrani (120 klanten)' })).toBeDisabled();
  await userEvent.selectOptions(naar, 'km2');
  expect(voorstel).toBeEnabled();
  await userEvent.click(voorstel);
  return screen.getByRole('dialog', { name: 'Voorstel herverdelen' });
}

describe('HerverdelenPagina', () => {
  it('toont de categorie met de naam van de organisatie en filtert erop, weer vanaf pagina 1', async () => {
    const verzoeken = nepApiMetKlanten({ status: 200, body: { verplaatst: 0 } });
    toon('/team/herverdelen?van=km1');
    const anna = (await screen.findByRole('checkbox', { name: 'Anna Bakker' })).closest('tr')!;
    expect(within(anna as HTMLElement).getByText('Direct bemiddelbaar')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('checkbox', { name: 'Cor Visser' });

    const filter = screen.getByLabelText(/^Categorie/);
    expect(within(filter).getByRole('option', { name: 'Beheer (vervallen) (niet actief)' })).toBeInTheDocument();
    await userEvent.selectOptions(filter, 'werkfit');
    await waitFor(() => {
      const laatste = zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/klanten').at(-1)!);
      expect(laatste.get('dienstverleningscategorie')).toBe('werkfit');
      expect(laatste.get('page')).toBe('1');
    });
  });

  it('verplaatst klanten van twee pagina’s na een voorstel, en wist daarna de selectie', async () => {
    const verzoeken = nepApiMetKlanten({ status: 200, body: { verplaatst: 2 } });
    const { queryClient } = toon('/team/herverdelen?van=km1');
    const invalideer = jest.spyOn(queryClient, 'invalidateQueries');
    await waitFor(() => expect(screen.getByLabelText('Van')).toHaveValue('km1'));
    expect(verzoeken.find((v) => v.pad.startsWith('/api/klanten'))!.pad).toBe(
      '/api/klanten?klantmanagerId=km1&status=actief&page=1&pageSize=25',
    );

    const dialoog = await kiesTweeKlantenEnOpenVoorstel();
    const rijen = within(dialoog).getAllByRole('row').slice(1);
    expect(rijen.map((r) => r.textContent)).toEqual([
      'Anna BakkerFatima el Amrani→ Bas de Vries',
      'Cor VisserFatima el Amrani→ Bas de Vries',
    ]);
    expect(within(dialoog).getByText('Totaal: 2 klanten')).toBeInTheDocument();
    expect(within(dialoog).getByText(/caseload van 60 naar 62/)).toBeInTheDocument();
    expect(verzoeken.some((v) => v.methode === 'POST')).toBe(false);

    await userEvent.click(within(dialoog).getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText('2 klanten verplaatst naar Bas de Vries.')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.methode === 'POST').map((v) => v.body)).toEqual([
      { klantIds: ['k1', 'k3'], naarKlantmanagerId: 'km2' },
    ]);
    expect(screen.getByText('0 geselecteerd')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Cor Visser' })).not.toBeChecked();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const sleutel of [['klanten'], ['werkvoorraad'], ['teams']])
      expect(invalideer).toHaveBeenCalledWith({ queryKey: sleutel });
  });

  it('toont bij een fout van de API de melding en laat de selectie staan (er is niets verplaatst)', async () => {
    const verzoeken = nepApiMetKlanten({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATIE',
        message: 'Er is niets verplaatst: niet alle gegevens kloppen.',
        fouten: [{ veld: 'klantIds.1', melding: 'klant k3 is niet gevonden' }],
      },
    });
    toon('/team/herverdelen?van=km1');
    const dialoog = await kiesTweeKlantenEnOpenVoorstel();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Bevestigen' }));

    const fout = await within(dialoog).findByRole('alert');
    expect(fout).toHaveTextContent('Er is niets verplaatst: niet alle gegevens kloppen.');
    expect(fout).toHaveTextContent('Cor Visser: klant k3 is niet gevonden');
    expect(verzoeken.filter((v) => v.methode === 'POST')).toHaveLength(1);
    expect(screen.getByText('2 geselecteerd')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Cor Visser' })).toBeChecked();
    expect(screen.queryByText(/verplaatst naar/)).not.toBeInTheDocument();
  });

  it('begint bij ?zonder=true met klanten zonder klantmanager en selecteert een hele pagina in één keer', async () => {
    const verzoeken = nepApiMetKlanten({ status: 200, body: { verplaatst: 0 } });
    toon('/team/herverdelen?zonder=true');
    const alles = await screen.findByRole('checkbox', { name: 'Alle klanten op deze pagina selecteren' });
    expect(screen.getByLabelText('Van')).toHaveValue('zonder');
    expect(verzoeken.find((v) => v.pad.startsWith('/api/klanten'))!.pad).toBe(
      '/api/klanten?zonderKlantmanager=true&status=actief&page=1&pageSize=25',
    );

    await userEvent.click(alles);
    expect(screen.getByText('2 geselecteerd')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Anna Bakker' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Bram de Wit' })).toBeChecked();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Bram de Wit' }));
    expect(alles).not.toBeChecked();
    expect(alles).toHaveAttribute('aria-checked', 'mixed');
    expect(screen.getByText('1 geselecteerd')).toBeInTheDocument();
  });

  it('weigert een voorstel naar de klantmanager bij wie een gekozen klant al staat', async () => {
    nepApiMetKlanten({ status: 200, body: { verplaatst: 0 } });
    toon('/team/herverdelen');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Anna Bakker' }));
    await userEvent.selectOptions(screen.getByLabelText('Naar'), 'km1');
    expect(screen.getByLabelText('Naar')).toHaveAccessibleDescription(
      /1 klant uit je selectie staat al bij Fatima el Amrani/,
    );
    expect(screen.getByRole('button', { name: 'Voorstel bekijken' })).toBeDisabled();
  });

  it('zoekt pas als het typen stilvalt, en begint een nieuwe zoekopdracht op pagina 1; de selectie blijft', async () => {
    const verzoeken = nepApiMetKlanten({ status: 200, body: { verplaatst: 0 } });
    toon('/team/herverdelen?van=km1');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Anna Bakker' }));
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('checkbox', { name: 'Cor Visser' });
    const klantVerzoeken = () =>
      verzoekenNaar(verzoeken, 'GET', '/api/klanten').map((v) => Object.fromEntries(zoekParams(v)));

    await userEvent.type(screen.getByLabelText(/Zoeken op naam/), ' Cor ');
    await waitFor(() =>
      expect(klantVerzoeken().at(-1)).toEqual({
        klantmanagerId: 'km1',
        zoek: 'Cor',
        status: 'actief',
        page: '1',
        pageSize: '25',
      }),
    );
    // One request for the settled text, none for the letters on the way there.
    expect(klantVerzoeken().filter((q) => q.zoek !== undefined)).toHaveLength(1);
    expect(screen.getByText('1 geselecteerd')).toBeInTheDocument();
  });
});
