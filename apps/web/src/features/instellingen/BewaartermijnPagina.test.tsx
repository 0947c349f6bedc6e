import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { BewaartermijnPagina } from './BewaartermijnPagina';

const termijn = { jarenNaUitstroom: 10, automatisch: false, teAnonimiseren: 12 };
const ophalen: Antwoord = { status: 200, body: termijn };

/** With the app's staleTime: the dialog must ask for the count again even though the page just loaded it. */
function toon() {
  return renderRoutes(
    [{ path: '/instellingen/bewaartermijn', element: <BewaartermijnPagina /> }],
    '/instellingen/bewaartermijn',
    { staleTime: 30_000 },
  );
}

async function vervang(veld: HTMLElement, waarde: string) {
  await userEvent.clear(veld);
  await userEvent.type(veld, waarde);
}

const dialoog = () => screen.queryByRole('dialog', { name: 'Nu anonimiseren' });

describe('BewaartermijnPagina', () => {
  it('legt uit wat er gebeurt en laadt de ingestelde termijn', async () => {
    nepApi({ 'GET /api/instellingen/bewaartermijn': { status: 200, body: { ...termijn, automatisch: true } } });
    toon();
    expect(await screen.findByLabelText('Jaren na uitstroom')).toHaveValue(10);
    expect(screen.getByLabelText('Automatisch anonimiseren')).toBeChecked();
    expect(screen.getByText(/Dan halen we de persoonsgegevens van de klant weg/)).toBeInTheDocument();
    expect(
      screen.getByText('De cijfers in de rapportages blijven kloppen. De klant telt nog mee, alleen zonder naam.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('De standaard is 10 jaar na uitstroom. Dat staat in de Selectielijst gemeenten.'),
    ).toBeInTheDocument();
  });

  it('controleert het aantal jaren zelf en zet de fout van de API bij het veld', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/bewaartermijn': ophalen,
      'PUT /api/instellingen/bewaartermijn': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist: 1 veld klopt niet.',
          fouten: [{ veld: 'jarenNaUitstroom', melding: 'mag niet korter zijn dan de wettelijke termijn' }],
        },
      },
    });
    toon();
    const jaren = await screen.findByLabelText('Jaren na uitstroom');
    await vervang(jaren, '31');
    await userEvent.click(screen.getByRole('button', { name: 'Bewaartermijn opslaan' }));
    expect(await screen.findByText('Vul een heel aantal jaren in, van 1 tot en met 30.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/bewaartermijn')).toHaveLength(0);

    await vervang(jaren, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Bewaartermijn opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De invoer is niet juist: 1 veld klopt niet.');
    expect(jaren).toHaveAttribute('aria-invalid', 'true');
    expect(jaren).toHaveAccessibleDescription(
      'Een heel aantal jaren, van 1 tot en met 30. Mag niet korter zijn dan de wettelijke termijn.',
    );
    expect(jaren).toHaveValue(2);
  });

  it('slaat op met PUT, zonder het aantal klanten, en ververst de gegevens', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/bewaartermijn': ophalen,
      'PUT /api/instellingen/bewaartermijn': (body) => ({
        status: 200,
        body: { ...(body as object), teAnonimiseren: 30 },
      }),
    });
    const { queryClient } = toon();
    const invalideer = jest.spyOn(queryClient, 'invalidateQueries');
    await vervang(await screen.findByLabelText('Jaren na uitstroom'), '7');
    await userEvent.click(screen.getByLabelText('Automatisch anonimiseren'));
    await userEvent.click(screen.getByRole('button', { name: 'Bewaartermijn opslaan' }));

    expect(await screen.findByText('Opgeslagen. De bewaartermijn is nu 7 jaar na uitstroom.')).toBeInTheDocument();
    expect(
      screen.getByText('Opgeslagen. De bewaartermijn is nu 7 jaar na uitstroom.').closest('[aria-live="polite"]'),
    ).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/bewaartermijn').map((v) => v.body)).toEqual([
      { jarenNaUitstroom: 7, automatisch: true },
    ]);
    await waitFor(() => expect(invalideer).toHaveBeenCalledWith({ queryKey: ['instellingen', 'bewaartermijn'] }));
  });

  it('telt met een proefrun hoeveel klanten het zijn, zonder iets weg te halen', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/bewaartermijn': ophalen,
      'POST /api/beheer/anonimiseren': { status: 200, body: { aantal: 12, proefrun: true } },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Proefrun' }));
    const uitkomst = await screen.findByText('Er zijn 12 klanten langer dan 10 jaar geleden uitgestroomd.');
    expect(uitkomst.closest('[aria-live="polite"]')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/beheer/anonimiseren').map((v) => v.pad)).toEqual([
      '/api/beheer/anonimiseren?proefrun=true',
    ]);
  });

  it('anonimiseert pas als je het aantal klanten hebt ingetypt, en meldt hoeveel het er waren', async () => {
    let gevraagd = 0;
    const verzoeken = nepApi({
      // The dialog asks again: by now there is one more client past the term.
      'GET /api/instellingen/bewaartermijn': () => ({
        status: 200,
        body: { ...termijn, teAnonimiseren: gevraagd++ === 0 ? 12 : 13 },
      }),
      'POST /api/beheer/anonimiseren': { status: 200, body: { aantal: 13, proefrun: false } },
    });
    const { queryClient } = toon();
    const invalideer = jest.spyOn(queryClient, 'invalidateQueries');
    await userEvent.click(await screen.findByRole('button', { name: 'Nu anonimiseren' }));

    const venster = await screen.findByRole('dialog', { name: 'Nu anonimiseren' });
    const bevestiging = await within(venster).findByLabelText('Typ 13 om te bevestigen');
    expect(bevestiging).toHaveFocus();
    expect(
      within(venster).getByText(
        /Je haalt de persoonsgegevens weg van 13 klanten\. Zij zijn langer dan 10 jaar geleden uitgestroomd\./,
      ),
    ).toBeInTheDocument();
    expect(within(venster).getByText('Dit kan niet ongedaan worden gemaakt.')).toBeInTheDocument();

    await userEvent.type(bevestiging, '12');
    await userEvent.click(within(venster).getByRole('button', { name: 'Ja, anonimiseer 13 klanten' }));
    expect(await within(venster).findByText('Typ precies 13, het aantal klanten.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/beheer/anonimiseren')).toHaveLength(0);

    await userEvent.clear(bevestiging);
    await userEvent.type(bevestiging, '13{Enter}');
    expect(await screen.findByText('Klaar. De persoonsgegevens van 13 klanten zijn weggehaald.')).toBeInTheDocument();
    expect(dialoog()).not.toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/beheer/anonimiseren').map((v) => v.pad)).toEqual([
      '/api/beheer/anonimiseren',
    ]);
    await waitFor(() => {
      for (const queryKey of [['instellingen', 'bewaartermijn'], ['klanten'], ['werkvoorraad']])
        expect(invalideer).toHaveBeenCalledWith({ queryKey });
    });
  });

  it('doet niets als je annuleert, en zegt het als er niets te anonimiseren is', async () => {
    let gevraagd = 0;
    const verzoeken = nepApi({
      'GET /api/instellingen/bewaartermijn': () => ({
        status: 200,
        body: { ...termijn, teAnonimiseren: gevraagd++ < 2 ? 12 : 0 },
      }),
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Nu anonimiseren' }));
    await within(screen.getByRole('dialog')).findByLabelText('Typ 12 om te bevestigen');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annuleren' }));
    expect(dialoog()).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Nu anonimiseren' }));
    expect(
      await within(screen.getByRole('dialog')).findByText(
        'Er zijn nu geen klanten langer dan 10 jaar geleden uitgestroomd. Er is niets te anonimiseren.',
      ),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('dialog')).queryByRole('textbox')).not.toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/beheer/anonimiseren')).toHaveLength(0);
  });
});
