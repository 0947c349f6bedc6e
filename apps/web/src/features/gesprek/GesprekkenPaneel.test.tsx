import { screen, within } from '@testing-library/react';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import { gesprekkenPagina, padenAntwoord, testGesprek } from '../../../../../test/support/gesprek-web';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { GesprekkenPaneel } from './GesprekkenPaneel';

const KLANT = 'k-1';
const toon = () => renderRoutes([{ path: '/', element: <GesprekkenPaneel klantId={KLANT} /> }]);

/** The table's rows as [leefgebied, ...cells]. */
async function rijen(): Promise<string[][]> {
  const tabel = await screen.findByRole('table');
  return within(tabel)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('GesprekkenPaneel', () => {
  it('zet het laatste gesprek naast het vorige: verbeterd, gelijk, verslechterd, in woorden', async () => {
    const vorige = testGesprek('g1', '2026-06-01T10:00:00+02:00', { financien: 2, huisvesting: 4, justitie: 3 });
    const laatste = testGesprek(
      'g2',
      '2026-11-20T10:00:00+01:00',
      // In the instrument's order, as the API answers.
      { financien: 4, werk_opleiding: 3, huisvesting: 4, justitie: 2 },
      {
        adviesCategorie: 'nog_niet_job_ready',
        dienstverleningspad: 'sociaal_wijkteam',
        afwijkingReden: 'Schulden gaan voor',
        categorieOvergenomen: true,
      },
    );
    nepApi({
      ...categorieenAntwoord(),
      ...padenAntwoord(),
      [`GET /api/klanten/${KLANT}/gesprekken`]: { status: 200, body: gesprekkenPagina([laatste, vorige]) },
    });
    toon();
    expect(await screen.findByRole('table', { name: 'Scores per leefgebied: het laatste gesprek tegen het vorige' }));
    expect(await rijen()).toEqual([
      ['Financiën', '2. Niet zelfredzaam', '4. Voldoende zelfredzaam', 'Verbeterd'],
      ['Werk & opleiding', '—', '3. Beperkt zelfredzaam', 'Niet eerder gescoord'],
      ['Huisvesting', '4. Voldoende zelfredzaam', '4. Voldoende zelfredzaam', 'Gelijk'],
      ['Justitie', '3. Beperkt zelfredzaam', '2. Niet zelfredzaam', 'Verslechterd'],
    ]);
    expect(screen.getByRole('columnheader', { name: 'Vorige gesprek (1 jun 2026)' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Laatste gesprek (20 nov 2026)' })).toBeInTheDocument();
    // The list: who, the pad, the advice and the override with its reason.
    const lijst = within(screen.getByRole('list'));
    const items = lijst.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Fatima el Amrani');
    expect(items[0]).toHaveTextContent('Pad: Sociaal wijkteam');
    expect(items[0]).toHaveTextContent('Afgeweken van het advies: Schulden gaan voor');
    expect(items[0]).toHaveTextContent('Categorie aangepast');
    expect(items[1]).toHaveTextContent('Advies gevolgd');
  });

  it('toont bij één gesprek alleen de scores daarvan', async () => {
    nepApi({
      ...categorieenAntwoord(),
      ...padenAntwoord(),
      [`GET /api/klanten/${KLANT}/gesprekken`]: {
        status: 200,
        body: gesprekkenPagina([testGesprek('g1', '2026-11-20T10:00:00+01:00', { financien: 1, justitie: 5 })]),
      },
    });
    toon();
    expect(await screen.findByRole('table', { name: 'Scores per leefgebied' })).toBeInTheDocument();
    expect(await rijen()).toEqual([
      ['Financiën', '1. Acute problematiek'],
      ['Justitie', '5. Volledig zelfredzaam'],
    ]);
    expect(screen.queryByRole('columnheader', { name: 'Verschil' })).not.toBeInTheDocument();
  });

  it('zegt het als er nog geen gesprek is', async () => {
    nepApi({
      ...categorieenAntwoord(),
      ...padenAntwoord(),
      [`GET /api/klanten/${KLANT}/gesprekken`]: { status: 200, body: gesprekkenPagina([]) },
    });
    toon();
    expect(await screen.findByText(/Nog geen klant-in-beeld-gesprek/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
