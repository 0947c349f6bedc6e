import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { nepApi, renderRoutes, verzoekenNaar, zoekParams, type Antwoord } from '../../../../../test/support/web';
import { CampagneDetailPagina } from './CampagneDetailPagina';

const nul = { cohort: 3, uitgenodigd: 0, nagebeld: 0, verschenen: 0, noShow: 0, gesprekGevoerd: 0, planGemaakt: 0 };
const campagne = {
  id: 'c1',
  naam: 'Herscreening 2027',
  doel: null,
  status: 'lopend',
  criteria: {},
  startdatum: '2026-01-05',
  einddatum: '2099-12-31',
  maxUitnodigingen: 2,
  cohortGrootte: 3,
  versie: 3,
  trechter: nul,
  opkomst: {
    metNabellen: { uitnodigingen: 0, verschenen: 0, percentage: null },
    zonderNabellen: { uitnodigingen: 0, verschenen: 0, percentage: null },
  },
  paden: {},
  externeMedewerkerIds: [],
};
const km = { id: 'km1', gebruikersnaam: 'km1', naam: 'Karin', rol: 'klantmanager', teamId: 't1', organisatieId: 'o1' };
const medewerkers = {
  items: [
    { id: 'km1', naam: 'Karin', rol: 'klantmanager', teamId: 't1', actief: true },
    { id: 'km2', naam: 'Kees', rol: 'klantmanager', teamId: 't1', actief: true },
  ],
  page: 1,
  pageSize: 200,
  totaal: 2,
};
const uitnodiging = {
  id: 'u1',
  // Past: the outcome can be registered.
  datumTijd: '2026-11-24T09:00:00.000Z',
  duurMinuten: 60,
  locatie: 'Stadskantoor',
  medewerkerId: 'km1',
  nagebeld: false,
  nabelPoging: false,
  uitkomst: null,
};
const deelnemers = [
  {
    klantId: 'k1',
    klantNaam: 'Jan Jansen',
    medewerkerId: 'km1',
    medewerkerNaam: 'Karin',
    pogingen: 0,
    status: 'te_plannen',
  },
  {
    klantId: 'k2',
    klantNaam: 'Piet Pot',
    medewerkerId: 'km1',
    medewerkerNaam: 'Karin',
    pogingen: 1,
    status: 'uitgenodigd',
    uitnodiging,
  },
  { klantId: 'k4', klantNaam: 'Mo Maas', medewerkerId: 'km1', medewerkerNaam: 'Karin', pogingen: 1, status: 'no_show' },
  {
    klantId: 'k3',
    klantNaam: 'Els Eik',
    medewerkerId: 'km1',
    medewerkerNaam: 'Karin',
    pogingen: 1,
    status: 'gesprek_gevoerd',
  },
];
const pagina = (items: unknown[]) => ({ status: 200, body: { items, page: 1, pageSize: 25, totaal: items.length } });

function toon(extra: Record<string, Antwoord | ((body: unknown) => Antwoord)> = {}, pad = '/campagnes/c1') {
  const verzoeken = nepApi({
    'GET /api/campagnes/c1': { status: 200, body: campagne },
    'GET /api/campagnes/c1/deelnemers': pagina(deelnemers),
    'GET /api/medewerkers': { status: 200, body: medewerkers },
    ...extra,
  });
  renderRoutes(
    [
      {
        path: '/',
        element: <Outlet context={km} />,
        children: [{ path: 'campagnes/:id', element: <CampagneDetailPagina /> }],
      },
    ],
    pad,
  );
  return verzoeken;
}

const rij = async (naam: string) => (await screen.findByRole('link', { name: naam })).closest('tr')!;

async function vulUitnodiging() {
  await userEvent.click(within(await rij('Jan Jansen')).getByRole('button', { name: 'Uitnodigen: Jan Jansen' }));
  const dialoog = await screen.findByRole('dialog', { name: 'Jan Jansen uitnodigen' });
  const datum = within(dialoog).getByLabelText('Datum');
  await userEvent.clear(datum);
  await userEvent.type(datum, '2099-12-08');
  const tijd = within(dialoog).getByLabelText('Tijd');
  await userEvent.clear(tijd);
  await userEvent.type(tijd, '10:00');
  await userEvent.type(within(dialoog).getByLabelText(/^Locatie/), 'Stadskantoor');
  return dialoog;
}

