import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { CONFLICT_MELDING } from '../../api/formulier';
import type { Medewerker } from '../auth/api';
import { klantenKeys, type Contactmoment } from '../klanten/api';
import { ContactmomentCorrigeren } from './ContactmomentCorrigeren';

const KLANT = 'k1';
const dagen = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const contact = (velden: Partial<Contactmoment> = {}): Contactmoment => ({
  id: 'c1',
  klantId: KLANT,
  medewerkerId: 'km1',
  medewerkerNaam: 'Bas de Vries',
  plaatsgevondenOp: '2026-11-20T09:30:00.000Z',
  kanaal: 'gesprek_op_locatie',
  initiatief: 'gemeente',
  resultaat: 'gesproken',
  onderwerp: 'Voortgangsgesprek',
  samenvatting: null,
  teltAlsGezien: true,
  aangemaaktOp: dagen(2),
  versie: 3,
  gecorrigeerdOp: null,
  uitnodigingId: null,
  ...velden,
});
const medewerker = (velden: Partial<Medewerker>): Medewerker => ({
  id: 'km1',
  gebruikersnaam: 'km1',
  naam: 'Bas de Vries',
  rol: 'klantmanager',
  teamId: 'noord',
  organisatieId: 'o1',
  totpActief: false,
  totpVerplicht: false,
  ...velden,
});
const klant: Antwoord = { status: 200, body: { id: KLANT, klantmanagerId: 'km1', teamId: 'noord' } };

function toon(ik: Medewerker, c: Contactmoment, antwoorden: Parameters<typeof nepApi>[0] = {}) {
  const verzoeken = nepApi({ [`GET /api/klanten/${KLANT}`]: klant, ...antwoorden });
  const { queryClient } = renderRoutes([
    {
      path: '/',
      element: <Outlet context={ik} />,
      children: [{ index: true, element: <ContactmomentCorrigeren klantId={KLANT} contactmoment={c} /> }],
    },
  ]);
  return Object.assign(verzoeken, { queryClient });
}
const knop = () => screen.findByRole('button', { name: 'Corrigeren: Voortgangsgesprek' });
/** The klant is loaded (the rule needs its team), so an absent button is the rule's answer, not a pending request. */
async function geladen({ queryClient }: { queryClient: QueryClient }) {
  await waitFor(() => expect(queryClient.getQueryState(klantenKeys.klant(KLANT))?.status).toBe('success'));
}

describe('ContactmomentCorrigeren: wie ziet "Corrigeren"', () => {
  it('de auteur, binnen 30 dagen na het vastleggen', async () => {
    toon(medewerker({}), contact());
    expect(await knop()).toBeInTheDocument();
  });

  it('een teamleider van het team van de klant', async () => {
    toon(medewerker({ id: 'tl1', rol: 'teamleider' }), contact());
    expect(await knop()).toBeInTheDocument();
  });

  it.each([
    ['een collega-klantmanager', medewerker({ id: 'km2' }), contact()],
    ['een teamleider van een ander team', medewerker({ id: 'tl2', rol: 'teamleider', teamId: 'zuid' }), contact()],
    ['de auteur na 31 dagen', medewerker({}), contact({ aangemaaktOp: dagen(31) })],
  ])('niet voor %s', async (_, ik, c) => {
    const verzoeken = toon(ik, c);
    await geladen(verzoeken);
    expect(screen.queryByRole('button', { name: /Corrigeren/ })).not.toBeInTheDocument();
  });

  it('toont dat een contactmoment is gecorrigeerd', async () => {
    toon(medewerker({ id: 'km2' }), contact({ gecorrigeerdOp: '2026-11-21T10:15:00.000Z' }));
    expect(await screen.findByText('Gecorrigeerd op 21 nov 2026, 11:15')).toBeInTheDocument();
  });
});

