import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { categorieenAntwoord, TEST_CATEGORIEEN } from '../../../../../test/support/categorieen-web';
import { instrumentAntwoord, padenAntwoord } from '../../../../../test/support/gesprek-web';
import { nepApi, renderRoutes, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { conceptSleutel } from './concept';
import { GesprekFormulier } from './GesprekFormulier';

const KLANT = 'k-1';
const SLEUTEL = conceptSleutel('gesprek', 'm-1', KLANT);
const naam = (code: string) => TEST_CATEGORIEEN.find((c) => c.code === code)!.naam;
const LEZEN = { ...categorieenAntwoord(), ...instrumentAntwoord(), ...padenAntwoord() };

function toon(klaar = jest.fn()) {
  const scherm = renderRoutes([
    {
      path: '/',
      element: (
        <GesprekFormulier klantId={KLANT} medewerkerId="m-1" huidigeCategorie="nog_niet_job_ready" onKlaar={klaar} />
      ),
    },
  ]);
  return { ...scherm, klaar };
}

const rij = (leefgebied: string) => within(screen.getByRole('group', { name: leefgebied }));
const scoor = (leefgebied: string, niveau: RegExp) =>
  userEvent.click(rij(leefgebied).getByRole('radio', { name: niveau }));
const advies = () => screen.getByText(/^Advies:/).textContent;

beforeEach(() => localStorage.clear());

describe('GesprekFormulier', () => {
  it('toont alle leefgebieden en berekent het advies opnieuw bij elke score en de loonwaarde', async () => {
    nepApi(LEZEN);
    toon();
    await screen.findByRole('group', { name: 'Financiën' });
    expect(screen.getAllByRole('group', { name: /./ }).filter((g) => g.className === 'kib-scorerij')).toHaveLength(13);
    expect(screen.getByText('Het advies verschijnt zodra je een leefgebied een niveau geeft.')).toBeInTheDocument();

    await scoor('Financiën', /^4\./);
    expect(advies()).toBe(`Advies: ${naam('job_ready')} — Intensief naar werk (geen regel van toepassing)`);
    await scoor('Huisvesting', /^2\./);
    expect(advies()).toBe(
      `Advies: ${naam('bijna_job_ready')} — Ondersteuning op één leefgebied (Eén leefgebied op niveau 2 of lager)`,
    );
    await scoor('Werk & opleiding', /^1\./);
    expect(advies()).toBe(
      `Advies: ${naam('niet_job_ready')} — Sociaal wijkteam (Twee of meer leefgebieden op niveau 2 of lager)`,
    );
    // With a loonwaarde of 30% or more the first rule no longer applies.
    await userEvent.type(screen.getByLabelText(/^Percentage/), '40');
    expect(advies()).toBe(
      `Advies: ${naam('nog_niet_job_ready')} — Taal, opleiding of medisch (Werk & opleiding of gezondheid op niveau 2 of lager)`,
    );
  });

  it('kiest een niveau met de pijltjestoetsen binnen een rij, zoals native radioknoppen', async () => {
    nepApi(LEZEN);
    toon();
    const niet = await screen.findAllByRole('radio', { name: 'Niet besproken' });
    niet[0].focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(rij('Financiën').getByRole('radio', { name: /^2\./ })).toBeChecked();
    expect(advies()).toMatch(/Ondersteuning op één leefgebied/);
  });

  it('slaat het advies op met de categoriewijziging, als één gesprek', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      [`POST /api/klanten/${KLANT}/gesprekken`]: { status: 201, body: { id: 'g1' } },
    });
    const { klaar } = toon();
    await screen.findByRole('group', { name: 'Financiën' });
    await scoor('Financiën', /^4\./);
    await userEvent.type(rij('Financiën').getByLabelText(/Toelichting bij Financiën/), 'Op orde');
    await userEvent.type(screen.getByLabelText(/^Percentage/), '50');
    await userEvent.type(screen.getByLabelText(/^Methode/), 'Dariuz');
    const overnemen = screen.getByRole('checkbox', {
      name: `Dienstverleningscategorie van de klant aanpassen naar ${naam('job_ready')}`,
    });
    expect(overnemen).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    const body = verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/gesprekken`)[0].body;
    expect(body).toMatchObject({
      kanaal: 'gesprek_op_locatie',
      scores: [{ domein: 'financien', niveau: 4, toelichting: 'Op orde' }],
      loonwaarde: { percentage: 50, methode: 'Dariuz' },
      adviesCategorie: 'job_ready',
      dienstverleningspad: 'intensief_naar_werk',
      categorieOvernemen: true,
    });
    expect(body).not.toHaveProperty('afwijkingReden');
    expect(localStorage.getItem(SLEUTEL)).toBeNull();
  });

  it('een campagnegesprek stuurt de campagne mee en begint in het kanaal van de uitnodiging', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      [`POST /api/klanten/${KLANT}/gesprekken`]: { status: 201, body: { id: 'g1' } },
    });
    const klaar = jest.fn();
    renderRoutes([
      {
        path: '/',
        element: (
          <GesprekFormulier
            klantId={KLANT}
            medewerkerId="m-1"
            huidigeCategorie="nog_niet_job_ready"
            campagneId="c-1"
            kanaal="huisbezoek"
            onKlaar={klaar}
          />
        ),
      },
    ]);
    await screen.findByRole('group', { name: 'Financiën' });
    expect(screen.getByLabelText('Kanaal')).toHaveValue('huisbezoek');
    await scoor('Financiën', /^4\./);
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/gesprekken`)[0].body).toMatchObject({
      kanaal: 'huisbezoek',
      campagneId: 'c-1',
    });
  });

  it('eist een reden als je afwijkt van het advies, in het formulier en van de API', async () => {
    const verzoeken = nepApi({
      ...LEZEN,
      [`POST /api/klanten/${KLANT}/gesprekken`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist.',
          fouten: [{ veld: 'afwijkingReden', melding: 'te kort voor een reden' }],
        },
      },
    });
    toon();
    await screen.findByRole('group', { name: 'Financiën' });
    await scoor('Financiën', /^4\./);
    await userEvent.click(screen.getByRole('radio', { name: 'Andere categorie of ander pad kiezen' }));
    expect(screen.getByLabelText('Dienstverleningscategorie')).toHaveValue('job_ready');
    await userEvent.selectOptions(screen.getByLabelText('Dienstverleningspad'), 'sociaal_wijkteam');
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    expect(await screen.findByText('Geef de reden waarom je van het advies afwijkt.')).toBeInTheDocument();
    expect(screen.getByLabelText('Reden van afwijken')).toHaveAttribute('aria-invalid', 'true');
    expect(verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/gesprekken`)).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Reden van afwijken'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    expect(await screen.findByText('Te kort voor een reden.')).toBeInTheDocument();
    expect(screen.getByLabelText('Reden van afwijken')).toHaveAccessibleDescription(
      expect.stringContaining('Te kort voor een reden.'),
    );
    expect(verzoekenNaar(verzoeken, 'POST', `/api/klanten/${KLANT}/gesprekken`)[0].body).toMatchObject({
      adviesCategorie: 'job_ready',
      dienstverleningspad: 'sociaal_wijkteam',
      afwijkingReden: 'x',
    });
  });

  it('zet een API-fout over een score bij het juiste leefgebied', async () => {
    nepApi({
      ...LEZEN,
      [`POST /api/klanten/${KLANT}/gesprekken`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist.',
          fouten: [{ veld: 'scores.1.niveau', melding: 'niveau 9 bestaat niet' }],
        },
      },
    });
    toon();
    await screen.findByRole('group', { name: 'Financiën' });
    await scoor('Financiën', /^4\./);
    await scoor('Huisvesting', /^3\./);
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    // The second score sent is Huisvesting (Werk & opleiding and Tijdsbesteding were not scored).
    expect(await rij('Huisvesting').findByText('Niveau 9 bestaat niet.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Huisvesting' })).toHaveAccessibleDescription('Niveau 9 bestaat niet.');
  });

  it('herstelt een concept met melding, en "Concept weggooien" begint opnieuw', async () => {
    nepApi(LEZEN);
    const eerste = toon();
    await screen.findByRole('group', { name: 'Financiën' });
    await scoor('Justitie', /^2\./);
    await userEvent.type(screen.getByLabelText(/^Toelichting \(niet verplicht\)$/), 'Eerste deel van het gesprek');
    eerste.unmount();
    expect(JSON.parse(localStorage.getItem(SLEUTEL)!).waarden.scores.justitie.niveau).toBe('2');

    toon();
    expect(await screen.findByText(/^Concept van .* hersteld\.$/)).toBeInTheDocument();
    expect(rij('Justitie').getByRole('radio', { name: /^2\./ })).toBeChecked();
    expect(screen.getByLabelText(/^Toelichting \(niet verplicht\)$/)).toHaveValue('Eerste deel van het gesprek');
    expect(advies()).toMatch(/Eén leefgebied op niveau 2 of lager/);

    await userEvent.click(screen.getByRole('button', { name: 'Concept weggooien' }));
    expect(screen.queryByText(/hersteld/)).not.toBeInTheDocument();
    expect(rij('Justitie').getByRole('radio', { name: 'Niet besproken' })).toBeChecked();
    expect(screen.getByLabelText(/^Toelichting \(niet verplicht\)$/)).toHaveValue('');
    expect(localStorage.getItem(SLEUTEL)).toBeNull();
  });

  it('houdt het concept als opslaan mislukt doordat de verbinding weg is, en zegt dat', async () => {
    let antwoord: Antwoord = { status: 0 };
    nepApi({ ...LEZEN, [`POST /api/klanten/${KLANT}/gesprekken`]: () => antwoord });
    const { klaar } = toon();
    await screen.findByRole('group', { name: 'Financiën' });
    await scoor('Financiën', /^3\./);
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    expect(await screen.findByText(/Niet opgeslagen: er is geen verbinding/)).toHaveTextContent(
      'Je invoer staat als concept op dit apparaat',
    );
    expect(JSON.parse(localStorage.getItem(SLEUTEL)!).waarden.scores.financien.niveau).toBe('3');
    expect(klaar).not.toHaveBeenCalled();

    antwoord = { status: 201, body: { id: 'g1' } };
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(localStorage.getItem(SLEUTEL)).toBeNull();
  });

  it('wil minstens één score', async () => {
    const verzoeken = nepApi(LEZEN);
    toon();
    await screen.findByRole('group', { name: 'Financiën' });
    await userEvent.click(screen.getByRole('button', { name: 'Gesprek opslaan' }));
    expect(await screen.findByText('Geef minstens één leefgebied een niveau.')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.methode === 'POST')).toHaveLength(0);
  });
});
