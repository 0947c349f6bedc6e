import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  nepApi,
  renderRoutes,
  verzoekenNaar,
  zoekParams,
  type Antwoord,
  type Verzoek,
} from '../../../../../test/support/web';
import { VerwerkingenPagina } from './VerwerkingenPagina';

const medewerkers: Antwoord = {
  status: 200,
  body: {
    items: [
      { id: 'm2', naam: 'Henk Smit', rol: 'teamleider', teamId: 't1', actief: true },
      { id: 'm1', naam: 'Bas de Vries', rol: 'klantmanager', teamId: 't1', actief: false },
    ],
    totaal: 2,
    page: 1,
    pageSize: 200,
  },
};

const verwerking = (extra: object = {}) => ({
  tijdstip: '2026-03-02T09:15:00Z',
  medewerkerId: 'm1',
  medewerkerNaam: 'Bas de Vries',
  klantId: 'k1',
  klantNaam: 'Anna Bakker',
  handeling: 'klant.inzien',
  verwerkingsactiviteit: 'reintegratie',
  verwerkingsactiviteitNaam: 'Re-integratie en begeleiding Participatiewet',
  resultaat: 'gelukt',
  traceId: 'trace-1',
  ...extra,
});

const pagina = (items: object[], totaal = items.length, page = 1, pageSize = 50): Antwoord => ({
  status: 200,
  body: { items, totaal, page, pageSize },
});

function toon() {
  return renderRoutes([{ path: '/privacy/verwerkingen', element: <VerwerkingenPagina /> }], '/privacy/verwerkingen');
}

const laatste = (verzoeken: Verzoek[], pad: string) =>
  Object.fromEntries(zoekParams(verzoekenNaar(verzoeken, 'GET', pad).at(-1)!));

