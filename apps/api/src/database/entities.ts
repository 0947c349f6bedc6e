import { Gemeente } from '../organisaties/gemeente.entity';
import { Medewerker } from '../organisaties/medewerker.entity';
import { Organisatie } from '../organisaties/organisatie.entity';
import { Team } from '../organisaties/team.entity';

/** Every entity, listed once so Nest, the CLI and the seed share one DataSource shape. */
export const ENTITEITEN = [Organisatie, Gemeente, Team, Medewerker];
