import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { ContactnormenPagina } from './ContactnormenPagina';

const beheerder = {
  id: 'b1',
  gebruikersnaam: 'beheer1',
  naam: 'Henk Smit',
  rol: 'beheerder',
  teamId: null,
  organisatieId: 'o1',
};

const normen = {
  normen: [
    { dienstverleningscategorie: 'job_ready', maxDagen: 30, waarschuwingDagen: 7 },
    { dienstverleningscategorie: 'bijna_job_ready', maxDagen: 60, waarschuwingDagen: 14 },
    { dienstverleningscategorie: 'nog_niet_job_ready', maxDagen: 90, waarschuwingDagen: 21 },
    { dienstverleningscategorie: 'niet_job_ready', maxDagen: 180, waarschuwingDagen: 30 },
    { dienstverleningscategorie: 'beheer', maxDagen: 365, waarschuwingDagen: 60 },
  ],
  vrijgesteld: { maxDagen: 365, waarschuwingDagen: 60 },
  intakeDagen: 28,
  maxDuurInformeleVrijstellingDagen: 183,
};

function toon(medewerker: object = beheerder) {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={medewerker} />,
        children: [{ path: 'instellingen', element: <ContactnormenPagina /> }],
      },
    ],
    '/instellingen',
  );
}

/** The fieldset of one category, by its Dutch label. */
const groep = (naam: string | RegExp) => within(screen.getByRole('group', { name: naam }));

async function vervang(veld: HTMLElement, waarde: string) {
  await userEvent.clear(veld);
  await userEvent.type(veld, waarde);
}

describe('ContactnormenPagina', () => {
  it('laadt de normen per dienstverleningscategorie met Nederlandse namen', async () => {
    nepApi({ 'GET /api/instellingen/contactnormen': { status: 200, body: normen } });
    toon();
    await screen.findByRole('group', { name: 'Job ready (0–13 weken)' });
    expect(groep('Job ready (0–13 weken)').getByLabelText('Maximaal aantal dagen tussen gesprekken')).toHaveValue(30);
    expect(groep('Job ready (0–13 weken)').getByLabelText('Waarschuwingstermijn in dagen')).toHaveValue(7);
    expect(
      groep('Nog niet job ready (6–12 maanden)').getByLabelText('Maximaal aantal dagen tussen gesprekken'),
    ).toHaveValue(90);
    expect(groep('Beheer').getByLabelText('Waarschuwingstermijn in dagen')).toHaveValue(60);
    expect(
      groep(/vrijstelling \(welke categorie ook\)/).getByLabelText('Maximaal aantal dagen tussen gesprekken'),
    ).toHaveValue(365);
    expect(screen.getByLabelText('Intakegesprek binnen (dagen)')).toHaveValue(28);
    expect(screen.getByLabelText('Maximale duur informele vrijstelling (dagen)')).toHaveValue(183);
    expect(
      groep('Job ready (0–13 weken)').getByText(
        'Tot en met 23 dagen na het laatste gesprek in beeld, daarna bijna uit beeld, na 30 dagen uit beeld.',
      ),
    ).toBeInTheDocument();
  });

  it('meldt een waarschuwingstermijn die niet kleiner is dan het maximum bij het veld, zonder verzoek', async () => {
    const verzoeken = nepApi({ 'GET /api/instellingen/contactnormen': { status: 200, body: normen } });
    toon();
    await screen.findByRole('group', { name: 'Bijna job ready (0–6 maanden)' });
    const waarschuwing = groep('Bijna job ready (0–6 maanden)').getByLabelText('Waarschuwingstermijn in dagen');
    await vervang(waarschuwing, '60');
    await vervang(screen.getByLabelText('Intakegesprek binnen (dagen)'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Contactnormen opslaan' }));

    expect(await screen.findByText('Moet kleiner zijn dan het maximum aantal dagen.')).toBeInTheDocument();
    expect(waarschuwing).toHaveAttribute('aria-invalid', 'true');
    expect(waarschuwing).toHaveAccessibleDescription('Moet kleiner zijn dan het maximum aantal dagen.');
    expect(screen.getByLabelText('Intakegesprek binnen (dagen)')).toHaveAccessibleDescription(
      'Gerekend vanaf de startdatum van de uitkering. Vul een heel aantal dagen in, van 1 tot en met 365.',
    );
    expect(verzoeken.filter((v) => v.methode === 'PUT')).toHaveLength(0);
  });

  it('zet de fouten van de API bij het juiste veld', async () => {
    nepApi({
      'GET /api/instellingen/contactnormen': { status: 200, body: normen },
      'PUT /api/instellingen/contactnormen': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist: 1 veld klopt niet.',
          fouten: [{ veld: 'normen.2.maxDagen', melding: 'moet hoogstens 3650 zijn' }],
        },
      },
    });
    toon();
    await screen.findByRole('group', { name: 'Job ready (0–13 weken)' });
    await userEvent.click(screen.getByRole('button', { name: 'Contactnormen opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('De invoer is niet juist: 1 veld klopt niet.');
    const veld = groep('Nog niet job ready (6–12 maanden)').getByLabelText('Maximaal aantal dagen tussen gesprekken');
    expect(veld).toHaveAttribute('aria-invalid', 'true');
    expect(veld).toHaveAccessibleDescription('Moet hoogstens 3650 zijn.');
    expect(
      groep('Job ready (0–13 weken)').getByLabelText('Maximaal aantal dagen tussen gesprekken'),
    ).not.toHaveAttribute('aria-invalid');
  });

  it('slaat alle normen op met PUT, meldt dat ze meteen gelden en ververst wat ervan afhangt', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/contactnormen': { status: 200, body: normen },
      'PUT /api/instellingen/contactnormen': (body) => ({ status: 200, body }),
    });
    const { queryClient } = toon();
    const invalideer = jest.spyOn(queryClient, 'invalidateQueries');
    await screen.findByRole('group', { name: 'Job ready (0–13 weken)' });
    await vervang(groep('Job ready (0–13 weken)').getByLabelText('Maximaal aantal dagen tussen gesprekken'), '45');
    await vervang(groep('Job ready (0–13 weken)').getByLabelText('Waarschuwingstermijn in dagen'), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Contactnormen opslaan' }));

    expect(
      await screen.findByText('Contactnormen opgeslagen; ze gelden meteen voor alle klanten.'),
    ).toBeInTheDocument();
    const put = verzoeken.filter((v) => v.methode === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0].body).toEqual({
      ...normen,
      normen: [
        { dienstverleningscategorie: 'job_ready', maxDagen: 45, waarschuwingDagen: 10 },
        ...normen.normen.slice(1),
      ],
    });
    await waitFor(() => {
      for (const sleutel of [['instellingen'], ['klanten'], ['werkvoorraad']])
        expect(invalideer).toHaveBeenCalledWith({ queryKey: sleutel });
    });
  });

  it('laat een andere rol de normen alleen lezen', async () => {
    nepApi({ 'GET /api/instellingen/contactnormen': { status: 200, body: normen } });
    toon({ ...beheerder, rol: 'teamleider' });
    await screen.findByRole('group', { name: 'Job ready (0–13 weken)' });
    expect(
      screen.getByText('Alleen de functioneel beheerder kan de contactnormen wijzigen. Je ziet hier wat nu geldt.'),
    ).toBeInTheDocument();
    expect(groep('Job ready (0–13 weken)').getByLabelText('Maximaal aantal dagen tussen gesprekken')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Contactnormen opslaan' })).not.toBeInTheDocument();
  });
});
