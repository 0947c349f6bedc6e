import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { totpCode } from '../../apps/api/src/auth/totp';
import { ImportenService } from '../../apps/api/src/importen/importen.service';
import { startTestApp, TestApp } from '../support/app';
import {
  bearer,
  contactInvoer,
  inloggen,
  maakKlant,
  maakOmgeving,
  maakTestMedewerker,
  nieuwBsn,
  TEST_WACHTWOORD,
  TestOmgeving,
} from '../support/factories';
import { maakTeam } from '../support/werkvoorraad-factories';

/*
 * The API keeps its own contract: every operation in the OpenAPI document it serves is called once with a valid
 * request, and its 2xx answer must validate against the schema the document gives for that status. Object schemas
 * are checked strictly (no member the document does not declare), so an answer cannot carry a field — a full BSN,
 * say — that the contract does not name. An operation without an example here fails the test: a new endpoint gets
 * one when it is added.
 */

interface Schema {
  [sleutel: string]: unknown;
}
interface Antwoord {
  content?: Record<string, { schema?: Schema }>;
  headers?: Record<string, unknown>;
}
interface OpenApi {
  servers: { url: string }[];
  paths: Record<string, Record<string, { responses: Record<string, Antwoord> }>>;
  components: { schemas: Record<string, Schema> };
}

/** A valid request for one operation: who calls it, how the path is filled in, the query and the body. */
interface Voorbeeld {
  token: string;
  pad?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** A multipart/form-data body instead (an upload): its text fields and its one file. */
  formulier?: { velden: Record<string, string>; bestand: { veld: string; inhoud: Buffer; naam: string } };
}

/**
 * The schema as a validator reads it: `$ref`s into the document, OpenAPI 3.0's `nullable` as a union with null, the
 * discriminator without `mapping` (ajv works it out from `soort`), and objects closed to undeclared members.
 */
function alsJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(alsJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const bron = schema as Schema;
  const uit: Schema = {};
  for (const [sleutel, waarde] of Object.entries(bron)) {
    if (sleutel === 'nullable' || sleutel === 'example') continue;
    if (sleutel === '$ref') uit.$ref = `kib${String(waarde)}`;
    else if (sleutel === 'discriminator')
      uit.discriminator = { propertyName: (waarde as { propertyName: string }).propertyName };
    else uit[sleutel] = alsJsonSchema(waarde);
  }
  if (bron.properties && bron.additionalProperties === undefined) uit.additionalProperties = false;
  if (bron.nullable) {
    // The enum itself must name null (OpenAPI 3.0.3): not added here, so a document that forgets it fails.
    if (typeof uit.type === 'string') return { ...uit, type: [uit.type, 'null'] };
    return { anyOf: [uit, { type: 'null' }] };
  }
  return uit;
}

