import type { VeldFout } from '@klant-in-beeld/domain';
import { HttpStatus } from '@nestjs/common';

export type { VeldFout };

/**
 * A refusal the domain or the service layer knows how to explain: a code for machines and a Dutch message for
 * people. The global filter maps it to HTTP; controllers never build error responses themselves.
 */
export class DomeinFout extends Error {
  /** Extra members of the problem details (e.g. the `conflict` of a double booking). */
  extra?: Record<string, unknown>;

  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly fouten?: VeldFout[],
  ) {
    super(message);
  }
}

export class ValidatieFout extends DomeinFout {
  constructor(fouten: VeldFout[], message?: string) {
    super(
      HttpStatus.BAD_REQUEST,
      'VALIDATIE',
      message ??
        (fouten.length === 1
          ? `De invoer is niet juist: ${fouten[0].veld} ${fouten[0].melding}.`
          : `De invoer is niet juist: ${fouten.length} velden kloppen niet.`),
      fouten,
    );
  }
}

/** 404 — also for a resource of another organisatie: never reveal that it exists. */
export class NietGevonden extends DomeinFout {
  constructor(wat: string) {
    super(HttpStatus.NOT_FOUND, 'NIET_GEVONDEN', `${wat} is niet gevonden.`);
  }
}

export class VersieConflict extends DomeinFout {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      'VERSIE_CONFLICT',
      'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
    );
  }
}

export class Conflict extends DomeinFout {
  constructor(code: string, message: string, fouten?: VeldFout[]) {
    super(HttpStatus.CONFLICT, code, message, fouten);
  }
}

/** 422: the input is well-formed but a domain rule refuses it. */
export class RegelFout extends DomeinFout {
  constructor(code: string, message: string, fouten?: VeldFout[]) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, code, message, fouten);
  }
}

/** PostgreSQL unique_violation on the given constraint? */
export function isUniekSchending(fout: unknown, constraint: string): boolean {
  const pg = fout as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string };
  const bron = pg?.driverError ?? pg;
  return bron?.code === '23505' && bron.constraint === constraint;
}

/** 401 for a token whose session has ended (logout, idle timeout, the absolute limit, deactivation). */
export class SessieVerlopen extends DomeinFout {
  constructor(reden: string | null) {
    const uitleg: Record<string, string> = {
      uitgelogd: 'Je bent uitgelogd.',
      inactief: 'Je sessie is verlopen omdat je een tijd niets hebt gedaan.',
      maximale_duur: 'Je sessie is verlopen: je was de maximale tijd ingelogd.',
      gedeactiveerd: 'Je account is gedeactiveerd.',
      wachtwoord_gewijzigd: 'Je wachtwoord is gewijzigd.',
    };
    super(
      HttpStatus.UNAUTHORIZED,
      'SESSIE_VERLOPEN',
      `${uitleg[reden ?? ''] ?? 'Je sessie is beëindigd.'} Log opnieuw in.`,
    );
  }
}

/** 503: the database cannot be reached. Never 401 (the session is fine) and never 500 (nothing is broken here). */
export class DatabaseOnbereikbaar extends DomeinFout {
  constructor() {
    super(
      HttpStatus.SERVICE_UNAVAILABLE,
      'DATABASE_ONBEREIKBAAR',
      'Klant in Beeld kan de database even niet bereiken. Probeer het over een paar seconden opnieuw.',
    );
  }
}

const VERBINDINGSCODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
const VERBINDINGSMELDINGEN =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/**
 * Is this error the database being out of reach (rather than a bad query)? Connection errors of the driver, and
 * PostgreSQL's class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now) and 53300 (too many
 * connections). TypeORM wraps driver errors; look inside.
 */
export function isDatabaseOnbereikbaar(fout: unknown): boolean {
  for (
    let f = fout as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined,
      diepte = 0;
    f && diepte < 4;
    diepte++
  ) {
    const code = typeof f.code === 'string' ? f.code : '';
    if (VERBINDINGSCODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code))
      return true;
    if (typeof f.message === 'string' && VERBINDINGSMELDINGEN.test(f.message)) return true;
    f = (f.driverError ?? f.cause) as typeof f;
  }
  return false;
}
