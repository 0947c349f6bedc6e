import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface MeldingProps {
  soort?: 'info' | 'ok' | 'warning' | 'error';
  titel?: string;
  children: ReactNode;
}

/** A notice. Errors and warnings are announced to screen readers straight away (role="alert"). */
export function Melding({ soort = 'info', titel, children }: MeldingProps) {
  const dringend = soort === 'error' || soort === 'warning';
  return (
    <Alert type={soort} role={dringend ? 'alert' : 'status'}>
      {titel && (
        <Paragraph>
          <strong>{titel}</strong>
        </Paragraph>
      )}
      {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
    </Alert>
  );
}
