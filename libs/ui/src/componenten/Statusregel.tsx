import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface StatusregelProps {
  soort?: 'info' | 'ok' | 'warning';
  /** Empty: nothing is shown, but the live region stays in the page. */
  children?: ReactNode;
  className?: string;
}

/**
 * A status message in a live region that is always in the page, so screen readers announce text that appears in it
 * later (a region inserted together with its text is often not announced). Polite: it never interrupts.
 */
export function Statusregel({ soort = 'ok', children, className }: StatusregelProps) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {children && (
        // role="none": the live region is the wrapper; a second status role inside would be announced twice.
        <Alert type={soort} role="none">
          {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
        </Alert>
      )}
    </div>
  );
}