describe('Deelnemers van een lopende campagne', () => {
  it('toont per status de acties, en de open uitnodiging in woorden', async () => {
    toon();
    expect(within(await rij('Jan Jansen')).getByRole('button', { name: 'Uitnodigen: Jan Jansen' })).toBeInTheDocument();
    const piet = await rij('Piet Pot');
    expect(within(piet).getByText('dinsdag 24 november, 10:00, Stadskantoor')).toBeInTheDocument();
    expect(within(piet).getByRole('button', { name: 'Bereikt: Piet Pot' })).toBeInTheDocument();
    expect(within(piet).getByRole('button', { name: 'Niet verschenen: Piet Pot' })).toBeInTheDocument();
    expect(within(piet).getByRole('button', { name: 'Gesprek vastleggen: Piet Pot' })).toBeInTheDocument();
    expect(within(await rij('Els Eik')).getByRole('link', { name: 'Plan maken voor Els Eik' })).toHaveAttribute(
      'href',
      '/klanten/k3#plan',
    );
  });

  it('filtert op status en medewerker en zoekt, op de server, vanaf pagina 1', async () => {
    const verzoeken = toon();
    await rij('Jan Jansen');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'uitgenodigd');
    await userEvent.selectOptions(await screen.findByLabelText('Medewerker'), 'km2');
    await userEvent.type(screen.getByLabelText('Zoek op naam of BSN'), 'Pot');
    await waitFor(() => {
      const laatste = zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/campagnes/c1/deelnemers').at(-1)!);
      expect(Object.fromEntries(laatste)).toEqual({
        page: '1',
        pageSize: '25',
        status: 'uitgenodigd',
        medewerkerId: 'km2',
        zoek: 'Pot',
      });
    });
  });

  it('na een no-show: opnieuw uitnodigen, met de hoeveelste poging', async () => {
    toon();
    const mo = await rij('Mo Maas');
    expect(within(mo).getByText('Niet verschenen')).toBeInTheDocument();
    await userEvent.click(within(mo).getByRole('button', { name: 'Opnieuw uitnodigen: Mo Maas' }));
    const dialoog = await screen.findByRole('dialog', { name: 'Mo Maas opnieuw uitnodigen' });
    expect(within(dialoog).getByText('Dit wordt uitnodiging 2 (maximum 2).')).toBeInTheDocument();
  });

  it('zoekt meteen op de naam uit de link van de werkvoorraad (?zoek=)', async () => {
    const verzoeken = toon({}, '/campagnes/c1?zoek=Jan%20Jansen');
    await rij('Jan Jansen');
    expect(zoekParams(verzoekenNaar(verzoeken, 'GET', '/api/campagnes/c1/deelnemers')[0]).get('zoek')).toBe(
      'Jan Jansen',
    );
    expect(screen.getByLabelText('Zoek op naam of BSN')).toHaveValue('Jan Jansen');
  });

  it('nodigt uit met datum en tijd als één tijdstip, duur, locatie en de medewerker van de deelnemer', async () => {
    const verzoeken = toon({
      'POST /api/campagnes/c1/deelnemers/k1/uitnodiging': { status: 201, body: { id: 'u9' } },
    });
    const dialoog = await vulUitnodiging();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitnodiging versturen' }));
    await waitFor(() =>
      expect(verzoekenNaar(verzoeken, 'POST', '/api/campagnes/c1/deelnemers/k1/uitnodiging')[0]?.body).toEqual({
        datumTijd: '2099-12-08T10:00:00+01:00',
        duurMinuten: 60,
        locatie: 'Stadskantoor',
        medewerkerId: 'km1',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('een dubbele afspraak (409) noemt het andere gesprek in woorden, bij de tijd', async () => {
    toon({
      'POST /api/campagnes/c1/deelnemers/k1/uitnodiging': {
        status: 409,
        body: {
          status: 409,
          code: 'DUBBELE_AFSPRAAK',
          detail: 'Deze medewerker heeft op dat moment al een gesprek gepland. Kies een ander tijdstip.',
          fouten: [{ veld: 'datumTijd', melding: 'overlapt met een ander gesprek van deze medewerker' }],
          conflict: {
            uitnodigingId: 'u1',
            datumTijd: '2026-12-08T09:00:00.000Z',
            duurMinuten: 60,
            locatie: 'Stadskantoor',
            klantId: 'k2',
          },
        },
      },
    });
    const dialoog = await vulUitnodiging();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitnodiging versturen' }));
    const tekst =
      'Je hebt op dinsdag 8 december om 10:00 al een gesprek (Stadskantoor, 60 minuten). Kies een ander tijdstip.';
    expect(within(dialoog).getByLabelText('Tijd')).toHaveAccessibleDescription(tekst);
    expect(
      within(dialoog).getByText('Deze medewerker heeft op dat moment al een gesprek gepland. Kies een ander tijdstip.'),
    ).toBeInTheDocument();
    // Nothing typed is lost.
    expect(within(dialoog).getByLabelText(/^Locatie/)).toHaveValue('Stadskantoor');
  });

  it('een 400 staat bij het veld, een 422 als melding', async () => {
    let keer = 0;
    toon({
      'POST /api/campagnes/c1/deelnemers/k1/uitnodiging': () =>
        ++keer === 1
          ? {
              status: 400,
              body: {
                status: 400,
                code: 'VALIDATIE',
                detail: 'De invoer is niet juist.',
                fouten: [
                  { veld: 'datumTijd', melding: 'moet in de toekomst liggen' },
                  { veld: 'duurMinuten', melding: 'moet minstens 15 zijn' },
                ],
              },
            }
          : {
              status: 422,
              body: {
                status: 422,
                code: 'MAXIMUM_UITNODIGINGEN',
                detail: 'Deze deelnemer is al 2 keer uitgenodigd (maximum 2).',
              },
            },
    });
    const dialoog = await vulUitnodiging();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(await within(dialoog).findByText('Moet in de toekomst liggen.')).toBeInTheDocument();
    expect(within(dialoog).getByLabelText('Datum')).toHaveAccessibleDescription('Moet in de toekomst liggen.');
    expect(within(dialoog).getByLabelText('Duur in minuten')).toHaveAccessibleDescription('Moet minstens 15 zijn.');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(
      await within(dialoog).findByText('Deze deelnemer is al 2 keer uitgenodigd (maximum 2).'),
    ).toBeInTheDocument();
  });

  it('weigert zonder verzoek een datum buiten de looptijd en een lege locatie', async () => {
    const verzoeken = toon();
    await userEvent.click(within(await rij('Jan Jansen')).getByRole('button', { name: 'Uitnodigen: Jan Jansen' }));
    const dialoog = await screen.findByRole('dialog', { name: 'Jan Jansen uitnodigen' });
    const datum = within(dialoog).getByLabelText('Datum');
    await userEvent.clear(datum);
    await userEvent.type(datum, '2025-01-01');
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(
      await within(dialoog).findByText('De datum moet binnen de looptijd van de campagne liggen.'),
    ).toBeInTheDocument();
    expect(within(dialoog).getByText('Vul de locatie in.')).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/campagnes/c1/deelnemers/k1/uitnodiging')).toHaveLength(0);
  });

  it('niet verschenen: een contactmoment bij de uitnodiging, in het kanaal en op het tijdstip ervan', async () => {
    jest.spyOn(window, 'confirm').mockReturnValue(true);
    const verzoeken = toon({ 'POST /api/klanten/k2/contactmomenten': { status: 201, body: { id: 'cm1' } } });
    await userEvent.click(within(await rij('Piet Pot')).getByRole('button', { name: 'Niet verschenen: Piet Pot' }));
    await waitFor(() =>
      expect(verzoekenNaar(verzoeken, 'POST', '/api/klanten/k2/contactmomenten')[0]?.body).toEqual({
        plaatsgevondenOp: '2026-11-24T09:00:00.000Z',
        kanaal: 'gesprek_op_locatie',
        initiatief: 'gemeente',
        resultaat: 'no_show',
        onderwerp: 'Niet verschenen op het klant-in-beeld-gesprek',
        uitnodigingId: 'u1',
      }),
    );
  });

  it('nabellen met één klik, waarna de deelnemers opnieuw worden gelezen', async () => {
    const verzoeken = toon({
      'POST /api/campagnes/c1/deelnemers/k2/nabellen': { status: 201, body: { id: 'cm2' } },
    });
    await userEvent.click(within(await rij('Piet Pot')).getByRole('button', { name: 'Bereikt: Piet Pot' }));
    await waitFor(() =>
      expect(verzoekenNaar(verzoeken, 'POST', '/api/campagnes/c1/deelnemers/k2/nabellen')[0]?.body).toEqual({
        resultaat: 'bereikt',
      }),
    );
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'GET', '/api/campagnes/c1/deelnemers')).toHaveLength(2));
  });

  it('biedt de brieven van een dag als PDF aan', async () => {
    toon();
    await rij('Jan Jansen');
    const datum = screen.getByLabelText('Brieven van');
    await userEvent.clear(datum);
    await userEvent.type(datum, '2026-12-01');
    expect(screen.getByRole('link', { name: 'Brieven van 1 dec 2026 (PDF)' })).toHaveAttribute(
      'href',
      '/api/v1/campagnes/c1/brieven.pdf?datum=2026-12-01',
    );
  });
});
