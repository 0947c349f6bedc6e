import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams, type Antwoord } from '../../../../../test/support/web';
import { MedewerkersPagina } from './MedewerkersPagina';

const basis = {
  actief: true,
  lokaal: true,
  codeVerlooptOp: null,
  aantalKlanten: 0,
  versie: 3,
};
const vera = {
  ...basis,
  id: 'm1',
  naam: 'Vera Vertrek',
  gebruikersnaam: 'vvertrek',
  email: 'vera@example.nl',
  rol: 'klantmanager',
  teamId: 't1',
  teamNaam: 'Team Noord',
  aantalKlanten: 5,
};
const otto = {
  ...vera,
  id: 'm2',
  naam: 'Otto Opvolger',
  gebruikersnaam: 'oopvolger',
  email: 'otto@example.nl',
  aantalKlanten: 2,
};
const piet = {
  ...basis,
  id: 'm3',
  naam: 'Piet Oud',
  gebruikersnaam: 'poud',
  email: null,
  rol: 'beleid',
  teamId: null,
  teamNaam: null,
  actief: false,
};
const pagina = (items: unknown[]): Antwoord => ({
  status: 200,
  body: { items, totaal: items.length, page: 1, pageSize: 25 },
});
const teams: Antwoord = {
  status: 200,
  body: {
    items: [{ id: 't1', naam: 'Team Noord', gearchiveerd: false, aantalLeden: 4 }],
    totaal: 1,
    page: 1,
    pageSize: 200,
  },
};

function toon(pad = '/beheer/medewerkers') {
  return renderRoutes([{ path: '/beheer/medewerkers', element: <MedewerkersPagina /> }], pad);
}

/** The medewerkers list: the beheer list (pageSize 25) and the successor choice (active klantmanagers, 200). */
function medewerkers(beheerLijst: unknown[]) {
  return (_body: unknown, verzoek: { pad: string }) =>
    zoekParams(verzoek as never).get('pageSize') === '200' ? pagina([vera, otto]) : pagina(beheerLijst);
}