describe('ContactmomentCorrigeren: het formulier', () => {
  it('is ingevuld met wat er stond, eist een reden en stuurt alleen wat is gewijzigd, met reden en versie', async () => {
    const verzoeken = toon(medewerker({}), contact(), {
      'PATCH /api/contactmomenten/c1': { status: 200, body: contact({ versie: 4 }) },
    });
    await userEvent.click(await knop());
    expect(screen.getByRole('heading', { name: 'Contactmoment corrigeren' })).toBeInTheDocument();
    expect(screen.getByLabelText('Wanneer')).toHaveValue('2026-11-20T10:30');
    expect(screen.getByLabelText('Onderwerp')).toHaveValue('Voortgangsgesprek');
    expect(screen.getByText(/Vastgelegd door Bas de Vries\. Corrigeren kan tot en met/)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Resultaat'), 'no_show');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie opslaan' }));
    expect(await screen.findByText('Geef een reden van minstens 10 tekens.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Reden van de correctie/)).toHaveAttribute('aria-invalid', 'true');
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/contactmomenten/c1')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/Reden van de correctie/), '  Klant was niet gekomen  ');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie opslaan' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Contactmoment corrigeren' })).not.toBeInTheDocument(),
    );
    const [patch] = verzoekenNaar(verzoeken, 'PATCH', '/api/contactmomenten/c1');
    expect(patch.body).toEqual({ resultaat: 'no_show', reden: 'Klant was niet gekomen', versie: 3 });
  });

  it('een gewijzigd tijdstip gaat met de Nederlandse tijdzone mee', async () => {
    const verzoeken = toon(medewerker({}), contact(), {
      'PATCH /api/contactmomenten/c1': { status: 200, body: contact({ versie: 4 }) },
    });
    await userEvent.click(await knop());
    const wanneer = screen.getByLabelText('Wanneer');
    await userEvent.clear(wanneer);
    await userEvent.type(wanneer, '2026-11-19T14:00');
    await userEvent.type(screen.getByLabelText(/Reden van de correctie/), 'Gesprek was een dag eerder');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie opslaan' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'PATCH', '/api/contactmomenten/c1')).toHaveLength(1));
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/contactmomenten/c1')[0].body).toEqual({
      plaatsgevondenOp: '2026-11-19T14:00:00+01:00',
      reden: 'Gesprek was een dag eerder',
      versie: 3,
    });
  });

  it('zonder wijziging zegt het dat en verstuurt het niets', async () => {
    const verzoeken = toon(medewerker({}), contact());
    await userEvent.click(await knop());
    await userEvent.type(screen.getByLabelText(/Reden van de correctie/), 'Toch maar niet veranderen');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Je hebt nog niets gewijzigd.');
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/contactmomenten/c1')).toHaveLength(0);
  });

  it('zet de fouten van de API bij de velden en houdt de invoer', async () => {
    toon(medewerker({}), contact(), {
      'PATCH /api/contactmomenten/c1': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist: 2 velden kloppen niet.',
          fouten: [
            { veld: 'resultaat', melding: 'moet "verstuurd" of "niet bereikt" zijn bij brief, e-mail of bericht' },
            { veld: 'reden', melding: 'moet minstens 10 tekens bevatten: leg uit wat er niet klopte' },
          ],
        },
      },
    });
    await userEvent.click(await knop());
    await userEvent.selectOptions(screen.getByLabelText('Kanaal'), 'brief');
    await userEvent.type(screen.getByLabelText(/Reden van de correctie/), 'Was een brief');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie opslaan' }));
    expect(
      await screen.findByText('Moet minstens 10 tekens bevatten: leg uit wat er niet klopte.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Resultaat')).toHaveAccessibleDescription(
      expect.stringContaining('Moet "verstuurd" of "niet bereikt" zijn'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('De invoer is niet juist: 2 velden kloppen niet.');
    expect(screen.getByLabelText('Kanaal')).toHaveValue('brief');
    expect(screen.getByLabelText(/Reden van de correctie/)).toHaveValue('Was een brief');
  });

  it('bij 409 zegt het dat een ander het intussen wijzigde, laadt het dossier opnieuw en houdt de invoer', async () => {
    const verzoeken = toon(medewerker({}), contact(), {
      'PATCH /api/contactmomenten/c1': {
        status: 409,
        body: { statusCode: 409, code: 'VERSIE_CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd.' },
      },
    });
    await userEvent.click(await knop());
    await userEvent.clear(screen.getByLabelText('Onderwerp'));
    await userEvent.type(screen.getByLabelText('Onderwerp'), 'Schuldhulp');
    await userEvent.type(screen.getByLabelText(/Reden van de correctie/), 'Verkeerd onderwerp gekozen');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(CONFLICT_MELDING);
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'GET', `/api/klanten/${KLANT}`).length).toBeGreaterThan(1));
    expect(screen.getByLabelText('Onderwerp')).toHaveValue('Schuldhulp');
    expect(screen.getByRole('heading', { name: 'Contactmoment corrigeren' })).toBeInTheDocument();
  });

  it('te laat of niet bevoegd volgens de API: de melding van de API', async () => {
    toon(medewerker({}), contact(), {
      'PATCH /api/contactmomenten/c1': {
        status: 422,
        body: {
          statusCode: 422,
          code: 'CORRECTIETERMIJN_VERSTREKEN',
          message: 'Een contactmoment kan tot 30 dagen na het vastleggen worden gecorrigeerd.',
        },
      },
    });
    await userEvent.click(await knop());
    await userEvent.type(screen.getByLabelText('Onderwerp'), ' (taal)');
    await userEvent.type(screen.getByLabelText(/Reden van de correctie/), 'Onderwerp aangevuld');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Een contactmoment kan tot 30 dagen na het vastleggen worden gecorrigeerd.',
    );
  });
});
