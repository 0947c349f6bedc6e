import type { NextFunction, Request, Response } from 'express';
import { heeftSessieCookie } from '../auth/sessie';
import { DomeinFout, ValidatieFout, type VeldFout } from './fouten';
import { stuurFout } from './fout.filter';

/*
 * Checks on every API request before it reaches a controller. They answer in the one error shape themselves:
 * errors raised in plain Express middleware never reach Nest's exception filter.
 */

const WIJZIGEND = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The header the web app sends on every state-changing request; a cross-site form or image cannot send it. */
export const CSRF_KOP = 'x-requested-with';
export const CSRF_WAARDE = 'klant-in-beeld';

/**
 * CSRF: a state-changing request authenticated by the session cookie must carry `X-Requested-With: klant-in-beeld`
 * (a custom header forces a CORS preflight, which we never grant). Requests with a bearer token are not at risk:
 * a browser never adds that header by itself.
 */
export function eisCsrfKop(request: Request, response: Response, next: NextFunction): void {
  if (!WIJZIGEND.has(request.method) || request.headers.authorization || !heeftSessieCookie(request)) return next();
  if (request.get(CSRF_KOP) === CSRF_WAARDE) return next();
  stuurFout(
    response,
    new DomeinFout(
      403,
      'CSRF',
      'Dit verzoek komt niet van de webapp van Klant in Beeld: de kop X-Requested-With ontbreekt. Laad de pagina opnieuw.',
    ),
  );
}

function heeftInhoud(request: Request): boolean {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
}

const UPLOAD_PAD = /^\/api(\/v1)?\/importen\/?(\?.*)?$/;

/**
 * Bodies are JSON (an import upload is multipart). Anything else is 415 instead of being ignored: a form post must never pass for a request with
 * an empty body (and it closes login CSRF, where no session cookie exists yet).
 */
export function eisJson(request: Request, response: Response, next: NextFunction): void {
  if (!WIJZIGEND.has(request.method) || !heeftInhoud(request)) return next();
  const soort = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (soort === 'application/json' || /^application\/[\w.+-]+\+json$/.test(soort)) return next();
  // The one upload: an import file (importen/importen.controller.ts).
  if (soort === 'multipart/form-data' && request.method === 'POST' && UPLOAD_PAD.test(request.originalUrl))
    return next();
  stuurFout(
    response,
    new DomeinFout(415, 'ONBEKEND_FORMAAT', 'Stuur de gegevens als JSON (Content-Type: application/json).'),
  );
}

// C0 control characters except tab, line feed and carriage return (CR LF is a line end from Windows); and DEL.
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const STUURTEKEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Half of a UTF-16 surrogate pair: JSON can carry it ("\ud800"), but it is no character and PostgreSQL refuses it.
const LOSSE_SURROGAAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** No request of ours nests deeper; a body nested a thousand levels deep would exhaust the validator's stack. */
export const MAX_DIEPTE = 16;

function zichtbaar(sleutel: string): string {
  return sleutel.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is what it is for
    /[\u0000-\u001F\u007F]/g,
    (teken) => `\\u${teken.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Every text in a body or query, with its path ('adres.straat', 'klantIds.0'), that holds a control character or a
 * lone surrogate, and every value nested deeper than MAX_DIEPTE.
 */
export function stuurtekenFouten(waarde: unknown, pad = '', fouten: VeldFout[] = [], diepte = 0): VeldFout[] {
  if (fouten.length >= 50) return fouten;
  if (typeof waarde === 'string') {
    if (STUURTEKEN.test(waarde))
      fouten.push({ veld: pad || 'invoer', melding: 'bevat een niet-toegestaan stuurteken (zoals NUL)' });
    else if (LOSSE_SURROGAAT.test(waarde)) fouten.push({ veld: pad || 'invoer', melding: 'bevat een ongeldig teken' });
  } else if (waarde && typeof waarde === 'object') {
    if (diepte >= MAX_DIEPTE) {
      fouten.push({ veld: pad || 'invoer', melding: `is te diep genest (hoogstens ${MAX_DIEPTE} niveaus)` });
      return fouten;
    }
    const paren: [string, unknown][] = Array.isArray(waarde)
      ? waarde.map((item, i) => [String(i), item])
      : Object.entries(waarde);
    for (const [sleutel, item] of paren) {
      const veld = pad ? `${pad}.${zichtbaar(sleutel)}` : zichtbaar(sleutel);
      if (STUURTEKEN.test(sleutel) || LOSSE_SURROGAAT.test(sleutel))
        fouten.push({ veld, melding: 'is geen bekend veld' });
      else stuurtekenFouten(item, veld, fouten, diepte + 1);
    }
  }
  return fouten;
}

/**
 * NUL and other control characters have no place in any text we store or search, and PostgreSQL refuses NUL (and
 * lone surrogates) in text: refuse them up front with a 400 naming the field, in every query parameter and body
 * field; likewise absurdly deep nesting.
 */
export function weigerStuurtekens(request: Request, response: Response, next: NextFunction): void {
  const fouten = [...stuurtekenFouten(request.query), ...stuurtekenFouten(request.body)];
  if (fouten.length === 0) return next();
  stuurFout(response, new ValidatieFout(fouten));
}