describe('VerwerkingenPagina', () => {
  it('toont de verwerkingen met Nederlandse namen, ook een geweigerde', async () => {
    nepApi({
      'GET /api/medewerkers': medewerkers,
      'GET /api/audit/verwerkingen': pagina([
        verwerking(),
        verwerking({
          klantId: null,
          klantNaam: null,
          handeling: 'klanten.zoeken',
          resultaat: 'geweigerd',
          traceId: 'trace-2',
        }),
      ]),
    });
    toon();
    const tabel = await screen.findByRole('table', { name: 'Verwerkingen: 2 gevonden, nieuwste eerst' });
    const [, eerste, tweede] = within(tabel).getAllByRole('row');
    expect(
      within(eerste)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      expect.stringMatching(/^2 mrt 2026, 10:15$/),
      'Bas de Vries',
      'Anna Bakker',
      'Dossier bekeken',
      'Re-integratie en begeleiding Participatiewet',
      'Gelukt',
      'trace-1',
    ]);
    expect(within(tweede).getByText('Meerdere klanten')).toBeInTheDocument();
    expect(within(tweede).getByText('Klanten gezocht')).toBeInTheDocument();
    expect(within(tweede).getByText('Geweigerd')).toBeInTheDocument();
  });

  it('stuurt de gekozen filters mee en begint dan weer op pagina 1', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers,
      'GET /api/audit/verwerkingen': pagina([verwerking()], 120),
    });
    toon();
    await screen.findByRole('table', { name: /Verwerkingen: 120 gevonden/ });
    expect(laatste(verzoeken, '/api/audit/verwerkingen')).toEqual({ page: '1', pageSize: '50' });
    expect(laatste(verzoeken, '/api/medewerkers')).toEqual({ page: '1', pageSize: '200' });

    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(laatste(verzoeken, '/api/audit/verwerkingen').page).toBe('2'));

    // Sorted by name, with the role, and who no longer works here.
    expect(
      within(screen.getByLabelText('Medewerker'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle medewerkers', 'Bas de Vries (Klantmanager), niet meer actief', 'Henk Smit (Teamleider)']);
    await userEvent.selectOptions(screen.getByLabelText('Medewerker'), 'Henk Smit (Teamleider)');
    await userEvent.selectOptions(screen.getByLabelText('Handeling'), 'BSN getoond');
    await userEvent.selectOptions(screen.getByLabelText('Resultaat'), 'Geweigerd');
    await userEvent.type(screen.getByLabelText('Vanaf'), '2026-02-01');
    await userEvent.type(screen.getByLabelText('Tot en met'), '2026-02-28');

    await waitFor(() =>
      expect(laatste(verzoeken, '/api/audit/verwerkingen')).toEqual({
        medewerkerId: 'm2',
        handeling: 'bsn.tonen',
        resultaat: 'geweigerd',
        van: '2026-02-01',
        tot: '2026-02-28',
        page: '1',
        pageSize: '50',
      }),
    );
  });

  it('zoekt een klant op het hele BSN en filtert het logboek dan op die klant', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers,
      'GET /api/audit/verwerkingen': pagina([verwerking()]),
      'POST /api/audit/klant-op-bsn': { status: 200, body: { klantId: 'k1', naam: 'Anna Bakker' } },
    });
    toon();
    await screen.findByRole('table');
    const bsn = screen.getByLabelText('BSN van de klant');

    // A typo is caught before it reaches the (logged) look-up.
    await userEvent.type(bsn, '123456789');
    await userEvent.click(screen.getByRole('button', { name: 'Filter op deze klant' }));
    expect(await screen.findByText('Dit is geen geldig BSN. Een BSN heeft 9 cijfers.')).toBeInTheDocument();
    expect(bsn).toHaveAttribute('aria-invalid', 'true');
    expect(verzoekenNaar(verzoeken, 'POST', '/api/audit/klant-op-bsn')).toHaveLength(0);

    await userEvent.clear(bsn);
    await userEvent.type(bsn, '123456782{Enter}');
    expect(await screen.findByText('Anna Bakker', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Anna Bakker', { selector: 'strong' }).parentElement).toHaveFocus();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/audit/klant-op-bsn')[0].body).toEqual({ bsn: '123456782' });
    await waitFor(() =>
      expect(laatste(verzoeken, '/api/audit/verwerkingen')).toEqual({ klantId: 'k1', page: '1', pageSize: '50' }),
    );
    // The BSN itself never goes into the log query or the address.
    expect(verzoekenNaar(verzoeken, 'GET', '/api/audit/verwerkingen').some((v) => v.pad.includes('123456782'))).toBe(
      false,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Alle klanten tonen' }));
    await waitFor(() => expect(laatste(verzoeken, '/api/audit/verwerkingen')).toEqual({ page: '1', pageSize: '50' }));
    expect(screen.getByLabelText('BSN van de klant')).toHaveValue('');
    expect(screen.getByLabelText('BSN van de klant')).toHaveFocus();
  });

  it('meldt bij het BSN-veld dat er geen klant is, of wat de API van het BSN vindt', async () => {
    let keer = 0;
    nepApi({
      'GET /api/medewerkers': medewerkers,
      'GET /api/audit/verwerkingen': pagina([]),
      'POST /api/audit/klant-op-bsn': () =>
        keer++ === 0
          ? { status: 404, body: { statusCode: 404, code: 'NIET_GEVONDEN', message: 'Niet gevonden.' } }
          : {
              status: 400,
              body: {
                statusCode: 400,
                code: 'VALIDATIE',
                message: 'De invoer is niet juist.',
                fouten: [{ veld: 'bsn', melding: 'voldoet niet aan de elfproef' }],
              },
            },
    });
    toon();
    const bsn = await screen.findByLabelText('BSN van de klant');
    await userEvent.type(bsn, '123456782{Enter}');
    expect(await screen.findByText('Er is geen klant met dit BSN.')).toBeInTheDocument();
    expect(bsn).toHaveAccessibleDescription(
      'Alle 9 cijfers. Dit zoeken wordt vastgelegd. Er is geen klant met dit BSN.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Filter op deze klant' }));
    expect(await screen.findByText('Voldoet niet aan de elfproef.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('De invoer is niet juist.');
  });

  it('toont op het tabblad Wijzigingen per veld de oude en de nieuwe waarde, met dezelfde filters', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers,
      'GET /api/audit/verwerkingen': pagina([verwerking()]),
      'GET /api/audit/wijzigingen': pagina(
        [
          {
            tijdstip: '2026-03-02T09:15:00Z',
            medewerkerId: 'm2',
            medewerkerNaam: 'Henk Smit',
            klantId: 'k1',
            resource: 'afspraak',
            resourceId: 'a1',
            actie: 'gewijzigd',
            wijzigingen: {
              oud: { einddatum: '2026-03-01', omschrijving: null },
              nieuw: { einddatum: '2026-04-01', omschrijving: 'Taalcursus' },
            },
            traceId: 'trace-9',
          },
        ],
        1,
        1,
        20,
      ),
    });
    toon();
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Medewerker'), 'm2');
    await userEvent.click(screen.getByRole('tab', { name: 'Wijzigingen' }));
    expect(screen.getByRole('tab', { name: 'Wijzigingen' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Wijzigingen' })).toBeInTheDocument();

    const tabel = await screen.findByRole('table', { name: /^Afspraak: gewijzigd door Henk Smit op 2 mrt 2026/ });
    expect(
      within(tabel)
        .getAllByRole('row')
        .map((r) => [...r.children].map((c) => c.textContent)),
    ).toEqual([
      ['Veld', 'Was', 'Werd'],
      ['Einddatum', '2026-03-01', '2026-04-01'],
      ['Omschrijving', '(leeg)', 'Taalcursus'],
      ['Trace-id: trace-9'],
    ]);
    expect(laatste(verzoeken, '/api/audit/wijzigingen')).toEqual({ medewerkerId: 'm2', page: '1' });

    // Here one filters on the part that changed instead of the kind of look.
    expect(screen.queryByLabelText('Handeling')).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Onderdeel'), 'Afspraak');
    await waitFor(() =>
      expect(laatste(verzoeken, '/api/audit/wijzigingen')).toEqual({
        medewerkerId: 'm2',
        resource: 'afspraak',
        page: '1',
      }),
    );
  });

  it('gaat met de pijltjestoetsen tussen de tabbladen', async () => {
    nepApi({
      'GET /api/medewerkers': medewerkers,
      'GET /api/audit/verwerkingen': pagina([]),
      'GET /api/audit/wijzigingen': pagina([]),
    });
    toon();
    const inzagen = screen.getByRole('tab', { name: 'Inzagen' });
    await userEvent.click(inzagen);
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Wijzigingen' })).toHaveFocus();
    expect(await screen.findByText('Er zijn geen wijzigingen gevonden. Pas de filters aan.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Inzagen' })).toHaveAttribute('tabindex', '-1');
  });

  it('laadt het register van verwerkingsactiviteiten pas als je het openklapt', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers,
      'GET /api/audit/verwerkingen': pagina([]),
      'GET /api/verwerkingsactiviteiten': {
        status: 200,
        body: [
          {
            code: 'reintegratie',
            naam: 'Re-integratie en begeleiding Participatiewet',
            doel: 'Klanten helpen naar werk',
            grondslag: 'Participatiewet art. 7',
          },
        ],
      },
    });
    toon();
    await screen.findByText('Er zijn geen verwerkingen gevonden. Pas de filters aan.');
    expect(verzoekenNaar(verzoeken, 'GET', '/api/verwerkingsactiviteiten')).toHaveLength(0);

    await userEvent.click(screen.getByText('Register van verwerkingsactiviteiten'));
    const register = await screen.findByRole('table', {
      name: 'Waarvoor Klant in Beeld persoonsgegevens gebruikt, en op welke grond',
    });
    expect(
      within(register).getByRole('rowheader', { name: 'Re-integratie en begeleiding Participatiewet' }),
    ).toBeInTheDocument();
    expect(within(register).getByText('Participatiewet art. 7')).toBeInTheDocument();
  });
});
