import {
  AFSPRAAK_SOORTEN,
  DIENSTVERLENINGSCATEGORIE_LABELS,
  type AfspraakSoort,
  type StandaardCategorie,
} from './codelijsten';
import { controleerNorm, STANDAARD_CONTACTNORMEN, type Norm } from './normen';
import type { VeldFout } from './veldfout';

/**
 * A dienstverleningscategorie of one organisatie (docs/categorieen.md): its own code and name, whether it is still
 * offered, its contact norm and the afspraak soorten a klantmanager is offered for its clients. The order of a list
 * is the order the screens show.
 */
export interface Categorie extends Norm {
  code: string;
  naam: string;
  actief: boolean;
  afspraakSoorten: AfspraakSoort[];
}

/** Lower case, starting with a letter, 2–40 characters; `vrijgesteld` is the pseudo-norm and never a category. */
export const CATEGORIE_CODE_PATROON = /^[a-z][a-z0-9_]{1,39}$/;
export const GERESERVEERDE_CATEGORIE_CODE = 'vrijgesteld';
export const CATEGORIE_NAAM_MAX = 100;
export const MAX_CATEGORIEEN = 50;

/** Always offered, whatever the category: a follow-up and "something else". */
export const ALTIJD_AANGEBODEN_SOORTEN: readonly AfspraakSoort[] = ['vervolggesprek', 'overig'];

/** Per standard category the afspraak soorten that fit its distance to work (the migration fills the same; tested). */
export const STANDAARD_AFSPRAAK_SOORTEN: Record<StandaardCategorie, AfspraakSoort[]> = {
  job_ready: ['vervolggesprek', 'opleiding', 're_integratietraject', 'werkervaringsplaats', 'solliciteren', 'overig'],
  bijna_job_ready: [
    'vervolggesprek',
    'taal',
    'opleiding',
    'vrijwilligerswerk',
    're_integratietraject',
    'werkervaringsplaats',
    'solliciteren',
    'overig',
  ],
  nog_niet_job_ready: [
    'vervolggesprek',
    'taal',
    'opleiding',
    'vrijwilligerswerk',
    're_integratietraject',
    'gezondheid',
    'schuldhulpverlening',
    'tegenprestatie',
    'doorverwijzing_netwerkpartner',
    'overig',
  ],
  niet_job_ready: [
    'vervolggesprek',
    'taal',
    'vrijwilligerswerk',
    'gezondheid',
    'schuldhulpverlening',
    'tegenprestatie',
    'doorverwijzing_netwerkpartner',
    'overig',
  ],
  beheer: ['vervolggesprek', 'gezondheid', 'schuldhulpverlening', 'doorverwijzing_netwerkpartner', 'overig'],
};

/** The five categories every organisatie starts with, in this order. */
export const STANDAARD_CATEGORIEEN: Categorie[] = (
  Object.keys(DIENSTVERLENINGSCATEGORIE_LABELS) as StandaardCategorie[]
).map((code) => ({
  code,
  naam: DIENSTVERLENINGSCATEGORIE_LABELS[code],
  actief: true,
  ...STANDAARD_CONTACTNORMEN.normen[code],
  afspraakSoorten: STANDAARD_AFSPRAAK_SOORTEN[code],
}));

/**
 * Checks a whole new list of categories (PUT replaces the list). Returns every offending field with a Dutch
 * message, fields named as in the request (`categorieen.2.naam`):
 * - codes in the right form, not `vrijgesteld`, each once;
 * - a name that is not empty (at most 100 characters) and unique, so the screens can tell them apart;
 * - the norm as `controleerNorm` wants it;
 * - afspraak soorten from the code list, at least one, each once;
 * - at least one active category (a new client must be able to get one);
 * - no existing code left out: a category in use cannot disappear, it is deactivated instead.
 */
