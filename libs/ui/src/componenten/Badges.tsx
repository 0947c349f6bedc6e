import { StatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

const IN_BEELD_TEKST = { in_beeld: 'In beeld', bijna_uit_beeld: 'Bijna uit beeld', uit_beeld: 'Uit beeld' } as const;
export type InBeeldStatusCode = keyof typeof IN_BEELD_TEKST;

/**
 * In-beeld status as a badge with text (never colour alone), optionally with days since the last conversation
 * against the norm: "Uit beeld · 95 / 90 dagen".
 */
export function InBeeldBadge({
  status,
  dagen,
  norm,
}: {
  status: InBeeldStatusCode;
  dagen?: number | null;
  norm?: number | null;
}) {
  const toelichting = norm == null ? '' : dagen == null ? ' · nog nooit gesproken' : ` · ${dagen} / ${norm} dagen`;
  return (
    <StatusBadge className={`kib-badge kib-badge--${status}`} status={status}>
      {IN_BEELD_TEKST[status]}
      {toelichting && <span className="kib-badge__detail">{toelichting}</span>}
    </StatusBadge>
  );
}

const URGENTIE_TEKST = { verlopen: 'Verlopen', vandaag: 'Vandaag', binnenkort: 'Binnenkort' } as const;
export type UrgentieCode = keyof typeof URGENTIE_TEKST;

export function UrgentieBadge({ urgentie }: { urgentie: UrgentieCode }) {
  return (
    <StatusBadge className={`kib-badge kib-badge--urgentie-${urgentie}`} status={urgentie}>
      {URGENTIE_TEKST[urgentie]}
    </StatusBadge>
  );
}

/** A neutral label, e.g. the kind of a worklist item. */
export function Label({ children }: { children: ReactNode }) {
  return <span className="kib-label">{children}</span>;
}
