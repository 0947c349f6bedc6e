import { ExecutionContext, Injectable, Type } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomeinFout } from './fouten';

/**
 * A guard for one of the named limits of ThrottlerModule (AppModule): it counts and checks only that one, so an
 * endpoint is never limited by another endpoint's rule. `telt` decides which requests count (default all).
 */
export function Begrenzing(
  naam: string,
  code: string,
  melding: string,
  telt: (request: { query?: Record<string, unknown> }) => boolean = () => true,
): Type<ThrottlerGuard> {
  @Injectable()
  class BegrenzingGuard extends ThrottlerGuard {
    override async onModuleInit(): Promise<void> {
      await super.onModuleInit();
      this.throttlers = this.throttlers.filter((t) => t.name === naam);
    }

    protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
      return !telt(context.switchToHttp().getRequest());
    }

    protected override async throwThrottlingException(): Promise<void> {
      throw new DomeinFout(429, code, melding);
    }
  }
  Object.defineProperty(BegrenzingGuard, 'name', { value: `Begrenzing_${naam}` });
  return BegrenzingGuard;
}

/** Searching clients by name or BSN, per medewerker: enumerating the bestand by search stays slow. */
export const ZoekBegrenzing = Begrenzing(
  'zoeken',
  'TE_VEEL_ZOEKOPDRACHTEN',
  'Je hebt de afgelopen minuut erg vaak gezocht. Wacht even en probeer het dan opnieuw.',
  (request) => Boolean(typeof request.query?.zoek === 'string' && request.query.zoek.trim()),
);

/** Requests per address to the login endpoints: a flood costs no password hashes. */
export const InlogBegrenzing = Begrenzing(
  'inlogAdres',
  'TE_VEEL_POGINGEN',
  'Te veel inlogpogingen. Wacht een minuut en probeer het dan opnieuw.',
);
