const GEWICHTEN = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/**
 * Burgerservicenummer check: nine digits (leading zeros are valid) whose weighted sum
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (the "elfproef"). 000000000 passes the sum but is not a BSN.
 */
export function isGeldigBsn(waarde: unknown): waarde is string {
  if (typeof waarde !== 'string' || !/^\d{9}$/.test(waarde) || waarde === '000000000') return false;
  return elfproefSom(waarde) % 11 === 0;
}

function elfproefSom(cijfers: string): number {
  let som = 0;
  for (let i = 0; i < cijfers.length; i++) som += Number(cijfers[i]) * GEWICHTEN[i];
  return som;
}

/** Lists show only the last four digits. */
export function maskeerBsn(bsn: string | null): string {
  // An anonymised client (bewaartermijn) has no BSN any more.
  return bsn ? `*****${bsn.slice(-4)}` : '*********';
}

/**
 * The valid BSN that starts with these eight digits, or undefined when no last digit makes it valid
 * (for demo and test data).
 */
export function bsnMetControlecijfer(eerste8: string): string | undefined {
  if (!/^\d{8}$/.test(eerste8)) throw new RangeError('Verwacht acht cijfers');
  for (let laatste = 0; laatste <= 9; laatste++) {
    const kandidaat = `${eerste8}${laatste}`;
    if (isGeldigBsn(kandidaat)) return kandidaat;
  }
  return undefined;
}
