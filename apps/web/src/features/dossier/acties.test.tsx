import { AFSPRAAK_SOORT_LABELS, AFSPRAAK_SOORTEN, plusDagen, vandaag, type Rol } from '@klant-in-beeld/domain';
import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Outlet } from 'react-router';
import { categorieenAntwoord } from '../../../../../test/support/categorieen-web';
import { nepApi, renderRoutes, verzoekenNaar, type Antwoord } from '../../../../../test/support/web';
import { datumKort } from '../../app/weergave';
import type { Medewerker } from '../auth/api';
import {
  afsprakenQuery,
  klantQuery,
  vrijstellingenQuery,
  type Afspraak,
  type Klant,
  type Vrijstelling,
} from '../klanten/api';
import { AfspraakWijzigFormulier } from './AfspraakWijzigen';
import { KlantDossierPagina } from './KlantDossierPagina';
import { KlantgegevensFormulier } from './KlantgegevensWijzigen';
import { UitstroomFormulier } from './UitstroomRegistreren';
import { VrijstellingIntrekken, VrijstellingVerlengen } from './VrijstellingAanpassen';

const klant: Klant = {
  id: 'k1',
  teamId: 't1',
  bsnGemaskeerd: '*****6782',
  voornamen: 'Karim',
  achternaam: 'Yilmaz',
  geboortedatum: '1985-03-12',
  gemeenteId: 'g1',
  gemeenteNaam: 'Zwolle',
  adres: null,
  telefoon: '06-11111111',
  email: null,
  doelgroep: 'brede_doelgroep',
  startdatumUitkering: '2024-01-01',
  dienstverleningscategorie: 'job_ready',
  klantmanagerId: 'km7',
  klantmanagerNaam: 'Bas de Vries',
  status: 'actief',
  uitstroomdatum: null,
  uitstroomreden: null,
  laatstGezienOp: null,
  inBeeldStatus: 'uit_beeld',
  huidigeTrede: null,
  versie: 4,
  norm: { maxDagen: 30, waarschuwingDagen: 7 },
  vrijgesteld: false,
};
const gemeenten: Antwoord = {
  status: 200,
  body: {
    items: [
      { id: 'g1', cbsCode: 'GM0193', naam: 'Zwolle' },
      { id: 'g2', cbsCode: 'GM0166', naam: 'Kampen' },
    ],
    totaal: 2,
    page: 1,
    pageSize: 200,
  },
};
const conflict: Antwoord = {
  status: 409,
  body: { statusCode: 409, code: 'VERSIE_CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd.' },
};
const validatie = (fouten: { veld: string; melding: string }[]): Antwoord => ({
  status: 400,
  body: { statusCode: 400, code: 'VALIDATIE', message: 'De invoer is niet juist.', fouten },
});
const normen = {
  normen: [],
  vrijgesteld: { maxDagen: 365, waarschuwingDagen: 60 },
  intakeDagen: 28,
  maxDuurInformeleVrijstellingDagen: 183,
};

const medewerker = (rol: Rol): Medewerker => ({
  id: 'm1',
  gebruikersnaam: 'km1',
  naam: 'Km Een',
  rol,
  teamId: 't1',
  organisatieId: 'o1',
  totpActief: false,
  totpVerplicht: false,
});

/** As inside the Layout: the logged-in medewerker is the outlet context. */
function alsMedewerker(rol: Rol, element: ReactElement) {
  return renderRoutes(
    [{ path: '/', element: <Outlet context={medewerker(rol)} />, children: [{ path: 'klanten/:id', element }] }],
    '/klanten/k1',
  );
}

/** The form fed by the query, as in the dossier: after a 409 the refetched client comes in through the prop. */
function KlantUitQuery({ kind }: { kind: (k: Klant) => ReactElement }) {
  const k = useQuery(klantQuery('k1'));
  return k.data ? kind(k.data) : null;
}

