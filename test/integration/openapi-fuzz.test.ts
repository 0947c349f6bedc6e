import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plusDagen, vandaag } from '@klant-in-beeld/domain';
import { JwtService } from '@nestjs/jwt';
import fc from 'fast-check';
import { startTestApp, TestApp } from '../support/app';
import { bearer, contactInvoer, maakKlant, maakMedewerker, maakOmgeving, TestOmgeving } from '../support/factories';

/*
 * Fuzzing against the API's own contract. The test reads the OpenAPI document the app serves and, for every
 * operation in it (paths × methods), generates requests from the declared parameters and request schema, then breaks
 * them: wrong types, control characters, huge numbers, missing, null and extra fields, deep nesting, other content
 * types, malformed JSON, junk ids and tokens. Whatever the input, the server must answer with a 4xx (or a 2xx), never
 * a 5xx.
 *
 * Each operation is one fast-check property, so a failure is shrunk to a small request and reported per operation
 * (the first failure of an operation stops its run; fix it and the next one shows). Environment:
 *   KIB_FUZZ_SEED=<n>       other random requests (the failure report names the seed)
 *   KIB_FUZZ_LOG=error      the server's log, with the stack of every 5xx
 *   KIB_FUZZ_OPERATIE="GET /api/v1/klanten"   only this operation; KIB_FUZZ_TRACE=1 prints every request
 *   KIB_FUZZ_DETAILS=1      statuses per operation
 */

// ---------------------------------------------------------------------------------------------------------------
// The parts of OpenAPI 3 this test reads.

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  example?: unknown;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OpenApiOperatie {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
  security?: unknown[];
}

interface OpenApi {
  servers?: { url: string }[];
  paths: Record<string, Record<string, OpenApiOperatie>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODEN = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Methode = (typeof METHODEN)[number];

/** The roles maakOmgeving logs in; an operation for other roles only is still fuzzed (it then answers 403). */
const ROLLEN = ['teamleider', 'klantmanager', 'beleid', 'beheerder'] as const;
type OmgevingRol = (typeof ROLLEN)[number];

interface Operatie {
  /** e.g. "GET /api/v1/klanten/{id}" */
  sleutel: string;
  methode: Methode;
  sjabloon: string;
  parameters: Parameter[];
  body?: Schema;
  heeftBody: boolean;
  publiek: boolean;
  /** Roles that may call it (from the 403 description "Alleen voor: …"), in the order we prefer them. */
  rollen: OmgevingRol[];
  /** A GET on the same path exists: its `versie` can be read for optimistic locking. */
  versieLeesbaar: boolean;
}

function operaties(doc: OpenApi): Operatie[] {
  const lijst: Operatie[] = [];
  const basis = doc.servers?.[0]?.url ?? '';
  for (const [pad, item] of Object.entries(doc.paths)) {
    const sjabloon = `${basis}${pad}`;
    for (const methode of METHODEN) {
      const op = item[methode];
      if (!op) continue;
      const beschrijving = op.responses?.['403']?.description ?? '';
      const genoemd =
        /Alleen voor: (.+)/
          .exec(beschrijving)?.[1]
          .split(',')
          .map((r) => r.trim()) ?? [];
      const body = op.requestBody?.content?.['application/json']?.schema;
      lijst.push({
        sleutel: `${methode.toUpperCase()} ${sjabloon}`,
        methode,
        sjabloon,
        parameters: op.parameters ?? [],
        body,
        heeftBody: body !== undefined || ['post', 'put', 'patch'].includes(methode),
        publiek: !op.security || op.security.length === 0,
        rollen: ROLLEN.filter((rol) => genoemd.includes(rol)),
        versieLeesbaar: methode !== 'get' && item.get !== undefined,
      });
    }
  }
  return lijst;
}

/** Resolves $ref and allOf into one schema (the outer `nullable` and description win). */
function los(schema: Schema, doc: OpenApi): Schema {
  if (schema.$ref) {
    const naam = schema.$ref.replace('#/components/schemas/', '');
    const doel = doc.components?.schemas?.[naam];
    if (!doel) throw new Error(`Onbekende $ref ${schema.$ref}`);
    const { $ref: _ref, ...rest } = schema;
    return { ...los(doel, doc), ...rest };
  }
  if (schema.allOf) {
    const { allOf, ...rest } = schema;
    return allOf.reduce<Schema>((samen, deel) => ({ ...samen, ...los(deel, doc) }), rest);
  }
  return schema;
}

// ---------------------------------------------------------------------------------------------------------------
// The ids the omgeving owns; generators use them so that many requests get past "not found".

interface Dossier {
  klantId: string;
  contactmomentId: string;
  afspraakId: string;
  vrijstellingId: string;
  teamId: string;
  gemeenteId: string;
  medewerkerIds: string[];
  /** A medewerker no test session belongs to: the beheer routes deactivate it or end its sessions. */
  beheerMedewerkerId: string;
}

const alleIds = (d: Dossier) => [
  d.klantId,
  d.contactmomentId,
  d.afspraakId,
  d.vrijstellingId,
  d.teamId,
  d.gemeenteId,
  d.beheerMedewerkerId,
];

/** The real ids that fit a field or path segment by its name (klantId, gemeenteId, …); all ids when nothing fits. */
function idsVoor(naam: string, d: Dossier): string[] {
  const n = naam.toLowerCase();
  if (n.includes('gemeente')) return [d.gemeenteId];
  if (n.includes('klantmanager')) return d.medewerkerIds.slice(0, 1);
  if (n.includes('medewerker')) return d.medewerkerIds;
  if (n.includes('team')) return [d.teamId];
  if (n.includes('klant')) return [d.klantId];
  if (n.includes('afspra')) return [d.afspraakId];
  if (n.includes('vrijstelling')) return [d.vrijstellingId];
  if (n.includes('contactmoment')) return [d.contactmomentId];
  if (n.includes('referentie')) return [d.afspraakId, d.vrijstellingId, d.contactmomentId];
  return alleIds(d);
}

// ---------------------------------------------------------------------------------------------------------------
// Junk.

/** Control characters (NUL first and most often: PostgreSQL refuses it in text), and other awkward code points. */
const STUURTEKENS = [
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u2028',
  '\ufeff',
  '\ud800',
];
const stuurteken = fc.constantFrom(...STUURTEKENS);
const metStuurteken = fc
  .tuple(fc.string({ maxLength: 8 }), stuurteken, fc.string({ maxLength: 8 }))
  .map(([a, c, b]) => a + c + b);
const langeTekst = fc.integer({ min: 300, max: 6000 }).map((n) => 'x'.repeat(n));

/** Numbers past what a page, an offset or an integer column can hold. */
const GROTE_GETALLEN = [
  '1e21',
  '99999999999999999999',
  '1e18',
  '1e308',
  '123456789012345678901234567890',
  '9007199254740993',
  '2147483648',
  '4294967296',
];
const GETALLEN = [
  ...GROTE_GETALLEN,
  '-1',
  '0',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '1.5',
  '1e309',
  '0x10',
  '1e3',
  '+1',
  ' 1',
  '١',
  'twee',
];
const DATUMS = [
  '2026-02-31',
  '2026-02-29',
  '2024-02-29',
  '0000-01-01',
  '9999-12-31',
  '1899-12-31',
  '2999-12-31',
  '3000-01-01',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '20260101',
  '2026-01-01T00:00:00Z',
  '2026-01-01 ',
];
const TEKSTEN = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '\u0001',
  '\u001f',
  '\u007f',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  "' OR '1'='1",
  '; DROP TABLE klant; --',
  '../',
  '../../etc/passwd',
  '\\',
  '%',
  'é',
  '💥',
  '\u202e',
  '\ud800',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
];

