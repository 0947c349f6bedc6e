import { maandeindenVoor, vandaag } from '@klant-in-beeld/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes, type Antwoord } from '../../../../../test/support/web';
import { RapportagesPagina } from './RapportagesPagina';

const beleid = {
  id: 'b1',
  gebruikersnaam: 'beleid1',
  naam: 'Noor Bakker',
  rol: 'beleid',
  teamId: null,
  organisatieId: 'o1',
};
const teamleider = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Ingrid Jansen',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};

const kerncijfers = (peildatum: string) => ({
  peildatum,
  caseload: 120,
  caseloadPerKlantmanager: { '<50': null, '50-74': null, '75-99': 1, '100-150': null, '>150': null },
  inBeeld: { in_beeld: 80, bijna_uit_beeld: 25, uit_beeld: 15 },
  gesprokenLaatste12Maanden: 0.8,
  gesprekkenVerdeling12Maanden: { '0': 24, '1': 40, '2': 30, '3': 16, '>3': 10 },
  metLopendeAfspraak: 0.5,
  vrijstellingen: { formeel: 10, informeel: 12, informeelVerlopen: null },
  vrijstellingenPerReden: {},
  ladder: { '1': 20, '2': 20, '3': 20, '4': 20, '5': 20, '6': 10 },
  ladderOnbekend: 10,
  noShowPercentage: 12.5,
  uitstroom: {},
  periode: { van: peildatum, tot: peildatum },
  onderdrukt: true,
});

const leefgebieden = (peildatum: string) => ({
  peildatum,
  caseload: 120,
  metGesprek: 40,
  niveaus: [1, 2, 3, 4, 5].map((waarde) => ({ waarde, naam: `Niveau ${waarde}`, bekend: true })),
  domeinen: [],
  paden: [],
  metPlan: 0.25,
  evaluatieVerlopen: 0.05,
  onderdrukt: false,
});

function toon(medewerker: object, pad = '/rapportages', anders: Record<string, () => Antwoord> = {}) {
  const verzoeken = nepApi({
    'GET /api/gemeenten': { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 200 } },
    'GET /api/teams': { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 200 } },
    'GET /api/rapportages/kerncijfers': (_, v) => ({
      status: 200,
      body: kerncijfers(new URL(v.pad, 'http://x').searchParams.get('peildatum')!),
    }),
    'GET /api/rapportages/trend': { status: 200, body: { maanden: [], inVoorbereiding: [] } },
    'GET /api/rapportages/doorstroom': (_, v) => {
      const q = new URL(v.pad, 'http://x').searchParams;
      return {
        status: 200,
        body: { van: q.get('van'), tot: q.get('tot'), matrix: {}, omhoog: 0, gelijk: 0, omlaag: 0, onderdrukt: false },
      };
    },
    'GET /api/rapportages/leefgebieden': (_, v) => ({
      status: 200,
      body: leefgebieden(new URL(v.pad, 'http://x').searchParams.get('peildatum')!),
    }),
    'GET /api/rapportages/leefgebieden/beweging': (_, v) => {
      const q = new URL(v.pad, 'http://x').searchParams;
      return { status: 200, body: { van: q.get('van'), tot: q.get('tot'), domeinen: [], onderdrukt: false } };
    },
    ...anders,
  });
  renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={medewerker} />,
        children: [{ path: 'rapportages', element: <RapportagesPagina /> }],
      },
    ],
    pad,
  );
  return verzoeken;
}

const vraag = (verzoeken: { pad: string }[], bestand: string) =>
  verzoeken
    .filter((v) => v.pad.startsWith(`/api/rapportages/${bestand}?`))
    .map((v) => Object.fromEntries(new URL(v.pad, 'http://x').searchParams));

