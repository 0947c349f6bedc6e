import type { ReactNode } from 'react';

/** Buttons side by side, wrapping on small screens. */
export function Knoppenrij({ children }: { children: ReactNode }) {
  return <div className="kib-knoppenrij">{children}</div>;
}
