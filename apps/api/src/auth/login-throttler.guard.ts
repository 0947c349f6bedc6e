import { Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import { DomeinFout } from '../common/fouten';

/** Counts login attempts; the trackers per throttler are configured in AuthModule. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(): Promise<void> {
    throw new DomeinFout(429, 'TE_VEEL_POGINGEN', 'Te veel inlogpogingen. Wacht een minuut en probeer het dan opnieuw.');
  }
}

export { ThrottlerException };
