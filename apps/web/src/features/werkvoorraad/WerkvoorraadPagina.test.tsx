import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes, uitgesteld, type Antwoord } from '../../../../../test/support/web';
import { WerkvoorraadPagina } from './WerkvoorraadPagina';

const km = { id: 'km1', gebruikersnaam: 'km1', naam: 'Fatima', rol: 'klantmanager', teamId: 't1', organisatieId: 'o1' };
const peildatum = vandaag();
const werkvoorraad = {
  items: [
    {
      klantId: 'k1',
      klantNaam: 'Anna Bakker',
      soort: 'uit_beeld',
      vervaldatum: plusDagen(peildatum, -5),
      urgentie: 'verlopen',
      reden: '95 dagen niet gesproken; de norm is 90 dagen.',
      referentieId: null,
      klantmanagerId: 'km1',
      inBeeldStatus: 'uit_beeld',
      laatstGezien: plusDagen(peildatum, -95),
      normDagen: 90,
    },
    {
      klantId: 'k2',
      klantNaam: 'Bram de Wit',
      soort: 'intake_nodig',
      vervaldatum: plusDagen(peildatum, 10),
      urgentie: 'binnenkort',
      reden: 'Nog geen intakegesprek.',
      referentieId: null,
      klantmanagerId: 'km1',
      inBeeldStatus: 'bijna_uit_beeld',
      laatstGezien: null,
      normDagen: 60,
    },
  ],
  totaal: 2,
  page: 1,
  pageSize: 50,
  perSoort: { uit_beeld: 1, intake_nodig: 1 },
  peildatum,
};

function toon() {
  return renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={km} />,
        children: [
          { path: 'werkvoorraad', element: <WerkvoorraadPagina /> },
          { path: 'klanten/:id', element: <p>Dossier</p> },
        ],
      },
    ],
    '/werkvoorraad',
  );
}

