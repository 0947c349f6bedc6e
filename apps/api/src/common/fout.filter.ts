import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { DatabaseOnbereikbaar, DomeinFout, isDatabaseOnbereikbaar, VeldFout } from './fouten';

const STANDAARD: Record<number, { code: string; message: string }> = {
  400: { code: 'VALIDATIE', message: 'De invoer is niet juist.' },
  401: { code: 'NIET_INGELOGD', message: 'Je bent niet ingelogd of je sessie is verlopen. Log opnieuw in.' },
  403: { code: 'GEEN_TOEGANG', message: 'Je hebt geen toegang tot deze functie.' },
  404: { code: 'NIET_GEVONDEN', message: 'Niet gevonden.' },
  405: { code: 'METHODE_NIET_TOEGESTAAN', message: 'Deze bewerking is hier niet toegestaan.' },
  409: { code: 'CONFLICT', message: 'Dit botst met de huidige gegevens.' },
  413: { code: 'TE_GROOT', message: 'Het verzoek is te groot: stuur hoogstens 1 MB.' },
  415: { code: 'ONBEKEND_FORMAAT', message: 'Stuur de gegevens als JSON (Content-Type: application/json).' },
  422: { code: 'REGEL', message: 'Dit is volgens de regels niet toegestaan.' },
  429: { code: 'TE_VEEL_VERZOEKEN', message: 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.' },
  503: { code: 'NIET_BESCHIKBAAR', message: 'De dienst is tijdelijk niet beschikbaar.' },
};

export interface FoutAntwoord {
  statusCode: number;
  code: string;
  message: string;
  fouten?: VeldFout[];
}

/** Problem details (RFC 9457) with the extensions `code` and `fouten`; `statusCode` and `message` stay for v1. */
export interface Probleem extends FoutAntwoord {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

export function alsProbleem(antwoord: FoutAntwoord, pad?: string): Probleem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[antwoord.statusCode] ?? 'Error',
    status: antwoord.statusCode,
    detail: antwoord.message,
    ...(pad ? { instance: pad } : {}),
    ...antwoord,
  };
}

/** Errors raised by body-parser and friends before Nest sees the request (malformed JSON, too large). */
interface HttpErrorLike {
  status?: number;
  statusCode?: number;
  type?: string;
}

/** Seconds a client should wait before trying again while the database is unreachable. */
export const OPNIEUW_NA_SECONDEN = 5;

const logger = new Logger('FoutFilter');

/**
 * Maps every error to the one error shape (docs/api.md: problem details) and sends it. Anything unexpected is a logged 500 without
 * details; the database being out of reach is a 503 with Retry-After, logged once as a warning line, not a stack.
 */
export function stuurFout(response: Response, fout: unknown): void {
  const antwoord = naarAntwoord(fout);
  if (antwoord.statusCode === 503) {
    response.setHeader('Retry-After', String(OPNIEUW_NA_SECONDEN));
    logger.warn(`Database niet bereikbaar: ${fout instanceof Error ? fout.message : String(fout)}`);
  } else if (antwoord.statusCode >= 500) {
    logger.error(fout instanceof Error ? (fout.stack ?? fout.message) : String(fout));
  }
  if (response.headersSent) return;
  const pad = (response.req as Request | undefined)?.originalUrl?.split('?')[0];
  response.status(antwoord.statusCode).type('application/problem+json').json(alsProbleem(antwoord, pad));
}

@Catch()
export class FoutFilter implements ExceptionFilter {
  catch(fout: unknown, host: ArgumentsHost): void {
    stuurFout(host.switchToHttp().getResponse<Response>(), fout);
  }

  naarAntwoord(fout: unknown): FoutAntwoord {
    return naarAntwoord(fout);
  }
}

export function naarAntwoord(fout: unknown): FoutAntwoord {
  if (!(fout instanceof DomeinFout) && isDatabaseOnbereikbaar(fout)) fout = new DatabaseOnbereikbaar();
  if (fout instanceof DomeinFout) {
    return {
      statusCode: fout.status,
      code: fout.code,
      message: fout.message,
      ...(fout.fouten ? { fouten: fout.fouten } : {}),
      ...(fout.extra ?? {}),
    };
  }
  if (fout instanceof HttpException) {
    const status = fout.getStatus();
    const standaard = STANDAARD[status] ?? { code: 'FOUT', message: 'Er ging iets mis.' };
    return { statusCode: status, code: standaard.code, message: standaard.message };
  }
  const httpFout = fout as HttpErrorLike;
  const status = httpFout?.status ?? httpFout?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (httpFout.type === 'entity.parse.failed') {
      return { statusCode: 400, code: 'VALIDATIE', message: 'De invoer is geen geldige JSON.' };
    }
    const standaard = STANDAARD[status] ?? STANDAARD[400];
    return { statusCode: status, code: standaard.code, message: standaard.message };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNE_FOUT',
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  };
}
