import type { Kerncijfers } from './api';

// Hidden for beleid: below 5, or hidden so that a small number cannot be worked out from the others.
export const aantal = (n: number | null) => (n === null ? 'verborgen' : n.toLocaleString('nl-NL'));
export const procent = (f: number | null) =>
  f === null ? '—' : `${(f * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;

export function aandeelInBeeld(k: Kerncijfers): number | null {
  const { in_beeld, bijna_uit_beeld, uit_beeld } = k.inBeeld;
  if (in_beeld === null || bijna_uit_beeld === null || uit_beeld === null) return null;
  const totaal = in_beeld + bijna_uit_beeld + uit_beeld;
  return totaal === 0 ? null : in_beeld / totaal;
}
