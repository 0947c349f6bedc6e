import { SAMENVOEGVELDEN, STANDAARD_BRIEF } from '@klant-in-beeld/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { BrievenPagina } from './BrievenPagina';

const organisatie = {
  gemeenteId: null,
  ...STANDAARD_BRIEF,
  afzender: 'Sociale Dienst',
  heeftLogo: false,
  versie: 0,
  standaard: true,
};
const brieven: Antwoord = { status: 200, body: { sjablonen: [organisatie], velden: SAMENVOEGVELDEN } };
const gemeenten: Antwoord = {
  status: 200,
  body: { items: [{ id: 'g1', naam: 'Zwolle', cbsCode: 'GM0193' }], page: 1, pageSize: 200, total: 1 },
};

function toon() {
  return renderRoutes([{ path: '/instellingen/brieven', element: <BrievenPagina /> }], '/instellingen/brieven');
}

const voorbeeld = () => screen.getByTestId('briefvoorbeeld');

describe('BrievenPagina', () => {
  it('toont de standaardbrief met een live voorbeeld dat meeloopt met het typen', async () => {
    nepApi({ 'GET /api/instellingen/brieven': brieven, 'GET /api/gemeenten': gemeenten });
    toon();
    const onderwerp = await screen.findByLabelText('Onderwerp');
    expect(onderwerp).toHaveValue(STANDAARD_BRIEF.onderwerp);
    expect(voorbeeld()).toHaveTextContent('Uitnodiging voor een gesprek op dinsdag 8 december 2026');
    expect(voorbeeld()).toHaveTextContent('Beste Fatima Yilmaz');
    await userEvent.clear(onderwerp);
    await userEvent.type(onderwerp, 'Tot {{{{uitnodiging.tijd}}');
    expect(voorbeeld()).toHaveTextContent('Tot 10:30');
  });

  it('markeert een onbekend samenvoegveld in het voorbeeld', async () => {
    nepApi({ 'GET /api/instellingen/brieven': brieven, 'GET /api/gemeenten': gemeenten });
    toon();
    const inhoud = await screen.findByLabelText('Tekst van de brief');
    fireEvent.change(inhoud, { target: { value: 'Uw BSN {{klant.bsn}}' } });
    expect(screen.getByText(/Onbekend samenvoegveld: \{\{klant\.bsn\}\}/)).toBeInTheDocument();
    expect(voorbeeld().querySelector('mark')).toHaveTextContent('{{klant.bsn}}');
  });

  it('voegt een samenvoegveld in op de cursor', async () => {
    nepApi({ 'GET /api/instellingen/brieven': brieven, 'GET /api/gemeenten': gemeenten });
    toon();
    const inhoud = (await screen.findByLabelText('Tekst van de brief')) as HTMLTextAreaElement;
    fireEvent.change(inhoud, { target: { value: 'Hallo  welkom' } });
    inhoud.setSelectionRange(6, 6);
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen: klant.voornamen' }));
    expect(inhoud).toHaveValue('Hallo {{klant.voornamen}} welkom');
  });

  it('zet een 400 van de API bij het veld en houdt de invoer', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/brieven': brieven,
      'GET /api/gemeenten': gemeenten,
      'PUT /api/instellingen/brieven': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist: inhoud onbekend samenvoegveld {{x}}.',
          fouten: [{ veld: 'inhoud', melding: 'onbekend samenvoegveld {{x}}' }],
        },
      },
    });
    toon();
    const inhoud = await screen.findByLabelText('Tekst van de brief');
    fireEvent.change(inhoud, { target: { value: 'Hoi {{x}}' } });
    await userEvent.click(screen.getByRole('button', { name: 'Brief opslaan' }));
    expect(await screen.findByText('Onbekend samenvoegveld {{x}}.')).toBeInTheDocument();
    expect(inhoud).toHaveValue('Hoi {{x}}');
    const [put] = verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/brieven');
    expect(put.body).toEqual(expect.objectContaining({ gemeenteId: null, inhoud: 'Hoi {{x}}', versie: 0 }));
  });

  it('biedt bij een versieconflict aan de nieuwste versie te laden', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/brieven': brieven,
      'GET /api/gemeenten': gemeenten,
      'PUT /api/instellingen/brieven': {
        status: 409,
        body: { statusCode: 409, code: 'VERSIE_CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd.' },
      },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Brief opslaan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'GET', '/api/instellingen/brieven')).toHaveLength(2));
  });

  it('slaat de brief van een gekozen gemeente op', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/brieven': brieven,
      'GET /api/gemeenten': gemeenten,
      'PUT /api/instellingen/brieven': brieven,
    });
    toon();
    await screen.findByRole('option', { name: 'Zwolle' });
    await userEvent.selectOptions(screen.getByLabelText('Brief voor'), 'g1');
    expect(await screen.findByText('Deze gemeente gebruikt nu de brief van de organisatie.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Brief opslaan' }));
    expect(await screen.findByText('De brief is opgeslagen.')).toBeInTheDocument();
    const [put] = verzoekenNaar(verzoeken, 'PUT', '/api/instellingen/brieven');
    expect(put.body).toEqual(expect.objectContaining({ gemeenteId: 'g1', versie: 0 }));
  });
});
