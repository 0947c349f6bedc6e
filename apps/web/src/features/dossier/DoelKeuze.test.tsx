import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import { GEEN_PLAN } from '../../../../../test/support/gesprek-web';
import { nepApi, renderRoutes, verzoekenNaar } from '../../../../../test/support/web';
import { AfspraakFormulier } from './AfspraakFormulier';

const KLANT = 'k-1';
const PLAN = {
  ...GEEN_PLAN,
  id: 'p1',
  versie: 2,
  evaluatiedatum: plusDagen(vandaag(), 30),
  doelen: [
    {
      id: 'd1',
      omschrijving: 'Taalniveau B1',
      leefgebied: 'werk_opleiding',
      leefgebiedNaam: 'Werk & opleiding',
      streefdatum: plusDagen(vandaag(), 90),
      status: 'lopend',
      afspraken: [],
    },
    {
      id: 'd2',
      omschrijving: 'Schulden op een rij',
      leefgebied: null,
      leefgebiedNaam: null,
      streefdatum: plusDagen(vandaag(), 60),
      status: 'behaald',
      afspraken: [],
    },
  ],
};
const toon = () =>
  renderRoutes([
    { path: '/', element: <AfspraakFormulier klantId={KLANT} categorie="job_ready" onKlaar={jest.fn()} /> },
  ]);

describe('Hoort bij doel', () => {
  it('biedt de doelen van het plan aan en stuurt het gekozen doel mee', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      [`GET /api/klanten/${KLANT}/plan`]: { status: 200, body: PLAN },
      [`POST /api/klanten/${KLANT}/afspraken`]: { status: 201, body: { id: 'a1' } },
    });
    toon();
    const keuze = await screen.findByLabelText(/^Hoort bij doel/);
    expect(
      within(keuze)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Geen doel', 'Taalniveau B1', 'Schulden op een rij (behaald)']);
    await userEvent.selectOptions(keuze, 'd1');
    await userEvent.type(screen.getByLabelText('Wat is afgesproken'), 'Taalcursus twee ochtenden');
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/afspraken`)).toHaveLength(1));
    expect(verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/afspraken`)[0].body).toMatchObject({
      omschrijving: 'Taalcursus twee ochtenden',
      doelId: 'd1',
    });
  });

  it('vraagt er niet naar zonder plan', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      [`GET /api/klanten/${KLANT}/plan`]: { status: 200, body: GEEN_PLAN },
      [`POST /api/klanten/${KLANT}/afspraken`]: { status: 201, body: { id: 'a1' } },
    });
    toon();
    await userEvent.type(await screen.findByLabelText('Wat is afgesproken'), 'Solliciteren');
    expect(screen.queryByLabelText(/^Hoort bij doel/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/afspraken`)).toHaveLength(1));
    expect(verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/afspraken`)[0].body).not.toHaveProperty('doelId');
  });
});
