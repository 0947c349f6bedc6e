import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import {
  instrumentAntwoord,
  padenAntwoord,
  TEST_INSTRUMENT,
  TEST_PADEN,
} from '../../../../../test/support/gesprek-web';
import { nepApi, renderRoutes, verzoekenNaar } from '../../../../../test/support/web';
import { GesprekEnPadenPagina } from './GesprekEnPadenPagina';

const beheerder = {
  id: 'b1',
  gebruikersnaam: 'beheer1',
  naam: 'Henk Smit',
  rol: 'beheerder',
  teamId: null,
  organisatieId: 'o1',
};
const LEZEN = { ...categorieenAntwoord(), ...instrumentAntwoord(), ...padenAntwoord() };

function toon(medewerker: object = beheerder) {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={medewerker} />,
        children: [{ path: 'instellingen/gesprek', element: <GesprekEnPadenPagina /> }],
      },
    ],
    '/instellingen/gesprek',
  );
}
const groep = (naam: string) => within(screen.getByRole('group', { name: naam }));
const fout = (body: object) => ({
  status: 400,
  body: { statusCode: 400, code: 'VALIDATIE', message: 'De invoer is niet juist.', ...body },
});

describe('GesprekEnPadenPagina', () => {
  it('toont het instrument met de versie-uitleg, en de paden met vaste codes', async () => {
    nepApi(LEZEN);
    toon();
    expect(await screen.findByText(/Opslaan maakt een nieuwe versie; eerdere gesprekken houden hun versie\./));
    expect(screen.getByLabelText('Naam van het instrument')).toHaveValue('Zelfredzaamheid-Matrix (ZRM)');
    expect(screen.getAllByRole('group', { name: /^Leefgebied / })).toHaveLength(13);
    expect(screen.getAllByRole('group', { name: /^Niveau \d$/ })).toHaveLength(5);
    expect(groep('Regel 2').getByRole('checkbox', { name: 'Werk & opleiding' })).toBeChecked();
    expect(groep('Regel 2').getByRole('checkbox', { name: 'Financiën' })).not.toBeChecked();
    expect(groep('Regel 1').getByLabelText(/^Loonwaarde onder/)).toHaveValue(30);
    expect(groep('Pad Ondersteuning op één leefgebied').getByRole('checkbox', { name: /Actief/ })).not.toBeChecked();
    expect(groep('Pad Sociaal wijkteam').getByText('sociaal_wijkteam')).toBeInTheDocument();
    expect(groep('Pad Sociaal wijkteam').queryByLabelText('Code')).not.toBeInTheDocument();
  });

  it('zet een fout van de API bij het veld van de adviesregel', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      'PUT /api/instellingen/leefgebieden': fout({
        fouten: [{ veld: 'adviesregels.regels.2.pad', melding: "pad 'een_leefgebied' is niet actief" }],
      }),
    });
    toon();
    await screen.findByLabelText('Naam van het instrument');
    await userEvent.clear(groep('Regel 3').getByLabelText('Omschrijving'));
    await userEvent.type(groep('Regel 3').getByLabelText('Omschrijving'), 'Eén blokkerend leefgebied');
    await userEvent.click(screen.getByRole('button', { name: 'Instrument opslaan' }));
    expect(await groep('Regel 3').findByText("Pad 'een_leefgebied' is niet actief.")).toBeInTheDocument();
    expect(groep('Regel 3').getByLabelText('Pad')).toHaveAttribute('aria-invalid', 'true');
    const body = verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/leefgebieden')[0].body as typeof TEST_INSTRUMENT;
    expect(body.adviesregels.regels[2]).toEqual({
      ...TEST_INSTRUMENT.adviesregels.regels[2],
      omschrijving: 'Eén blokkerend leefgebied',
    });
    expect(body.adviesregels.regels[1].domeinen).toEqual(TEST_INSTRUMENT.adviesregels.regels[1].domeinen);
    expect(body.domeinen).toEqual(TEST_INSTRUMENT.domeinen);
  });

  it('houdt een fout in het instrument tegen voor het verzoek, bij het veld', async () => {
    const verzoeken = nepApi(LEZEN);
    toon();
    await screen.findByLabelText('Naam van het instrument');
    await userEvent.click(screen.getByRole('button', { name: 'Leefgebied toevoegen' }));
    const nieuw = groep('Nieuw leefgebied 14');
    await userEvent.type(nieuw.getByLabelText('Code'), 'financien');
    await userEvent.type(nieuw.getByLabelText('Naam'), 'Geld');
    await userEvent.click(screen.getByRole('button', { name: 'Instrument opslaan' }));
    expect(await nieuw.findByText("Code 'financien' komt twee keer voor.")).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/leefgebieden')).toHaveLength(0);
  });

  it('slaat de paden op als hele lijst; een nieuw pad krijgt zijn code uit de naam, een API-fout staat bij het veld', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      'PUT /api/instellingen/dienstverleningspaden': fout({
        fouten: [{ veld: 'paden.4.naam', melding: 'naam bestaat al' }],
      }),
    });
    toon();
    await screen.findByRole('group', { name: 'Pad Sociaal wijkteam' });
    await userEvent.click(groep('Pad Sociaal wijkteam').getByRole('checkbox', { name: /Actief/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Pad toevoegen' }));
    await userEvent.type(groep('Nieuw pad 5').getByLabelText('Naam'), 'Zorg en welzijn');
    await userEvent.tab();
    expect(groep('Nieuw pad 5').getByLabelText('Code')).toHaveValue('zorg_en_welzijn');
    await userEvent.click(screen.getByRole('button', { name: 'Paden opslaan' }));
    expect(await groep('Nieuw pad 5').findByText('Naam bestaat al.')).toBeInTheDocument();
    await waitFor(() =>
      expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/dienstverleningspaden')).toHaveLength(1),
    );
    expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/dienstverleningspaden')[0].body).toEqual({
      paden: [
        ...TEST_PADEN.map((p) => (p.code === 'sociaal_wijkteam' ? { ...p, actief: false } : p)),
        { code: 'zorg_en_welzijn', naam: 'Zorg en welzijn', actief: true },
      ],
    });
  });

  it('laat een andere rol alleen kijken', async () => {
    nepApi(LEZEN);
    toon({ ...beheerder, rol: 'teamleider' });
    expect(await screen.findByText('Alleen de functioneel beheerder kan het instrument wijzigen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Naam van het instrument')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Instrument opslaan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Paden opslaan' })).not.toBeInTheDocument();
  });
});
