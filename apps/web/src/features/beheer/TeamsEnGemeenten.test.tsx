import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams } from '../../../../../test/support/web';
import { GemeentenPagina } from './GemeentenPagina';
import { TeamsPagina } from './TeamsPagina';

const pagina = (items: unknown[]) => ({ status: 200, body: { items, totaal: items.length, page: 1, pageSize: 25 } });
const noord = { id: 't1', naam: 'Team Noord', gearchiveerd: false, aantalLeden: 4 };
const oud = { id: 't2', naam: 'Team Oud', gearchiveerd: true, aantalLeden: 0 };
const zwolle = { id: 'g1', cbsCode: 'GM0193', naam: 'Zwolle' };

describe('TeamsPagina', () => {
  const toon = (pad = '/beheer/teams') => renderRoutes([{ path: '/beheer/teams', element: <TeamsPagina /> }], pad);

  it('maakt een team en zet een dubbele naam bij het veld', async () => {
    let pogingen = 0;
    const verzoeken = nepApi({
      'GET /api/teams': pagina([noord]),
      'POST /api/teams': () =>
        pogingen++ === 0
          ? {
              status: 409,
              body: {
                statusCode: 409,
                code: 'TEAM_BESTAAT',
                message: 'Er is al een team met deze naam.',
                fouten: [{ veld: 'naam', melding: 'is al in gebruik' }],
              },
            }
          : { status: 201, body: { id: 't3', naam: 'Team Zuid', gearchiveerd: false, aantalLeden: 0 } },
    });
    toon();
    await screen.findByText('Team Noord', { selector: 'strong' });
    await userEvent.click(screen.getByRole('button', { name: 'Team aanmaken' }));
    expect(await screen.findByText('Vul een naam in.')).toBeInTheDocument();
    const naam = screen.getByLabelText('Naam van het team');
    await userEvent.type(naam, 'Team Noord');
    await userEvent.click(screen.getByRole('button', { name: 'Team aanmaken' }));
    expect(await screen.findByText('Is al in gebruik.')).toBeInTheDocument();
    expect(naam).toHaveValue('Team Noord');
    await userEvent.clear(naam);
    await userEvent.type(naam, 'Team Zuid{Enter}');
    expect(await screen.findByText('Team Zuid is aangemaakt.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/teams')[1].body).toEqual({ naam: 'Team Zuid' });
    expect(naam).toHaveValue('');
  });

  it('archiveert niet met actieve leden (melding van de API), haalt terug en filtert op status', async () => {
    const verzoeken = nepApi({
      'GET /api/teams': (_b, v) => (zoekParams(v).get('status') === 'alle' ? pagina([noord, oud]) : pagina([noord])),
      'PATCH /api/teams/t1': {
        status: 422,
        body: { statusCode: 422, code: 'TEAM_HEEFT_LEDEN', message: 'Dit team heeft nog 4 actieve medewerkers.' },
      },
      'PATCH /api/teams/t2': { status: 200, body: { ...oud, gearchiveerd: false } },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Archiveren Team Noord' }));
    expect(await screen.findByText('Dit team heeft nog 4 actieve medewerkers.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/teams/t1')[0].body).toEqual({ gearchiveerd: true });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'alle');
    const rij = (await screen.findByText('Team Oud', { selector: 'strong' })).closest('tr')!;
    expect(within(rij).getByText('Gearchiveerd')).toBeInTheDocument();
    await userEvent.click(within(rij).getByRole('button', { name: 'Terughalen Team Oud' }));
    expect(await screen.findByText('Team Oud is teruggehaald.')).toBeInTheDocument();
  });

  it('hernoemt een team in een dialoog', async () => {
    const verzoeken = nepApi({
      'GET /api/teams': pagina([noord]),
      'PATCH /api/teams/t1': { status: 200, body: { ...noord, naam: 'Team Noordoost' } },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Hernoemen Team Noord' }));
    const dialoog = screen.getByRole('dialog', { name: 'Team hernoemen' });
    const naam = within(dialoog).getByLabelText('Naam');
    expect(naam).toHaveValue('Team Noord');
    await userEvent.clear(naam);
    await userEvent.type(naam, 'Team Noordoost{Enter}');
    expect(await screen.findByText('Het team heet nu Team Noordoost.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/teams/t1')[0].body).toEqual({ naam: 'Team Noordoost' });
  });
});

describe('GemeentenPagina', () => {
  const toon = () => renderRoutes([{ path: '/beheer/gemeenten', element: <GemeentenPagina /> }], '/beheer/gemeenten');

  it('controleert de CBS-code zelf, zet de fout van de API bij het veld en voegt toe', async () => {
    let pogingen = 0;
    const verzoeken = nepApi({
      'GET /api/gemeenten': pagina([zwolle]),
      'POST /api/gemeenten': () =>
        pogingen++ === 0
          ? {
              status: 409,
              body: {
                statusCode: 409,
                code: 'GEMEENTE_BESTAAT',
                message: 'Deze gemeente staat al in de organisatie.',
                fouten: [{ veld: 'cbsCode', melding: 'staat al in deze organisatie' }],
              },
            }
          : { status: 201, body: { id: 'g2', cbsCode: 'GM0166', naam: 'Kampen' } },
    });
    toon();
    await screen.findByText('Zwolle', { selector: 'strong' });
    const code = screen.getByLabelText('CBS-code');
    await userEvent.type(code, '193');
    await userEvent.type(screen.getByLabelText('Naam'), 'Zwolle');
    await userEvent.click(screen.getByRole('button', { name: 'Gemeente toevoegen' }));
    expect(await screen.findByText('Een CBS-code is GM met vier cijfers, bijvoorbeeld GM0193.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/gemeenten')).toHaveLength(0);
    await userEvent.clear(code);
    await userEvent.type(code, 'gm0193');
    await userEvent.click(screen.getByRole('button', { name: 'Gemeente toevoegen' }));
    expect(await screen.findByText('Staat al in deze organisatie.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/gemeenten')[0].body).toEqual({ cbsCode: 'GM0193', naam: 'Zwolle' });
    await userEvent.clear(code);
    await userEvent.type(code, 'GM0166');
    await userEvent.clear(screen.getByLabelText('Naam'));
    await userEvent.type(screen.getByLabelText('Naam'), 'Kampen');
    await userEvent.click(screen.getByRole('button', { name: 'Gemeente toevoegen' }));
    expect(await screen.findByText('Kampen is toegevoegd.')).toBeInTheDocument();
  });

  it('zoekt via de API en wijzigt de naam', async () => {
    const verzoeken = nepApi({
      'GET /api/gemeenten': pagina([zwolle]),
      'PATCH /api/gemeenten/g1': { status: 200, body: { ...zwolle, naam: 'Gemeente Zwolle' } },
    });
    toon();
    await userEvent.type(await screen.findByLabelText('Zoeken'), '0193');
    await waitFor(() =>
      expect(verzoekenNaar(verzoeken, 'GET', '/api/gemeenten').some((v) => zoekParams(v).get('zoek') === '0193')).toBe(
        true,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Naam wijzigen Zwolle' }));
    const dialoog = screen.getByRole('dialog', { name: 'Naam van de gemeente wijzigen' });
    await userEvent.clear(within(dialoog).getByLabelText('Naam'));
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialoog).findByText('Vul een naam in.')).toBeInTheDocument();
    await userEvent.type(within(dialoog).getByLabelText('Naam'), 'Gemeente Zwolle{Enter}');
    expect(await screen.findByText('De gemeente heet nu Gemeente Zwolle.')).toBeInTheDocument();
  });
});
