import { dagenTussen, type Datum } from './datum';
import type { VeldFout } from './veldfout';

/**
 * The plan van aanpak (docs/gesprek.md): one living plan per client, with doelen that have a streefdatum and a
 * status, afspraken linked to a doel, and an evaluatiedatum. Its dates come back as work (werkvoorraad).
 */
export const DOEL_STATUS_LABELS = {
  lopend: 'Lopend',
  behaald: 'Behaald',
  niet_behaald: 'Niet behaald',
  vervallen: 'Vervallen',
} as const;
export type DoelStatus = keyof typeof DOEL_STATUS_LABELS;
export const DOEL_STATUSSEN = Object.keys(DOEL_STATUS_LABELS) as DoelStatus[];

/** `plan_evalueren` comes up this many days before the evaluatiedatum. */
export const PLAN_EVALUATIE_VOORUIT_DAGEN = 14;
/** `plan_nodig`: a gesprek that has no plan made on or after its date this many days later. */
export const PLAN_NODIG_NA_DAGEN = 28;
export const MAX_DOELEN = 20;
export const DOEL_OMSCHRIJVING_MAX = 500;

/**
 * Dates of a plan: a new or moved streefdatum, and the evaluatiedatum, may not lie before the latest gesprek
 * (`gesprekDatum`, null when there is none). Errors name `doelen.<i>.streefdatum` and `evaluatiedatum`.
 */
export function controleerPlanDatums(
  plan: { evaluatiedatum: Datum; doelen: { streefdatum: Datum; gewijzigd: boolean }[] },
  gesprekDatum: Datum | null,
): VeldFout[] {
  if (!gesprekDatum) return [];
  const fouten: VeldFout[] = [];
  plan.doelen.forEach((d, i) => {
    if (d.gewijzigd && dagenTussen(gesprekDatum, d.streefdatum) < 0)
      fouten.push({ veld: `doelen.${i}.streefdatum`, melding: `mag niet voor het gesprek van ${gesprekDatum} liggen` });
  });
  if (dagenTussen(gesprekDatum, plan.evaluatiedatum) < 0)
    fouten.push({ veld: 'evaluatiedatum', melding: `mag niet voor het gesprek van ${gesprekDatum} liggen` });
  return fouten;
}

const MAANDEN = [
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
];

/** A date in words, as the client reads it in the plan: '2027-03-01' → '1 maart 2027'. */
export function datumInWoorden(datum: Datum): string {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  return `${dag} ${MAANDEN[maand - 1]} ${jaar}`;
}
