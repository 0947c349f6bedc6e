import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The contract's version (semver): sent as `API-Version` on every answer and in `info.version`. */
export const API_VERSIE = '1.1.0';
/** The canonical base; `/api` stays an alias for all of v1. */
export const API_BASIS = '/api/v1';

type Antwoorden = Record<
  string,
  { description?: string; headers?: Record<string, unknown>; content?: Record<string, unknown> }
>;
interface Operatie {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Antwoorden;
}

/** One line per tag, in the order the document lists them. */
const TAGS: Record<string, string> = {
  auth: 'Inloggen, sessies, tweestapsverificatie en het eigen account',
  health: 'Draait de dienst, is de database bereikbaar',
  organisatie: 'Gemeenten, teams en medewerkers van de eigen organisatie',
  klanten: 'Klanten: zoeken, registreren, wijzigen, herverdelen, het dossier en zijn tijdlijn',
  contactmomenten: 'Gesprekken en andere contacten met de klant',
  participatieladder: 'Metingen op de participatieladder (trede 1–6)',
  afspraken: 'Afspraken met de klant (plan van aanpak)',
  vrijstellingen: 'Formele en informele vrijstellingen van de arbeidsplicht',
  werkvoorraad: 'De dagelijkse werkvoorraad van de klantmanager en uitstel van items',
  rapportages: 'Kerncijfers, doorstroom en trend; alleen tellingen, geen personen',
  instellingen: 'Dienstverleningscategorieën met hun contactnorm en soorten afspraak, en de overige normen',
  bewaartermijn: 'Bewaartermijn en anonimiseren van uitgestroomde klanten',
  audit: 'Verwerkingenlogboek, wijzigingen, maandrapport en inzageverzoeken (privacy)',
  gesprekken:
    'Het klant-in-beeld-gesprek (scores per leefgebied, loonwaarde, advies over categorie en pad; ook een contactmoment) ' +
    'en het plan van aanpak met doelen, gekoppelde afspraken en evaluatiedatum',
  campagnes:
    'Campagnes (herscreening): een cohort klanten selecteren en bevriezen, verdelen, uitnodigen (met brief), nabellen, ' +
    'en de trechter van uitgenodigd tot plan; extern medewerkers werken alleen in lopende campagnes waar ze op staan',
  agenda: 'Geplande campagnegesprekken per medewerker, ook als iCalendar-bestand',
  importen:
    'Klanten en hun dossiers importeren uit CSV of Excel, of als overdrachtsdocument (JSON) uit een andere organisatie: ' +
    'proefrun, fouten, uitvoeren (alles of niets); het overdrachtsdocument van een klant exporteren',
};
const METHODEN = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * The OpenAPI document of the API as it runs: built from the controllers' and DTOs' decorators, then completed with
 * what the NL API Design Rules ask of every operation (the API-Version header, errors as problem details).
 */
export function maakOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Klant in Beeld API')
      .setDescription(
        'Caseloadbeheer voor de Participatiewet. Alle gegevens zijn per organisatie afgeschermd; een id van een andere ' +
          'organisatie geeft 404. Fouten zijn problem details (RFC 9457, application/problem+json) met de extensies ' +
          '`code` en `fouten: [{ veld, melding }]`. Alle paden zijn ook bereikbaar zonder `/v1` (alias voor v1).',
      )
      .setVersion(API_VERSIE)
      .setContact('Klant in Beeld', 'https://github.com/klant-in-beeld/klant-in-beeld', 'beheer@klantinbeeld.example')
      .setLicense('EUPL-1.2', 'https://eupl.eu/1.2/nl/')
      .addServer(API_BASIS, 'Deze installatie')
      .addBearerAuth()
      .build(),
    {
      ignoreGlobalPrefix: true,
      operationIdFactory: (controller, methode) => `${controller.replace(/Controller$/, '')}_${methode}`,
    },
  );
  vulAan(document);
  nullInKeuzelijsten(document.components?.schemas);
  return document;
}

/**
 * OpenAPI 3.0.3: `nullable` does not widen an `enum`, so a nullable choice list must name null itself, or a strict
 * validator refuses the null the API sends (uitstroomreden of a client still in bijstand).
 */
function nullInKeuzelijsten(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(nullInKeuzelijsten);
  if (typeof schema !== 'object' || schema === null) return;
  const s = schema as { nullable?: boolean; enum?: unknown[] };
  if (s.nullable && s.enum && !s.enum.includes(null)) s.enum = [...s.enum, null];
  Object.values(schema).forEach(nullInKeuzelijsten);
}

