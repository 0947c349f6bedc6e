import { WACHTWOORD_MIN_LENGTE } from '@klant-in-beeld/domain';
import { dictionary } from '@zxcvbn-ts/language-common';

/** Common passwords in Dutch workplaces that the English-language list lacks. */
const NEDERLANDS = [
  'wachtwoord',
  'welkom',
  'welkom01',
  'geheim',
  'gemeente',
  'sociaaldomein',
  'participatie',
  'klantinbeeld',
  'voorjaar',
  'zomer',
  'herfst',
  'winter',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'ajax',
  'feyenoord',
  'psv',
  'nederland',
  'holland',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'zwolle',
  'kampen',
  'leiden',
  'qwertyuiop',
  'azertyuiop',
  'abcdefghijkl',
  'ikhouvanjou',
  'hallohallo',
  'letmein',
  'password',
];

/** The shipped list (zxcvbn-ts' 49,000 most common passwords, plus the Dutch ones above), lower case. */
const VEELGEBRUIKT = new Set([...dictionary['passwords-common'], ...NEDERLANDS].map((w) => String(w).toLowerCase()));

/** The word under the decoration people add to meet length rules: "Welkom2026!!" → "welkom". */
function kern(wachtwoord: string): string {
  return wachtwoord
    .toLowerCase()
    .replace(/^[^a-z]+|[^a-z]+$/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The password policy for local accounts (OWASP ASVS 2.1): long enough, not a common password (also not one with
 * digits or signs stuck on), not the user name. Returns the Dutch reason, or undefined when it is acceptable.
 */
export function wachtwoordProbleem(wachtwoord: string, gebruikersnaam: string): string | undefined {
  if ([...wachtwoord].length < WACHTWOORD_MIN_LENGTE) return `moet minstens ${WACHTWOORD_MIN_LENGTE} tekens lang zijn`;
  const laag = wachtwoord.toLowerCase();
  if (VEELGEBRUIKT.has(laag) || VEELGEBRUIKT.has(kern(wachtwoord)) || /^(.)\1+$/.test(wachtwoord)) {
    return 'is een veelgebruikt wachtwoord; kies een zin of een reeks losse woorden';
  }
  if (gebruikersnaam && laag.includes(gebruikersnaam.toLowerCase())) return 'mag je gebruikersnaam niet bevatten';
  return undefined;
}