describe('KlantgegevensFormulier', () => {
  it('stuurt alleen wat je wijzigde, met de gelezen versie, en het adres als geheel', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'GET /api/gemeenten': gemeenten,
      'PATCH /api/klanten/k1': { status: 200, body: { ...klant, versie: 5 } },
    });
    const klaar = jest.fn();
    renderRoutes([{ path: '/', element: <KlantgegevensFormulier klant={klant} onKlaar={klaar} /> }]);
    await screen.findByRole('option', { name: 'Kampen' });
    await userEvent.selectOptions(screen.getByLabelText('Gemeente'), 'g2');
    await userEvent.clear(screen.getByLabelText(/Telefoon/));
    await userEvent.type(screen.getByLabelText('Straat'), ' Grote Markt ');
    await userEvent.type(screen.getByLabelText('Huisnummer'), '12a');
    await userEvent.type(screen.getByLabelText('Postcode'), '8011 ab');
    await userEvent.type(screen.getByLabelText('Woonplaats'), 'Zwolle');
    await userEvent.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1')[0].body).toEqual({
      gemeenteId: 'g2',
      adres: { straat: 'Grote Markt', huisnummer: '12a', postcode: '8011 AB', woonplaats: 'Zwolle' },
      telefoon: null,
      versie: 4,
    });
  });

  it('eist een volledig adres en een geldige postcode, zonder verzoek', async () => {
    const verzoeken = nepApi({ ...categorieenAntwoord(), 'GET /api/gemeenten': gemeenten });
    renderRoutes([{ path: '/', element: <KlantgegevensFormulier klant={klant} onKlaar={jest.fn()} /> }]);
    await userEvent.type(await screen.findByLabelText('Straat'), 'Grote Markt');
    await userEvent.type(screen.getByLabelText('Postcode'), '0123');
    await userEvent.clear(screen.getByLabelText('Voornamen'));
    await userEvent.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    expect(await screen.findByText('Vul ook het huisnummer in, of maak het hele adres leeg.')).toBeInTheDocument();
    expect(screen.getByLabelText('Woonplaats')).toHaveAccessibleDescription(
      'Vul ook de woonplaats in, of maak het hele adres leeg.',
    );
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(
      'Vul een Nederlandse postcode in, zoals 8011 AB.',
    );
    expect(screen.getByLabelText('Voornamen')).toHaveAccessibleDescription('Vul de voornamen in.');
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1')).toHaveLength(0);
  });

  it('zet de fouten van de API bij de velden, ook die van het adres', async () => {
    nepApi({
      ...categorieenAntwoord(),
      'GET /api/gemeenten': gemeenten,
      'PATCH /api/klanten/k1': validatie([
        { veld: 'email', melding: 'moet een geldig e-mailadres zijn' },
        { veld: 'adres.postcode', melding: 'moet een Nederlandse postcode zijn, zoals 8011 AB' },
      ]),
    });
    const klaar = jest.fn();
    renderRoutes([
      {
        path: '/',
        element: (
          <KlantgegevensFormulier
            klant={{ ...klant, adres: { straat: 'A', huisnummer: '1', postcode: '8011 AB', woonplaats: 'Zwolle' } }}
            onKlaar={klaar}
          />
        ),
      },
    ]);
    await userEvent.type(await screen.findByLabelText(/E-mail/), 'karim@');
    await userEvent.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    expect(await screen.findByText('Moet een geldig e-mailadres zijn.')).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mail/)).toHaveAccessibleDescription('Moet een geldig e-mailadres zijn.');
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(
      'Moet een Nederlandse postcode zijn, zoals 8011 AB.',
    );
    expect(screen.getByLabelText(/E-mail/)).toHaveValue('karim@');
    expect(klaar).not.toHaveBeenCalled();
  });

  it('meldt bij 409 wat intussen veranderde, laadt de nieuwste versie en houdt wat je typte', async () => {
    let gelezen = 0;
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'GET /api/gemeenten': gemeenten,
      // A colleague changed the e-mail meanwhile: versie 5.
      'GET /api/klanten/k1': () => ({
        status: 200,
        body: gelezen++ === 0 ? klant : { ...klant, email: 'karim@voorbeeld.nl', versie: 5 },
      }),
      'PATCH /api/klanten/k1': (body) =>
        (body as { versie: number }).versie === 4 ? conflict : { status: 200, body: { ...klant, versie: 6 } },
    });
    const klaar = jest.fn();
    renderRoutes([
      { path: '/', element: <KlantUitQuery kind={(k) => <KlantgegevensFormulier klant={k} onKlaar={klaar} />} /> },
    ]);
    const telefoon = await screen.findByLabelText(/Telefoon/);
    await userEvent.clear(telefoon);
    await userEvent.type(telefoon, '038-1234567');
    await userEvent.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));

    expect(
      await screen.findByText(/Iemand anders heeft dit intussen gewijzigd\. De nieuwste versie is geladen/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/E-mail/)).toHaveValue('karim@voorbeeld.nl'));
    expect(screen.getByRole('alert')).toHaveTextContent('Intussen gewijzigd: E-mail.');
    expect(screen.getByLabelText(/Telefoon/)).toHaveValue('038-1234567');
    expect(klaar).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    // The second try carries the new versie and leaves the colleague's e-mail alone.
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1').map((v) => v.body)).toEqual([
      { telefoon: '038-1234567', versie: 4 },
      { telefoon: '038-1234567', versie: 5 },
    ]);
  });

  it('biedt de actieve categorieën met de namen van de organisatie, en stuurt een nieuwe keuze mee', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'GET /api/gemeenten': gemeenten,
      'PATCH /api/klanten/k1': { status: 200, body: { ...klant, versie: 5 } },
    });
    const klaar = jest.fn();
    renderRoutes([{ path: '/', element: <KlantgegevensFormulier klant={klant} onKlaar={klaar} /> }]);
    const keuze = await screen.findByLabelText('Dienstverleningscategorie');
    expect(keuze).toHaveValue('job_ready');
    expect(
      within(keuze)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Direct bemiddelbaar',
      'Bijna job ready (0–6 maanden)',
      'Nog niet job ready (6–12 maanden)',
      'Niet job ready (meer dan een jaar)',
      'Werkfit-traject',
    ]);
    await userEvent.selectOptions(keuze, 'werkfit');
    await userEvent.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1')[0].body).toEqual({
      dienstverleningscategorie: 'werkfit',
      versie: 4,
    });
  });

  it('houdt een categorie die niet meer actief is als huidige keuze, en stuurt haar niet mee als je haar laat staan', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'GET /api/gemeenten': gemeenten,
      'PATCH /api/klanten/k1': { status: 200, body: { ...klant, dienstverleningscategorie: 'beheer', versie: 5 } },
    });
    const klaar = jest.fn();
    renderRoutes([
      {
        path: '/',
        element: <KlantgegevensFormulier klant={{ ...klant, dienstverleningscategorie: 'beheer' }} onKlaar={klaar} />,
      },
    ]);
    const keuze = await screen.findByLabelText('Dienstverleningscategorie');
    expect(keuze).toHaveValue('beheer');
    expect(within(keuze).getByRole('option', { name: 'Beheer (vervallen) (niet actief)' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Voornamen'), ' Maria');
    await userEvent.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1')[0].body).not.toHaveProperty(
      'dienstverleningscategorie',
    );
  });

  it('wacht met het formulier tot de categorieën er zijn', async () => {
    let antwoord: (a: Antwoord) => void = () => undefined;
    nepApi({
      'GET /api/gemeenten': gemeenten,
      'GET /api/instellingen/dienstverleningscategorieen': () => new Promise<Antwoord>((r) => (antwoord = r)),
    });
    renderRoutes([{ path: '/', element: <KlantgegevensFormulier klant={klant} onKlaar={jest.fn()} /> }]);
    expect(await screen.findByRole('status')).toHaveTextContent('Formulier laden…');
    expect(screen.queryByLabelText('Dienstverleningscategorie')).not.toBeInTheDocument();
    antwoord(categorieenAntwoord()['GET /api/instellingen/dienstverleningscategorieen']);
    expect(await screen.findByLabelText('Dienstverleningscategorie')).toHaveValue('job_ready');
  });
});

