import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { categorieenAntwoord, TEST_CATEGORIEEN } from '../../../../../test/support/categorieen-web';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { DienstverleningscategorieenPagina } from './DienstverleningscategorieenPagina';

const beheerder = {
  id: 'b1',
  gebruikersnaam: 'beheer1',
  naam: 'Henk Smit',
  rol: 'beheerder',
  teamId: null,
  organisatieId: 'o1',
};

const normen = {
  normen: TEST_CATEGORIEEN.map((c) => ({
    dienstverleningscategorie: c.code,
    maxDagen: c.maxDagen,
    waarschuwingDagen: c.waarschuwingDagen,
  })),
  vrijgesteld: { maxDagen: 365, waarschuwingDagen: 60 },
  intakeDagen: 28,
  maxDuurInformeleVrijstellingDagen: 183,
};

const LEZEN = {
  ...categorieenAntwoord(),
  'GET /api/instellingen/contactnormen': { status: 200, body: normen },
};

function toon(medewerker: object = beheerder) {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={medewerker} />,
        children: [{ path: 'instellingen', element: <DienstverleningscategorieenPagina /> }],
      },
    ],
    '/instellingen',
  );
}

/** The fieldset of one category (or norm group), by its name. */
const groep = (naam: string | RegExp) => within(screen.getByRole('group', { name: naam }));
const soorten = (naam: string) =>
  within(groep(naam).getByRole('group', { name: 'Soorten afspraak die de klantmanager eerst ziet' }));

async function vervang(veld: HTMLElement, waarde: string) {
  await userEvent.clear(veld);
  await userEvent.type(veld, waarde);
}

