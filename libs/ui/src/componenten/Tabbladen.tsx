import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabbladenProps<T extends string> {
  /** Name of the tab list for screen readers. */
  label: string;
  tabs: readonly { id: T; label: string }[];
  actief: T;
  onKies: (id: T) => void;
  /** The content of the active tab. */
  children: ReactNode;
}

/**
 * Tabs after the WAI-ARIA pattern: one tab stop for the list, arrow keys (and Home/End) move between tabs and open
 * them, the panel is labelled by its tab. Only the active panel is rendered, so inactive tabs load nothing.
 */
export function Tabbladen<T extends string>({ label, tabs, actief, onKies, children }: TabbladenProps<T>) {
  const basis = useId();
  const knoppen = useRef(new Map<T, HTMLButtonElement>());
  const tabId = (id: T) => `${basis}-tab-${id}`;

  const toets = (e: KeyboardEvent) => {
    const nu = tabs.findIndex((t) => t.id === actief);
    const naar = { ArrowRight: nu + 1, ArrowLeft: nu - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (naar === undefined) return;
    e.preventDefault();
    const volgende = tabs[(naar + tabs.length) % tabs.length].id;
    onKies(volgende);
    knoppen.current.get(volgende)?.focus();
  };

  return (
    <div className="kib-tabbladen">
      <div role="tablist" aria-label={label} className="kib-tabbladen__lijst" onKeyDown={toets}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(knop) => {
              if (knop) knoppen.current.set(t.id, knop);
              else knoppen.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={t.id === actief}
            aria-controls={`${basis}-paneel`}
            tabIndex={t.id === actief ? 0 : -1}
            className="kib-tabbladen__tab"
            onClick={() => onKies(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${basis}-paneel`} aria-labelledby={tabId(actief)} className="kib-tabbladen__paneel">
        {children}
      </div>
    </div>
  );
}
