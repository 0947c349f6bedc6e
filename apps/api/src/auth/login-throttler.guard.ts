import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomeinFout } from '../common/fouten';

/**
 * Requests per address to the login endpoints, in memory: a flood from one address is refused before it costs a
 * password hash. Failed attempts per user name are limited in AuthService (stored, per name and address).
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(): Promise<void> {
    throw new DomeinFout(429, 'TE_VEEL_POGINGEN', 'Te veel inlogpogingen. Wacht een minuut en probeer het dan opnieuw.');
  }
}
