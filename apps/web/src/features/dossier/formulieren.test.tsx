import { AFSPRAAK_SOORT_LABELS, AFSPRAAK_SOORTEN, plusDagen, vandaag } from '@klant-in-beeld/domain';
import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { categorieenAntwoord, TEST_CATEGORIEEN } from '../../../../../test/support/categorieen-web';
import { nepApi, renderRoutes } from '../../../../../test/support/web';
import { afsprakenQuery, type Afspraak } from '../klanten/api';
import { AfspraakAfronden } from './AfspraakAfronden';
import { AfspraakFormulier } from './AfspraakFormulier';
import { ContactmomentFormulier } from './ContactmomentFormulier';
import { VrijstellingFormulier } from './VrijstellingFormulier';

const KLANT = 'k-1';
const normen = {
  normen: [],
  vrijgesteld: { maxDagen: 365, waarschuwingDagen: 60 },
  intakeDagen: 28,
  maxDuurInformeleVrijstellingDagen: 183,
};

describe('ContactmomentFormulier', () => {
  it('legt het gewone gesprek vast met alleen "Opslaan": nu, op locatie, gesproken', async () => {
    const verzoeken = nepApi({ [`POST /api/klanten/${KLANT}/contactmomenten`]: { status: 201, body: { id: 'c1' } } });
    const klaar = jest.fn();
    renderRoutes([{ path: '/', element: <ContactmomentFormulier klantId={KLANT} onKlaar={klaar} /> }]);
    expect(screen.getByText('Telt als gezien: de klant is weer in beeld.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    const body = verzoeken[0].body as Record<string, string>;
    expect(body).toMatchObject({
      kanaal: 'gesprek_op_locatie',
      resultaat: 'gesproken',
      initiatief: 'gemeente',
      onderwerp: 'Voortgangsgesprek',
    });
    expect(body).not.toHaveProperty('samenvatting');
    // A moment with its Dutch offset, within a minute of now.
    expect(body.plaatsgevondenOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
    expect(Math.abs(Date.parse(body.plaatsgevondenOp) - Date.now())).toBeLessThan(120_000);
  });

  it('zegt meteen dat een brief niet telt als gezien', async () => {
    nepApi({});
    renderRoutes([{ path: '/', element: <ContactmomentFormulier klantId={KLANT} onKlaar={jest.fn()} /> }]);
    await userEvent.selectOptions(screen.getByLabelText('Kanaal'), 'brief');
    expect(screen.getByText('Telt niet als gezien.')).toBeInTheDocument();
  });

  it('zet de fouten van de API bij de juiste velden', async () => {
    nepApi({
      [`POST /api/klanten/${KLANT}/contactmomenten`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATIE',
          message: 'De invoer is niet juist: 2 velden kloppen niet.',
          fouten: [
            { veld: 'plaatsgevondenOp', melding: 'mag niet in de toekomst liggen' },
            { veld: 'resultaat', melding: 'moet "verstuurd" of "niet bereikt" zijn bij brief, e-mail of bericht' },
          ],
        },
      },
    });
    const klaar = jest.fn();
    renderRoutes([{ path: '/', element: <ContactmomentFormulier klantId={KLANT} onKlaar={klaar} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Mag niet in de toekomst liggen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Wanneer')).toHaveAccessibleDescription('Mag niet in de toekomst liggen.');
    expect(screen.getByLabelText('Resultaat')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('De invoer is niet juist: 2 velden kloppen niet.');
    expect(klaar).not.toHaveBeenCalled();
  });
});

describe('AfspraakFormulier', () => {
  const toon = (categorie = 'job_ready', klaar = jest.fn()) =>
    renderRoutes([{ path: '/', element: <AfspraakFormulier klantId={KLANT} categorie={categorie} onKlaar={klaar} /> }]);
  const soorten = () =>
    within(screen.getByLabelText('Soort afspraak'))
      .getAllByRole('option')
      .map((o) => o.textContent);

  it('eist een einddatum die niet voor de startdatum ligt, zonder verzoek', async () => {
    const verzoeken = nepApi(categorieenAntwoord());
    toon();
    await userEvent.type(await screen.findByLabelText('Wat is afgesproken'), 'Taalcursus');
    const eind = screen.getByLabelText('Einddatum');
    await userEvent.clear(eind);
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    expect(await screen.findByText('Vul de einddatum in.')).toBeInTheDocument();
    await userEvent.type(eind, plusDagen(vandaag(), -1));
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    expect(await screen.findByText('De einddatum mag niet voor de startdatum liggen.')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.methode === 'POST')).toHaveLength(0);
  });

  it('biedt alleen de soorten van de categorie van de klant; "Andere soort" toont de rest', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      [`POST /api/klanten/${KLANT}/afspraken`]: { status: 201, body: { id: 'a1' } },
    });
    const klaar = jest.fn();
    toon('job_ready', klaar);
    const keuze = await screen.findByLabelText('Soort afspraak');
    expect(soorten()).toEqual(['Vervolggesprek', 'Solliciteren', 'Overig']);
    expect(keuze).toHaveValue('vervolggesprek');
    expect(keuze).toHaveAccessibleDescription('De soorten die bij de categorie van de klant horen.');

    await userEvent.selectOptions(keuze, 'solliciteren');
    await userEvent.click(screen.getByRole('button', { name: 'Andere soort' }));
    expect(soorten()).toEqual(AFSPRAAK_SOORTEN.map((s) => AFSPRAAK_SOORT_LABELS[s]));
    // The choice made stays, the button is gone and the select has the focus.
    expect(keuze).toHaveValue('solliciteren');
    expect(keuze).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Andere soort' })).not.toBeInTheDocument();

    await userEvent.selectOptions(keuze, 'schuldhulpverlening');
    await userEvent.type(screen.getByLabelText('Wat is afgesproken'), 'Aanmelden bij de schuldhulp');
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoeken.find((v) => v.methode === 'POST')!.body).toMatchObject({ soort: 'schuldhulpverlening' });
  });

  it('kiest de eerste aangeboden soort als vervolggesprek er niet bij is', async () => {
    nepApi(
      categorieenAntwoord(
        TEST_CATEGORIEEN.map((c) => (c.code === 'werkfit' ? { ...c, afspraakSoorten: ['taal', 'overig'] } : c)),
      ),
    );
    toon('werkfit');
    expect(await screen.findByLabelText('Soort afspraak')).toHaveValue('taal');
    expect(soorten()).toEqual(['Taal (Nederlands leren)', 'Overig']);
  });

  it('biedt alle soorten, zonder knop, als de categorie ze allemaal heeft', async () => {
    nepApi(
      categorieenAntwoord(
        TEST_CATEGORIEEN.map((c) => (c.code === 'werkfit' ? { ...c, afspraakSoorten: [...AFSPRAAK_SOORTEN] } : c)),
      ),
    );
    toon('werkfit');
    await screen.findByLabelText('Soort afspraak');
    expect(soorten()).toHaveLength(AFSPRAAK_SOORTEN.length);
    expect(screen.queryByRole('button', { name: 'Andere soort' })).not.toBeInTheDocument();
  });

  it('biedt alle soorten als de categorieën niet te laden zijn: vastleggen gaat voor', async () => {
    nepApi({
      'GET /api/instellingen/dienstverleningscategorieen': {
        status: 500,
        body: { statusCode: 500, code: 'FOUT', message: 'Er ging iets mis.' },
      },
    });
    toon();
    await screen.findByLabelText('Soort afspraak');
    expect(soorten()).toHaveLength(AFSPRAAK_SOORTEN.length);
  });
});

describe('VrijstellingFormulier', () => {
  it('vraagt bij formeel om de beschikking en bij informeel om een einddatum binnen het maximum', async () => {
    const verzoeken = nepApi({ 'GET /api/instellingen/contactnormen': { status: 200, body: normen } });
    renderRoutes([{ path: '/', element: <VrijstellingFormulier klantId={KLANT} onKlaar={jest.fn()} /> }]);
    expect(screen.queryByLabelText('Kenmerk beschikking')).not.toBeInTheDocument();
    expect(await screen.findByText(/uiterlijk 183 dagen na de ingangsdatum/)).toBeInTheDocument();

    const eind = screen.getByLabelText('Einddatum');
    await userEvent.clear(eind);
    await userEvent.type(eind, plusDagen(vandaag(), 184));
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling opslaan' }));
    expect(await screen.findByText('Uiterlijk 183 dagen na de ingangsdatum.')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Soort'), 'formeel');
    expect(screen.getByLabelText('Kenmerk beschikking')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling opslaan' }));
    expect(await screen.findByText('Vul het kenmerk van de beschikking in.')).toBeInTheDocument();
    expect(screen.getByText('Vul de datum van de beschikking in.')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.methode === 'POST')).toHaveLength(0);
  });

  it('stuurt bij informeel geen beschikking mee', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/contactnormen': { status: 200, body: normen },
      [`POST /api/klanten/${KLANT}/vrijstellingen`]: { status: 201, body: { id: 'v1' } },
    });
    const klaar = jest.fn();
    renderRoutes([{ path: '/', element: <VrijstellingFormulier klantId={KLANT} onKlaar={klaar} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoeken.find((v) => v.methode === 'POST')!.body).toMatchObject({
      soort: 'informeel',
      beschikkingKenmerk: null,
      beschikkingDatum: null,
      omvang: ['arbeidsverplichtingen'],
    });
  });
});

describe('AfspraakAfronden', () => {
  const afspraak: Afspraak = {
    id: 'a1',
    klantId: KLANT,
    medewerkerId: 'm1',
    aangemaaktOp: '2026-01-01T09:00:00.000Z',
    gewijzigdOp: '2026-01-01T09:00:00.000Z',
    soort: 'taal',
    omschrijving: 'Taalcursus',
    startdatum: '2026-01-01',
    einddatum: '2026-02-01',
    status: 'lopend',
    resultaatToelichting: null,
    doelId: null,
    versie: 3,
    medewerkerNaam: 'km',
  };

  it('stuurt de gelezen versie mee', async () => {
    const verzoeken = nepApi({
      'PATCH /api/afspraken/a1': { status: 200, body: { ...afspraak, status: 'nagekomen', versie: 4 } },
    });
    renderRoutes([{ path: '/', element: <AfspraakAfronden klantId={KLANT} afspraak={afspraak} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Nagekomen: Taalcursus' }));
    await waitFor(() => expect(verzoeken[0]?.body).toEqual({ status: 'nagekomen', versie: 3 }));
  });

  it('meldt bij 409 dat iemand anders het intussen wijzigde en overschrijft niets', async () => {
    const verzoeken = nepApi({
      'PATCH /api/afspraken/a1': {
        status: 409,
        body: { statusCode: 409, code: 'VERSIE_CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd.' },
      },
    });
    renderRoutes([{ path: '/', element: <AfspraakAfronden klantId={KLANT} afspraak={afspraak} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Vervallen: Taalcursus' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit intussen gewijzigd');
    expect(verzoeken.filter((v) => v.methode === 'PATCH')).toHaveLength(1);
  });

  it('houdt de melding in beeld als de nieuwste versie laat zien dat een collega de afspraak al afrondde', async () => {
    let gelezen = 0;
    nepApi({
      [`GET /api/klanten/${KLANT}/afspraken`]: () => ({
        status: 200,
        body: {
          items: [gelezen++ === 0 ? afspraak : { ...afspraak, status: 'vervallen', versie: 4 }],
          page: 1,
          pageSize: 20,
          totaal: 1,
        },
      }),
      'PATCH /api/afspraken/a1': {
        status: 409,
        body: { statusCode: 409, code: 'VERSIE_CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd.' },
      },
    });
    // As in the dossier: the list is refetched after the 409 and no longer shows this afspraak as running.
    function Lijst() {
      const afspraken = useQuery(afsprakenQuery(KLANT));
      return afspraken.data?.items.map((a) => <AfspraakAfronden key={a.id} klantId={KLANT} afspraak={a} />);
    }
    renderRoutes([{ path: '/', element: <Lijst /> }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Nagekomen: Taalcursus' }));
    await waitFor(() => expect(gelezen).toBe(2));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Nagekomen: Taalcursus' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Iemand anders heeft dit intussen gewijzigd');
  });
});