export function controleerCategorieen(lijst: Categorie[], bestaandeCodes: readonly string[] = []): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (lijst.length === 0) return [{ veld: 'categorieen', melding: 'moet minstens één categorie bevatten' }];
  if (lijst.length > MAX_CATEGORIEEN)
    fouten.push({ veld: 'categorieen', melding: `mag hoogstens ${MAX_CATEGORIEEN} categorieën bevatten` });
  const codes = new Map<string, number>();
  const namen = new Map<string, number>();
  lijst.forEach((categorie, i) => {
    const veld = `categorieen.${i}`;
    if (categorie.code === GERESERVEERDE_CATEGORIE_CODE) {
      fouten.push({ veld: `${veld}.code`, melding: 'vrijgesteld is gereserveerd voor de norm bij een vrijstelling' });
    } else if (!CATEGORIE_CODE_PATROON.test(categorie.code)) {
      fouten.push({
        veld: `${veld}.code`,
        melding: 'moet 2 tot 40 kleine letters, cijfers of _ zijn en met een letter beginnen',
      });
    } else if (codes.has(categorie.code)) {
      fouten.push({ veld: `${veld}.code`, melding: `komt al voor bij categorie ${codes.get(categorie.code)! + 1}` });
    } else codes.set(categorie.code, i);

    const naam = categorie.naam.trim();
    if (naam.length === 0) fouten.push({ veld: `${veld}.naam`, melding: 'mag niet leeg zijn' });
    else if (naam.length > CATEGORIE_NAAM_MAX)
      fouten.push({ veld: `${veld}.naam`, melding: `mag hoogstens ${CATEGORIE_NAAM_MAX} tekens bevatten` });
    else if (namen.has(naam.toLowerCase()))
      fouten.push({
        veld: `${veld}.naam`,
        melding: `komt al voor bij categorie ${namen.get(naam.toLowerCase())! + 1}`,
      });
    else namen.set(naam.toLowerCase(), i);

    fouten.push(...controleerNorm(categorie, veld));

    const soorten = categorie.afspraakSoorten;
    if (soorten.length === 0) {
      fouten.push({ veld: `${veld}.afspraakSoorten`, melding: 'moet minstens één soort afspraak bevatten' });
    } else if (soorten.some((s) => !(AFSPRAAK_SOORTEN as readonly string[]).includes(s))) {
      const onbekend = soorten.filter((s) => !(AFSPRAAK_SOORTEN as readonly string[]).includes(s));
      fouten.push({
        veld: `${veld}.afspraakSoorten`,
        melding: `bevat een onbekende soort (${onbekend.join(', ')}); kies uit: ${AFSPRAAK_SOORTEN.join(', ')}`,
      });
    } else if (new Set(soorten).size !== soorten.length) {
      fouten.push({ veld: `${veld}.afspraakSoorten`, melding: 'mag geen soort twee keer bevatten' });
    }
  });
  if (!lijst.some((c) => c.actief))
    fouten.push({ veld: 'categorieen', melding: 'moet minstens één actieve categorie bevatten' });
  const ontbrekend = bestaandeCodes.filter((code) => !lijst.some((c) => c.code === code));
  if (ontbrekend.length > 0) {
    fouten.push({
      veld: 'categorieen',
      melding: `mist ${ontbrekend.length === 1 ? 'de bestaande categorie' : 'de bestaande categorieën'} ${ontbrekend.join(', ')}: een categorie verwijder je niet, je zet hem op niet actief`,
    });
  }
  return fouten;
}

/** The soorten to offer first for a client in this category (all of them when the category is unknown). */
export function aangebodenSoorten(categorieen: readonly Categorie[], code: string): AfspraakSoort[] {
  const categorie = categorieen.find((c) => c.code === code);
  if (!categorie) return [...AFSPRAAK_SOORTEN];
  return AFSPRAAK_SOORTEN.filter((s) => categorie.afspraakSoorten.includes(s));
}

/** The categories a form may offer: the active ones, plus the current value when editing (even if inactive). */
export function kiesbareCategorieen(categorieen: readonly Categorie[], huidige?: string | null): Categorie[] {
  return categorieen.filter((c) => c.actief || c.code === huidige);
}

/** A code proposed for a new category from its name: "Werkfit-traject Één" → `werkfit_traject_een`. */
export function codeVoorNaam(naam: string): string {
  const code = naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return code === GERESERVEERDE_CATEGORIE_CODE ? `${code}_categorie` : code;
}