/** A malformed text value (for a query parameter, path segment or string field). */
const rommelTekst: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEKSTEN) },
  { weight: 3, arbitrary: metStuurteken },
  { weight: 2, arbitrary: fc.constantFrom(...GETALLEN) },
  { weight: 1, arbitrary: fc.constantFrom(...DATUMS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: langeTekst },
);

/** Deep nesting, alternating objects and arrays. */
function genest(diepte: number): unknown {
  let waarde: unknown = 'bodem';
  for (let i = 0; i < diepte; i++) waarde = i % 2 ? [waarde] : { a: waarde };
  return waarde;
}

/** A JSON value of the wrong kind for almost any field. */
const rommelJson: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    // 1e20 and 2 ** 53 are what JavaScript makes of 99999999999999999999 and 2 ** 53 + 1 (written as such they only look bigger).
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      0,
      -1,
      1.5,
      1e21,
      1e20,
      -1e21,
      1e308,
      2147483648,
      2 ** 53,
      '',
      [],
      {},
      [[]],
      [{}],
      [null],
      { '': null },
    ),
  },
  { weight: 4, arbitrary: rommelTekst },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 3000 }).map(genest) },
  { weight: 1, arbitrary: fc.array(fc.object({ maxDepth: 1 }), { minLength: 1, maxLength: 2 }) },
);

const VREEMDE_SLEUTELS = [
  'onbekend',
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'organisatieId',
  'versie',
  '',
  '\u0000',
  '💥',
  'a.b',
  '$where',
];
const vreemdeSleutel = fc.oneof(
  fc.constantFrom(...VREEMDE_SLEUTELS),
  fc.string({ unit: 'binary', maxLength: 12 }),
  langeTekst,
);

// ---------------------------------------------------------------------------------------------------------------
// Valid values from a schema: the base that mutations break, so that one broken field at a time gets deep into
// the server (validation passes for the rest, the request reaches the database).

/** Stands for "the version the resource has now" (read with a GET just before sending), for optimistic locking. */
const HUIDIGE_VERSIE = '{huidige versie}';

function bsn(): fc.Arbitrary<string> {
  // Elfproef: 9a + 8b + … + 2h − 1i is divisible by 11.
  return fc.integer({ min: 10_000_000, max: 99_999_999 }).chain((basis) => {
    const cijfers = String(basis).split('').map(Number);
    const som = cijfers.reduce((s, c, i) => s + c * (9 - i), 0);
    const laatste = som % 11;
    return laatste === 10 ? fc.constant('111222333') : fc.constant(`${basis}${laatste}`);
  });
}

const datumRondVandaag = (bereik: number) =>
  fc.integer({ min: -bereik, max: bereik }).map((d) => plusDagen(vandaag(), d));