describe('RapportagesPagina', () => {
  it('beleid kiest de peildatum uit de laatste 36 maandeinden (standaard het laatste); doorstroom en trend volgen', async () => {
    const verzoeken = toon(beleid);
    const maandeinden = maandeindenVoor(vandaag(), 36);
    const keuze = await screen.findByRole('combobox', { name: 'Peildatum' });
    expect(screen.queryByLabelText('Peildatum', { selector: 'input' })).not.toBeInTheDocument();
    expect([...(keuze as HTMLSelectElement).options].map((o) => o.value)).toEqual(maandeinden);
    expect(keuze).toHaveValue(maandeinden[0]);
    await waitFor(() => expect(vraag(verzoeken, 'kerncijfers').at(-1)).toEqual({ peildatum: maandeinden[0] }));

    await userEvent.selectOptions(keuze, maandeinden[5]);
    await waitFor(() => expect(vraag(verzoeken, 'kerncijfers').at(-1)).toEqual({ peildatum: maandeinden[5] }));
    // A doorstroom for beleid runs between month ends too: twelve months back.
    expect(vraag(verzoeken, 'doorstroom').at(-1)).toEqual({ van: maandeinden[17], tot: maandeinden[5] });
    expect(vraag(verzoeken, 'trend').at(-1)).toMatchObject({ tot: maandeinden[5] });
  });

  it('een andere datum in de adresregel wordt voor beleid het laatste maandeinde (de API zou hem weigeren)', async () => {
    const verzoeken = toon(beleid, '/rapportages?peildatum=2026-06-15');
    await screen.findByRole('combobox', { name: 'Peildatum' });
    await waitFor(() =>
      expect(vraag(verzoeken, 'kerncijfers').at(-1)).toEqual({ peildatum: maandeindenVoor(vandaag(), 1)[0] }),
    );
  });

  it('de teamleider houdt een vrije datum, standaard vandaag', async () => {
    const verzoeken = toon(teamleider);
    const datum = await screen.findByLabelText('Peildatum');
    expect(datum).toHaveAttribute('type', 'date');
    expect(datum).toHaveValue(vandaag());
    await waitFor(() => expect(vraag(verzoeken, 'kerncijfers').at(-1)).toEqual({ peildatum: vandaag() }));
  });

  it('een trend die nog wordt voorbereid meldt hoeveel maanden klaarstaan en vult zich vanzelf aan', async () => {
    let klaar = false;
    const maand = (p: string) => ({ ...kerncijfers(p), caseload: 118 });
    const verzoeken = toon(teamleider, '/rapportages', {
      'GET /api/rapportages/trend': () => ({
        status: 200,
        body: klaar
          ? { maanden: [maand('2026-09-30'), maand('2026-10-31')], inVoorbereiding: [] }
          : { maanden: [maand('2026-10-31')], inVoorbereiding: ['2026-09-30'] },
      }),
    });
    const trend = screen.getByRole('region', { name: 'In beeld over de tijd' });
    const melding = await within(trend).findByText(/De trend wordt nog voorbereid: 1 van 2 maanden staan klaar/);
    expect(melding.closest('[role="status"]')).not.toBeNull();
    klaar = true;
    await waitFor(() => expect(within(trend).queryByText(/De trend wordt nog voorbereid/)).not.toBeInTheDocument(), {
      timeout: 6000,
    });
    expect(vraag(verzoeken, 'trend').length).toBeGreaterThanOrEqual(2);
  }, 10_000);

  it('een mislukte trend meldt dat in zijn eigen deel, met opnieuw proberen; de kerncijfers en de doorstroom blijven staan', async () => {
    let trendMislukt = true;
    const maand = { ...kerncijfers('2026-10-31'), caseload: 118 };
    const verzoeken = toon(teamleider, '/rapportages', {
      'GET /api/rapportages/trend': () =>
        trendMislukt
          ? {
              status: 500,
              body: { statusCode: 500, code: 'INTERNE_FOUT', message: 'Er ging iets mis bij het berekenen.' },
            }
          : { status: 200, body: { maanden: [maand], inVoorbereiding: [] } },
    });
    const trend = screen.getByRole('region', { name: 'In beeld over de tijd' });
    const fout = await within(trend).findByRole('alert');
    expect(fout).toHaveTextContent('De trend kon niet worden geladen');
    expect(fout).toHaveTextContent('Er ging iets mis bij het berekenen.');
    // The other parts show their figures.
    expect(await screen.findByText('klanten met een uitkering')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Klanten per trede' })).toBeInTheDocument();
    expect(screen.getByText(/0 omhoog, 0 gelijk, 0 omlaag/)).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    trendMislukt = false;
    await userEvent.click(within(fout).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await within(trend).findByRole('table', { name: 'In beeld en gesproken per maand' })).toHaveTextContent(
      '118',
    );
    expect(within(trend).queryByRole('alert')).not.toBeInTheDocument();
    expect(vraag(verzoeken, 'trend')).toHaveLength(2);
  });

  it('mislukte kerncijfers melden dat bij de kerncijfers en de uitstroom; de trend blijft staan', async () => {
    toon(teamleider, '/rapportages', {
      'GET /api/rapportages/kerncijfers': () => ({
        status: 500,
        body: { statusCode: 500, code: 'INTERNE_FOUT', message: 'Er ging iets mis.' },
      }),
    });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert').map((m) => m.querySelector('strong')?.textContent)).toEqual([
      'De kerncijfers konden niet worden geladen',
      'De uitstroom kon niet worden geladen',
    ]);
    expect(
      within(screen.getByRole('region', { name: 'In beeld over de tijd' })).getByRole('table'),
    ).toBeInTheDocument();
    expect(screen.queryByText('klanten met een uitkering')).not.toBeInTheDocument();
  });
});