describe('DienstverleningscategorieenPagina', () => {
  it('toont elke categorie met haar eigen naam, code, actief, norm en soorten afspraak, en de overige normen', async () => {
    nepApi(LEZEN);
    toon();
    await screen.findByRole('group', { name: 'Direct bemiddelbaar' });
    const job = groep('Direct bemiddelbaar');
    expect(job.getByLabelText('Naam')).toHaveValue('Direct bemiddelbaar');
    expect(job.getByText('job_ready')).toBeInTheDocument();
    expect(job.getByLabelText('Actief: kan gekozen worden voor klanten')).toBeChecked();
    expect(job.getByLabelText('Maximaal aantal dagen tussen gesprekken')).toHaveValue(30);
    expect(job.getByLabelText('Waarschuwingstermijn in dagen')).toHaveValue(7);
    expect(
      job.getByText(
        'Tot en met 23 dagen na het laatste gesprek in beeld, daarna bijna uit beeld, na 30 dagen uit beeld.',
      ),
    ).toBeInTheDocument();
    expect(soorten('Direct bemiddelbaar').getByLabelText('Solliciteren')).toBeChecked();
    expect(soorten('Direct bemiddelbaar').getByLabelText('Taal (Nederlands leren)')).not.toBeChecked();
    expect(groep('Beheer (vervallen)').getByLabelText('Actief: kan gekozen worden voor klanten')).not.toBeChecked();
    expect(groep('Beheer (vervallen)').getByText('(niet actief)')).toBeInTheDocument();
    expect(groep('Werkfit-traject').getByLabelText('Maximaal aantal dagen tussen gesprekken')).toHaveValue(14);
    // The other norms on the same screen.
    expect(
      (await screen.findByRole('group', { name: /vrijstelling \(welke categorie ook\)/ })).querySelector('input'),
    ).toHaveValue(365);
    expect(screen.getByLabelText('Intakegesprek binnen (dagen)')).toHaveValue(28);
    expect(screen.getByLabelText('Maximale duur informele vrijstelling (dagen)')).toHaveValue(183);
  });

  it('hernoemt, zet op niet actief en beperkt de soorten; PUT stuurt de hele lijst en ververst wat ervan afhangt', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      'PUT /api/instellingen/dienstverleningscategorieen': (body) => ({ status: 200, body }),
    });
    const { queryClient } = toon();
    const invalideer = jest.spyOn(queryClient, 'invalidateQueries');
    await screen.findByRole('group', { name: 'Werkfit-traject' });
    await vervang(groep('Werkfit-traject').getByLabelText('Naam'), 'Werkfit');
    await userEvent.click(groep('Werkfit-traject').getByLabelText('Actief: kan gekozen worden voor klanten'));
    await userEvent.click(soorten('Werkfit-traject').getByLabelText('Re-integratietraject'));
    await userEvent.click(soorten('Werkfit-traject').getByLabelText('Taal (Nederlands leren)'));
    await userEvent.click(screen.getByRole('button', { name: 'Categorieën opslaan' }));

    expect(
      await screen.findByText('Categorieën opgeslagen; namen, normen en soorten gelden meteen.'),
    ).toBeInTheDocument();
    const put = verzoeken.filter((v) => v.methode === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0].body).toEqual({
      categorieen: [
        ...TEST_CATEGORIEEN.slice(0, 5),
        // In the order of the code list, whatever order they were ticked in.
        {
          ...TEST_CATEGORIEEN[5],
          naam: 'Werkfit',
          actief: false,
          afspraakSoorten: ['vervolggesprek', 'taal', 'overig'],
        },
      ],
    });
    await waitFor(() => {
      for (const sleutel of [['instellingen'], ['klanten'], ['werkvoorraad']])
        expect(invalideer).toHaveBeenCalledWith({ queryKey: sleutel });
    });
  });

  it('voegt een categorie toe met een code uit de naam, en kan een nieuwe weer weghalen', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      'PUT /api/instellingen/dienstverleningscategorieen': (body) => ({ status: 200, body }),
    });
    toon();
    await screen.findByRole('group', { name: 'Werkfit-traject' });
    await userEvent.click(screen.getByRole('button', { name: 'Categorie toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Categorie toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe categorie 2 weghalen' }));
    expect(screen.queryByRole('group', { name: 'Nieuwe categorie 2' })).not.toBeInTheDocument();
    // Existing categories cannot be removed, only deactivated.
    expect(screen.queryByRole('button', { name: /Werkfit-traject weghalen/ })).not.toBeInTheDocument();

    const nieuw = groep('Nieuwe categorie 1');
    await userEvent.type(nieuw.getByLabelText('Naam'), 'Zorg & Welzijn');
    await userEvent.tab();
    expect(nieuw.getByLabelText('Code')).toHaveValue('zorg_welzijn');
    await vervang(nieuw.getByLabelText('Maximaal aantal dagen tussen gesprekken'), '120');
    await vervang(nieuw.getByLabelText('Waarschuwingstermijn in dagen'), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Categorieën opslaan' }));

    await screen.findByText('Categorieën opgeslagen; namen, normen en soorten gelden meteen.');
    const put = verzoeken.find((v) => v.methode === 'PUT')!;
    expect((put.body as { categorieen: unknown[] }).categorieen).toEqual([
      ...TEST_CATEGORIEEN,
      {
        code: 'zorg_welzijn',
        naam: 'Zorg & Welzijn',
        actief: true,
        maxDagen: 120,
        waarschuwingDagen: 20,
        afspraakSoorten: ['vervolggesprek', 'overig'],
      },
    ]);
    // Saved, it is an existing category: its code can no longer be typed.
    expect(await screen.findByRole('group', { name: 'Zorg & Welzijn' })).toBeInTheDocument();
    expect(groep('Zorg & Welzijn').queryByLabelText('Code')).not.toBeInTheDocument();
  });

  it('meldt fouten volgens de regels van het domein bij het veld, zonder verzoek', async () => {
    const verzoeken = nepApi(LEZEN);
    toon();
    await screen.findByRole('group', { name: 'Werkfit-traject' });
    await userEvent.clear(groep('Werkfit-traject').getByLabelText('Naam'));
    await vervang(groep('Werkfit-traject').getByLabelText('Waarschuwingstermijn in dagen'), '14');
    for (const soort of ['Vervolggesprek', 'Re-integratietraject', 'Overig'])
      await userEvent.click(soorten('Werkfit-traject').getByLabelText(soort));
    await userEvent.click(screen.getByRole('button', { name: 'Categorie toevoegen' }));
    const nieuw = groep('Nieuwe categorie 1');
    await userEvent.type(nieuw.getByLabelText('Naam'), 'Tweede');
    await vervang(nieuw.getByLabelText('Code'), 'job_ready');
    await userEvent.click(screen.getByRole('button', { name: 'Categorieën opslaan' }));

    expect(await screen.findByText('Mag niet leeg zijn.')).toBeInTheDocument();
    const werkfit = groep('Werkfit-traject');
    expect(werkfit.getByLabelText('Naam')).toHaveAccessibleDescription('Mag niet leeg zijn.');
    expect(werkfit.getByLabelText('Waarschuwingstermijn in dagen')).toHaveAccessibleDescription(
      'Moet kleiner zijn dan het maximum aantal dagen.',
    );
    expect(werkfit.getByText('Moet minstens één soort afspraak bevatten.')).toBeInTheDocument();
    expect(nieuw.getByLabelText('Code')).toHaveAccessibleDescription(
      'Kleine letters, cijfers en _; verandert na het opslaan nooit meer. Komt al voor bij categorie 1.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Niet alles klopt; er is niets opgeslagen.');
    expect(verzoeken.filter((v) => v.methode === 'PUT')).toHaveLength(0);
  });

  it('zegt het als er geen actieve categorie overblijft', async () => {
    const verzoeken = nepApi(LEZEN);
    toon();
    await screen.findByRole('group', { name: 'Werkfit-traject' });
    for (const c of TEST_CATEGORIEEN.filter((c) => c.actief))
      await userEvent.click(groep(c.naam).getByLabelText('Actief: kan gekozen worden voor klanten'));
    await userEvent.click(screen.getByRole('button', { name: 'Categorieën opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Moet minstens één actieve categorie bevatten.');
    expect(verzoeken.filter((v) => v.methode === 'PUT')).toHaveLength(0);
  });

  it('zet de fouten van de API bij het juiste veld', async () => {
    nepApi({
      ...LEZEN,
      'PUT /api/instellingen/dienstverleningscategorieen': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist: 1 veld klopt niet.',
          fouten: [{ veld: 'categorieen.2.maxDagen', melding: 'mag hoogstens 3650 zijn' }],
        },
      },
    });
    toon();
    await screen.findByRole('group', { name: 'Werkfit-traject' });
    await userEvent.click(screen.getByRole('button', { name: 'Categorieën opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De invoer is niet juist: 1 veld klopt niet.');
    const veld = groep('Nog niet job ready (6–12 maanden)').getByLabelText('Maximaal aantal dagen tussen gesprekken');
    expect(veld).toHaveAttribute('aria-invalid', 'true');
    expect(veld).toHaveAccessibleDescription('Mag hoogstens 3650 zijn.');
  });

  it('slaat de overige normen apart op, met de normen van de categorieën zoals ze zijn', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      'PUT /api/instellingen/contactnormen': (body) => ({ status: 200, body }),
    });
    toon();
    await screen.findByLabelText('Intakegesprek binnen (dagen)');
    const vrij = groep(/vrijstelling \(welke categorie ook\)/);
    await vervang(vrij.getByLabelText('Maximaal aantal dagen tussen gesprekken'), '400');
    await vervang(screen.getByLabelText('Intakegesprek binnen (dagen)'), '21');
    await userEvent.click(screen.getByRole('button', { name: 'Overige normen opslaan' }));
    expect(await screen.findByText('Normen opgeslagen; ze gelden meteen voor alle klanten.')).toBeInTheDocument();
    expect(verzoeken.find((v) => v.methode === 'PUT')!.body).toEqual({
      ...normen,
      vrijgesteld: { maxDagen: 400, waarschuwingDagen: 60 },
      intakeDagen: 21,
    });
    expect(vrij.getByLabelText('Maximaal aantal dagen tussen gesprekken')).toHaveValue(400);
  });

  it('meldt een waarschuwingstermijn van vrijgestelden die niet kleiner is dan het maximum, zonder verzoek', async () => {
    const verzoeken = nepApi(LEZEN);
    toon();
    await screen.findByLabelText('Intakegesprek binnen (dagen)');
    const waarschuwing = groep(/vrijstelling \(welke categorie ook\)/).getByLabelText('Waarschuwingstermijn in dagen');
    await vervang(waarschuwing, '365');
    await vervang(screen.getByLabelText('Intakegesprek binnen (dagen)'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Overige normen opslaan' }));
    expect(await screen.findByText('Moet kleiner zijn dan het maximum aantal dagen.')).toBeInTheDocument();
    expect(waarschuwing).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Intakegesprek binnen (dagen)')).toHaveAccessibleDescription(
      'Gerekend vanaf de startdatum van de uitkering. Vul een heel aantal dagen in, van 1 tot en met 365.',
    );
    expect(verzoeken.filter((v) => v.methode === 'PUT')).toHaveLength(0);
  });

  it('laat een andere rol alles alleen lezen', async () => {
    nepApi(LEZEN);
    toon({ ...beheerder, rol: 'teamleider' });
    await screen.findByRole('group', { name: 'Direct bemiddelbaar' });
    expect(
      screen.getByText('Alleen de functioneel beheerder kan de categorieën wijzigen. Je ziet hier wat nu geldt.'),
    ).toBeInTheDocument();
    expect(groep('Direct bemiddelbaar').getByLabelText('Naam')).toBeDisabled();
    expect(soorten('Direct bemiddelbaar').getByLabelText('Solliciteren')).toBeDisabled();
    expect(await screen.findByLabelText('Intakegesprek binnen (dagen)')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Categorieën opslaan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Categorie toevoegen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Overige normen opslaan' })).not.toBeInTheDocument();
  });
});
