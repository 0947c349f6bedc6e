import { Paragraph } from '@klant-in-beeld/ui';
import { useId } from 'react';
import type { Import } from './api';

/** The progress of the running step; the page asks the server again every second. */
export function Voortgang({ taak }: { taak: Import }) {
  const label = useId();
  const procent = Math.round(taak.voortgang * 100);
  const wat = taak.status === 'uitvoeren' ? 'Uitvoeren' : 'Controleren';
  return (
    <div className="kib-voortgang">
      <Paragraph id={label}>{`${wat}: ${procent}%`}</Paragraph>
      <progress aria-labelledby={label} value={taak.voortgang} max={1} />
    </div>
  );
}
