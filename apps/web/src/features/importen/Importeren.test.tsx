import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import type { Import } from './api';
import { ImportenPagina } from './ImportenPagina';
import { ImportPagina } from './ImportPagina';

const ID = '6f1c3a2e-1b7d-4c1e-9a57-0a9d5f0b4c11';

const VELDEN: Import['velden'] = [
  { veld: 'bsn', naam: 'BSN', verplicht: true },
  { veld: 'achternaam', naam: 'Achternaam', verplicht: true },
  { veld: 'klantmanager', naam: 'Klantmanager', verplicht: false },
];

function taak(velden: Partial<Import> = {}): Import {
  return {
    id: ID,
    soort: 'klanten',
    bron: 'suite4sd',
    status: 'afgekeurd',
    voortgang: 1,
    rijen: { totaal: 3, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 1 },
    fouten: [{ rij: 1, veld: 'Achternaam', melding: 'kolom ontbreekt (verwacht een kolom "Achternaam")' }],
    waarschuwingen: ['Kolom "Familienaam" wordt niet gebruikt.'],
    bestandsnaam: 'klanten.csv',
    medewerker: { id: 'a1b2c3d4-0000-4000-8000-000000000001', naam: 'Tamara Teamleider' },
    koppeling: [
      { kolom: 'Burgerservicenummer', veld: 'bsn' },
      { kolom: 'Familienaam', veld: null },
    ],
    velden: VELDEN,
    koppelingWijzigbaar: true,
    aangemaaktOp: '2026-11-30T09:15:00.000Z',
    gewijzigdOp: '2026-11-30T09:15:02.000Z',
    ...velden,
  };
}

const routes = [
  { path: '/importen', element: <ImportenPagina /> },
  { path: '/importen/:id', element: <ImportPagina /> },
];
const leeg: Antwoord = { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } };

describe('Importeren', () => {
  it('controleert het formulier zelf en stuurt soort, bron en bestand als multipart', async () => {
    const verzoeken = nepApi({
      'GET /api/importen': leeg,
      'POST /api/importen': { status: 202, body: { id: ID } },
      [`GET /api/importen/${ID}`]: { status: 200, body: taak({ status: 'controleren', voortgang: 0.4 }) },
    });
    const { router } = renderRoutes(routes, '/importen');
    expect(await screen.findByText('Er zijn nog geen imports.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Uploaden en controleren' }));
    expect(await screen.findByText('Vul de bron in.')).toBeInTheDocument();
    expect(screen.getByText('Kies een CSV- of Excel-bestand.')).toBeInTheDocument();
    expect(screen.getByLabelText('Bron')).toHaveAttribute('aria-invalid', 'true');
    expect(verzoekenNaar(verzoeken, 'POST', '/api/importen')).toHaveLength(0);

    await userEvent.selectOptions(screen.getByLabelText('Wat staat er in het bestand?'), 'contactmomenten');
    await userEvent.type(screen.getByLabelText('Bron'), 'suite4sd');
    const bestand = new File(['BSN;Kanaal\r\n123456782;telefoon\r\n'], 'contact.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Bestand'), bestand);
    await userEvent.click(screen.getByRole('button', { name: 'Uploaden en controleren' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/importen/${ID}`));
    const [post] = verzoekenNaar(verzoeken, 'POST', '/api/importen');
    expect(post.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(post.body).toEqual({
      soort: 'contactmomenten',
      bron: 'suite4sd',
      bestand: { naam: 'contact.csv', inhoud: 'BSN;Kanaal\r\n123456782;telefoon\r\n' },
    });
    // The job page shows the progress of the dry run.
    expect(await screen.findByRole('progressbar', { name: 'Controleren: 40%' })).toBeInTheDocument();
  });

  it('zet een fout van de API bij het veld', async () => {
    nepApi({
      'GET /api/importen': leeg,
      'POST /api/importen': {
        status: 422,
        body: {
          status: 422,
          code: 'SOORT_NIET_ONDERSTEUND',
          detail: 'Importeren van soort "overdracht" kan nog niet.',
          fouten: [{ veld: 'soort', melding: 'wordt nog niet ondersteund' }],
        },
      },
    });
    renderRoutes(routes, '/importen');
    await userEvent.selectOptions(await screen.findByLabelText('Wat staat er in het bestand?'), 'overdracht');
    await userEvent.type(screen.getByLabelText('Bron'), 'gws4all');
    await userEvent.upload(screen.getByLabelText('Bestand'), new File(['{}'], 'dossier.json'));
    await userEvent.click(screen.getByRole('button', { name: 'Uploaden en controleren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Importeren van soort "overdracht" kan nog niet.');
    expect(screen.getByLabelText('Wat staat er in het bestand?')).toHaveAccessibleDescription(
      'Wordt nog niet ondersteund.',
    );
  });

  it('toont eerdere imports met wie, wanneer, soort, status en tellingen, gepagineerd', async () => {
    const verzoeken = nepApi({
      'GET /api/importen': (_b, v) => ({
        status: 200,
        body: {
          items: [
            taak({ status: 'uitgevoerd', rijen: { totaal: 3, nieuw: 2, gewijzigd: 1, ongewijzigd: 0, fout: 0 } }),
          ],
          totaal: 21,
          page: Number(new URLSearchParams(v.pad.split('?')[1]).get('page')),
          pageSize: 20,
        },
      }),
    });
    renderRoutes(routes, '/importen');
    const rij = (await screen.findByRole('link', { name: /30 nov 2026/ })).closest('tr')!;
    expect(
      within(rij)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '30 nov 2026, 10:15',
      'Tamara Teamleider',
      'Klanten',
      'klanten.csv',
      'Uitgevoerd',
      '3',
      '2',
      '1',
      '0',
      '0',
    ]);
    expect(within(rij).getByRole('link')).toHaveAttribute('href', `/importen/${ID}`);
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'GET', '/api/importen').at(-1)?.pad).toContain('page=2'));
  });

  it('peilt tijdens de controle en toont dan tellingen, fouten, de CSV en de koppeling', async () => {
    let keer = 0;
    nepApi({
      [`GET /api/importen/${ID}`]: () => ({
        status: 200,
        body: ++keer === 1 ? taak({ status: 'controleren', voortgang: 0.5, koppeling: [] }) : taak(),
      }),
    });
    renderRoutes(routes, `/importen/${ID}`);
    expect(await screen.findByRole('progressbar')).toHaveAttribute('value', '0.5');
    expect(
      await screen.findByText(/Het bestand is afgekeurd: 1 rij heeft een fout/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const fouten = screen.getByRole('table', { name: 'Fouten (1)' });
    expect(
      within(fouten)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', 'Achternaam', 'kolom ontbreekt (verwacht een kolom "Achternaam")']);
    expect(screen.getByRole('link', { name: 'Alle fouten downloaden (CSV)' })).toHaveAttribute(
      'href',
      `/api/v1/importen/${ID}/fouten.csv`,
    );
    expect(screen.getByText('Kolom "Familienaam" wordt niet gebruikt.')).toBeInTheDocument();
    expect(screen.getByLabelText('Burgerservicenummer')).toHaveValue('bsn');
    expect(screen.getByLabelText('Familienaam')).toHaveValue('');
    expect(screen.getByText('Nog aan geen kolom gekoppeld, maar verplicht: Achternaam.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitvoeren' })).not.toBeInTheDocument();
  });

  it('stuurt een gewijzigde koppeling en zet een fout van de API bij de kolom', async () => {
    let antwoord: Antwoord = {
      status: 400,
      body: {
        status: 400,
        code: 'VALIDATIE',
        detail: 'De invoer is niet juist: 1 veld klopt niet.',
        fouten: [{ veld: 'koppeling.1.veld', melding: '"achternaam" is al gekoppeld aan kolom "Naam"' }],
      },
    };
    let bezig = false;
    const verzoeken = nepApi({
      [`GET /api/importen/${ID}`]: () => ({
        status: 200,
        body: bezig ? taak({ status: 'controleren', voortgang: 0.1 }) : taak(),
      }),
      [`PUT /api/importen/${ID}/koppeling`]: () => {
        bezig = antwoord.status === 202;
        return antwoord;
      },
    });
    renderRoutes(routes, `/importen/${ID}`);
    await userEvent.selectOptions(await screen.findByLabelText('Familienaam'), 'achternaam');
    expect(screen.queryByText(/Nog aan geen kolom gekoppeld/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw controleren met deze koppeling' }));
    // The dry run's own warning is an alert too: find the form's.
    expect(await screen.findByText('De invoer is niet juist: 1 veld klopt niet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Familienaam')).toHaveAccessibleDescription(
      '"achternaam" is al gekoppeld aan kolom "Naam".',
    );
    expect(screen.getByLabelText('Familienaam')).toHaveValue('achternaam');

    antwoord = { status: 202, body: taak({ status: 'controleren', voortgang: 0 }) };
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw controleren met deze koppeling' }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PUT', `/api/importen/${ID}/koppeling`).at(-1)?.body).toEqual({
      koppeling: [
        { kolom: 'Burgerservicenummer', veld: 'bsn' },
        { kolom: 'Familienaam', veld: 'achternaam' },
      ],
    });
  });

  it('toont de koppeling alleen als tekst als het bestand er niet meer is', async () => {
    nepApi({ [`GET /api/importen/${ID}`]: { status: 200, body: taak({ koppelingWijzigbaar: false }) } });
    renderRoutes(routes, `/importen/${ID}`);
    expect(await screen.findByText(/De koppeling kan niet meer worden gewijzigd/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByText('Niet gebruikt')).toBeInTheDocument();
  });

  it('voert uit na een bevestiging die zegt hoeveel records er worden vastgelegd, en toont de uitkomst', async () => {
    const klaar = taak({
      status: 'klaar',
      rijen: { totaal: 5, nieuw: 3, gewijzigd: 1, ongewijzigd: 1, fout: 0 },
      fouten: [],
      koppeling: [{ kolom: 'BSN', veld: 'bsn' }],
    });
    let uitgevoerd = false;
    const verzoeken = nepApi({
      [`GET /api/importen/${ID}`]: () => ({
        status: 200,
        body: uitgevoerd ? { ...klaar, status: 'uitgevoerd', koppelingWijzigbaar: false } : klaar,
      }),
      [`POST /api/importen/${ID}/uitvoeren`]: () => {
        uitgevoerd = true;
        return { status: 202, body: { ...klaar, status: 'uitvoeren', voortgang: 0 } };
      },
    });
    renderRoutes(routes, `/importen/${ID}`);
    expect(await screen.findByText('Het bestand heeft geen fouten. Er is nog niets vastgelegd.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Uitvoeren' }));
    const dialoog = screen.getByRole('dialog', { name: 'Import uitvoeren' });
    expect(dialoog).toHaveTextContent(
      'Er worden 4 records vastgelegd: 3 nieuw en 1 gewijzigd. 1 ongewijzigd blijft zoals het is.',
    );
    expect(verzoekenNaar(verzoeken, 'POST', `/api/importen/${ID}/uitvoeren`)).toHaveLength(0);
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Ja, uitvoeren' }));
    expect(await screen.findByText('De import is uitgevoerd', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText(/Vastgelegd: 3 nieuw, 1 gewijzigd\. 1 rij was al zo vastgelegd/)).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', `/api/importen/${ID}/uitvoeren`)).toHaveLength(1);
  });
});
