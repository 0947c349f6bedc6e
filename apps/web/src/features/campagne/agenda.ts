import { maandagVan, type Datum } from '@klant-in-beeld/domain';

const ZONE = 'Europe/Amsterdam';

/** The calendar date (yyyy-mm-dd) of an instant in the Netherlands. */
export function datumVan(datumTijd: string): Datum {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(datumTijd),
  ) as Datum;
}

function plusDagen(datum: Datum, dagen: number): Datum {
  const d = new Date(`${datum}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10) as Datum;
}

/** The five working days of the week that holds the date. */
export function werkweek(datum: Datum): Datum[] {
  const maandag = maandagVan(datum);
  return [0, 1, 2, 3, 4].map((i) => plusDagen(maandag, i));
}

/** The monday of the previous or next week. */
export function andereWeek(datum: Datum, richting: -1 | 1): Datum {
  return plusDagen(maandagVan(datum), 7 * richting);
}

/** "dinsdag 8 december" for a date. */
export function dagTekst(datum: Datum): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${datum}T12:00:00Z`),
  );
}

/** "10:00" in the Netherlands. */
export function tijdTekst(datumTijd: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(
    new Date(datumTijd),
  );
}

/** A 409 on an invitation in words: "Je hebt op dinsdag 8 december om 10:00 al een gesprek (…)". */
export function conflictTekst(datumTijd: string, omschrijving?: string): string {
  const extra = omschrijving ? ` (${omschrijving})` : '';
  return `Je hebt op ${dagTekst(datumVan(datumTijd))} om ${tijdTekst(datumTijd)} al een gesprek${extra}. Kies een ander tijdstip.`;
}
