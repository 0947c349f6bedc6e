import { plusMaanden, vandaag } from '@klant-in-beeld/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams } from '../../../../../test/support/web';
import { maandNaam, MaandrapportPagina } from './MaandrapportPagina';

const dezeMaand = vandaag().slice(0, 7);
const vorigeMaand = plusMaanden(`${dezeMaand}-01`, -1).slice(0, 7);
const tweeMaandenTerug = plusMaanden(`${dezeMaand}-01`, -2).slice(0, 7);

const medewerker = (id: string, naam: string, extra: object = {}) => ({
  medewerkerId: id,
  naam,
  rol: 'klantmanager',
  inzagen: 0,
  klanten: 0,
  buitenEigenTeam: 0,
  doorbrekingen: 0,
  bsnInzagen: 0,
  exports: 0,
  geweigerd: 0,
  doorbrekingRedenen: [],
  ...extra,
});

const rapport = (maand: string) => ({
  maand,
  medewerkers: [
    medewerker('m1', 'Bas de Vries', {
      inzagen: 1250,
      klanten: 80,
      buitenEigenTeam: 3,
      doorbrekingen: 1,
      bsnInzagen: 4,
      exports: 0,
      geweigerd: 2,
      doorbrekingRedenen: [
        {
          klantId: 'k1',
          klantNaam: 'Anna Bakker',
          tijdstip: '2026-02-10T13:00:00Z',
          reden: 'Ik vervang Fatima, zij is ziek.',
        },
      ],
    }),
    medewerker('m2', 'Henk Smit', {
      rol: 'teamleider',
      inzagen: 40,
      klanten: 12,
      buitenEigenTeam: 9,
      doorbrekingen: 2,
      doorbrekingRedenen: [
        {
          klantId: 'k2',
          klantNaam: 'Karim Yilmaz',
          tijdstip: '2026-02-11T08:30:00Z',
          reden: 'Herverdelen na vertrek van Bas.',
        },
        {
          klantId: 'k3',
          klantNaam: 'Sanne Jansen',
          tijdstip: '2026-02-12T08:30:00Z',
          reden: 'Klacht van de klant behandelen.',
        },
      ],
    }),
    medewerker('m3', 'Aisha Bouzid', { inzagen: 7, klanten: 5 }),
  ],
});

function toon() {
  const verzoeken = nepApi({
    'GET /api/audit/rapport': (_body, verzoek) => ({ status: 200, body: rapport(zoekParams(verzoek).get('maand')!) }),
  });
  renderRoutes([{ path: '/privacy/maandrapport', element: <MaandrapportPagina /> }], '/privacy/maandrapport');
  return verzoeken;
}

const rijen = (tabel: HTMLElement) =>
  within(tabel)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.children].map((c) => c.textContent));

describe('MaandrapportPagina', () => {
  it('toont standaard de vorige maand, met per medewerker de aantallen', async () => {
    const verzoeken = toon();
    const tabel = await screen.findByRole('table', {
      name: `Inzagen per medewerker in ${maandNaam(vorigeMaand)}, op naam`,
    });
    expect(Object.fromEntries(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/audit/rapport')[0]))).toEqual({
      maand: vorigeMaand,
    });
    expect(screen.getByLabelText('Maand')).toHaveValue(vorigeMaand);
    // The last 24 months, this one first.
    const maanden = within(screen.getByLabelText('Maand')).getAllByRole('option');
    expect(maanden).toHaveLength(24);
    expect(maanden[0]).toHaveTextContent(`${maandNaam(dezeMaand)} (tot nu toe)`);

    expect(
      within(tabel)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Medewerker',
      'Rol',
      'Inzagen',
      'Klanten',
      'Buiten eigen team',
      'Ander team geopend',
      'BSN getoond',
      'Exports',
      'Geweigerd',
    ]);
    expect(rijen(tabel)).toEqual([
      ['Aisha Bouzid', 'Klantmanager', '7', '5', '0', '0', '0', '0', '0'],
      ['Bas de Vries', 'Klantmanager', '1.250', '80', '3', '1', '4', '0', '2'],
      ['Henk Smit', 'Teamleider', '40', '12', '9', '2', '0', '0', '0'],
    ]);
  });

  it('sorteert op inzagen buiten het eigen team', async () => {
    toon();
    await screen.findByRole('table', { name: /op naam/ });
    await userEvent.click(screen.getByRole('button', { name: 'Buiten eigen team' }));
    const tabel = screen.getByRole('table', { name: /meeste inzagen buiten het eigen team eerst/ });
    expect(rijen(tabel).map((r) => r[0])).toEqual(['Henk Smit', 'Bas de Vries', 'Aisha Bouzid']);
    expect(within(tabel).getByRole('columnheader', { name: 'Buiten eigen team' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(tabel).getByRole('columnheader', { name: 'Medewerker' })).not.toHaveAttribute('aria-sort');
  });

  it('zet de cijfers van de grafiek ook in een tabel, meeste eerst', async () => {
    toon();
    const tabel = await screen.findByRole('table', { name: 'Inzagen buiten het eigen team per medewerker' });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Inzagen buiten het eigen team per medewerker' }),
    ).toBeInTheDocument();
    expect(rijen(tabel)).toEqual([
      ['Henk Smit', '9'],
      ['Bas de Vries', '3'],
      ['Aisha Bouzid', '0'],
    ]);
  });

  it('laat per medewerker de redenen voor het openen van een dossier van een ander team uitklappen', async () => {
    toon();
    const henk = (await screen.findByText('Henk Smit: 2 keer')).closest('details')!;
    expect(screen.getByText('Bas de Vries: 1 keer')).toBeInTheDocument();
    expect(screen.queryByText(/Aisha Bouzid: /)).not.toBeInTheDocument();
    expect(henk).not.toHaveAttribute('open');
    await userEvent.click(screen.getByText('Henk Smit: 2 keer'));
    expect(henk).toHaveAttribute('open');
    expect(within(henk).getByText('Herverdelen na vertrek van Bas.')).toBeInTheDocument();
    expect(within(henk).getByText(/Sanne Jansen/)).toBeInTheDocument();
  });

  it('vraagt een andere maand op en zet de CSV-download op die maand', async () => {
    const verzoeken = toon();
    await screen.findByRole('table', { name: /op naam/ });
    const csv = screen.getByRole('link', { name: 'Download als CSV' });
    expect(csv).toHaveAttribute('href', `/api/v1/audit/rapport.csv?maand=${vorigeMaand}`);
    expect(csv).toHaveAttribute('download');

    await userEvent.selectOptions(screen.getByLabelText('Maand'), tweeMaandenTerug);
    expect(
      await screen.findByRole('table', { name: `Inzagen per medewerker in ${maandNaam(tweeMaandenTerug)}, op naam` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download als CSV' })).toHaveAttribute(
      'href',
      `/api/v1/audit/rapport.csv?maand=${tweeMaandenTerug}`,
    );
    await waitFor(() =>
      expect(verzoekenNaar(verzoeken, 'GET', '/api/audit/rapport').map((v) => zoekParams(v).get('maand'))).toEqual([
        vorigeMaand,
        tweeMaandenTerug,
      ]),
    );
  });

  it('zegt het als niemand in die maand gegevens bekeek', async () => {
    nepApi({ 'GET /api/audit/rapport': { status: 200, body: { maand: vorigeMaand, medewerkers: [] } } });
    renderRoutes([{ path: '/', element: <MaandrapportPagina /> }]);
    expect(
      await screen.findByText(`In ${maandNaam(vorigeMaand)} heeft niemand gegevens van klanten bekeken.`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
