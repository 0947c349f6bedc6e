import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GEEN_PLAN, instrumentAntwoord } from '../../../../../test/support/gesprek-web';
import { nepApi, renderRoutes, verzoekenNaar } from '../../../../../test/support/web';
import type { Plan } from './api';
import { PLAN_CONFLICT_MELDING, PlanFormulier } from './PlanFormulier';

const KLANT = 'k-1';
const toon = (plan: Plan, klaar = jest.fn()) => {
  renderRoutes([{ path: '/', element: <PlanFormulier klantId={KLANT} plan={plan} onKlaar={klaar} /> }]);
  return klaar;
};
const doel = (n: number) => within(screen.getByRole('group', { name: `Doel ${n}` }));

const BESTAAND: Plan = {
  id: 'p1',
  klantId: KLANT,
  evaluatiedatum: plusDagen(vandaag(), 30),
  versie: 3,
  doelen: [
    {
      id: 'd1',
      omschrijving: 'Schulden in beeld',
      leefgebied: 'financien',
      leefgebiedNaam: 'Financiën',
      streefdatum: plusDagen(vandaag(), 60),
      status: 'lopend',
      afspraken: [],
    },
  ],
  medewerkerNaam: 'Fatima el Amrani',
  aangemaaktOp: '2026-11-01T10:00:00Z',
  gewijzigdOp: '2026-11-01T10:00:00Z',
};

describe('PlanFormulier', () => {
  it('maakt een plan met twee doelen en stuurt versie 0 mee', async () => {
    const verzoeken = nepApi({
      ...instrumentAntwoord(),
      [`PUT /api/klanten/${KLANT}/plan`]: { status: 200, body: { ...BESTAAND, versie: 1 } },
    });
    const klaar = toon(GEEN_PLAN as Plan);
    await userEvent.type(doel(1).getByLabelText('Wat wil de klant bereiken'), 'Taalcursus B1 afronden');
    await waitFor(() => expect(doel(1).getAllByRole('option').length).toBeGreaterThan(1));
    await userEvent.selectOptions(doel(1).getByLabelText(/^Leefgebied/), 'werk_opleiding');
    await userEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await userEvent.type(doel(2).getByLabelText('Wat wil de klant bereiken'), 'Vrijwilligerswerk vinden');
    await userEvent.clear(doel(2).getByLabelText('Streefdatum'));
    await userEvent.type(doel(2).getByLabelText('Streefdatum'), plusDagen(vandaag(), 120));
    await userEvent.clear(screen.getByLabelText('Evaluatiedatum'));
    await userEvent.type(screen.getByLabelText('Evaluatiedatum'), plusDagen(vandaag(), 30));
    await userEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PUT', `/api/klanten/${KLANT}/plan`)[0].body).toEqual({
      versie: 0,
      evaluatiedatum: plusDagen(vandaag(), 30),
      doelen: [
        {
          omschrijving: 'Taalcursus B1 afronden',
          leefgebied: 'werk_opleiding',
          streefdatum: plusDagen(vandaag(), 90),
          status: 'lopend',
        },
        { omschrijving: 'Vrijwilligerswerk vinden', streefdatum: plusDagen(vandaag(), 120), status: 'lopend' },
      ],
    });
  });

  it('eist een omschrijving per doel, zonder verzoek', async () => {
    const verzoeken = nepApi(instrumentAntwoord());
    toon(GEEN_PLAN as Plan);
    await userEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    expect(await doel(1).findByText('Beschrijf het doel.')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.methode === 'PUT')).toHaveLength(0);
  });

  it('houdt de ids van bestaande doelen en zegt het bij een 409; de nieuwste versie laadt met een knop', async () => {
    const nieuwste = { ...BESTAAND, versie: 4, evaluatiedatum: plusDagen(vandaag(), 10) };
    const verzoeken = nepApi({
      ...instrumentAntwoord(),
      [`PUT /api/klanten/${KLANT}/plan`]: {
        status: 409,
        body: { statusCode: 409, code: 'VERSIE_CONFLICT', message: 'Het plan is intussen gewijzigd.' },
      },
      [`GET /api/klanten/${KLANT}/plan`]: { status: 200, body: nieuwste },
    });
    toon(BESTAAND);
    await userEvent.selectOptions(doel(1).getByLabelText('Status'), 'behaald');
    await userEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft het plan intussen gewijzigd/)).toHaveTextContent(
      PLAN_CONFLICT_MELDING,
    );
    expect(verzoekenNaar(verzoeken, 'PUT', `/api/klanten/${KLANT}/plan`)[0].body).toMatchObject({
      versie: 3,
      doelen: [{ id: 'd1', status: 'behaald' }],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.getByLabelText('Evaluatiedatum')).toHaveValue(plusDagen(vandaag(), 10)));
    expect(screen.queryByText(/Iemand anders/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'PUT', `/api/klanten/${KLANT}/plan`)).toHaveLength(2));
    expect(verzoekenNaar(verzoeken, 'PUT', `/api/klanten/${KLANT}/plan`)[1].body).toMatchObject({ versie: 4 });
  });

  it('zet een API-fout bij het veld van het juiste doel', async () => {
    nepApi({
      ...instrumentAntwoord(),
      [`PUT /api/klanten/${KLANT}/plan`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist.',
          fouten: [{ veld: 'doelen.0.streefdatum', melding: 'mag niet voor het gesprek van 2026-11-20 liggen' }],
        },
      },
    });
    toon(BESTAAND);
    await userEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));
    expect(await doel(1).findByText('Mag niet voor het gesprek van 2026-11-20 liggen.')).toBeInTheDocument();
    expect(doel(1).getByLabelText('Streefdatum')).toHaveAttribute('aria-invalid', 'true');
  });
});
