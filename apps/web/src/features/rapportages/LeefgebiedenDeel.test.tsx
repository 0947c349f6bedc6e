import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, type Antwoord } from '../../../../../test/support/web';
import type { Leefgebieden, LeefgebiedenBeweging } from './api';
import { LeefgebiedenDeel } from './LeefgebiedenDeel';

const niveaus = [1, 2, 3, 4, 5].map((waarde) => ({ waarde, naam: `Niveau ${waarde}`, bekend: true }));

const leefgebieden: Leefgebieden = {
  peildatum: '2026-10-31',
  caseload: 120,
  metGesprek: 40,
  niveaus: [...niveaus, { waarde: 7, naam: '7', bekend: false }],
  domeinen: [
    {
      code: 'financien',
      naam: 'Financiën',
      bekend: true,
      totaal: 40,
      aantallen: { '1': 6, '2': 9, '3': null, '4': 12, '5': null, '7': 0 },
    },
    {
      code: 'solliciteren',
      naam: 'solliciteren',
      bekend: false,
      totaal: 8,
      aantallen: { '1': null, '2': null, '3': null, '4': null, '5': null, '7': 8 },
    },
  ],
  paden: [
    { code: 'intensief_naar_werk', naam: 'Intensief naar werk', aantal: 11 },
    { code: 'sociaal_wijkteam', naam: 'Sociaal wijkteam', aantal: null },
  ],
  metPlan: 0.25,
  evaluatieVerlopen: null,
  onderdrukt: true,
};

const beweging: LeefgebiedenBeweging = {
  van: '2025-10-31',
  tot: '2026-10-31',
  domeinen: [{ code: 'financien', naam: 'Financiën', bekend: true, omhoog: 14, gelijk: 9, omlaag: null }],
  onderdrukt: true,
};

function toon(anders: Record<string, () => Antwoord> = {}) {
  const verzoeken = nepApi({
    'GET /api/rapportages/leefgebieden': { status: 200, body: leefgebieden },
    'GET /api/rapportages/leefgebieden/beweging': { status: 200, body: beweging },
    ...anders,
  });
  renderRoutes([
    {
      path: '/',
      element: <LeefgebiedenDeel filter={{ teamId: 't1' }} peildatum="2026-10-31" van="2025-10-31" />,
    },
  ]);
  return verzoeken;
}

const query = (pad: string) => Object.fromEntries(new URL(pad, 'http://x').searchParams);

describe('LeefgebiedenDeel', () => {
  it('toont de aandelen, de niveaus per leefgebied, de paden en de beweging; verborgen aantallen als verborgen', async () => {
    const verzoeken = toon();
    const tabel = await screen.findByRole('table', { name: 'Klanten per niveau en leefgebied' });
    expect(screen.getByText('klanten met een klant-in-beeld-gesprek').parentElement).toHaveTextContent('40');
    expect(screen.getByText('met een plan van aanpak').parentElement).toHaveTextContent('25%');
    expect(screen.getByText('met een evaluatiedatum die voorbij is').parentElement).toHaveTextContent('—');
    expect(screen.getByText(/Sommige aantallen zijn niet getoond/)).toBeInTheDocument();

    const koppen = within(tabel)
      .getAllByRole('columnheader')
      .map((k) => k.textContent);
    expect(koppen).toEqual([
      'Leefgebied',
      '1. Niveau 1',
      '2. Niveau 2',
      '3. Niveau 3',
      '4. Niveau 4',
      '5. Niveau 5',
      '7. 7 (eerdere versie)',
      'Totaal',
    ]);
    const financien = within(tabel).getByRole('rowheader', { name: 'Financiën' }).closest('tr')!;
    expect([...financien.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '6',
      '9',
      'verborgen',
      '12',
      'verborgen',
      '0',
      '40',
    ]);
    expect(within(tabel).getByRole('rowheader', { name: 'solliciteren (eerdere versie)' })).toBeInTheDocument();

    const paden = screen.getByRole('table', { name: 'Klanten per dienstverleningspad' });
    expect(within(paden).getByRole('rowheader', { name: 'Sociaal wijkteam' }).closest('tr')).toHaveTextContent(
      'verborgen',
    );

    const bewegingTabel = await screen.findByRole('table', { name: /^Niveau op .* naar niveau op / });
    const rij = within(bewegingTabel).getByRole('rowheader', { name: 'Financiën' }).closest('tr')!;
    expect([...rij.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['14', '9', 'verborgen']);

    expect(query(verzoeken.find((v) => v.pad.startsWith('/api/rapportages/leefgebieden?'))!.pad)).toEqual({
      peildatum: '2026-10-31',
      teamId: 't1',
    });
    expect(query(verzoeken.find((v) => v.pad.startsWith('/api/rapportages/leefgebieden/beweging?'))!.pad)).toEqual({
      van: '2025-10-31',
      tot: '2026-10-31',
      teamId: 't1',
    });
  });

  it('de downloads gebruiken dezelfde peildatum, periode en filters', async () => {
    toon();
    await screen.findByRole('table', { name: 'Klanten per niveau en leefgebied' });
    const link = (naam: string) => new URL(screen.getByRole('link', { name: naam }).getAttribute('href')!, 'http://x');
    expect(link('Leefgebieden als Excel').pathname).toMatch(/\/rapportages\/leefgebieden\.xlsx$/);
    expect(Object.fromEntries(link('Leefgebieden als CSV').searchParams)).toEqual({
      peildatum: '2026-10-31',
      teamId: 't1',
    });
    expect(link('Beweging als Excel').pathname).toMatch(/\/rapportages\/leefgebieden\/beweging\.xlsx$/);
    expect(Object.fromEntries(link('Beweging als CSV').searchParams)).toEqual({
      van: '2025-10-31',
      tot: '2026-10-31',
      teamId: 't1',
    });
  });

  it('een mislukte beweging meldt dat in haar eigen plek met opnieuw proberen; de niveaus blijven staan', async () => {
    let mislukt = true;
    const verzoeken = toon({
      'GET /api/rapportages/leefgebieden/beweging': () =>
        mislukt
          ? { status: 500, body: { statusCode: 500, code: 'INTERNE_FOUT', message: 'Er ging iets mis.' } }
          : { status: 200, body: beweging },
    });
    const fout = await screen.findByRole('alert');
    expect(fout).toHaveTextContent('De beweging per leefgebied kon niet worden geladen');
    expect(screen.getByRole('table', { name: 'Klanten per niveau en leefgebied' })).toBeInTheDocument();
    mislukt = false;
    await userEvent.click(within(fout).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('table', { name: /^Niveau op / })).toHaveTextContent('14');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(verzoeken.filter((v) => v.pad.startsWith('/api/rapportages/leefgebieden/beweging?'))).toHaveLength(2);
  });
});