const API_VERSIE_KOP = {
  description: 'De volledige versie van de API (semver)',
  schema: { type: 'string', example: API_VERSIE },
};

/** Answers every operation can give for the same reason; added where the controller did not say more. */
function algemeneAntwoorden(operatie: Operatie): Antwoorden {
  const algemeen: Antwoorden = {};
  if (operatie.parameters?.length || operatie.requestBody) {
    algemeen['400'] = { description: 'Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding)' };
  }
  if (operatie.requestBody) {
    algemeen['413'] = { description: 'Het verzoek is groter dan 1 MB' };
    algemeen['415'] = { description: 'De invoer is geen JSON (Content-Type: application/json)' };
  }
  algemeen['503'] = {
    description: 'De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw',
  };
  return algemeen;
}

/** Who may call it, from the 403 answer the role guard documents ("Alleen voor: …"). */
function wie(operatie: Operatie): string {
  const rollen = /Alleen voor: (.+)/.exec(operatie.responses['403']?.description ?? '')?.[1];
  if (rollen) return `Rollen: ${rollen}.`;
  return operatie.security?.length ? 'Iedere ingelogde medewerker.' : 'Zonder inloggen.';
}

/**
 * Every operation gets a description (its summary and who may call it), the answers every operation can give, the
 * API-Version header on every 2xx/3xx answer, and problem details on every 4xx/5xx answer.
 */
function vulAan(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.Probleem = PROBLEEM_SCHEMA;
  document.components.schemas.VeldFout = VELDFOUT_SCHEMA;
  const gebruikt = new Set<string>();
  for (const pad of Object.values(document.paths)) {
    for (const methode of METHODEN) {
      const operatie = pad[methode] as Operatie | undefined;
      if (!operatie) continue;
      operatie.tags?.forEach((tag) => gebruikt.add(tag));
      const samenvatting = operatie.summary ? `${operatie.summary}${/[.?!]$/.test(operatie.summary) ? '' : '.'} ` : '';
      operatie.description ??= `${samenvatting}${wie(operatie)}`;
      operatie.responses = { ...algemeneAntwoorden(operatie), ...operatie.responses };
      const antwoorden = operatie.responses;
      for (const [status, antwoord] of Object.entries(antwoorden)) {
        if (/^[23]\d\d$/.test(status)) {
          antwoord.headers = { 'API-Version': API_VERSIE_KOP, ...antwoord.headers };
        } else if (/^[45]\d\d$/.test(status)) {
          // An error answer that declared its own members (health's `database`) keeps them as extensions.
          const eigen = (antwoord.content?.['application/json'] as { schema?: unknown } | undefined)?.schema;
          const probleem = { $ref: '#/components/schemas/Probleem' };
          antwoord.content = {
            'application/problem+json': { schema: eigen ? { allOf: [probleem, eigen] } : probleem },
          };
        }
      }
      operatie.responses = Object.fromEntries(Object.entries(antwoorden).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  document.tags = [...gebruikt].map((name) => ({ name, description: TAGS[name] ?? name }));
}

const VELDFOUT_SCHEMA = {
  type: 'object',
  required: ['veld', 'melding'],
  properties: {
    veld: { type: 'string', description: 'Het veld (pad met punten, bijv. adres.postcode)', example: 'bsn' },
    melding: {
      type: 'string',
      description: 'Wat er mis is, in het Nederlands',
      example: 'Dit BSN klopt niet (elfproef).',
    },
  },
};

const PROBLEEM_SCHEMA = {
  type: 'object',
  description: 'Problem details (RFC 9457). `statusCode` en `message` zijn aliassen van `status` en `detail` (v1).',
  required: ['type', 'title', 'status', 'detail', 'code', 'statusCode', 'message'],
  properties: {
    type: { type: 'string', description: 'URI die het soort fout aanduidt', example: 'about:blank' },
    title: { type: 'string', description: 'Korte omschrijving van het soort fout', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', description: 'Wat er mis is, in het Nederlands', example: 'De invoer is niet juist.' },
    instance: { type: 'string', description: 'Het pad van het verzoek', example: '/api/v1/klanten' },
    code: { type: 'string', description: 'Vaste foutcode voor programma’s', example: 'VALIDATIE' },
    fouten: { type: 'array', items: { $ref: '#/components/schemas/VeldFout' }, description: 'Elk onjuist veld' },
    statusCode: { type: 'integer', description: 'Alias van status (v1)', example: 400 },
    message: { type: 'string', description: 'Alias van detail (v1)', example: 'De invoer is niet juist.' },
  },
};
