import type { Faker } from '@faker-js/faker';

/** Exactly n values in the given proportions (largest remainder), shuffled. */
export function verdeel<T>(r: Faker, n: number, gewichten: readonly (readonly [T, number])[]): T[] {
  const totaal = gewichten.reduce((s, [, g]) => s + g, 0);
  const exact = gewichten.map(([w, g]) => ({ w, n: (n * g) / totaal }));
  const aantallen = exact.map((e) => Math.floor(e.n));
  let rest = n - aantallen.reduce((s, a) => s + a, 0);
  const opRest = exact.map((e, i) => ({ i, f: e.n - Math.floor(e.n) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (const { i } of opRest) {
    if (rest-- <= 0) break;
    aantallen[i]++;
  }
  return r.helpers.shuffle(exact.flatMap((e, i) => Array<T>(aantallen[i]).fill(e.w)));
}
