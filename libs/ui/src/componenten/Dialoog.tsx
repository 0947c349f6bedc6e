import { Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialoogProps {
  open: boolean;
  titel: string;
  /** Called on Escape and the close button. Leave out (with `sluitbaar={false}`) for a dialog the user must finish. */
  onSluiten?: () => void;
  /** Without a close button and Escape does nothing, e.g. "log in again": closing it would leave a broken page. */
  sluitbaar?: boolean;
  /** Wider, for a form with many rows side by side (e.g. the klant-in-beeld-gesprek). */
  breed?: boolean;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and focus returns to
 * the control that opened it. The first element marked `data-autofocus` gets the focus when it opens (React does
 * not render the autofocus attribute, so showModal() would otherwise pick the first focusable element).
 */
export function Dialoog({ open, titel, onSluiten, sluitbaar = true, breed = false, children }: DialoogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titelId = useId();
  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    if (open && !dialoog.open) {
      if (typeof dialoog.showModal === 'function') dialoog.showModal();
      else dialoog.setAttribute('open', '');
      dialoog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialoog.open) {
      if (typeof dialoog.close === 'function') dialoog.close();
      else dialoog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={breed ? 'kib-dialoog kib-dialoog--breed' : 'kib-dialoog'}
      aria-labelledby={titelId}
      onCancel={(e) => {
        e.preventDefault();
        if (sluitbaar) onSluiten?.();
      }}
    >
      {open && (
        <>
          <div className="kib-dialoog__kop">
            <Heading2 id={titelId}>{titel}</Heading2>
            {sluitbaar && (
              <button type="button" className="kib-dialoog__sluit" onClick={onSluiten} aria-label="Sluiten">
                ×
              </button>
            )}
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