describe('WerkvoorraadPagina', () => {
  it('toont de items met status, dagen tegen de norm, urgentie en tellingen per soort', async () => {
    nepApi({ 'GET /api/werkvoorraad': { status: 200, body: werkvoorraad } });
    toon();
    const rij = (await screen.findByRole('link', { name: 'Anna Bakker' })).closest('tr')!;
    expect(within(rij).getAllByText('Uit beeld')).toHaveLength(2); // the kind and the badge
    expect(within(rij).getByText('· 95 / 90 dagen')).toBeInTheDocument();
    expect(within(rij).getByText('Verlopen')).toBeInTheDocument();
    expect(within(rij).getByText('95 dagen niet gesproken; de norm is 90 dagen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Alles (2)' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Intake nodig (1)' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('filtert op soort via de server', async () => {
    const verzoeken = nepApi({ 'GET /api/werkvoorraad': { status: 200, body: werkvoorraad } });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Intake nodig (1)' }));
    await waitFor(() => expect(verzoeken.at(-1)!.pad).toContain('soort=intake_nodig'));
  });

  it('stelt uit met reden en datum, en eist een reden', async () => {
    const verzoeken = nepApi({
      'GET /api/werkvoorraad': { status: 200, body: werkvoorraad },
      'POST /api/werkvoorraad/uitstellen': { status: 201, body: { id: 'u1' } },
    });
    toon();
    await userEvent.click(await screen.findByRole('button', { name: 'Uitstellen: Uit beeld bij Anna Bakker' }));
    const dialoog = screen.getByRole('dialog', { name: 'Uitstellen' });
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitstellen' }));
    expect(await within(dialoog).findByText('Geef een reden.')).toBeInTheDocument();
    await userEvent.type(within(dialoog).getByLabelText('Reden'), 'Klant in het ziekenhuis');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitstellen' }));
    await waitFor(() =>
      expect(verzoeken.find((v) => v.methode === 'POST')?.body).toEqual({
        klantId: 'k1',
        soort: 'uit_beeld',
        referentieId: null,
        totDatum: plusDagen(peildatum, 7),
        reden: 'Klant in het ziekenhuis',
      }),
    );
  });

  it('toont plan_evalueren en plan_nodig met hun label en filter, en stelt uit met het plan als referentie', async () => {
    const planItem = {
      ...werkvoorraad.items[0],
      klantId: 'k3',
      klantNaam: 'Cor Plan',
      soort: 'plan_evalueren',
      vervaldatum: plusDagen(peildatum, 3),
      urgentie: 'binnenkort',
      reden: 'Evaluatie van het plan op 4-12-2026.',
      referentieId: 'plan-1',
      inBeeldStatus: 'in_beeld',
    };
    const gesprekItem = {
      ...planItem,
      klantId: 'k4',
      klantNaam: 'Dina Gesprek',
      soort: 'plan_nodig',
      referentieId: 'g-1',
    };
    const verzoeken = nepApi({
      'GET /api/werkvoorraad': {
        status: 200,
        body: {
          ...werkvoorraad,
          items: [planItem, gesprekItem],
          totaal: 2,
          perSoort: { plan_evalueren: 1, plan_nodig: 1 },
        },
      },
      'POST /api/werkvoorraad/uitstellen': { status: 201, body: { id: 'u1' } },
    });
    toon();
    const rij = (await screen.findByRole('link', { name: 'Cor Plan' })).closest('tr')!;
    expect(within(rij).getByText('Plan evalueren')).toBeInTheDocument();
    expect(within(rij).getByRole('link', { name: 'Cor Plan' })).toHaveAttribute('href', '/klanten/k3');
    expect(screen.getByRole('button', { name: 'Plan evalueren (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plan nodig (1)' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Uitstellen: Plan evalueren bij Cor Plan' }));
    const dialoog = screen.getByRole('dialog', { name: 'Uitstellen' });
    await userEvent.type(within(dialoog).getByLabelText('Reden'), 'Evaluatie na de vakantie');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitstellen' }));
    await waitFor(() =>
      expect(verzoeken.find((v) => v.methode === 'POST')?.body).toEqual({
        klantId: 'k3',
        soort: 'plan_evalueren',
        referentieId: 'plan-1',
        totDatum: plusDagen(peildatum, 7),
        reden: 'Evaluatie na de vakantie',
      }),
    );
  });

  it('zegt het als er niets open staat', async () => {
    nepApi({ 'GET /api/werkvoorraad': { status: 200, body: { ...werkvoorraad, items: [], totaal: 0, perSoort: {} } } });
    toon();
    expect(await screen.findByText('Alles is bij: er staat niets open in de werkvoorraad.')).toBeInTheDocument();
  });

  describe('campagne-items', () => {
    const campagneItem = (soort: string, extra: Record<string, unknown> = {}) => ({
      ...werkvoorraad.items[0],
      klantId: 'k3',
      klantNaam: 'Cor Jansen',
      soort,
      vervaldatum: peildatum,
      urgentie: 'vandaag',
      reden: 'Nabellen over de uitnodiging.',
      referentieId: 'u1',
      campagneId: 'c1',
      toegewezenAan: 'km1',
      ...extra,
    });
    const metItems = (...items: unknown[]) => ({ ...werkvoorraad, items, totaal: items.length, perSoort: {} });

    it('nabellen toont het tijdstip en legt bereikt met één klik vast', async () => {
      const verzoeken = nepApi({
        'GET /api/werkvoorraad': {
          status: 200,
          body: metItems(campagneItem('nabellen', { uitnodigingOp: '2026-11-24T09:30:00.000Z' })),
        },
        'POST /api/campagnes/c1/deelnemers/k3/nabellen': { status: 201, body: { id: 'cm1' } },
      });
      toon();
      const rij = (await screen.findByRole('link', { name: 'Cor Jansen' })).closest('tr')!;
      expect(within(rij).getByText(/Gesprek op dinsdag 24 november om 10:30/)).toBeInTheDocument();
      await userEvent.click(within(rij).getByRole('button', { name: 'Bereikt: Cor Jansen' }));
      await waitFor(() =>
        expect(verzoeken.find((v) => v.methode === 'POST')).toMatchObject({
          pad: '/api/campagnes/c1/deelnemers/k3/nabellen',
          body: { resultaat: 'bereikt' },
        }),
      );
      // The list is read again, so the item goes.
      await waitFor(() => expect(verzoeken.filter((v) => v.methode === 'GET')).toHaveLength(2));
    });

    it('bereikt vlak na het kiezen van een filter: de lezing die al onderweg was telt niet', async () => {
      const item = campagneItem('nabellen');
      const metNabellen = { ...metItems(item), perSoort: { nabellen: 1 } };
      // The first filtered read left before the call and answers after it, still with the item.
      const oud = uitgesteld<Antwoord>();
      let gefilterd = 0;
      let gebeld = false;
      nepApi({
        'GET /api/werkvoorraad': (_body, verzoek) => {
          if (!verzoek.pad.includes('soort=nabellen')) return { status: 200, body: metNabellen };
          gefilterd += 1;
          return gefilterd === 1 ? oud.promise : { status: 200, body: gebeld ? metItems() : metNabellen };
        },
        'POST /api/campagnes/c1/deelnemers/k3/nabellen': () => {
          gebeld = true;
          return { status: 201, body: { id: 'cm1' } };
        },
      });
      toon();
      await userEvent.click(await screen.findByRole('button', { name: 'Nabellen (1)' }));
      await userEvent.click(screen.getByRole('button', { name: 'Bereikt: Cor Jansen' }));
      await waitFor(() => expect(gebeld).toBe(true));
      oud.klaar({ status: 200, body: metNabellen });
      await waitFor(() =>
        expect(screen.queryByRole('button', { name: 'Bereikt: Cor Jansen' })).not.toBeInTheDocument(),
      );
      expect(gefilterd).toBe(2);
    });

    it('niet bereikt, en een fout van de server staat bij de knoppen', async () => {
      const verzoeken = nepApi({
        'GET /api/werkvoorraad': { status: 200, body: metItems(campagneItem('nabellen')) },
        'POST /api/campagnes/c1/deelnemers/k3/nabellen': {
          status: 422,
          body: { status: 422, code: 'GEEN_OPEN_UITNODIGING', detail: 'Er is geen open uitnodiging.' },
        },
      });
      toon();
      await userEvent.click(await screen.findByRole('button', { name: 'Niet bereikt: Cor Jansen' }));
      await waitFor(() =>
        expect(verzoeken.find((v) => v.methode === 'POST')?.body).toEqual({ resultaat: 'niet_bereikt' }),
      );
      expect(await screen.findByText(/geen open uitnodiging/i)).toBeInTheDocument();
    });

    it('uitnodigen en no-show verwijzen naar de deelnemer op de campagnepagina', async () => {
      nepApi({
        'GET /api/werkvoorraad': {
          status: 200,
          body: metItems(
            campagneItem('campagne_uitnodigen', { referentieId: 'c1' }),
            campagneItem('campagne_no_show', { klantId: 'k4', klantNaam: 'Dirk Smit', referentieId: 'c1' }),
          ),
        },
      });
      toon();
      expect(await screen.findByRole('link', { name: 'Uitnodigen voor Cor Jansen' })).toHaveAttribute(
        'href',
        '/campagnes/c1?zoek=Cor+Jansen',
      );
      expect(screen.getByRole('link', { name: 'Opnieuw uitnodigen of besluiten voor Dirk Smit' })).toHaveAttribute(
        'href',
        '/campagnes/c1?zoek=Dirk+Smit',
      );
      expect(screen.queryByRole('button', { name: /Bereikt/ })).not.toBeInTheDocument();
    });
  });
});