describe('UitstroomFormulier', () => {
  it('vraagt datum en reden, en bevestiging voordat er iets wordt verstuurd', async () => {
    const verzoeken = nepApi({
      'PATCH /api/klanten/k1': { status: 200, body: { ...klant, status: 'uitgestroomd', versie: 5 } },
    });
    const klaar = jest.fn();
    renderRoutes([{ path: '/', element: <UitstroomFormulier klant={klant} onKlaar={klaar} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    expect(await screen.findByText('Kies de reden van uitstroom.')).toBeInTheDocument();

    const datum = screen.getByLabelText('Uitstroomdatum');
    await userEvent.clear(datum);
    await userEvent.type(datum, plusDagen(vandaag(), 1));
    await userEvent.selectOptions(screen.getByLabelText('Reden van uitstroom'), 'werk');
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    expect(await screen.findByText('De uitstroomdatum mag niet in de toekomst liggen.')).toBeInTheDocument();
    await userEvent.clear(datum);
    await userEvent.type(datum, '2023-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    expect(
      await screen.findByText(
        `De uitstroomdatum mag niet voor de startdatum van de uitkering (${datumKort('2024-01-01')}) liggen.`,
      ),
    ).toBeInTheDocument();

    await userEvent.clear(datum);
    await userEvent.type(datum, vandaag());
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    const vraag = await screen.findByRole('alert');
    expect(vraag).toHaveTextContent('Weet je het zeker?');
    expect(vraag).toHaveTextContent(
      `Karim Yilmaz stroomt uit per ${datumKort(vandaag())}, reden: Werk (volledig). De klant verdwijnt uit elke werkvoorraad.`,
    );
    expect(within(vraag).getByRole('button', { name: 'Ja, uitstroom registreren' })).toHaveFocus();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1')).toHaveLength(0);

    // Changing a field takes the question back.
    await userEvent.selectOptions(screen.getByLabelText('Reden van uitstroom'), 'verhuizing');
    expect(screen.queryByRole('button', { name: 'Ja, uitstroom registreren' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('reden: Verhuizing naar andere gemeente.');
    await userEvent.click(screen.getByRole('button', { name: 'Ja, uitstroom registreren' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1')[0].body).toEqual({
      status: 'uitgestroomd',
      uitstroomdatum: vandaag(),
      uitstroomreden: 'verhuizing',
      versie: 4,
    });
  });

  it('zet een fout van de API bij de uitstroomdatum en houdt de keuze', async () => {
    nepApi({
      'PATCH /api/klanten/k1': validatie([
        { veld: 'uitstroomdatum', melding: 'mag niet voor de startdatum van de uitkering liggen' },
      ]),
    });
    const klaar = jest.fn();
    renderRoutes([{ path: '/', element: <UitstroomFormulier klant={klant} onKlaar={klaar} /> }]);
    await userEvent.selectOptions(screen.getByLabelText('Reden van uitstroom'), 'opleiding');
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ja, uitstroom registreren' }));
    expect(await screen.findByText('Mag niet voor de startdatum van de uitkering liggen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Uitstroomdatum')).toHaveAccessibleDescription(
      /Mag niet voor de startdatum van de uitkering liggen\./,
    );
    expect(screen.getByLabelText('Reden van uitstroom')).toHaveValue('opleiding');
    expect(klaar).not.toHaveBeenCalled();
  });

  it('meldt bij 409 dat een collega de klant al liet uitstromen', async () => {
    let gelezen = 0;
    const verzoeken = nepApi({
      'GET /api/klanten/k1': () => ({
        status: 200,
        body:
          gelezen++ === 0
            ? klant
            : { ...klant, status: 'uitgestroomd', uitstroomdatum: '2026-01-31', uitstroomreden: 'werk', versie: 5 },
      }),
      'PATCH /api/klanten/k1': conflict,
    });
    renderRoutes([
      { path: '/', element: <KlantUitQuery kind={(k) => <UitstroomFormulier klant={k} onKlaar={jest.fn()} />} /> },
    ]);
    await userEvent.selectOptions(await screen.findByLabelText('Reden van uitstroom'), 'werk');
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ja, uitstroom registreren' }));
    expect(
      await screen.findByText(
        `Deze klant is intussen al uitgestroomd per ${datumKort('2026-01-31')}: Werk (volledig).`,
      ),
    ).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1')).toHaveLength(1);
  });

  it('laat bij 409 met een klant die nog actief is de keuze staan en stuurt daarna de nieuwe versie', async () => {
    let gelezen = 0;
    const verzoeken = nepApi({
      'GET /api/klanten/k1': () => ({
        status: 200,
        body: gelezen++ === 0 ? klant : { ...klant, telefoon: null, versie: 5 },
      }),
      'PATCH /api/klanten/k1': (body) =>
        (body as { versie: number }).versie === 4
          ? conflict
          : { status: 200, body: { ...klant, status: 'uitgestroomd', versie: 6 } },
    });
    const klaar = jest.fn();
    renderRoutes([
      { path: '/', element: <KlantUitQuery kind={(k) => <UitstroomFormulier klant={k} onKlaar={klaar} />} /> },
    ]);
    await userEvent.selectOptions(await screen.findByLabelText('Reden van uitstroom'), 'werk');
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ja, uitstroom registreren' }));
    expect(await screen.findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeInTheDocument();
    await waitFor(() => expect(gelezen).toBe(2));
    expect(screen.getByLabelText('Reden van uitstroom')).toHaveValue('werk');
    await userEvent.click(screen.getByRole('button', { name: 'Uitstroom registreren…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ja, uitstroom registreren' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(
      verzoekenNaar(verzoeken, 'PATCH', '/api/klanten/k1').map((v) => (v.body as { versie: number }).versie),
    ).toEqual([4, 5]);
  });
});

const afspraak: Afspraak = {
  id: 'a1',
  klantId: 'k1',
  medewerkerId: 'm1',
  aangemaaktOp: '2026-01-01T09:00:00.000Z',
  gewijzigdOp: '2026-01-01T09:00:00.000Z',
  soort: 'taal',
  omschrijving: 'Taalcursus',
  startdatum: '2026-01-01',
  einddatum: plusDagen(vandaag(), 10),
  status: 'lopend',
  resultaatToelichting: null,
  doelId: null,
  versie: 3,
  medewerkerNaam: 'km',
};

describe('AfspraakWijzigFormulier', () => {
  it('wijzigen stuurt alleen wat anders is, met de versie', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'PATCH /api/afspraken/a1': { status: 200, body: { ...afspraak, versie: 4 } },
    });
    const klaar = jest.fn();
    renderRoutes([
      {
        path: '/',
        element: (
          <AfspraakWijzigFormulier
            klantId="k1"
            categorie="job_ready"
            afspraak={afspraak}
            modus="wijzigen"
            onKlaar={klaar}
          />
        ),
      },
    ]);
    const soort = await screen.findByLabelText('Soort afspraak');
    await userEvent.click(screen.getByRole('button', { name: 'Andere soort' }));
    await userEvent.selectOptions(soort, 'opleiding');
    await userEvent.clear(screen.getByLabelText('Wat is afgesproken'));
    await userEvent.type(screen.getByLabelText('Wat is afgesproken'), ' Taalcursus B1 ');
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/afspraken/a1')[0].body).toEqual({
      soort: 'opleiding',
      omschrijving: 'Taalcursus B1',
      versie: 3,
    });
  });

  it('verlengen vraagt een latere einddatum en stuurt alleen die', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'PATCH /api/afspraken/a1': { status: 200, body: { ...afspraak, versie: 4 } },
    });
    const klaar = jest.fn();
    renderRoutes([
      {
        path: '/',
        element: (
          <AfspraakWijzigFormulier
            klantId="k1"
            categorie="job_ready"
            afspraak={afspraak}
            modus="verlengen"
            onKlaar={klaar}
          />
        ),
      },
    ]);
    const eind = screen.getByLabelText('Nieuwe einddatum');
    expect(eind).toHaveValue(plusDagen(afspraak.einddatum, 28));
    expect(screen.queryByLabelText('Wat is afgesproken')).not.toBeInTheDocument();
    await userEvent.clear(eind);
    await userEvent.type(eind, afspraak.einddatum);
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak verlengen' }));
    expect(
      await screen.findByText(`Verlengen kan alleen tot na de huidige einddatum (${datumKort(afspraak.einddatum)}).`),
    ).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/afspraken/a1')).toHaveLength(0);
    await userEvent.clear(eind);
    await userEvent.type(eind, plusDagen(vandaag(), 60));
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak verlengen' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/afspraken/a1')[0].body).toEqual({
      einddatum: plusDagen(vandaag(), 60),
      versie: 3,
    });
  });

  it('toont de fout van de API over de einddatum naast dat veld', async () => {
    nepApi({
      ...categorieenAntwoord(),
      'PATCH /api/afspraken/a1': validatie([{ veld: 'einddatum', melding: 'mag niet voor de startdatum liggen' }]),
    });
    const klaar = jest.fn();
    renderRoutes([
      {
        path: '/',
        element: (
          <AfspraakWijzigFormulier
            klantId="k1"
            categorie="job_ready"
            afspraak={afspraak}
            modus="wijzigen"
            onKlaar={klaar}
          />
        ),
      },
    ]);
    await userEvent.clear(await screen.findByLabelText('Startdatum'));
    await userEvent.type(screen.getByLabelText('Startdatum'), '2026-01-05');
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText('Mag niet voor de startdatum liggen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Einddatum')).toHaveAccessibleDescription(/Mag niet voor de startdatum liggen\./);
    expect(screen.getByLabelText('Einddatum')).toHaveAttribute('aria-invalid', 'true');
    expect(klaar).not.toHaveBeenCalled();
  });

  it('controleert zelf dat de einddatum niet voor de startdatum ligt', async () => {
    const verzoeken = nepApi(categorieenAntwoord());
    renderRoutes([
      {
        path: '/',
        element: (
          <AfspraakWijzigFormulier
            klantId="k1"
            categorie="job_ready"
            afspraak={afspraak}
            modus="wijzigen"
            onKlaar={jest.fn()}
          />
        ),
      },
    ]);
    await userEvent.clear(await screen.findByLabelText('Einddatum'));
    await userEvent.type(screen.getByLabelText('Einddatum'), '2025-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText('De einddatum mag niet voor de startdatum liggen.')).toBeInTheDocument();
    expect(verzoeken.filter((v) => v.methode !== 'GET')).toHaveLength(0);
  });

  it('laadt bij 409 de nieuwste versie en houdt de getypte omschrijving', async () => {
    let gelezen = 0;
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'GET /api/klanten/k1/afspraken': () => ({
        status: 200,
        body: {
          items: [gelezen++ === 0 ? afspraak : { ...afspraak, einddatum: plusDagen(vandaag(), 20), versie: 4 }],
          page: 1,
          pageSize: 20,
          totaal: 1,
        },
      }),
      'PATCH /api/afspraken/a1': (body) =>
        (body as { versie: number }).versie === 3 ? conflict : { status: 200, body: { ...afspraak, versie: 5 } },
    });
    const klaar = jest.fn();
    function Lijst() {
      const afspraken = useQuery(afsprakenQuery('k1'));
      return afspraken.data?.items.map((a) => (
        <AfspraakWijzigFormulier
          key={a.id}
          klantId="k1"
          categorie="job_ready"
          afspraak={a}
          modus="wijzigen"
          onKlaar={klaar}
        />
      ));
    }
    renderRoutes([{ path: '/', element: <Lijst /> }]);
    const omschrijving = await screen.findByLabelText('Wat is afgesproken');
    await userEvent.type(omschrijving, ' niveau A2');
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit intussen gewijzigd');
    await waitFor(() => expect(screen.getByLabelText('Einddatum')).toHaveValue(plusDagen(vandaag(), 20)));
    expect(screen.getByRole('alert')).toHaveTextContent('Intussen gewijzigd: Einddatum.');
    expect(screen.getByLabelText('Wat is afgesproken')).toHaveValue('Taalcursus niveau A2');
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/afspraken/a1').map((v) => v.body)).toEqual([
      { omschrijving: 'Taalcursus niveau A2', versie: 3 },
      { omschrijving: 'Taalcursus niveau A2', versie: 4 },
    ]);
  });

  const soorten = () =>
    within(screen.getByLabelText('Soort afspraak'))
      .getAllByRole('option')
      .map((o) => o.textContent);
  const wijzig = (a: Afspraak, categorie = 'job_ready', klaar = jest.fn()) =>
    renderRoutes([
      {
        path: '/',
        element: (
          <AfspraakWijzigFormulier klantId="k1" categorie={categorie} afspraak={a} modus="wijzigen" onKlaar={klaar} />
        ),
      },
    ]);

  it('biedt de soorten van de categorie van de klant, zoals bij een nieuwe afspraak; "Andere soort" toont de rest', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'PATCH /api/afspraken/a1': { status: 200, body: { ...afspraak, versie: 4 } },
    });
    const klaar = jest.fn();
    wijzig({ ...afspraak, soort: 'solliciteren' }, 'job_ready', klaar);
    expect(screen.getByRole('status')).toHaveTextContent('Formulier laden…');
    const keuze = await screen.findByLabelText('Soort afspraak');
    expect(soorten()).toEqual(['Vervolggesprek', 'Solliciteren', 'Overig']);
    expect(keuze).toHaveValue('solliciteren');
    expect(keuze).toHaveAccessibleDescription('De soorten die bij de categorie van de klant horen.');
    await userEvent.click(screen.getByRole('button', { name: 'Andere soort' }));
    expect(soorten()).toEqual(AFSPRAAK_SOORTEN.map((s) => AFSPRAAK_SOORT_LABELS[s]));
    expect(keuze).toHaveValue('solliciteren');
    expect(keuze).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Andere soort' })).not.toBeInTheDocument();
    await userEvent.selectOptions(keuze, 'schuldhulpverlening');
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/afspraken/a1')[0].body).toEqual({
      soort: 'schuldhulpverlening',
      versie: 3,
    });
  });

  it('houdt de huidige soort kiesbaar als die niet bij de categorie hoort, en laat hem dan ongemoeid', async () => {
    const verzoeken = nepApi({
      ...categorieenAntwoord(),
      'PATCH /api/afspraken/a1': { status: 200, body: { ...afspraak, versie: 4 } },
    });
    const klaar = jest.fn();
    wijzig(afspraak, 'job_ready', klaar);
    const keuze = await screen.findByLabelText('Soort afspraak');
    // In the order of the code list: taal comes after solliciteren.
    expect(soorten()).toEqual(
      AFSPRAAK_SOORTEN.filter((s) => ['vervolggesprek', 'solliciteren', 'taal', 'overig'].includes(s)).map(
        (s) => AFSPRAAK_SOORT_LABELS[s],
      ),
    );
    expect(keuze).toHaveValue('taal');
    expect(keuze).toHaveAccessibleDescription(
      'De soorten die bij de categorie van de klant horen, en de soort die de afspraak nu heeft.',
    );
    await userEvent.type(screen.getByLabelText('Wat is afgesproken'), ' B1');
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/afspraken/a1')[0].body).toEqual({
      omschrijving: 'Taalcursus B1',
      versie: 3,
    });
  });

  it('biedt alle soorten als de categorieën niet te laden zijn', async () => {
    nepApi({
      'GET /api/instellingen/dienstverleningscategorieen': {
        status: 500,
        body: { statusCode: 500, code: 'FOUT', message: 'Er ging iets mis.' },
      },
    });
    wijzig(afspraak);
    await screen.findByLabelText('Soort afspraak');
    expect(soorten()).toEqual(AFSPRAAK_SOORTEN.map((s) => AFSPRAAK_SOORT_LABELS[s]));
    expect(screen.queryByRole('button', { name: 'Andere soort' })).not.toBeInTheDocument();
  });
});

