import { isGeldigeDatum } from './datum';
import { datumInWoorden } from './plan';
import type { VeldFout } from './veldfout';

/** A merge field of the invitation letter, written in a template as `{{naam}}`. */
export interface Samenvoegveld {
  naam: string;
  omschrijving: string;
  voorbeeld: string;
}

export const SAMENVOEGVELDEN: readonly Samenvoegveld[] = [
  {
    naam: 'klant.aanhef',
    omschrijving: 'Aanhef met naam, bijvoorbeeld "Beste Fatima Yilmaz"',
    voorbeeld: 'Beste Fatima Yilmaz',
  },
  { naam: 'klant.naam', omschrijving: 'Volledige naam van de klant', voorbeeld: 'Fatima Yilmaz' },
  { naam: 'klant.voornamen', omschrijving: 'Voornamen van de klant', voorbeeld: 'Fatima' },
  { naam: 'klant.achternaam', omschrijving: 'Achternaam van de klant', voorbeeld: 'Yilmaz' },
  { naam: 'uitnodiging.datum', omschrijving: 'Dag en datum van het gesprek', voorbeeld: 'dinsdag 8 december 2026' },
  { naam: 'uitnodiging.tijd', omschrijving: 'Begintijd van het gesprek', voorbeeld: '10:30' },
  { naam: 'uitnodiging.locatie', omschrijving: 'Plaats van het gesprek', voorbeeld: 'Stadskantoor, Lübeckplein 2' },
  { naam: 'medewerker.naam', omschrijving: 'Naam van de medewerker die het gesprek voert', voorbeeld: 'Jan de Vries' },
  { naam: 'gemeente.naam', omschrijving: 'Gemeente van de klant', voorbeeld: 'Zwolle' },
  { naam: 'organisatie.naam', omschrijving: 'Naam van de organisatie', voorbeeld: 'Sociale Dienst' },
  { naam: 'vandaag', omschrijving: 'Datum van de brief', voorbeeld: '1 december 2026' },
];

const BEKEND = new Set(SAMENVOEGVELDEN.map((v) => v.naam));

/** Example values for the live preview and the unsaved PDF. */
export const VOORBEELD_WAARDEN: Readonly<Record<string, string>> = Object.fromEntries(
  SAMENVOEGVELDEN.map((v) => [v.naam, v.voorbeeld]),
);

export const STANDAARD_BRIEF = {
  onderwerp: 'Uitnodiging voor een gesprek op {{uitnodiging.datum}}',
  inhoud: [
    '{{klant.aanhef}},',
    'Wij willen graag weten hoe het met u gaat. Daarom nodigen wij u uit voor een gesprek.',
    'In het gesprek praten we over uw leven van nu. Over werk, geld, gezondheid en wat u belangrijk vindt. U bepaalt zelf waar u het over wilt hebben.',
    'Datum: {{uitnodiging.datum}}\nTijd: {{uitnodiging.tijd}}\nPlaats: {{uitnodiging.locatie}}',
    'Het gesprek duurt ongeveer een uur. U praat met {{medewerker.naam}}.',
    'Neem uw identiteitsbewijs mee. U mag ook iemand meenemen die u vertrouwt.',
    'Komt deze dag of tijd niet goed uit? Bel of mail ons dan. Dan maken we samen een nieuwe afspraak.',
    'Wij zien u graag.',
    'Met vriendelijke groet,\n{{medewerker.naam}}\n{{organisatie.naam}}',
  ].join('\n\n'),
} as const;

const VELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Checks a template text: every `{{field}}` must be known, and no brace may be left unbalanced. */
export function controleerTekst(veld: string, tekst: string): VeldFout[] {
  const fouten: VeldFout[] = [];
  for (const m of tekst.matchAll(VELD)) {
    const naam = m[1];
    if (!BEKEND.has(naam)) fouten.push({ veld, melding: `onbekend samenvoegveld {{${naam}}}` });
  }
  // What is left after removing well-formed fields must contain no braces at all.
  const rest = tekst.replace(VELD, '');
  if (/[{}]/.test(rest)) {
    fouten.push({ veld, melding: 'accolades kloppen niet: schrijf een samenvoegveld als {{klant.naam}}' });
  }
  return fouten;
}

export function controleerSjabloon(s: { onderwerp: string; inhoud: string }): VeldFout[] {
  return [...controleerTekst('onderwerp', s.onderwerp), ...controleerTekst('inhoud', s.inhoud)];
}

/** The unknown field names in a text, for marking them in the preview. */
export function onbekendeVelden(tekst: string): string[] {
  return [...tekst.matchAll(VELD)].map((m) => m[1]).filter((n) => !BEKEND.has(n));
}

/** Fills the known fields; an unknown or missing field stays as written, so a mistake shows instead of vanishing. */
export function vulSjabloon(tekst: string, waarden: Readonly<Record<string, string | null | undefined>>): string {
  return tekst.replace(VELD, (geheel, naam: string) => {
    const w = waarden[naam];
    return BEKEND.has(naam) && w !== undefined && w !== null ? w : geheel;
  });
}

const DAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** `2026-12-08` → "dinsdag 8 december 2026". */
export function briefDatum(datum: string, metDag = true): string {
  if (!isGeldigeDatum(datum)) throw new RangeError(`ongeldige datum ${datum}`);
  const tekst = datumInWoorden(datum);
  return metDag ? `${DAGEN[new Date(`${datum}T12:00:00Z`).getUTCDay()]} ${tekst}` : tekst;
}

/** The merge values for one letter; the date and time are the Dutch wall-clock ones of the invitation. */
export function briefWaarden(b: {
  voornamen: string;
  achternaam: string;
  datum: string;
  tijd: string;
  locatie: string;
  medewerker: string;
  gemeente: string;
  organisatie: string;
  vandaag: string;
}): Record<string, string> {
  const naam = `${b.voornamen} ${b.achternaam}`.trim();
  return {
    'klant.aanhef': `Beste ${naam}`,
    'klant.naam': naam,
    'klant.voornamen': b.voornamen,
    'klant.achternaam': b.achternaam,
    'uitnodiging.datum': briefDatum(b.datum),
    'uitnodiging.tijd': b.tijd,
    'uitnodiging.locatie': b.locatie,
    'medewerker.naam': b.medewerker,
    'gemeente.naam': b.gemeente,
    'organisatie.naam': b.organisatie,
    vandaag: briefDatum(b.vandaag, false),
  };
}
