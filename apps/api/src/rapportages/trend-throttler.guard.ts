import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomeinFout } from '../common/fouten';

/** The trend per medewerker (limit in AppModule): a first trend may compute and keep months of report facts. */
@Injectable()
export class TrendThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(): Promise<void> {
    throw new DomeinFout(429, 'TE_VEEL_VERZOEKEN', 'Je hebt de trend de afgelopen minuut vaak opgevraagd. Wacht even en probeer het dan opnieuw.');
  }
}