const vrijstelling: Vrijstelling = {
  id: 'v1',
  klantId: 'k1',
  medewerkerId: 'm1',
  aangemaaktOp: '2026-01-01T09:00:00.000Z',
  besluitUrl: null,
  soort: 'informeel',
  omvang: ['arbeidsverplichtingen'],
  reden: 'medisch_tijdelijk',
  ingangsdatum: plusDagen(vandaag(), -60),
  einddatum: plusDagen(vandaag(), 60),
  herbeoordelingsdatum: plusDagen(vandaag(), 46),
  beschikkingKenmerk: null,
  beschikkingDatum: null,
  toelichting: null,
  ingetrokkenOp: null,
  actief: true,
  versie: 2,
  medewerkerNaam: 'km',
};

describe('VrijstellingVerlengen', () => {
  it('stelt een verlenging binnen het maximum voor en stuurt einddatum en herbeoordelingsdatum met de versie', async () => {
    const verzoeken = nepApi({
      'GET /api/instellingen/contactnormen': { status: 200, body: normen },
      'PATCH /api/vrijstellingen/v1': { status: 200, body: { ...vrijstelling, versie: 3 } },
    });
    const klaar = jest.fn();
    renderRoutes([
      { path: '/', element: <VrijstellingVerlengen klantId="k1" vrijstelling={vrijstelling} onKlaar={klaar} /> },
    ]);
    const uiterlijk = plusDagen(vrijstelling.ingangsdatum, 183);
    const eind = await screen.findByLabelText(/Nieuwe einddatum/);
    // 90 days more would pass the maximum of 183 days after the ingangsdatum: the proposal stops there.
    expect(eind).toHaveValue(uiterlijk);
    expect(screen.getByLabelText('Nieuwe herbeoordelingsdatum')).toHaveValue(plusDagen(uiterlijk, -14));
    expect(screen.getByText(`Uiterlijk 183 dagen na de ingangsdatum (${datumKort(uiterlijk)}).`)).toBeInTheDocument();

    await userEvent.clear(eind);
    await userEvent.type(eind, plusDagen(uiterlijk, 1));
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling verlengen' }));
    expect(
      await screen.findByText(`Uiterlijk 183 dagen na de ingangsdatum (${datumKort(uiterlijk)}).`, {
        selector: '.kib-veld__fout',
      }),
    ).toBeInTheDocument();
    await userEvent.clear(eind);
    await userEvent.type(eind, plusDagen(vandaag(), 20));
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling verlengen' }));
    expect(
      await screen.findByText(
        `Verlengen kan niet tot voor de huidige einddatum (${datumKort(vrijstelling.einddatum)}); beëindigen doe je met Intrekken.`,
      ),
    ).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/vrijstellingen/v1')).toHaveLength(0);

    await userEvent.clear(eind);
    await userEvent.type(eind, plusDagen(vandaag(), 100));
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling verlengen' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoekenNaar(verzoeken, 'PATCH', '/api/vrijstellingen/v1')[0].body).toEqual({
      einddatum: plusDagen(vandaag(), 100),
      herbeoordelingsdatum: plusDagen(uiterlijk, -14),
      versie: 2,
    });
  });

  it('zet een fout van de API (een kleiner maximum dan hier bekend) bij de einddatum', async () => {
    nepApi({
      'GET /api/instellingen/contactnormen': { status: 200, body: normen },
      'PATCH /api/vrijstellingen/v1': validatie([
        {
          veld: 'einddatum',
          melding: 'mag bij een informele vrijstelling hoogstens 120 dagen na de ingangsdatum liggen',
        },
      ]),
    });
    const klaar = jest.fn();
    renderRoutes([
      { path: '/', element: <VrijstellingVerlengen klantId="k1" vrijstelling={vrijstelling} onKlaar={klaar} /> },
    ]);
    await screen.findByLabelText(/Nieuwe einddatum/);
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling verlengen' }));
    const melding = 'Mag bij een informele vrijstelling hoogstens 120 dagen na de ingangsdatum liggen.';
    expect(await screen.findByText(melding)).toBeInTheDocument();
    expect(screen.getByLabelText(/Nieuwe einddatum/)).toHaveAccessibleDescription(
      new RegExp(melding.replace('.', '\\.')),
    );
    expect(klaar).not.toHaveBeenCalled();
  });

  it('zegt het als een informele vrijstelling al het maximum duurt', async () => {
    nepApi({ 'GET /api/instellingen/contactnormen': { status: 200, body: normen } });
    renderRoutes([
      {
        path: '/',
        element: (
          <VrijstellingVerlengen
            klantId="k1"
            vrijstelling={{ ...vrijstelling, einddatum: plusDagen(vrijstelling.ingangsdatum, 183) }}
            onKlaar={jest.fn()}
          />
        ),
      },
    ]);
    expect(
      await screen.findByText(/duurt al het maximum van 183 dagen: een latere einddatum kan niet/),
    ).toBeInTheDocument();
  });

  it('laadt bij 409 de nieuwste versie en stuurt daarna die versie', async () => {
    let gelezen = 0;
    const verzoeken = nepApi({
      'GET /api/instellingen/contactnormen': { status: 200, body: normen },
      'GET /api/klanten/k1/vrijstellingen': () => ({
        status: 200,
        body: {
          items: [gelezen++ === 0 ? vrijstelling : { ...vrijstelling, toelichting: 'Arts gebeld', versie: 3 }],
          page: 1,
          pageSize: 20,
          totaal: 1,
        },
      }),
      'PATCH /api/vrijstellingen/v1': (body) =>
        (body as { versie: number }).versie === 2 ? conflict : { status: 200, body: { ...vrijstelling, versie: 4 } },
    });
    const klaar = jest.fn();
    function Lijst() {
      const lijst = useQuery(vrijstellingenQuery('k1'));
      return lijst.data?.items.map((v) => (
        <VrijstellingVerlengen key={v.id} klantId="k1" vrijstelling={v} onKlaar={klaar} />
      ));
    }
    renderRoutes([{ path: '/', element: <Lijst /> }]);
    const eind = await screen.findByLabelText(/Nieuwe einddatum/);
    await userEvent.clear(eind);
    await userEvent.type(eind, plusDagen(vandaag(), 70));
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling verlengen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit intussen gewijzigd');
    await waitFor(() => expect(gelezen).toBe(2));
    expect(screen.getByLabelText(/Nieuwe einddatum/)).toHaveValue(plusDagen(vandaag(), 70));
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling verlengen' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(
      verzoekenNaar(verzoeken, 'PATCH', '/api/vrijstellingen/v1')
        .map((v) => v.body as { versie: number; einddatum: string })
        .map((b) => [b.einddatum, b.versie]),
    ).toEqual([
      [plusDagen(vandaag(), 70), 2],
      [plusDagen(vandaag(), 70), 3],
    ]);
  });
});

