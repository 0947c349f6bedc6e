import { Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialoogProps {
  open: boolean;
  titel: string;
  onSluiten: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and focus returns to
 * the control that opened it.
 */
export function Dialoog({ open, titel, onSluiten, children }: DialoogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titelId = useId();
  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    if (open && !dialoog.open) {
      if (typeof dialoog.showModal === 'function') dialoog.showModal();
      else dialoog.setAttribute('open', '');
    }
    if (!open && dialoog.open) {
      if (typeof dialoog.close === 'function') dialoog.close();
      else dialoog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="kib-dialoog"
      aria-labelledby={titelId}
      onCancel={(e) => {
        e.preventDefault();
        onSluiten();
      }}
    >
      {open && (
        <>
          <div className="kib-dialoog__kop">
            <Heading2 id={titelId}>{titel}</Heading2>
            <button type="button" className="kib-dialoog__sluit" onClick={onSluiten} aria-label="Sluiten">
              ×
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
