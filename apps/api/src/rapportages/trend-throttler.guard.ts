import { Begrenzing } from '../common/begrenzing';

/** The trend per medewerker (limit in AppModule): a first trend may compute and keep months of report facts. */
export const TrendThrottlerGuard = Begrenzing(
  'trend',
  'TE_VEEL_VERZOEKEN',
  'Je hebt de trend de afgelopen minuut vaak opgevraagd. Wacht even en probeer het dan opnieuw.',
);
