import { act, screen, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { EffectPagina } from './EffectPagina';

const redenen = (extra: Record<string, number | null> = {}) => ({
  werk: 0,
  werk_met_loonkostensubsidie: 0,
  eigen_onderneming: 0,
  opleiding: 0,
  andere_uitkering: 0,
  inkomen_partner: 0,
  verhuizing: 0,
  detentie: 0,
  overlijden: 0,
  overig: 0,
  ...extra,
});
const leefgebied = (
  code: string,
  naam: string,
  omhoog: number | null,
  gelijk: number | null,
  omlaag: number | null,
) => ({
  code,
  naam,
  bekend: true,
  omhoog,
  gelijk,
  omlaag,
});
const groep = (velden: Record<string, unknown>) => ({
  deelnemers: 40,
  telt: 30,
  ladder: { omhoog: 9, gelijk: 12, omlaag: 6, onbekend: 3 },
  uitgestroomd: 6,
  uitstroomAandeel: 0.2,
  uitstroom: redenen({ werk: 6 }),
  leefgebiedenGemeten: 20,
  leefgebieden: [leefgebied('financien', 'Financiën', 8, 7, 5), leefgebied('huisvesting', 'Huisvesting', 0, 20, 0)],
  ...velden,
});
const effect = (velden: Record<string, unknown> = {}) => ({
  campagneId: 'c1',
  peildatum: '2027-06-01',
  gestartOp: '2026-01-05',
  cohort: 60,
  onderdrukt: false,
  horizonten: [
    { maanden: 6, cohort: groep({}), referentie: groep({ deelnemers: 20, telt: 20, leefgebiedenGemeten: 0 }) },
    {
      maanden: 12,
      cohort: groep({ telt: 10, ladder: { omhoog: 5, gelijk: null, omlaag: null, onbekend: 0 } }),
      referentie: groep({ deelnemers: 20, telt: 20, uitstroom: redenen({ werk: null, verhuizing: 7 }) }),
    },
  ],
  ...velden,
});
const teamleider = {
  id: 'tl1',
  gebruikersnaam: 'tl1',
  naam: 'Tess',
  rol: 'teamleider',
  teamId: 't1',
  organisatieId: 'o1',
};

async function toon() {
  await act(async () => {
    renderRoutes(
      [
        {
          path: '/',
          element: <Outlet context={teamleider} />,
          children: [{ path: 'campagnes/:id/effect', element: <EffectPagina /> }],
        },
      ],
      '/campagnes/c1/effect',
    );
  });
}

const rij = (tabel: HTMLElement, naam: string) =>
  [...within(tabel).getByRole('rowheader', { name: naam }).closest('tr')!.querySelectorAll('td')].map(
    (c) => c.textContent,
  );

describe('EffectPagina', () => {
  it('toont per horizon ladder, leefgebieden en uitstroom met de referentiegroep ernaast', async () => {
    nepApi({
      'GET /api/campagnes/c1': { status: 200, body: { id: 'c1', naam: 'Herscreening 2026' } },
      'GET /api/campagnes/c1/effect': { status: 200, body: effect() },
    });
    await toon();
    expect(await screen.findByRole('heading', { level: 1, name: 'Effect van Herscreening 2026' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar de campagne' }).getAttribute('href')).toBe('/campagnes/c1');
    const download = screen.getByRole('link', { name: 'Trechter (Excel)' });
    expect(download.getAttribute('href')).toBe('/api/v1/campagnes/c1/trechter.xlsx');
    expect(download.hasAttribute('download')).toBe(true);

    const zes = screen.getByRole('region', { name: 'Na 6 maanden' });
    expect(within(zes).getByText(/Tellen mee: 30 van 40 deelnemers met campagnegesprek en 20 van 20/)).toBeTruthy();
    const [ladder, leefgebieden, uitstroom] = within(zes).getAllByRole('table');
    expect(rij(ladder, 'Hoger op de ladder')).toEqual(['9', '9']);
    expect(rij(ladder, 'Onbekend (niet gemeten)')).toEqual(['3', '3']);
    // Nobody in the reference group has gesprekken to compare: its columns are left out.
    expect(within(zes).getByText(/de referentiegroep heeft geen gesprekken om te vergelijken/)).toBeTruthy();
    expect(rij(leefgebieden, 'Financiën')).toEqual(['8', '7', '5']);
    expect(rij(uitstroom, 'Uitgestroomd')).toEqual(['6', '6']);
    expect(rij(uitstroom, 'Deel van wie meetelt')).toEqual(['20%', '20%']);
    expect(rij(uitstroom, 'Werk (volledig)')).toEqual(['6', '6']);
    expect(within(uitstroom).queryByRole('rowheader', { name: 'Detentie' })).toBeNull();

    const twaalf = screen.getByRole('region', { name: 'Na 12 maanden' });
    const [ladder12, leefgebieden12, uitstroom12] = within(twaalf).getAllByRole('table');
    expect(rij(ladder12, 'Gelijk gebleven')).toEqual(['< 5', '12']);
    expect(rij(leefgebieden12, 'Financiën')).toEqual(['8', '7', '5', '8', '7', '5']);
    expect(rij(uitstroom12, 'Werk (volledig)')).toEqual(['6', '< 5']);
    expect(rij(uitstroom12, 'Verhuizing naar andere gemeente')).toEqual(['0', '7']);
  });

  it('een campagne in concept: de uitleg van de API en de weg terug', async () => {
    nepApi({
      'GET /api/campagnes/c1': { status: 200, body: { id: 'c1', naam: 'Nieuw' } },
      'GET /api/campagnes/c1/effect': {
        status: 422,
        body: {
          code: 'CAMPAGNE_CONCEPT',
          message: 'Deze campagne is nog niet gestart: er is nog geen cohort om het effect van te meten.',
        },
      },
    });
    await toon();
    expect(await screen.findByText(/nog geen cohort om het effect van te meten/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar de campagne' })).toBeTruthy();
  });

  it('beleid: onderdrukte aantallen als "< 5" met uitleg', async () => {
    nepApi({
      'GET /api/campagnes/c1': { status: 200, body: { id: 'c1', naam: 'Herscreening 2026' } },
      'GET /api/campagnes/c1/effect': {
        status: 200,
        body: effect({
          onderdrukt: true,
          cohort: null,
          horizonten: [
            {
              maanden: 6,
              cohort: groep({ telt: null, uitgestroomd: null, uitstroomAandeel: null }),
              referentie: groep({}),
            },
          ],
        }),
      },
    });
    await toon();
    expect(await screen.findByText(/Cohort van < 5 deelnemers/)).toBeTruthy();
    expect(screen.getByText(/dit aantal is weggelaten/)).toBeTruthy();
    const [, , uitstroom] = within(screen.getByRole('region', { name: 'Na 6 maanden' })).getAllByRole('table');
    expect(rij(uitstroom, 'Uitgestroomd')).toEqual(['< 5', '6']);
    expect(rij(uitstroom, 'Deel van wie meetelt')).toEqual(['< 5', '20%']);
  });
});