describe('VrijstellingIntrekken', () => {
  it('trekt in per vandaag met de versie', async () => {
    const verzoeken = nepApi({
      'PATCH /api/vrijstellingen/v1': {
        status: 200,
        body: { ...vrijstelling, ingetrokkenOp: vandaag(), actief: false, versie: 3 },
      },
    });
    const klaar = jest.fn();
    renderRoutes([
      { path: '/', element: <VrijstellingIntrekken klantId="k1" vrijstelling={vrijstelling} onKlaar={klaar} /> },
    ]);
    expect(screen.getByLabelText('Ingetrokken per')).toHaveValue(vandaag());
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling intrekken' }));
    await waitFor(() => expect(klaar).toHaveBeenCalled());
    expect(verzoeken[0].body).toEqual({ ingetrokkenOp: vandaag(), versie: 2 });
  });

  it('weigert een datum voor de ingangsdatum en zet een fout van de API bij het veld', async () => {
    const verzoeken = nepApi({
      'PATCH /api/vrijstellingen/v1': validatie([
        { veld: 'ingetrokkenOp', melding: 'mag niet voor de ingangsdatum liggen' },
      ]),
    });
    renderRoutes([
      { path: '/', element: <VrijstellingIntrekken klantId="k1" vrijstelling={vrijstelling} onKlaar={jest.fn()} /> },
    ]);
    const datum = screen.getByLabelText('Ingetrokken per');
    await userEvent.clear(datum);
    await userEvent.type(datum, plusDagen(vrijstelling.ingangsdatum, -1));
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling intrekken' }));
    expect(
      await screen.findByText(
        `De datum mag niet voor de ingangsdatum (${datumKort(vrijstelling.ingangsdatum)}) liggen.`,
      ),
    ).toBeInTheDocument();
    expect(verzoeken).toHaveLength(0);
    await userEvent.clear(datum);
    await userEvent.type(datum, vrijstelling.ingangsdatum);
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling intrekken' }));
    expect(await screen.findByText('Mag niet voor de ingangsdatum liggen.')).toBeInTheDocument();
    expect(datum).toHaveAccessibleDescription(/Mag niet voor de ingangsdatum liggen\./);
  });

  it('meldt een 409 en laadt opnieuw', async () => {
    const verzoeken = nepApi({
      'PATCH /api/vrijstellingen/v1': conflict,
      'GET /api/klanten/k1/vrijstellingen': { status: 200, body: { items: [], page: 1, pageSize: 20, totaal: 0 } },
    });
    function Lijst() {
      useQuery(vrijstellingenQuery('k1'));
      return <VrijstellingIntrekken klantId="k1" vrijstelling={vrijstelling} onKlaar={jest.fn()} />;
    }
    renderRoutes([{ path: '/', element: <Lijst /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Vrijstelling intrekken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit intussen gewijzigd');
    await waitFor(() => expect(verzoekenNaar(verzoeken, 'GET', '/api/klanten/k1/vrijstellingen')).toHaveLength(2));
  });
});

describe('KlantDossierPagina: acties alleen voor wie het dossier mag wijzigen', () => {
  const leeg: Antwoord = { status: 200, body: { items: [], totaal: 0, page: 1, pageSize: 20 } };
  const api = {
    'GET /api/klanten/k1': { status: 200, body: klant },
    'GET /api/klanten/k1/afspraken': { status: 200, body: { items: [afspraak], totaal: 1, page: 1, pageSize: 20 } },
    'GET /api/klanten/k1/vrijstellingen': {
      status: 200,
      body: { items: [vrijstelling], totaal: 1, page: 1, pageSize: 20 },
    },
    'GET /api/klanten/k1/ladder': leeg,
    'GET /api/klanten/k1/contactmomenten': leeg,
    'GET /api/klanten/k1/tijdlijn': leeg,
    'GET /api/gemeenten': gemeenten,
  };
  const KNOPPEN = [
    'Gegevens wijzigen',
    'Uitstroom registreren',
    'Verlengen: Taalcursus',
    'Wijzigen: Taalcursus',
    `Verlengen: vrijstelling medisch, tijdelijk van ${datumKort(vrijstelling.ingangsdatum)}`,
    `Intrekken: vrijstelling medisch, tijdelijk van ${datumKort(vrijstelling.ingangsdatum)}`,
  ];

  it.each(['klantmanager', 'teamleider'] as const)('toont de acties aan een %s', async (rol) => {
    nepApi(api);
    alsMedewerker(rol, <KlantDossierPagina />);
    await screen.findByRole('heading', { level: 1, name: 'Karim Yilmaz' });
    await screen.findByText('Taalcursus');
    await screen.findByRole('button', { name: /^Intrekken:/ });
    for (const naam of KNOPPEN) expect(screen.getByRole('button', { name: naam })).toBeInTheDocument();
  });

  it.each([
    ['aan een andere rol', () => alsMedewerker('privacy', <KlantDossierPagina />)],
    [
      'zonder bekende medewerker',
      () => renderRoutes([{ path: '/klanten/:id', element: <KlantDossierPagina /> }], '/klanten/k1'),
    ],
  ])('toont ze niet %s', async (_, toon) => {
    nepApi(api);
    toon();
    await screen.findByText('Taalcursus');
    await screen.findByText(/^Medisch, tijdelijk/);
    for (const naam of ['Gegevens wijzigen', 'Uitstroom registreren', /^Verlengen/, /^Wijzigen/, /^Intrekken/])
      expect(screen.queryByRole('button', { name: naam })).not.toBeInTheDocument();
  });

  it('biedt geen uitstroom aan bij een klant die al is uitgestroomd', async () => {
    nepApi({
      ...api,
      'GET /api/klanten/k1': {
        status: 200,
        body: { ...klant, status: 'uitgestroomd', uitstroomdatum: '2026-01-31', uitstroomreden: 'werk' },
      },
    });
    alsMedewerker('klantmanager', <KlantDossierPagina />);
    // Loaded: the buttons held their place while the client was on its way, disabled.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Gegevens wijzigen' })).toBeEnabled());
    expect(screen.queryByRole('button', { name: 'Uitstroom registreren' })).not.toBeInTheDocument();
  });

  it('opent het formulier uit het dossier in een dialoog', async () => {
    nepApi(api);
    alsMedewerker('klantmanager', <KlantDossierPagina />);
    await userEvent.click(await screen.findByRole('button', { name: 'Verlengen: Taalcursus' }));
    const dialoog = screen.getByRole('dialog', { name: 'Afspraak verlengen' });
    expect(within(dialoog).getByLabelText('Nieuwe einddatum')).toBeInTheDocument();
    await userEvent.click(within(dialoog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog', { name: 'Afspraak verlengen' })).not.toBeInTheDocument();
  });
});