describe('het contract: elk antwoord klopt met het eigen OpenAPI-document', () => {
  let t: TestApp;
  let a: TestOmgeving;
  let doc: OpenApi;
  let ajv: Ajv;
  const voorbeelden = new Map<string, () => Promise<Voorbeeld>>();

  beforeAll(async () => {
    t = await startTestApp();
    a = await maakOmgeving(t);
    doc = (await t.http().get('/api/v1/openapi.json').expect(200)).body;
    ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'kib', components: { schemas: alsJsonSchema(doc.components.schemas) } });

    const km = a.klantmanager.token;
    const tl = a.teamleider.token;
    const klant = await maakKlant(t, a);
    // Not yet seen: it has an item in the klantmanager's werkvoorraad (the intake) to postpone.
    const nieuw = await maakKlant(t, a);
    const collega = await maakTestMedewerker(t, {
      organisatieId: a.organisatie.id,
      rol: 'klantmanager',
      teamId: a.organisatie.teamId,
    });
    const zuid = await maakTeam(t.db, a.organisatie.id, 'Team Zuid contract');
    const kmZuid = await maakTestMedewerker(t, { organisatieId: a.organisatie.id, rol: 'klantmanager', teamId: zuid });
    const vanZuid = await maakKlant(t, a, { klantmanagerId: kmZuid.id }, await inloggen(t, kmZuid.gebruikersnaam));
    const post = (pad: string, body: unknown, token = km) =>
      t
        .http()
        .post(pad)
        .set(bearer(token))
        .send(body as object)
        .expect(201);
    const cm = (await post(`/api/v1/klanten/${klant.id}/contactmomenten`, contactInvoer())).body;
    const af = (
      await post(`/api/v1/klanten/${klant.id}/afspraken`, {
        soort: 'overig',
        omschrijving: 'Sollicitatietraining',
        startdatum: plusDagen(vandaag(), -1),
        einddatum: plusDagen(vandaag(), 30),
      })
    ).body;
    const vrijstelling = {
      soort: 'informeel',
      omvang: ['tegenprestatie'],
      reden: 'overig',
      ingangsdatum: vandaag(),
      einddatum: plusDagen(vandaag(), 30),
      herbeoordelingsdatum: plusDagen(vandaag(), 20),
    };
    const vr = (await post(`/api/v1/klanten/${klant.id}/vrijstellingen`, vrijstelling)).body;
    await post(`/api/v1/klanten/${klant.id}/ladder`, { trede: 3, gemetenOp: vandaag() });
    const versie = async (pad: string) => (await t.http().get(pad).set(bearer(km)).expect(200)).body.versie as number;
    const normen = (await t.http().get('/api/v1/instellingen/contactnormen').set(bearer(a.beheerder.token)).expect(200))
      .body;
    const bsn = klant.bsn;
    const maand = plusDagen(vandaag(), -40).slice(0, 7);
    const periode = { van: plusDagen(vandaag(), -90), tot: vandaag() };
    /** A medewerker of its own, for operations that end sessions or change the account. */
    const eigen = async (rol: 'klantmanager' | 'privacy' = 'klantmanager') => {
      const m = await maakTestMedewerker(t, {
        organisatieId: a.organisatie.id,
        rol,
        teamId: rol === 'klantmanager' ? a.organisatie.teamId : null,
      });
      return { ...m, token: rol === 'privacy' ? '' : await inloggen(t, m.gebruikersnaam) };
    };

    const v = (sleutel: string, maak: () => Voorbeeld | Promise<Voorbeeld>) =>
      voorbeelden.set(sleutel, async () => maak());
    v('GET /health', () => ({ token: '' }));
    v('POST /auth/login', async () => ({
      token: '',
      body: { gebruikersnaam: (await eigen()).gebruikersnaam, wachtwoord: TEST_WACHTWOORD },
    }));
    v('POST /auth/login/totp', async () => {
      const p = await eigen('privacy');
      const stap = (
        await t
          .http()
          .post('/api/v1/auth/login')
          .send({ gebruikersnaam: p.gebruikersnaam, wachtwoord: TEST_WACHTWOORD })
          .expect(200)
      ).body;
      return {
        token: '',
        body: { tussenToken: stap.tussenToken, code: await totpCode('KRSXG5CUN5ZHA2LQMFZXG53POJSA') },
      };
    });
    v('POST /auth/logout', async () => ({ token: (await eigen()).token }));
    const [{ code: organisatieCode }] = await t.db.query(`SELECT code FROM organisatie WHERE id = $1`, [
      a.organisatie.id,
    ]);
    v('GET /auth/methoden', () => ({ token: '', query: { organisatie: organisatieCode } }));
    v('GET /auth/uitlogadres', () => ({ token: km }));
    // Without a provider set up, both browser steps send the browser back to the login page (a 302 either way).
    v('GET /auth/oidc/{organisatieCode}', () => ({ token: '', pad: { organisatieCode } }));
    v('GET /auth/oidc/callback', () => ({ token: '' }));
    v('GET /instellingen/oidc', () => ({ token: a.beheerder.token }));
    v('PUT /instellingen/oidc', () => ({
      token: a.beheerder.token,
      body: { uitloggenBijProvider: false, wachtwoordToegestaan: true },
    }));
    v('GET /me', () => ({ token: km }));
    const totpKm = eigen();
    v('POST /me/totp', async () => ({ token: (await totpKm).token }));
    v('POST /me/totp/bevestigen', async () => {
      const { token } = await totpKm;
      const { geheim } = (await t.http().post('/api/v1/me/totp').set(bearer(token)).expect(200)).body;
      return { token, body: { code: await totpCode(geheim) } };
    });
    v('DELETE /me/totp', async () => ({ token: (await totpKm).token }));
    v('POST /me/wachtwoord', async () => ({
      token: (await eigen()).token,
      body: { huidigWachtwoord: TEST_WACHTWOORD, nieuwWachtwoord: 'Paardenbloem-Kaasschaaf-2026' },
    }));
    v('GET /gemeenten', () => ({ token: km }));
    v('GET /teams', () => ({ token: km }));
    v('GET /medewerkers', () => ({ token: tl, query: { rol: 'klantmanager' } }));
    const bh = a.beheerder.token;
    let volgnummer = 0;
    const nieuweMedewerker = async () => {
      const naam = `contract-${process.pid}-${++volgnummer}`;
      return (
        await t
          .http()
          .post('/api/v1/medewerkers')
          .set(bearer(bh))
          .send({
            gebruikersnaam: naam,
            naam: 'Contract Klantmanager',
            rol: 'klantmanager',
            teamId: a.organisatie.teamId,
            email: `${naam}@example.nl`,
          })
          .expect(201)
      ).body as { medewerker: { id: string; gebruikersnaam: string; versie: number }; eenmaligeCode: { code: string } };
    };
    v('POST /medewerkers', () => ({
      token: bh,
      body: {
        gebruikersnaam: `contract-nieuw-${process.pid}`,
        naam: 'Nieuwe Collega',
        rol: 'beleid',
        email: `contract-nieuw-${process.pid}@example.nl`,
      },
    }));
    v('PATCH /medewerkers/{id}', async () => {
      const { medewerker } = await nieuweMedewerker();
      return { token: bh, pad: { id: medewerker.id }, body: { naam: 'Andere Naam', versie: medewerker.versie } };
    });
    v('GET /medewerkers/{id}/overdracht', () => ({
      token: bh,
      pad: { id: a.klantmanager.id },
      query: { verdelenOverTeam: 'true' },
    }));
    v('POST /medewerkers/{id}/wachtwoord-herstel', async () => ({
      token: bh,
      pad: { id: (await nieuweMedewerker()).medewerker.id },
    }));
    v('POST /auth/login/nieuw-wachtwoord', async () => {
      const { medewerker, eenmaligeCode } = await nieuweMedewerker();
      const stap = (
        await t
          .http()
          .post('/api/v1/auth/login')
          .send({ gebruikersnaam: medewerker.gebruikersnaam, wachtwoord: eenmaligeCode.code })
          .expect(200)
      ).body;
      return { token: '', body: { tussenToken: stap.tussenToken, nieuwWachtwoord: 'Paardenbloem-Kaasschaaf-2026' } };
    });
    v('POST /gemeenten', () => ({ token: bh, body: { cbsCode: 'GM0193', naam: 'Zwolle' } }));
    v('PATCH /gemeenten/{id}', () => ({
      token: bh,
      pad: { id: a.organisatie.gemeenteId },
      body: { naam: 'Testgemeente' },
    }));
    v('POST /teams', () => ({ token: bh, body: { naam: 'Team Contract' } }));
    v('PATCH /teams/{id}', () => ({ token: bh, pad: { id: a.organisatie.teamId }, body: { naam: 'Testteam' } }));
    v('GET /klanten', () => ({ token: km }));
    v('POST /klanten', () => ({
      token: km,
      body: {
        bsn: nieuwBsn(),
        voornamen: 'Sanne',
        achternaam: 'de Wit',
        geboortedatum: '1988-04-12',
        gemeenteId: a.organisatie.gemeenteId,
        doelgroep: 'brede_doelgroep',
        startdatumUitkering: '2025-01-01',
        dienstverleningscategorie: 'bijna_job_ready',
        adres: { straat: 'Kerkstraat', huisnummer: '1', postcode: '3511AB', woonplaats: 'Utrecht' },
      },
    }));
    v('POST /klanten/herverdelen', () => ({
      token: tl,
      body: { klantIds: [klant.id], naarKlantmanagerId: collega.id },
    }));
    v('GET /klanten/{id}', () => ({ token: tl, pad: { id: klant.id } }));
    v('PATCH /klanten/{id}', async () => ({
      token: tl,
      pad: { id: klant.id },
      body: { telefoon: '0687654321', versie: await versie(`/api/v1/klanten/${klant.id}`).catch(() => 1) },
    }));
    v('POST /klanten/{id}/bsn-inzage', () => ({ token: tl, pad: { id: klant.id } }));
    v('POST /klanten/{id}/doorbreken', () => ({
      token: km,
      pad: { id: vanZuid.id },
      body: { reden: 'Klant belt over zijn afspraak; collega is ziek.' },
    }));
    v('GET /klanten/{id}/tijdlijn', () => ({ token: tl, pad: { id: klant.id } }));
    v('GET /klanten/{klantId}/contactmomenten', () => ({ token: tl, pad: { klantId: klant.id } }));
    v('POST /klanten/{klantId}/contactmomenten', () => ({
      token: tl,
      pad: { klantId: klant.id },
      body: contactInvoer(),
    }));
    v('PATCH /contactmomenten/{id}', () => ({
      token: km,
      pad: { id: cm.id },
      body: { onderwerp: 'Re-integratie en taal', reden: 'Onderwerp verkeerd overgenomen', versie: cm.versie },
    }));
    v('GET /klanten/{klantId}/ladder', () => ({ token: tl, pad: { klantId: klant.id } }));
    v('POST /klanten/{klantId}/ladder', () => ({
      token: tl,
      pad: { klantId: klant.id },
      body: { trede: 4, doeltrede: 5, gemetenOp: vandaag(), toelichting: 'Vrijwilligerswerk' },
    }));
    v('GET /klanten/{klantId}/afspraken', () => ({ token: tl, pad: { klantId: klant.id } }));
    v('POST /klanten/{klantId}/afspraken', () => ({
      token: tl,
      pad: { klantId: klant.id },
      body: { soort: 'taal', omschrijving: 'Taalcursus', startdatum: vandaag(), einddatum: plusDagen(vandaag(), 60) },
    }));
    v('GET /afspraken/{id}', () => ({ token: tl, pad: { id: af.id } }));
    v('PATCH /afspraken/{id}', async () => ({
      token: tl,
      pad: { id: af.id },
      body: { einddatum: plusDagen(vandaag(), 45), versie: await versie(`/api/v1/afspraken/${af.id}`) },
    }));
    v('GET /klanten/{klantId}/vrijstellingen', () => ({ token: tl, pad: { klantId: klant.id } }));
    v('POST /klanten/{klantId}/vrijstellingen', () => ({ token: tl, pad: { klantId: klant.id }, body: vrijstelling }));
    v('GET /vrijstellingen/{id}', () => ({ token: tl, pad: { id: vr.id } }));
    v('PATCH /vrijstellingen/{id}', async () => ({
      token: tl,
      pad: { id: vr.id },
      body: { herbeoordelingsdatum: plusDagen(vandaag(), 25), versie: await versie(`/api/v1/vrijstellingen/${vr.id}`) },
    }));
    v('GET /instellingen/contactnormen', () => ({ token: km }));
    v('PUT /instellingen/contactnormen', () => ({ token: a.beheerder.token, body: normen }));
    v('GET /instellingen/dienstverleningscategorieen', () => ({ token: km }));
    v('PUT /instellingen/dienstverleningscategorieen', async () => {
      const { categorieen } = (
        await t
          .http()
          .get('/api/v1/instellingen/dienstverleningscategorieen')
          .set(bearer(a.beheerder.token))
          .expect(200)
      ).body;
      return { token: a.beheerder.token, body: { categorieen } };
    });
    v('GET /werkvoorraad', () => ({ token: km }));
    v('POST /werkvoorraad/uitstellen', async () => {
      const lijst = (
        await t
          .http()
          .get('/api/v1/werkvoorraad')
          .set(bearer(tl))
          .query({ medewerkerId: a.klantmanager.id })
          .expect(200)
      ).body;
      const item = lijst.items.find((i: { klantId: string }) => i.klantId === nieuw.id);
      return {
        token: tl,
        body: {
          klantId: item.klantId,
          soort: item.soort,
          referentieId: item.referentieId,
          totDatum: plusDagen(vandaag(), 7),
          reden: 'Klant is op vakantie',
        },
      };
    });
    v('GET /werkvoorraad/uitstellen', () => ({ token: tl }));
    v('GET /teams/{id}/overzicht', () => ({ token: tl, pad: { id: a.organisatie.teamId } }));
    v('GET /teams/{id}/weekstart', () => ({
      token: tl,
      pad: { id: a.organisatie.teamId },
      query: { week: vandaag() },
    }));
    // Beleid asks month ends in the past (suppression holds across peildata only then).
    const vorigMaandeinde = plusDagen(`${vandaag().slice(0, 8)}01`, -1);
    for (const soort of ['kerncijfers', 'kerncijfers.csv', 'kerncijfers.xlsx'])
      v(`GET /rapportages/${soort}`, () => ({ token: a.beleid.token, query: { peildatum: vorigMaandeinde } }));
    for (const soort of ['doorstroom', 'doorstroom.csv', 'doorstroom.xlsx', 'trend'])
      v(`GET /rapportages/${soort}`, () => ({ token: tl, query: periode }));
    for (const soort of ['leefgebieden', 'leefgebieden.csv', 'leefgebieden.xlsx'])
      v(`GET /rapportages/${soort}`, () => ({ token: a.beleid.token, query: { peildatum: vorigMaandeinde } }));
    for (const soort of ['leefgebieden/beweging', 'leefgebieden/beweging.csv', 'leefgebieden/beweging.xlsx'])
      v(`GET /rapportages/${soort}`, () => ({ token: tl, query: periode }));
    v('GET /instellingen/bewaartermijn', () => ({ token: a.beheerder.token }));
    v('PUT /instellingen/bewaartermijn', () => ({
      token: a.beheerder.token,
      body: { jarenNaUitstroom: 7, automatisch: false },
    }));
    v('POST /beheer/anonimiseren', () => ({ token: a.beheerder.token, query: { proefrun: 'true' } }));
    v('GET /audit/verwerkingen', () => ({ token: a.privacy.token, query: { klantId: klant.id } }));
    v('GET /audit/wijzigingen', () => ({ token: a.privacy.token, query: { klantId: klant.id } }));
    v('POST /audit/klant-op-bsn', () => ({ token: a.privacy.token, body: { bsn } }));
    v('GET /audit/rapport', () => ({ token: a.privacy.token, query: { maand } }));
    v('GET /audit/rapport.csv', () => ({ token: a.privacy.token, query: { maand } }));
    v('GET /verwerkingsactiviteiten', () => ({ token: a.privacy.token }));
    v('GET /klanten/{id}/inzage-export', () => ({ token: a.privacy.token, pad: { id: klant.id } }));
    const importFormulier = () => ({
      velden: { soort: 'klanten', bron: 'contracttest' },
      bestand: {
        veld: 'bestand',
        naam: 'klanten.csv',
        inhoud: Buffer.from(
          'BSN;Voornamen;Achternaam;Geboortedatum;Gemeente;Doelgroep;Startdatum uitkering;Categorie\r\n' +
            `${nieuwBsn()};Ida;Import;01-02-1985;GM0363;brede_doelgroep;01-09-2026;job_ready\r\n`,
        ),
      },
    });
    /** A job whose dry run has finished (status klaar). */
    const proefrun = async () => {
      const { bestand, velden } = importFormulier();
      const antwoord = await t
        .http()
        .post('/api/v1/importen')
        .set(bearer(a.beheerder.token))
        .field(velden)
        .attach(bestand.veld, bestand.inhoud, bestand.naam)
        .expect(202);
      await t.app.get(ImportenService).klaar();
      return antwoord.body.id as string;
    };
    v('POST /importen', () => ({ token: a.beheerder.token, formulier: importFormulier() }));
    v('GET /importen', () => ({ token: a.beheerder.token }));
    v('GET /importen/{id}', async () => ({ token: a.beheerder.token, pad: { id: await proefrun() } }));
    v('GET /importen/{id}/fouten.csv', async () => ({ token: a.beheerder.token, pad: { id: await proefrun() } }));
    v('POST /importen/{id}/uitvoeren', async () => ({ token: a.beheerder.token, pad: { id: await proefrun() } }));
    v('GET /klanten/{id}/overdracht', () => ({ token: tl, pad: { id: klant.id } }));
    v('PUT /importen/{id}/koppeling', async () => {
      const id = await proefrun();
      const taak = await t.http().get(`/api/v1/importen/${id}`).set(bearer(a.beheerder.token)).expect(200);
      return { token: a.beheerder.token, pad: { id }, body: { koppeling: taak.body.koppeling } };
    });
    v('GET /instellingen/leefgebieden', () => ({ token: km }));
    v('PUT /instellingen/leefgebieden', async () => {
      const { naam, domeinen, niveaus, adviesregels } = (
        await t.http().get('/api/v1/instellingen/leefgebieden').set(bearer(a.beheerder.token)).expect(200)
      ).body;
      return { token: a.beheerder.token, body: { naam, bron: 'Eigen matrix', domeinen, niveaus, adviesregels } };
    });
    v('GET /instellingen/dienstverleningspaden', () => ({ token: km }));
    v('PUT /instellingen/dienstverleningspaden', async () => {
      const { paden } = (
        await t.http().get('/api/v1/instellingen/dienstverleningspaden').set(bearer(a.beheerder.token)).expect(200)
      ).body;
      return { token: a.beheerder.token, body: { paden } };
    });
    await post(`/api/v1/klanten/${klant.id}/gesprekken`, {
      gevoerdOp: new Date(Date.now() - 3_600_000).toISOString(),
      scores: [{ domein: 'financien', niveau: 2, toelichting: 'Schulden' }],
      loonwaarde: { percentage: 40, methode: 'inschatting klantmanager' },
    });
    v('GET /klanten/{klantId}/gesprekken', () => ({ token: tl, pad: { klantId: klant.id } }));
    v('POST /klanten/{klantId}/gesprekken', () => ({
      token: km,
      pad: { klantId: klant.id },
      body: {
        gevoerdOp: new Date(Date.now() - 60_000).toISOString(),
        kanaal: 'huisbezoek',
        scores: [
          { domein: 'financien', niveau: 3 },
          { domein: 'werk_opleiding', niveau: 4, toelichting: 'Heeft mbo-2' },
        ],
        adviesCategorie: 'bijna_job_ready',
        afwijkingReden: 'Wil graag snel aan het werk met begeleiding',
        toelichting: 'Goed gesprek aan huis',
      },
    }));
    await t
      .http()
      .put(`/api/v1/klanten/${klant.id}/plan`)
      .set(bearer(km))
      .send({
        evaluatiedatum: plusDagen(vandaag(), 60),
        versie: 0,
        doelen: [
          {
            omschrijving: 'Schulden op een rij',
            leefgebied: 'financien',
            streefdatum: plusDagen(vandaag(), 50),
            status: 'lopend',
          },
        ],
      })
      .expect(200);
    v('GET /klanten/{klantId}/plan', () => ({ token: tl, pad: { klantId: klant.id } }));
    v('PUT /klanten/{klantId}/plan', async () => {
      const plan = (await t.http().get(`/api/v1/klanten/${klant.id}/plan`).set(bearer(km)).expect(200)).body;
      return {
        token: km,
        pad: { klantId: klant.id },
        body: {
          evaluatiedatum: plan.evaluatiedatum,
          versie: plan.versie,
          doelen: [
            ...plan.doelen.map((d: Record<string, unknown>) => ({
              id: d.id,
              omschrijving: d.omschrijving,
              leefgebied: d.leefgebied,
              streefdatum: d.streefdatum,
              status: d.status,
            })),
            { omschrijving: 'Taalcursus A2 afronden', streefdatum: plusDagen(vandaag(), 90), status: 'lopend' },
          ],
        },
      };
    });
    v('GET /klanten/{klantId}/plan.pdf', () => ({ token: tl, pad: { klantId: klant.id } }));
    /** A campagne of organisatie a over all its clients, started unless asked otherwise; with a.extern on it. */
    const campagne = async (starten = true) => {
      const c = (
        await post(
          '/api/v1/campagnes',
          {
            naam: `Herscreening ${nieuwBsn()}`,
            criteria: {},
            startdatum: vandaag(),
            einddatum: plusDagen(vandaag(), 60),
          },
          a.teamleider.token,
        )
      ).body;
      await t
        .http()
        .patch(`/api/v1/campagnes/${c.id}`)
        .set(bearer(a.teamleider.token))
        .send({ versie: 1, externeMedewerkerIds: [a.extern.id] })
        .expect(200);
      if (starten)
        await t
          .http()
          .post(`/api/v1/campagnes/${c.id}/starten`)
          .set(bearer(a.teamleider.token))
          .send({ versie: 2 })
          .expect(200);
      return c.id as string;
    };
    const tlc = a.teamleider.token;
    let minuut = 0;
    /** A free slot in the klantmanager's agenda (every call a new one). */
    const moment = () => new Date(Date.now() + 86_400_000 + 3 * 3_600_000 * ++minuut).toISOString();
    v('POST /campagnes/voorbeeld', () => ({ token: tlc, body: { criteria: { nietGesprokenMaanden: 12 } } }));
    v('POST /campagnes', () => ({
      token: tlc,
      body: {
        naam: 'Herscreening 2027',
        doel: 'Iedereen weer in beeld',
        criteria: { categorieen: ['nog_niet_job_ready'], minUitkeringsduurMaanden: 6 },
        startdatum: vandaag(),
        einddatum: plusDagen(vandaag(), 90),
        maxUitnodigingen: 3,
      },
    }));
    v('GET /campagnes', async () => {
      await campagne();
      return { token: tlc, query: { status: 'lopend' } };
    });
    v('GET /campagnes/{id}', async () => ({ token: a.beleid.token, pad: { id: await campagne() } }));
    v('PATCH /campagnes/{id}', async () => ({
      token: tlc,
      pad: { id: await campagne(false) },
      body: { versie: 2, naam: 'Herscreening voorjaar', criteria: { nietGesprokenMaanden: 6 }, maxUitnodigingen: 3 },
    }));
    v('POST /campagnes/{id}/starten', async () => ({
      token: tlc,
      pad: { id: await campagne(false) },
      body: { versie: 2 },
    }));
    v('POST /campagnes/{id}/afsluiten', async () => ({
      token: tlc,
      pad: { id: await campagne() },
      body: { versie: 3 },
    }));
    v('POST /campagnes/{id}/verdelen', async () => ({
      token: tlc,
      pad: { id: await campagne() },
      body: { medewerkerIds: [a.klantmanager.id, a.extern.id], voorbeeld: true },
    }));
    v('GET /campagnes/{id}/deelnemers', async () => ({ token: a.extern.token, pad: { id: await campagne() } }));
    v('GET /campagnes/{id}/effect', async () => ({ token: a.beleid.token, pad: { id: await campagne() } }));
    v('GET /campagnes/{id}/trechter.xlsx', async () => ({ token: tlc, pad: { id: await campagne() } }));
    v('POST /campagnes/{id}/deelnemers/{klantId}/uitnodiging', async () => ({
      token: km,
      pad: { id: await campagne(), klantId: klant.id },
      body: { datumTijd: moment(), locatie: 'Stadskantoor, kamer 2.14', duurMinuten: 90 },
    }));
    v('POST /campagnes/{id}/deelnemers/{klantId}/nabellen', async () => {
      const id = await campagne();
      await post(`/api/v1/campagnes/${id}/deelnemers/${klant.id}/uitnodiging`, {
        datumTijd: moment(),
        locatie: 'Stadskantoor',
      });
      return { token: km, pad: { id, klantId: klant.id }, body: { resultaat: 'bereikt', notitie: 'Komt zeker' } };
    });
    v('GET /agenda', () => ({ token: km, query: { van: vandaag(), tot: plusDagen(vandaag(), 14) } }));
    v('GET /agenda.ics', () => ({ token: km, query: { van: vandaag(), tot: plusDagen(vandaag(), 14) } }));
    v('GET /instellingen/brieven', () => ({ token: a.beheerder.token }));
    v('PUT /instellingen/brieven', () => ({
      token: a.beheerder.token,
      body: {
        onderwerp: 'Uitnodiging',
        inhoud: '{{klant.aanhef}},\n\nKom langs.',
        afzender: 'Sociale Dienst',
        versie: 0,
      },
    }));
    v('POST /instellingen/brieven/voorbeeld', () => ({
      token: a.beheerder.token,
      body: {
        onderwerp: 'Uitnodiging',
        inhoud: '{{klant.aanhef}}, tot {{uitnodiging.datum}}.',
        afzender: 'Sociale Dienst',
      },
    }));
    v('DELETE /instellingen/brieven/{gemeenteId}', async () => {
      await t.db.query(
        `INSERT INTO brief_sjabloon (organisatie_id, gemeente_id, onderwerp, inhoud, afzender, gewijzigd_door)
         VALUES ($1, $2, 'Uitnodiging', 'Beste {{klant.naam}}', '', $3) ON CONFLICT DO NOTHING`,
        [a.organisatie.id, a.organisatie.gemeenteId, a.beheerder.id],
      );
      return { token: a.beheerder.token, pad: { gemeenteId: a.organisatie.gemeenteId } };
    });
    v('GET /campagnes/{id}/brieven.pdf', async () => {
      // Rows straight into the tables: the invitation endpoint lives in the campagnes module.
      const [c] = await t.db.query(
        `INSERT INTO campagne (organisatie_id, naam, criteria, startdatum, einddatum, status, aangemaakt_door, gestart_op)
         VALUES ($1, 'Contract', '{}', $2, $3, 'lopend', $4, now()) RETURNING id`,
        [a.organisatie.id, plusDagen(vandaag(), -1), plusDagen(vandaag(), 30), a.teamleider.id],
      );
      await t.db.query(
        `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie, start_gemeente_id)
         VALUES ($1, $2, $3, $4, 'job_ready', $5)`,
        [c.id, a.organisatie.id, klant.id, a.teamleider.id, a.organisatie.gemeenteId],
      );
      const [u] = await t.db.query(
        `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, locatie, poging, aangemaakt_door)
         VALUES ($1, $2, $3, $4, now() + interval '7 days', 'Stadskantoor', 1, $4) RETURNING id`,
        [a.organisatie.id, c.id, klant.id, a.teamleider.id],
      );
      await t.db.query(
        `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp, uitnodiging_id)
         VALUES ($1, $2, $3, now(), 'brief', 'gemeente', 'verstuurd', 'Uitnodiging', $4)`,
        [a.organisatie.id, klant.id, a.teamleider.id, u.id],
      );
      return { token: tl, pad: { id: c.id }, query: { datum: vandaag() } };
    });
  }, 120_000);
  afterAll(() => t.sluit());

  const operaties = () =>
    Object.entries(doc.paths).flatMap(([pad, item]) =>
      Object.entries(item).map(([methode, operatie]) => ({
        sleutel: `${methode.toUpperCase()} ${pad}`,
        pad,
        methode,
        operatie,
      })),
    );

  it('heeft voor elke operatie een geldig voorbeeldverzoek', () => {
    expect(
      operaties()
        .map((o) => o.sleutel)
        .filter((s) => !voorbeelden.has(s)),
    ).toEqual([]);
  });

  it('geeft op elk voorbeeld een 2xx met de API-Version-kop en een antwoord dat het schema volgt', async () => {
    const afwijkingen: string[] = [];
    const validators = new Map<string, ValidateFunction>();
    for (const { sleutel, pad, methode, operatie } of operaties()) {
      const maak = voorbeelden.get(sleutel);
      if (!maak) continue;
      const voorbeeld = await maak();
      const url = doc.servers[0].url + pad.replace(/\{(\w+)\}/g, (_m, naam: string) => voorbeeld.pad?.[naam] ?? '');
      const http = t.http() as unknown as Record<string, (url: string) => request.Test>;
      let verzoek = http[methode](url).query(voorbeeld.query ?? {});
      if (voorbeeld.token) verzoek = verzoek.set(bearer(voorbeeld.token));
      if (voorbeeld.formulier) {
        const { velden, bestand } = voorbeeld.formulier;
        verzoek = verzoek.field(velden).attach(bestand.veld, bestand.inhoud, bestand.naam);
      }
      const antwoord = voorbeeld.body === undefined ? await verzoek : await verzoek.send(voorbeeld.body as object);
      const beschreven = operatie.responses[String(antwoord.status)];
      // A documented redirect (the browser steps of the OIDC login) is an answer like a 2xx.
      const gelukt = (antwoord.status >= 200 && antwoord.status < 300) || antwoord.status === 302;
      if (!gelukt || !beschreven) {
        afwijkingen.push(
          `${sleutel}: status ${antwoord.status} ${beschreven ? '' : '(niet beschreven) '}${antwoord.text?.slice(0, 300)}`,
        );
        continue;
      }
      if (antwoord.headers['api-version'] !== '1.1.0') afwijkingen.push(`${sleutel}: geen API-Version-kop`);
      const schema = beschreven.content?.['application/json']?.schema;
      const type = String(antwoord.headers['content-type'] ?? '');
      if (!beschreven.content) {
        if (antwoord.text) afwijkingen.push(`${sleutel}: antwoord ${antwoord.status} zou leeg zijn maar heeft inhoud`);
        continue;
      }
      if (!Object.keys(beschreven.content).some((soort) => type.startsWith(soort))) {
        afwijkingen.push(
          `${sleutel}: Content-Type ${type} staat niet in het document (${Object.keys(beschreven.content).join(', ')})`,
        );
        continue;
      }
      if (!schema || !type.startsWith('application/json')) continue;
      const sleutelSchema = `${sleutel} ${antwoord.status}`;
      if (!validators.has(sleutelSchema)) validators.set(sleutelSchema, ajv.compile(alsJsonSchema(schema) as object));
      const valideer = validators.get(sleutelSchema)!;
      if (!valideer(antwoord.body)) {
        afwijkingen.push(`${sleutel}: ${ajv.errorsText(valideer.errors, { separator: '; ', dataVar: 'antwoord' })}`);
      }
    }
    expect(afwijkingen).toEqual([]);
  }, 120_000);

  it('merkt een lid op dat het contract niet noemt (zoals een volledig BSN in Klant)', async () => {
    const klant = (await t.http().get('/api/v1/klanten').set(bearer(a.klantmanager.token)).expect(200)).body.items[0];
    const volledig = (await t.http().get(`/api/v1/klanten/${klant.id}`).set(bearer(a.klantmanager.token)).expect(200))
      .body;
    const valideer = ajv.compile(alsJsonSchema({ $ref: '#/components/schemas/KlantDto' }) as object);
    expect(valideer(volledig)).toBe(true);
    expect(valideer({ ...volledig, bsn: '111222333' })).toBe(false);
    expect(valideer({ ...volledig, uitstroomreden: 'werk' })).toBe(true);
    expect(valideer({ ...volledig, uitstroomreden: 'onbekend' })).toBe(false);
    expect(valideer({ ...volledig, uitstroomreden: null })).toBe(true);
  });

  it('beschrijft een fout als problem details, en die volgt het schema', async () => {
    const antwoord = await t.http().post('/api/v1/klanten').set(bearer(a.klantmanager.token)).send({ bsn: '123' });
    expect(antwoord.status).toBe(400);
    expect(antwoord.headers['content-type']).toMatch(/^application\/problem\+json/);
    const valideer = ajv.compile(alsJsonSchema({ $ref: '#/components/schemas/Probleem' }) as object);
    expect({ geldig: valideer(antwoord.body), fouten: valideer.errors ?? null }).toEqual({
      geldig: true,
      fouten: null,
    });
    expect(antwoord.body.fouten.map((f: { veld: string }) => f.veld)).toEqual(
      expect.arrayContaining(['bsn', 'voornamen', 'achternaam']),
    );
  });
});
