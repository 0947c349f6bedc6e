import { Organisaties1795435200000 } from './1795435200000-Organisaties';
import { Dossier1795436000000 } from './1795436000000-Dossier';
import { Werkvoorraad1795437000000 } from './1795437000000-Werkvoorraad';
import { WerkvoorraadIndexen1795438000000 } from './1795438000000-WerkvoorraadIndexen';
import { Rapportages1795439000000 } from './1795439000000-Rapportages';
import { Beveiliging1795440000000 } from './1795440000000-Beveiliging';
import { IndexenOnderRls1795440100000 } from './1795440100000-IndexenOnderRls';
import { Privacy1795441000000 } from './1795441000000-Privacy';
import { ContactmomentCorrectie1795442000000 } from './1795442000000-ContactmomentCorrectie';
import { Beheer1795443000000 } from './1795443000000-Beheer';
import { Categorieen1795443100000 } from './1795443100000-Categorieen';
import { MedewerkerBeheer1795443150000 } from './1795443150000-MedewerkerBeheer';
import { Oidc1795443200000 } from './1795443200000-Oidc';
import { Import1795443400000 } from './1795443400000-Import';
import { ImportKoppeling1795443600000 } from './1795443600000-ImportKoppeling';
import { Gesprek1795443800000 } from './1795443800000-Gesprek';
import { Campagne1795444000000 } from './1795444000000-Campagne';
import { SchaalIndexen1795444600000 } from './1795444600000-SchaalIndexen';
import { RapportTellingen1795444700000 } from './1795444700000-RapportTellingen';

/**
 * Every migration, oldest first. Append-only: a migration that has landed on main is never edited; change the
 * schema with a new one. Listed explicitly (not globbed) so the same list works compiled, under jest and in the CLI.
 */
export const MIGRATIES = [Organisaties1795435200000, Dossier1795436000000, Werkvoorraad1795437000000, WerkvoorraadIndexen1795438000000, Rapportages1795439000000, Beveiliging1795440000000, IndexenOnderRls1795440100000, Privacy1795441000000, ContactmomentCorrectie1795442000000, Beheer1795443000000, Categorieen1795443100000, MedewerkerBeheer1795443150000, Oidc1795443200000, Import1795443400000, ImportKoppeling1795443600000, Gesprek1795443800000, Campagne1795444000000, SchaalIndexen1795444600000, RapportTellingen1795444700000];
