import { opkomstAandeel, type CampagneCriteria, type Trechter } from '@klant-in-beeld/domain';

/** A funnel as the API shows it: for beleid a count below 5 is suppressed (null). */
export type TonenTrechter = { [K in keyof Trechter]: number | null };
export interface TonenOpkomstDeel {
  uitnodigingen: number | null;
  verschenen: number | null;
}

export interface TrechterStap {
  sleutel: keyof Trechter;
  label: string;
  aantal: number | null;
}

const STAPPEN: { sleutel: keyof Trechter; label: string }[] = [
  { sleutel: 'cohort', label: 'Cohort' },
  { sleutel: 'uitgenodigd', label: 'Uitgenodigd' },
  { sleutel: 'nagebeld', label: 'Nagebeld' },
  { sleutel: 'verschenen', label: 'Verschenen' },
  { sleutel: 'noShow', label: 'Niet verschenen' },
  { sleutel: 'gesprekGevoerd', label: 'Gesprek gevoerd' },
  { sleutel: 'planGemaakt', label: 'Plan gemaakt' },
];

/** The funnel's steps in order, for the chart and the table alike, so both show the same figures. */
export function trechterStappen(trechter: TonenTrechter): TrechterStap[] {
  return STAPPEN.map((s) => ({ ...s, aantal: trechter[s.sleutel] }));
}

/** Opkomst as a Dutch percentage, or a dash while no invitation has an outcome. */
export function opkomstTekst(deel: TonenOpkomstDeel): string {
  if (deel.uitnodigingen === null || deel.verschenen === null) return 'Niet getoond (minder dan 5)';
  const aandeel = opkomstAandeel({ uitnodigingen: deel.uitnodigingen, verschenen: deel.verschenen });
  if (aandeel === null) return '–';
  return `${Math.round(aandeel * 100)}% (${deel.verschenen} van ${deel.uitnodigingen})`;
}

/**
 * Why a voorbeeld selects nobody, in words: each criterion that narrows the cohort, with what to widen. The API
 * only answers the count, so the explanation names the criteria the teamleider set.
 */
export function waaromNiemand(criteria: CampagneCriteria): string[] {
  const redenen: string[] = [];
  if (criteria.nietGesprokenMaanden !== undefined)
    redenen.push(
      `Alleen klanten die ${criteria.nietGesprokenMaanden} maanden of langer niet gesproken zijn: kies een kortere periode.`,
    );
  if (criteria.categorieen?.length)
    redenen.push(
      `Alleen klanten in ${criteria.categorieen.length === 1 ? 'de gekozen categorie' : `${criteria.categorieen.length} gekozen categorieën`}: kies meer categorieën.`,
    );
  if (criteria.minUitkeringsduurMaanden !== undefined)
    redenen.push(
      `Alleen klanten met een uitkering van ${criteria.minUitkeringsduurMaanden} maanden of langer: verlaag de minimale uitkeringsduur.`,
    );
  if (criteria.gemeenteIds?.length) redenen.push('Alleen klanten in de gekozen gemeenten: kies meer gemeenten.');
  if (criteria.teamIds?.length)
    redenen.push(
      'Alleen klanten met een klantmanager in de gekozen teams (klanten zonder klantmanager vallen hierbuiten): kies meer teams.',
    );
  if (redenen.length === 0) redenen.push('Er zijn geen klanten met een lopende uitkering in je organisatie.');
  return redenen;
}