describe('MedewerkersPagina', () => {
  it('toont actieve medewerkers, zoekt en filtert via de API, en pagineert', async () => {
    const verzoeken = nepApi({ 'GET /api/medewerkers': medewerkers([vera, otto]), 'GET /api/teams': teams });
    toon();
    const rij = (await screen.findByText('Vera Vertrek', { selector: 'strong' })).closest('tr')!;
    expect(within(rij).getByText('vvertrek')).toBeInTheDocument();
    expect(within(rij).getByText('Team Noord')).toBeInTheDocument();
    expect(within(rij).getByText('vera@example.nl')).toBeInTheDocument();
    expect(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/medewerkers')[0]).get('actief')).toBe('true');

    await userEvent.type(screen.getByLabelText('Zoeken'), 'otto');
    await waitFor(() =>
      expect(
        verzoekenNaar(verzoeken, 'GET', '/api/medewerkers').some((v) => zoekParams(v).get('zoek') === 'otto'),
      ).toBe(true),
    );
    await userEvent.selectOptions(screen.getByLabelText('Rol'), 'teamleider');
    await userEvent.selectOptions(screen.getByLabelText('Team'), 't1');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'gedeactiveerd');
    await waitFor(() => {
      const laatste = zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/medewerkers').at(-1)!);
      expect([laatste.get('rol'), laatste.get('teamId'), laatste.get('actief'), laatste.get('zoek')]).toEqual([
        'teamleider',
        't1',
        'false',
        'otto',
      ]);
    });
  });

  it('maakt een medewerker aan, zet de fouten van de API bij de velden en toont de eenmalige code één keer', async () => {
    let pogingen = 0;
    const schrijf = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText: schrijf } });
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers([vera]),
      'GET /api/teams': teams,
      'POST /api/medewerkers': () =>
        pogingen++ === 0
          ? {
              status: 409,
              body: {
                statusCode: 409,
                code: 'GEBRUIKERSNAAM_BESTAAT',
                message: 'Deze gebruikersnaam is al in gebruik.',
                fouten: [{ veld: 'gebruikersnaam', melding: 'is al in gebruik' }],
              },
            }
          : {
              status: 201,
              body: {
                medewerker: { ...vera, id: 'm9', naam: 'Kees Nieuw', gebruikersnaam: 'knieuw', aantalKlanten: 0 },
                eenmaligeCode: { code: 'K7QM-4XRT-W9HP-3DNA', verlooptOp: '2026-12-04T10:00:00Z' },
              },
            },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe medewerker' }));
    const dialoog = screen.getByRole('dialog', { name: 'Nieuwe medewerker' });
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Medewerker aanmaken' }));
    expect(await within(dialoog).findByText('Vul een gebruikersnaam in.')).toBeInTheDocument();
    expect(within(dialoog).getByText('Kies een team: een klantmanager hoort bij een team.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/medewerkers')).toHaveLength(0);

    await userEvent.type(within(dialoog).getByLabelText('Gebruikersnaam'), 'km1');
    await userEvent.type(within(dialoog).getByLabelText('Naam'), 'Kees Nieuw');
    await userEvent.type(within(dialoog).getByLabelText('E-mailadres'), 'kees@example.nl');
    await userEvent.selectOptions(within(dialoog).getByLabelText('Team'), 't1');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Medewerker aanmaken' }));
    expect(await within(dialoog).findByText('Is al in gebruik.')).toBeInTheDocument();
    expect(within(dialoog).getByLabelText('Gebruikersnaam')).toHaveAttribute('aria-invalid', 'true');
    // Nothing typed is lost.
    expect(within(dialoog).getByLabelText('Naam')).toHaveValue('Kees Nieuw');

    await userEvent.clear(within(dialoog).getByLabelText('Gebruikersnaam'));
    await userEvent.type(within(dialoog).getByLabelText('Gebruikersnaam'), 'knieuw');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Medewerker aanmaken' }));
    const code = await screen.findByRole('dialog', { name: 'Eenmalige code' });
    expect(within(code).getByText('K7QM-4XRT-W9HP-3DNA')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/medewerkers')[1].body).toEqual({
      gebruikersnaam: 'knieuw',
      naam: 'Kees Nieuw',
      email: 'kees@example.nl',
      rol: 'klantmanager',
      teamId: 't1',
      lokaal: true,
    });
    await userEvent.click(within(code).getByRole('button', { name: 'Code kopiëren' }));
    expect(schrijf).toHaveBeenCalledWith('K7QM-4XRT-W9HP-3DNA');
    expect(await within(code).findByText('De code is gekopieerd.')).toBeInTheDocument();
    await userEvent.click(within(code).getByRole('button', { name: 'Klaar' }));
    expect(screen.queryByText('K7QM-4XRT-W9HP-3DNA')).not.toBeInTheDocument();
    expect(screen.getByText('Kees Nieuw is aangemaakt.')).toBeInTheDocument();
  });

  it('biedt voor een rol zonder team geen teamkeuze en stuurt teamId null', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers([vera]),
      'GET /api/teams': teams,
      'POST /api/medewerkers': { status: 201, body: { medewerker: { ...piet, actief: true, lokaal: false } } },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe medewerker' }));
    const dialoog = screen.getByRole('dialog', { name: 'Nieuwe medewerker' });
    await userEvent.selectOptions(within(dialoog).getByLabelText('Rol'), 'beleid');
    expect(within(dialoog).queryByLabelText('Team')).not.toBeInTheDocument();
    await userEvent.type(within(dialoog).getByLabelText('Gebruikersnaam'), 'poud');
    await userEvent.type(within(dialoog).getByLabelText('Naam'), 'Piet Oud');
    await userEvent.type(within(dialoog).getByLabelText('E-mailadres'), 'piet@example.nl');
    await userEvent.click(within(dialoog).getByRole('checkbox'));
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Medewerker aanmaken' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nieuwe medewerker' })).not.toBeInTheDocument());
    expect(verzoekenNaar(verzoeken, 'POST', '/api/medewerkers')[0].body).toMatchObject({
      rol: 'beleid',
      teamId: null,
      lokaal: false,
    });
    expect(screen.queryByRole('dialog', { name: 'Eenmalige code' })).not.toBeInTheDocument();
  });

  it('deactiveert een klantmanager met klanten pas na een keuze, met een voorbeeld van wie hoeveel krijgt', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers([vera, otto]),
      'GET /api/teams': teams,
      'GET /api/medewerkers/m1/overdracht': (_b, v) =>
        zoekParams(v).get('verdelenOverTeam') === 'true'
          ? {
              status: 200,
              body: {
                aantalKlanten: 5,
                ontvangers: [{ medewerkerId: 'm2', naam: 'Otto Opvolger', aantal: 5, caseloadNa: 7 }],
              },
            }
          : {
              status: 200,
              body: {
                aantalKlanten: 5,
                ontvangers: [{ medewerkerId: 'm2', naam: 'Otto Opvolger', aantal: 5, caseloadNa: 7 }],
              },
            },
      'PATCH /api/medewerkers/m1': { status: 200, body: { ...vera, actief: false, aantalKlanten: 0, versie: 4 } },
    });
    toon();
    const rij = (await screen.findByText('Vera Vertrek', { selector: 'strong' })).closest('tr')!;
    await userEvent.click(within(rij).getByRole('button', { name: 'Deactiveren Vera Vertrek' }));
    const dialoog = screen.getByRole('dialog', { name: 'Medewerker deactiveren' });
    expect(
      within(dialoog).getByText('Vera Vertrek heeft 5 actieve klanten. Waar gaan die naartoe?'),
    ).toBeInTheDocument();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Klanten overdragen en deactiveren' }));
    expect(within(dialoog).getByText(/Kies eerst waar de klanten naartoe gaan/)).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/medewerkers/m1')).toHaveLength(0);

    await userEvent.click(within(dialoog).getByLabelText('Naar één klantmanager'));
    const opvolger = within(dialoog).getByLabelText('Opvolger');
    // Not the leaver themselves.
    expect(within(opvolger).queryByRole('option', { name: /Vera Vertrek/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(opvolger, 'm2');
    expect(
      await within(dialoog).findByText('Otto Opvolger krijgt 5 actieve klanten (daarna 7 in totaal)'),
    ).toBeInTheDocument();
    expect(
      zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/medewerkers/m1/overdracht')[0]).get('naarKlantmanagerId'),
    ).toBe('m2');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Klanten overdragen en deactiveren' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Medewerker deactiveren' })).not.toBeInTheDocument(),
    );
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/medewerkers/m1')[0].body).toEqual({
      actief: false,
      versie: 3,
      naarKlantmanagerId: 'm2',
    });
    expect(screen.getByText('Vera Vertrek is gedeactiveerd. De klanten zijn overgedragen.')).toBeInTheDocument();
  });

  it('verdeelt over het team en toont een weigering van de API', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers([vera]),
      'GET /api/teams': teams,
      'GET /api/medewerkers/m1/overdracht': {
        status: 422,
        body: {
          statusCode: 422,
          code: 'GEEN_ONTVANGERS',
          message: 'Er is in dit team geen andere actieve klantmanager.',
        },
      },
      'PATCH /api/medewerkers/m1': {
        status: 422,
        body: {
          statusCode: 422,
          code: 'GEEN_ONTVANGERS',
          message: 'Er is in dit team geen andere actieve klantmanager.',
        },
      },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Deactiveren Vera Vertrek' }));
    const dialoog = screen.getByRole('dialog', { name: 'Medewerker deactiveren' });
    await userEvent.click(within(dialoog).getByLabelText(/Verdelen over het team/));
    expect(await within(dialoog).findByText('Er is in dit team geen andere actieve klantmanager.')).toBeInTheDocument();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Klanten overdragen en deactiveren' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'PATCH', '/api/medewerkers/m1')).toHaveLength(1));
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/medewerkers/m1')[0].body).toEqual({
      actief: false,
      versie: 3,
      verdelenOverTeam: true,
    });
    expect(within(dialoog).getAllByText('Er is in dit team geen andere actieve klantmanager.')).toHaveLength(2);
  });

  it('heractiveert een gedeactiveerde medewerker en herstelt een wachtwoord met een nieuwe code', async () => {
    const verzoeken = nepApi({
      'GET /api/medewerkers': medewerkers([piet, { ...otto, aantalKlanten: 0 }]),
      'GET /api/teams': teams,
      'PATCH /api/medewerkers/m3': { status: 200, body: { ...piet, actief: true, versie: 4 } },
      'POST /api/medewerkers/m2/wachtwoord-herstel': {
        status: 201,
        body: { code: 'AAAA-BBBB-CCCC-DDDD', verlooptOp: '2026-12-04T10:00:00Z' },
      },
    });
    toon('/beheer/medewerkers?status=alle');
    const rij = (await screen.findByText('Piet Oud', { selector: 'strong' })).closest('tr')!;
    expect(within(rij).getByText('Gedeactiveerd')).toBeInTheDocument();
    expect(within(rij).queryByRole('button', { name: /Wachtwoord herstellen/ })).not.toBeInTheDocument();
    await userEvent.click(within(rij).getByRole('button', { name: 'Heractiveren Piet Oud' }));
    expect(await screen.findByText('Piet Oud is weer actief en kan inloggen.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/medewerkers/m3')[0].body).toEqual({ actief: true, versie: 3 });

    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord herstellen voor Otto Opvolger' }));
    const code = await screen.findByRole('dialog', { name: 'Eenmalige code' });
    expect(within(code).getByText('AAAA-BBBB-CCCC-DDDD')).toBeInTheDocument();
  });

  it('wijzigt een medewerker en meldt een versieconflict', async () => {
    nepApi({
      'GET /api/medewerkers': medewerkers([{ ...otto, aantalKlanten: 0 }]),
      'GET /api/teams': teams,
      'PATCH /api/medewerkers/m2': {
        status: 409,
        body: { statusCode: 409, code: 'VERSIE_CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd.' },
      },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Wijzigen Otto Opvolger' }));
    const dialoog = screen.getByRole('dialog', { name: 'Medewerker wijzigen' });
    expect(within(dialoog).queryByLabelText('Gebruikersnaam')).not.toBeInTheDocument();
    await userEvent.clear(within(dialoog).getByLabelText('Naam'));
    await userEvent.type(within(dialoog).getByLabelText('Naam'), 'Otto de Opvolger');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialoog).findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeInTheDocument();
    expect(within(dialoog).getByLabelText('Naam')).toHaveValue('Otto de Opvolger');
  });
});
