import type { VeldFout } from '@klant-in-beeld/domain';
import { HttpStatus } from '@nestjs/common';

export type { VeldFout };

/**
 * A refusal the domain or the service layer knows how to explain: a code for machines and a Dutch message for
 * people. The global filter maps it to HTTP; controllers never build error responses themselves.
 */
export class DomeinFout extends Error {
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