const metVoorbeeld = <T>(schema: Schema, arb: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> =>
  schema.example === undefined
    ? arb
    : fc.oneof({ weight: 2, arbitrary: fc.constant(schema.example) }, { weight: 1, arbitrary: arb });

/** Mostly one mutation, sometimes none or two: one broken thing at a time gets furthest; shrinks to fewer. */
const eenOfTwee = <T>(mutatie: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.oneof(
    { withCrossShrink: true },
    { weight: 1, arbitrary: fc.constant<T[]>([]) },
    { weight: 6, arbitrary: mutatie.map((m) => [m]) },
    { weight: 1, arbitrary: fc.tuple(mutatie, mutatie) },
  );

interface Context {
  doc: OpenApi;
  dossier: Dossier;
  versieLeesbaar: boolean;
}

function geldig(ruw: Schema, naam: string, ctx: Context, diepte = 0): fc.Arbitrary<unknown> {
  const schema = los(ruw, ctx.doc);
  const kern = geldigeKern(schema, naam, ctx, diepte);
  return schema.nullable ? fc.oneof({ weight: 5, arbitrary: kern }, { weight: 1, arbitrary: fc.constant(null) }) : kern;
}

function geldigeKern(schema: Schema, naam: string, ctx: Context, diepte: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = schema.type ?? (schema.properties ? 'object' : 'string');
  if (type === 'object') {
    if (diepte > 4) return fc.constant({});
    const eigenschappen = schema.properties ?? {};
    const velden = Object.fromEntries(
      Object.entries(eigenschappen).map(([sleutel, sub]) => [sleutel, geldig(sub, sleutel, ctx, diepte + 1)]),
    );
    return fc.record(velden, { requiredKeys: (schema.required ?? []).filter((sleutel) => sleutel in eigenschappen) });
  }
  if (type === 'array') {
    const items = los(schema.items ?? {}, ctx.doc);
    const max = Math.min(schema.maxItems ?? 3, 3);
    if (items.enum) return fc.subarray(items.enum, { minLength: 1 });
    if (items.format === 'uuid')
      return fc.uniqueArray(fc.constantFrom(...idsVoor(naam, ctx.dossier)), { minLength: 1, maxLength: max });
    const los_ = fc.array(geldig(items, naam, ctx, diepte + 1), { minLength: 1, maxLength: max });
    // A list of objects keyed by a required enum field (e.g. one norm per category): sometimes exactly one of each.
    const sleutelVeld = Object.entries(items.properties ?? {}).find(
      ([sleutel, sub]) => (items.required ?? []).includes(sleutel) && los(sub, ctx.doc).enum,
    );
    if (!sleutelVeld) return los_;
    const waarden = los(sleutelVeld[1], ctx.doc).enum ?? [];
    const compleet = fc
      .tuple(...waarden.map(() => geldig(items, naam, ctx, diepte + 1)))
      .map((lijst) => lijst.map((item, i) => ({ ...(item as object), [sleutelVeld[0]]: waarden[i] })));
    return fc.oneof(compleet, los_);
  }
  if (type === 'number' || type === 'integer') {
    const min = schema.minimum ?? 0;
    const max = schema.maximum ?? min + 1000;
    const klein = fc.integer({ min, max: Math.min(max, min + 3) });
    if (naam === 'versie' && ctx.versieLeesbaar)
      return fc.oneof({ weight: 4, arbitrary: fc.constant(HUIDIGE_VERSIE) }, { weight: 1, arbitrary: klein });
    return fc.oneof(klein, fc.integer({ min, max }));
  }
  if (type === 'boolean') return fc.boolean();
  if (schema.format === 'uuid')
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...idsVoor(naam, ctx.dossier)) },
      { weight: 1, arbitrary: fc.uuid() },
    );
  if (schema.format === 'date') return metVoorbeeld(schema, datumRondVandaag(30));
  if (schema.format === 'date-time') {
    return metVoorbeeld(
      schema,
      fc.integer({ min: 1, max: 60 * 24 * 30 }).map((minuten) => new Date(Date.now() - minuten * 60_000).toISOString()),
    );
  }
  if (schema.format === 'email')
    return fc.oneof(
      fc.constant('klant@example.nl'),
      fc.emailAddress().filter((adres) => adres.length <= 254),
    );
  if (schema.pattern === '^[0-9]{9}$') return bsn();
  const minLengte = Math.max(schema.minLength ?? 0, 1);
  const maxLengte = Math.max(minLengte, Math.min(schema.maxLength ?? 30, 30));
  return metVoorbeeld(
    schema,
    fc
      .string({ unit: 'grapheme-ascii', minLength: minLengte, maxLength: maxLengte })
      .filter((s) => s.trim().length > 0),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Body mutations: each names a node of the value by a number (the n-th node in a fixed walk, modulo their count),
// so fast-check can shrink both the choice and the base value.

type BodyMutatie =
  | { soort: 'vervang'; knoop: number; door: unknown }
  | { soort: 'stuurteken'; knoop: number; teken: string; positie: number }
  | { soort: 'weg'; knoop: number }
  | { soort: 'null'; knoop: number }
  | { soort: 'extra'; knoop: number; sleutel: string; waarde: unknown }
  | { soort: 'inLijst'; knoop: number };

const bodyMutatie: fc.Arbitrary<BodyMutatie> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      soort: fc.constant('stuurteken' as const),
      knoop: fc.nat(),
      teken: stuurteken,
      positie: fc.nat(),
    }),
  },
  { weight: 4, arbitrary: fc.record({ soort: fc.constant('vervang' as const), knoop: fc.nat(), door: rommelJson }) },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('weg' as const), knoop: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('null' as const), knoop: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      soort: fc.constant('extra' as const),
      knoop: fc.nat(),
      sleutel: vreemdeSleutel,
      waarde: rommelJson,
    }),
  },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('inLijst' as const), knoop: fc.nat() }) },
);

interface Knoop {
  ouder: Record<string, unknown> | unknown[] | null;
  sleutel: string | number;
  waarde: unknown;
}

function knopen(wortel: { waarde: unknown }): Knoop[] {
  const lijst: Knoop[] = [];
  const bezoek = (ouder: Knoop['ouder'], sleutel: string | number, waarde: unknown, diepte: number) => {
    lijst.push({ ouder, sleutel, waarde });
    if (diepte > 6 || waarde === null || typeof waarde !== 'object') return;
    for (const [k, v] of Object.entries(waarde))
      bezoek(waarde as Knoop['ouder'], Array.isArray(waarde) ? Number(k) : k, v, diepte + 1);
  };
  bezoek(null, 'waarde', wortel.waarde, 0);
  return lijst;
}

function zet(wortel: { waarde: unknown }, knoop: Knoop, waarde: unknown): void {
  if (knoop.ouder === null) wortel.waarde = waarde;
  else (knoop.ouder as Record<string | number, unknown>)[knoop.sleutel] = waarde;
}

