import { Afspraak } from '../afspraken/afspraak.entity';
import { Contactmoment } from '../contactmomenten/contactmoment.entity';
import { Klant } from '../klanten/klant.entity';
import { LadderMeting } from '../ladder/ladder-meting.entity';
import { Gemeente } from '../organisaties/gemeente.entity';
import { Medewerker } from '../organisaties/medewerker.entity';
import { Organisatie } from '../organisaties/organisatie.entity';
import { Team } from '../organisaties/team.entity';
import { Vrijstelling } from '../vrijstellingen/vrijstelling.entity';

/** Every entity, listed once so Nest, the CLI and the seed share one DataSource shape. */
export const ENTITEITEN = [Organisatie, Gemeente, Team, Medewerker, Klant, Contactmoment, LadderMeting, Afspraak, Vrijstelling];
