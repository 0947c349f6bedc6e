import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams } from '../../../../../test/support/web';
import { LogboekInstellingenPagina } from './LogboekInstellingenPagina';

const wijziging = (resource: string, extra: object = {}) => ({
  tijdstip: '2026-03-02T09:15:00Z',
  medewerkerId: 'b1',
  medewerkerNaam: 'Henk Smit',
  klantId: null,
  resource,
  resourceId: 'r1',
  actie: 'gewijzigd',
  wijzigingen: { oud: { jarenNaUitstroom: 10, automatisch: false }, nieuw: { jarenNaUitstroom: 7, automatisch: true } },
  traceId: 'trace-1',
  ...extra,
});

describe('LogboekInstellingenPagina', () => {
  it('toont de wijzigingen in de instellingen per onderdeel, met oude en nieuwe waarde, en bladert', async () => {
    const verzoeken = nepApi({
      'GET /api/audit/wijzigingen': (_body, verzoek) => {
        const resource = zoekParams(verzoek).get('resource')!;
        const page = Number(zoekParams(verzoek).get('page'));
        return resource === 'medewerker'
          ? {
              status: 200,
              body: {
                items: [
                  wijziging('medewerker', {
                    actie: 'aangemaakt',
                    wijzigingen: { oud: null, nieuw: { naam: 'Bas de Vries', rol: 'klantmanager' } },
                  }),
                ],
                totaal: 1,
                page,
                pageSize: 20,
              },
            }
          : { status: 200, body: { items: [wijziging('instellingen')], totaal: 45, page, pageSize: 20 } };
      },
    });
    renderRoutes([{ path: '/instellingen/logboek', element: <LogboekInstellingenPagina /> }], '/instellingen/logboek');

    const tabel = await screen.findByRole('table', { name: /^Instellingen: gewijzigd door Henk Smit op 2 mrt 2026/ });
    expect(
      within(tabel)
        .getAllByRole('row')
        .slice(1, 3)
        .map((r) => [...r.children].map((c) => c.textContent)),
    ).toEqual([
      ['Jaren na uitstroom', '10', '7'],
      ['Automatisch', 'nee', 'ja'],
    ]);
    // Only the parts the beheerder may see, and always one of them (the API refuses the rest).
    expect(
      within(screen.getByLabelText('Onderdeel'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Contactnormen', 'Bewaartermijn', 'Instellingen', 'Medewerker', 'Team', 'Gemeente']);
    expect(Object.fromEntries(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/audit/wijzigingen')[0]))).toEqual({
      resource: 'instellingen',
      page: '1',
    });

    expect(screen.getByText('1–20 van 45 wijzigingen (pagina 1 van 3)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('21–40 van 45 wijzigingen (pagina 2 van 3)')).toBeInTheDocument();
    expect(Object.fromEntries(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/audit/wijzigingen').at(-1)!))).toEqual({
      resource: 'instellingen',
      page: '2',
    });

    await userEvent.selectOptions(screen.getByLabelText('Onderdeel'), 'Medewerker');
    const nieuw = await screen.findByRole('table', { name: /^Medewerker: aangemaakt door Henk Smit/ });
    expect(within(nieuw).getByRole('row', { name: 'Naam — Bas de Vries' })).toBeInTheDocument();
    await waitFor(() =>
      expect(Object.fromEntries(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/audit/wijzigingen').at(-1)!))).toEqual(
        { resource: 'medewerker', page: '1' },
      ),
    );
    expect(screen.queryByRole('navigation', { name: 'Paginering wijzigingen' })).not.toBeInTheDocument();
  });

  it('toont de melding van de API als het niet mag', async () => {
    nepApi({
      'GET /api/audit/wijzigingen': {
        status: 403,
        body: { statusCode: 403, code: 'GEEN_TOEGANG', message: 'Je mag dit deel van het logboek niet zien.' },
      },
    });
    renderRoutes([{ path: '/', element: <LogboekInstellingenPagina /> }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Je mag dit deel van het logboek niet zien.');
  });
});