function pasToe(basis: unknown, mutaties: BodyMutatie[]): unknown {
  const wortel = { waarde: structuredClone(basis) };
  for (const mutatie of mutaties) {
    const alle = knopen(wortel);
    const kies = <T>(lijst: T[]) => (lijst.length ? lijst[mutatie.knoop % lijst.length] : undefined);
    switch (mutatie.soort) {
      case 'vervang': {
        const knoop = kies(alle)!;
        zet(wortel, knoop, mutatie.door);
        break;
      }
      case 'stuurteken': {
        const knoop = kies(alle.filter((k) => typeof k.waarde === 'string')) ?? kies(alle)!;
        const tekst = typeof knoop.waarde === 'string' ? knoop.waarde : '';
        const positie = mutatie.positie % (tekst.length + 1);
        zet(wortel, knoop, tekst.slice(0, positie) + mutatie.teken + tekst.slice(positie));
        break;
      }
      case 'null': {
        zet(wortel, kies(alle.slice(1)) ?? alle[0], null);
        break;
      }
      case 'weg': {
        const knoop = kies(alle.filter((k) => k.ouder !== null && !Array.isArray(k.ouder)));
        if (knoop) delete (knoop.ouder as Record<string, unknown>)[knoop.sleutel];
        break;
      }
      case 'extra': {
        const knoop = kies(
          alle.filter((k) => k.waarde !== null && typeof k.waarde === 'object' && !Array.isArray(k.waarde)),
        );
        // defineProperty: also a key like "__proto__" becomes an own, serialised field.
        if (knoop)
          Object.defineProperty(knoop.waarde, mutatie.sleutel, {
            value: mutatie.waarde,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else wortel.waarde = { [mutatie.sleutel]: mutatie.waarde };
        break;
      }
      case 'inLijst': {
        const knoop = kies(alle)!;
        zet(wortel, knoop, [knoop.waarde]);
        break;
      }
    }
  }
  return wortel.waarde;
}

// ---------------------------------------------------------------------------------------------------------------
// The request as fast-check generates (and shrinks) it.

type Body =
  | { soort: 'geen' }
  | { soort: 'json'; waarde: unknown }
  /** Any other text, sent as is; `latin1`: the text's code units are the bytes (invalid UTF-8). */
  | { soort: 'tekst'; contentType: string; tekst: string; latin1?: boolean };

type QueryDeel = { sleutel: string; waarde: string | string[] } | { ruw: string };

type Aanmelding = OmgevingRol | 'anoniem' | { kapot: string };

interface Verzoek {
  operatie: string;
  methode: Methode;
  pad: string;
  query: QueryDeel[];
  aanmelding: Aanmelding;
  koppen: Record<string, string>;
  body: Body;
}

/** Percent-encodes every byte of the UTF-8 form except the unreserved ones (a lone surrogate becomes U+FFFD). */
function procentCodeer(tekst: string): string {
  let uit = '';
  for (const byte of Buffer.from(tekst, 'utf8')) {
    const teken = String.fromCharCode(byte);
    uit += /[A-Za-z0-9\-._~]/.test(teken) ? teken : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return uit;
}

function queryTekst(delen: QueryDeel[]): string {
  const stukken = delen.flatMap((deel) =>
    'ruw' in deel
      ? [deel.ruw]
      : ([] as string[]).concat(deel.waarde).map((w) => `${procentCodeer(deel.sleutel)}=${procentCodeer(w)}`),
  );
  return stukken.length ? `?${stukken.join('&')}` : '';
}

function formulier(waarde: unknown, prefix = '', diepte = 0): string[] {
  if (waarde === null || typeof waarde !== 'object' || diepte > 8) {
    const tekst = typeof waarde === 'object' ? JSON.stringify(waarde) : String(waarde);
    return [`${procentCodeer(prefix || 'waarde')}=${procentCodeer(tekst)}`];
  }
  const regels = Object.entries(waarde).flatMap(([k, v]) =>
    formulier(v, prefix ? `${prefix}[${Array.isArray(waarde) ? '' : k}]` : k, diepte + 1),
  );
  return regels.length ? regels : [`${procentCodeer(prefix || 'leeg')}=`];
}

const GRENS = 'kib-fuzz-grens';
function multipart(waarde: unknown): string {
  const velden =
    waarde !== null && typeof waarde === 'object' && !Array.isArray(waarde)
      ? Object.entries(waarde)
      : [['waarde', waarde] as const];
  const delen = velden.map(
    ([k, v]) =>
      `--${GRENS}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v : JSON.stringify(v)}\r\n`,
  );
  return `${delen.join('')}--${GRENS}--\r\n`;
}

const KAPOTTE_JSON = [
  '',
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  'nul',
  'NaN',
  '\u0000',
  '{"a":"\u0000"}',
  '[1,2',
  '"\\ud800"',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '\ufeff{}',
  '{"versie":99999999999999999999999999}',
  '{"a":1e999}',
];

function bodyArb(op: Operatie, ctx: Context): fc.Arbitrary<Body> {
  if (!op.heeftBody) return fc.constant({ soort: 'geen' });
  const basis = op.body ? geldig(op.body, '', ctx) : fc.constant({});
  const json = fc.tuple(basis, eenOfTwee(bodyMutatie)).map(([b, m]) => pasToe(b, m));
  const tekst = (contentType: fc.Arbitrary<string>, inhoud: fc.Arbitrary<string>, latin1 = false): fc.Arbitrary<Body> =>
    fc.record({ soort: fc.constant('tekst' as const), contentType, tekst: inhoud, latin1: fc.constant(latin1) });
  return fc.oneof(
    { weight: 14, arbitrary: json.map((waarde): Body => ({ soort: 'json', waarde })) },
    {
      weight: 2,
      arbitrary: tekst(
        fc.constantFrom(
          'text/plain',
          'application/xml',
          'application/octet-stream',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/vnd.api+json',
          'text/json',
          '',
          'x/y',
        ),
        json.map((w) => JSON.stringify(w) ?? ''),
      ),
    },
    {
      weight: 1,
      arbitrary: tekst(
        fc.constant('application/x-www-form-urlencoded'),
        fc.oneof(
          json.map((w) => formulier(w).join('&')),
          fc.constantFrom('a=%', '=', '&&', 'a[b][c][d][e][f][g]=1', 'a[]=1&a[1000]=2'),
        ),
      ),
    },
    {
      weight: 1,
      arbitrary: tekst(
        fc.constantFrom(`multipart/form-data; boundary=${GRENS}`, 'multipart/form-data'),
        json.map(multipart),
      ),
    },
    {
      weight: 2,
      arbitrary: tekst(
        fc.constant('application/json'),
        fc.oneof(
          fc.constantFrom(...KAPOTTE_JSON),
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.integer({ min: 1, max: 20_000 }).map((n) => '['.repeat(n)),
        ),
      ),
    },
    {
      weight: 1,
      arbitrary: tekst(
        fc.constant('application/json'),
        fc.constantFrom('\xff\xfe{"a":1}', '{"a":"\xc3\x28"}', '\xef\xbb\xbf{}', '{"a":"\xed\xa0\x80"}'),
        true,
      ),
    },
    { weight: 1, arbitrary: fc.constant<Body>({ soort: 'geen' }) },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Query parameters and path segments.

function geldigeQueryWaarde(p: Parameter, ctx: Context): fc.Arbitrary<string> {
  const schema = los(p.schema ?? {}, ctx.doc);
  if (schema.type === 'number' || schema.type === 'integer') {
    const min = schema.minimum ?? 0;
    return fc.integer({ min, max: Math.min(schema.maximum ?? min + 3, min + 3) }).map(String);
  }
  if (schema.format === 'date') return datumRondVandaag(365);
  return geldig(schema, p.name, ctx).map((w) => String(w));
}

function rommelQueryWaarde(p: Parameter, ctx: Context): fc.Arbitrary<string> {
  const schema = los(p.schema ?? {}, ctx.doc);
  const soortEigen: fc.Arbitrary<string> =
    schema.type === 'number' || schema.type === 'integer'
      ? fc.oneof(fc.constantFrom(...GROTE_GETALLEN), fc.constantFrom(...GETALLEN))
      : schema.format === 'date'
        ? fc.constantFrom(...DATUMS)
        : schema.enum
          ? fc
              .constantFrom(...schema.enum.map(String))
              .chain((w) => fc.constantFrom(w.toUpperCase(), `${w} `, `${w}\u0000`, ` ${w}`))
          : schema.format === 'uuid'
            ? fc
                .constantFrom(...idsVoor(p.name, ctx.dossier))
                .chain((id) => fc.constantFrom(`${id}\u0000`, `${id}x`, id.slice(1), `{${id}}`, id.replace(/-/g, '')))
            : fc.constantFrom('\u0000', 'a\u0000b');
  return fc.oneof({ weight: 3, arbitrary: soortEigen }, { weight: 2, arbitrary: rommelTekst });
}

function queryArb(op: Operatie, ctx: Context): fc.Arbitrary<QueryDeel[]> {
  const gedeclareerd = op.parameters.filter((p) => p.in === 'query');
  const basis = fc.tuple(
    ...gedeclareerd.map((p) => fc.option(geldigeQueryWaarde(p, ctx), { freq: 2, nil: undefined })),
  );
  const mutaties: fc.Arbitrary<QueryDeel>[] = gedeclareerd.map((p) =>
    fc.record({
      sleutel: fc.constant(p.name),
      waarde: fc.oneof(
        { weight: 6, arbitrary: rommelQueryWaarde(p, ctx) },
        // Repeated key: ?page=1&page=2 arrives as an array.
        {
          weight: 1,
          arbitrary: fc.array(fc.oneof(geldigeQueryWaarde(p, ctx), rommelQueryWaarde(p, ctx)), {
            minLength: 2,
            maxLength: 3,
          }),
        },
      ),
    }),
  );
  const extra: fc.Arbitrary<QueryDeel> = fc.oneof(
    fc.record({
      sleutel: fc.oneof(
        fc.constantFrom('onbekend', '__proto__', 'constructor', 'page[$gt]', 'zoek[]', 'a[b][c]', '', '\u0000'),
        fc.string({ unit: 'binary', maxLength: 10 }),
      ),
      waarde: rommelTekst,
    }),
    fc.record({
      ruw: fc.constantFrom('%', 'page=%E0%A4%A', '%00=1', '&&&', '=', 'a=1&a=2&a=3', `${'p'.repeat(3000)}=1`),
    }),
  );
  const mutatie = mutaties.length
    ? fc.oneof({ weight: 6, arbitrary: fc.oneof(...mutaties) }, { weight: 1, arbitrary: extra })
    : extra;
  return fc.tuple(basis, eenOfTwee(mutatie)).map(([waarden, erbij]) => {
    const geldigeDelen = gedeclareerd.flatMap((p, i): QueryDeel[] =>
      waarden[i] === undefined ? [] : [{ sleutel: p.name, waarde: waarden[i] }],
    );
    // A mutation of a declared parameter replaces its valid value.
    const vervangen = new Set(erbij.flatMap((deel) => ('sleutel' in deel ? [deel.sleutel] : [])));
    return [...geldigeDelen.filter((deel) => !('sleutel' in deel) || !vervangen.has(deel.sleutel)), ...erbij];
  });
}

const RUWE_SEGMENTEN = [
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AE%C0%AE',
  '..',
  '.',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '../..',
  '%2e%2e%2f',
  ';',
  ':id',
  '{id}',
  'null',
];

function padArb(op: Operatie, ctx: Context): fc.Arbitrary<string> {
  const namen = [...op.sjabloon.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const segment = (naam: string): fc.Arbitrary<string> => {
    const ervoor = op.sjabloon.split(`{${naam}}`)[0].split('/').filter(Boolean).pop() ?? naam;
    const eigen = idsVoor(naam === 'id' ? ervoor : naam, ctx.dossier);
    return fc.oneof(
      { withCrossShrink: true },
      { weight: 8, arbitrary: fc.constantFrom(...eigen) },
      { weight: 1, arbitrary: fc.constantFrom(...alleIds(ctx.dossier)) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom(...eigen).map((id) => id.toUpperCase()) },
      { weight: 2, arbitrary: rommelTekst.map(procentCodeer) },
      { weight: 1, arbitrary: fc.constantFrom(...RUWE_SEGMENTEN) },
    );
  };
  return fc
    .tuple(...namen.map(segment))
    .map((waarden) => namen.reduce((pad, naam, i) => pad.replace(`{${naam}}`, waarden[i]), op.sjabloon));
}

const KAPOTTE_AANMELDINGEN = [
  'Bearer',
  'Bearer ',
  'Bearer x',
  'Basic a2liOmtpYg==',
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
  '<teamleider>x',
  `Bearer ${'a'.repeat(6000)}`,
];

function aanmeldingArb(op: Operatie): fc.Arbitrary<Aanmelding> {
  const kapot = fc.constantFrom(...KAPOTTE_AANMELDINGEN).map((kapot) => ({ kapot }));
  if (op.publiek) {
    return fc.oneof(
      { withCrossShrink: true },
      { weight: 8, arbitrary: fc.constant('anoniem' as const) },
      { weight: 1, arbitrary: fc.constantFrom(...ROLLEN) },
      { weight: 1, arbitrary: kapot },
    );
  }
  const mag = op.rollen.length ? op.rollen : [...ROLLEN];
  const magNiet = ROLLEN.filter((rol) => !mag.includes(rol));
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 16, arbitrary: fc.constantFrom(...mag) },
    ...(magNiet.length ? [{ weight: 1, arbitrary: fc.constantFrom(...magNiet) }] : []),
    { weight: 1, arbitrary: fc.constant('anoniem' as const) },
    { weight: 1, arbitrary: kapot },
  );
}

const KOPPEN: Record<string, string>[] = [
  { Cookie: 'kib_sessie=%E0%A4%A; x=%' },
  { Cookie: `a=${'b'.repeat(4000)}` },
  { Accept: 'application/xml' },
  { Accept: '*/*;q=x' },
  { 'Content-Encoding': 'gzip' },
  { 'Content-Encoding': 'br' },
  { 'Content-Encoding': 'onzin' },
  { 'Accept-Language': 'xx;q=' },
  { 'X-Forwarded-For': '1.2.3.4, onzin' },
];

function verzoekArb(op: Operatie, dossier: Dossier, doc: OpenApi): fc.Arbitrary<Verzoek> {
  const ctx: Context = { doc, dossier, versieLeesbaar: op.versieLeesbaar };
  return fc
    .record({
      pad: padArb(op, ctx),
      query: queryArb(op, ctx),
      aanmelding: aanmeldingArb(op),
      koppen: fc.oneof(
        { withCrossShrink: true },
        { weight: 12, arbitrary: fc.constant<Record<string, string>>({}) },
        { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>(...KOPPEN) },
      ),
      body: bodyArb(op, ctx),
    })
    .map((r) => ({ operatie: op.sleutel, methode: op.methode, ...r }));
}

// ---------------------------------------------------------------------------------------------------------------

type StartConfig = NonNullable<Parameters<typeof startTestApp>[0]>;

const SEED = Number(process.env.KIB_FUZZ_SEED ?? 20261201);
const RUNS = 100;
/** Login is throttled (120 attempts a minute from one address) and hashes, like the one-time codes: fewer runs. */
const RUNS_PER_OPERATIE: Record<string, number> = {
  'POST /api/v1/auth/login': 50,
  'POST /api/v1/auth/login/nieuw-wachtwoord': 50,
  'POST /api/v1/medewerkers': 50,
  'POST /api/v1/medewerkers/{id}/wachtwoord-herstel': 50,
};
/** Shrinking one failure may take this long; after that the smallest failing request so far is reported. */
const KRIMPTIJD_MS = 3_000;
/** Every operation of the committed contract (KIB_FUZZ_OPERATIE="GET /api/v1/klanten": only that one). */
const TE_FUZZEN = operaties(JSON.parse(readFileSync(resolve(__dirname, '../../docs/openapi.json'), 'utf8')))
  .map((op) => op.sleutel)
  .filter((sleutel) => !process.env.KIB_FUZZ_OPERATIE || sleutel === process.env.KIB_FUZZ_OPERATIE);

const afspraak = {
  soort: 'overig',
  omschrijving: 'Afspraak',
  startdatum: plusDagen(vandaag(), -1),
  einddatum: plusDagen(vandaag(), 10),
};
const vrijstelling = {
  soort: 'informeel',
  omvang: ['tegenprestatie'],
  reden: 'overig',
  ingangsdatum: vandaag(),
  einddatum: plusDagen(vandaag(), 30),
  herbeoordelingsdatum: plusDagen(vandaag(), 20),
};

interface Concreet {
  methode: Methode;
  url: string;
  koppen: Record<string, string>;
  body?: Buffer;
  /** The body as text for the report. */
  bodyTekst?: string;
}

/** Operations that end the session they are called with (or the others): they get a session of their own. */
const BEEINDIGT_SESSIE = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/me/wachtwoord']);
const FUZZ_JWT_GEHEIM = 'sleutel-van-de-fuzztest-minstens-32-tekens';

interface Uitkomst {
  concreet: Concreet;
  status: number;
  antwoord: string;
}

describe('elke operatie uit de OpenAPI-beschrijving, met misvormde verzoeken', () => {
  let t: TestApp;
  let omgeving: TestOmgeving;
  let dossier: Dossier;
  let doc: OpenApi;

  beforeAll(async () => {
    t = await startTestApp({
      jwtGeheim: FUZZ_JWT_GEHEIM,
      logLevel: (process.env.KIB_FUZZ_LOG ?? 'silent') as StartConfig['logLevel'],
    });
    omgeving = await maakOmgeving(t);
    const klant = await maakKlant(t, omgeving);
    const km = bearer(omgeving.klantmanager.token);
    const cm = await t
      .http()
      .post(`/api/klanten/${klant.id}/contactmomenten`)
      .set(km)
      .send(contactInvoer())
      .expect(201);
    const af = await t.http().post(`/api/klanten/${klant.id}/afspraken`).set(km).send(afspraak).expect(201);
    const vr = await t.http().post(`/api/klanten/${klant.id}/vrijstellingen`).set(km).send(vrijstelling).expect(201);
    dossier = {
      klantId: klant.id,
      contactmomentId: cm.body.id,
      afspraakId: af.body.id,
      vrijstellingId: vr.body.id,
      teamId: omgeving.organisatie.teamId,
      gemeenteId: omgeving.organisatie.gemeenteId,
      medewerkerIds: [omgeving.klantmanager.id, omgeving.teamleider.id, omgeving.beleid.id, omgeving.beheerder.id],
      beheerMedewerkerId: (
        await maakMedewerker(t.db, {
          organisatieId: omgeving.organisatie.id,
          rol: 'klantmanager',
          teamId: omgeving.organisatie.teamId,
        })
      ).id,
    };
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.sluit());

  /**
   * A fresh session for a role, made the cheap way (a row and a signed token, no password hash and no login
   * throttle): logout and a password change end sessions, and the other operations must keep theirs.
   */
  const jwt = new JwtService({ secret: FUZZ_JWT_GEHEIM, signOptions: { algorithm: 'HS256' } });
  async function verseSessie(rol: (typeof ROLLEN)[number]): Promise<string> {
    const medewerker = omgeving[rol];
    const [{ id }] = await t.db.query(
      `INSERT INTO sessie (organisatie_id, medewerker_id) VALUES ($1, $2) RETURNING id`,
      [medewerker.organisatieId, medewerker.id],
    );
    return jwt.signAsync({ sub: medewerker.id, org: medewerker.organisatieId, sid: id });
  }

  async function autorisatie(aanmelding: Aanmelding, operatie: string): Promise<string | undefined> {
    if (aanmelding === 'anoniem') return undefined;
    if (typeof aanmelding === 'string')
      return `Bearer ${BEEINDIGT_SESSIE.has(operatie) ? await verseSessie(aanmelding) : omgeving[aanmelding].token}`;
    return aanmelding.kapot.replace('<teamleider>', `Bearer ${omgeving.teamleider.token}`);
  }

  /** The current `versie` of the resource at `pad` (1 when it cannot be read). */
  let versieLezingen = 0;
  async function huidigeVersie(pad: string): Promise<number> {
    versieLezingen++;
    const antwoord = await t.http().get(pad).set(bearer(omgeving.teamleider.token));
    return typeof antwoord.body?.versie === 'number' ? antwoord.body.versie : 1;
  }

  async function maakConcreet(v: Verzoek): Promise<Concreet> {
    const koppen: Record<string, string> = { ...v.koppen };
    const auth = await autorisatie(v.aanmelding, v.operatie);
    if (auth !== undefined) koppen.Authorization = auth;
    let bodyTekst: string | undefined;
    let latin1 = false;
    if (v.body.soort === 'json') {
      koppen['Content-Type'] = 'application/json';
      bodyTekst = JSON.stringify(v.body.waarde) ?? 'null';
    } else if (v.body.soort === 'tekst') {
      koppen['Content-Type'] = v.body.contentType;
      bodyTekst = v.body.tekst;
      latin1 = v.body.latin1 ?? false;
    }
    if (bodyTekst?.includes(HUIDIGE_VERSIE)) {
      const versie = String(await huidigeVersie(v.pad));
      bodyTekst = bodyTekst.replaceAll(JSON.stringify(HUIDIGE_VERSIE), versie).replaceAll(HUIDIGE_VERSIE, versie);
    }
    const body = bodyTekst === undefined ? undefined : Buffer.from(bodyTekst, latin1 ? 'latin1' : 'utf8');
    return { methode: v.methode, url: v.pad + queryTekst(v.query), koppen, body, bodyTekst };
  }

  async function stuur(concreet: Concreet): Promise<{ status: number; antwoord: string }> {
    let verzoek = t.http()[concreet.methode](concreet.url).timeout(20_000);
    for (const [naam, waarde] of Object.entries(concreet.koppen)) verzoek = verzoek.set(naam, waarde);
    // The bytes go out as they are: no serialising (superagent would JSON-encode a Buffer), no default Content-Type.
    if (concreet.body !== undefined) verzoek = verzoek.serialize((bytes) => bytes).send(concreet.body);
    const antwoord = await verzoek;
    const tekst = typeof antwoord.text === 'string' ? antwoord.text : JSON.stringify(antwoord.body);
    return { status: antwoord.status, antwoord: tekst };
  }

  const kort = (tekst: string, max = 400) =>
    tekst.length > max ? `${tekst.slice(0, max)}… (${tekst.length} tekens)` : tekst;

  /** How deeply a JSON text nests (brackets outside strings). */
  function nesting(tekst: string): number {
    let diepte = 0;
    let max = 0;
    let inTekst = false;
    for (let i = 0; i < tekst.length; i++) {
      const c = tekst[i];
      if (inTekst) {
        if (c === '\\') i++;
        else if (c === '"') inTekst = false;
      } else if (c === '"') inTekst = true;
      else if (c === '{' || c === '[') max = Math.max(max, ++diepte);
      else if (c === '}' || c === ']') diepte--;
    }
    return max;
  }

  function bodyVoorRapport(tekst: string): string {
    const diepte = nesting(tekst);
    const zichtbaar =
      tekst.length > 700
        ? `${JSON.stringify(tekst.slice(0, 450))} … ${JSON.stringify(tekst.slice(-150))}`
        : JSON.stringify(tekst);
    const maat = [
      tekst.length > 700 ? `${tekst.length} tekens` : '',
      diepte > 10 ? `${diepte} niveaus diep genest` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return maat ? `${zichtbaar} (${maat})` : zichtbaar;
  }

  function beschrijf(v: Verzoek, uitkomst: Uitkomst | undefined): string {
    const c = uitkomst?.concreet;
    const regels = [`  ${v.methode.toUpperCase()} ${kort(c?.url ?? v.pad + queryTekst(v.query), 600)}`];
    const aanmelding = typeof v.aanmelding === 'string' ? v.aanmelding : `kapot: ${kort(v.aanmelding.kapot, 60)}`;
    regels.push(`  aanmelding: ${aanmelding}`);
    for (const [naam, waarde] of Object.entries(v.koppen)) regels.push(`  ${naam}: ${kort(waarde, 80)}`);
    if (v.body.soort !== 'geen') {
      regels.push(
        `  Content-Type: ${JSON.stringify(v.body.soort === 'json' ? 'application/json' : v.body.contentType)}`,
      );
      // Quoted as a JSON string: control characters show as \u0000 etc.
      regels.push(
        `  body: ${bodyVoorRapport(c?.bodyTekst ?? (v.body.soort === 'json' ? (JSON.stringify(v.body.waarde) ?? '') : v.body.tekst))}`,
      );
    }
    if (uitkomst) regels.push(`  → ${uitkomst.status} ${kort(uitkomst.antwoord, 200)}`);
    return regels.join('\n');
  }

  // One test per operation, each with its own time limit: the run grows with every operation, and a failure names
  // its operation. The list comes from the committed docs/openapi.json (known before the app starts; the contract
  // check keeps it equal to what the app serves, and the first test below checks that too).
  const perOperatie = new Map<string, Map<number, number>>(TE_FUZZEN.map((sleutel) => [sleutel, new Map()]));
  let start = 0;

  it('fuzzt precies de operaties die de app beschrijft', () => {
    start = Date.now();
    const beschreven = operaties(doc)
      .map((op) => op.sleutel)
      .filter((sleutel) => !process.env.KIB_FUZZ_OPERATIE || sleutel === process.env.KIB_FUZZ_OPERATIE);
    expect(beschreven.length).toBeGreaterThan(process.env.KIB_FUZZ_OPERATIE ? 0 : 10);
    expect([...TE_FUZZEN].sort()).toEqual([...beschreven].sort());
  });

  it.each(TE_FUZZEN.map((sleutel, i) => [sleutel, i] as const))(
    '%s: nooit een 5xx op misvormde verzoeken',
    async (sleutel, i) => {
      const op = operaties(doc).find((o) => o.sleutel === sleutel)!;
      const statussen = perOperatie.get(sleutel)!;
      const uitkomsten = new WeakMap<Verzoek, Uitkomst>();
      let eersteFout: number | undefined;
      const details = await fc.check(
        fc.asyncProperty(verzoekArb(op, dossier, doc), async (v) => {
          // Shrinking has had its time: report the smallest failure so far.
          if (eersteFout !== undefined && Date.now() - eersteFout > KRIMPTIJD_MS) return;
          const concreet = await maakConcreet(v);
          let uitkomst: Uitkomst;
          try {
            uitkomst = { concreet, ...(await stuur(concreet)) };
          } catch (fout) {
            // No answer at all (connection reset, timeout): as bad as a 5xx.
            uitkomst = { concreet, status: 0, antwoord: `geen antwoord: ${String(fout)}` };
          }
          uitkomsten.set(v, uitkomst);
          statussen.set(uitkomst.status, (statussen.get(uitkomst.status) ?? 0) + 1);
          if (process.env.KIB_FUZZ_TRACE) console.log(beschrijf(v, uitkomst));
          if (uitkomst.status >= 500 || uitkomst.status === 0) {
            eersteFout ??= Date.now();
            throw new Error(`${uitkomst.status || 'geen antwoord'}`);
          }
        }),
        { numRuns: RUNS_PER_OPERATIE[sleutel] ?? RUNS, seed: SEED + i },
      );
      if (details.failed) {
        const [minimaal] = details.counterexample ?? [];
        const uitkomst = minimaal && uitkomsten.get(minimaal);
        throw new Error(
          [
            `${sleutel}: 5xx op misvormde invoer na ${details.numRuns} verzoeken, teruggebracht in ${details.numShrinks} stappen tot:`,
            minimaal ? beschrijf(minimaal, uitkomst) : `  ${String(details.errorInstance)}`,
            `  (fast-check seed ${details.seed}, path "${details.counterexamplePath}")`,
          ].join('\n'),
        );
      }
      expect([...statussen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    },
    60_000,
  );

  it('komt meestal voorbij de aanmelding en de rollen (anders test de fuzz alleen de bewakers)', () => {
    const alleStatussen = new Map<number, number>();
    for (const statussen of perOperatie.values())
      for (const [status, n] of statussen) alleStatussen.set(status, (alleStatussen.get(status) ?? 0) + n);
    const som = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const opsomming = (m: Map<number, number>) =>
      [...m.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(' ');
    const totaal = som(alleStatussen);
    const geweigerd = (alleStatussen.get(401) ?? 0) + (alleStatussen.get(403) ?? 0);
    console.log(
      `OpenAPI-fuzz (seed ${SEED}): ${totaal} verzoeken (+${versieLezingen} versie-lezingen) over ${perOperatie.size} operaties ` +
        `in ${((Date.now() - start) / 1000).toFixed(1)} s; ${Math.round((100 * (totaal - geweigerd)) / Math.max(totaal, 1))}% voorbij de autorisatie; ` +
        `statussen ${opsomming(alleStatussen)}` +
        (process.env.KIB_FUZZ_DETAILS
          ? `\n${[...perOperatie.entries()].map(([sleutel, m]) => `  ${sleutel}: ${opsomming(m)}`).join('\n')}`
          : ''),
    );
    expect((totaal - geweigerd) / totaal).toBeGreaterThan(0.5);
  });
});
