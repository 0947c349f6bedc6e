import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { CSSProperties, ReactNode } from 'react';

/** What is loading, for screen readers; the grey shapes next to it are hidden from them. */
function Laadmelding({ children }: { children: string }) {
  return (
    <span role="status" className="kib-visueel-verborgen">
      {children}
    </span>
  );
}

/** A grey bar in place of a line of text. */
export function SkeletBalk({ lengte }: { lengte?: 'kort' | 'lang' }) {
  return <span className={`kib-skelet__balk${lengte ? ` kib-skelet__balk--${lengte}` : ''}`} />;
}

/** `aantal` lines of text still loading, each as high as a real line. */
export function SkeletRegels({ aantal, lengte }: { aantal: number; lengte?: 'kort' | 'lang' }) {
  return (
    <>
      {Array.from({ length: aantal }, (_, i) => (
        <span key={i} className="kib-skelet__regel">
          <SkeletBalk lengte={i === aantal - 1 && aantal > 1 ? 'kort' : lengte} />
        </span>
      ))}
    </>
  );
}

/** Space for something of known height still loading (a chart, a panel), with what it is for screen readers. */
export function SkeletVak({
  label,
  hoogte,
  children,
}: {
  label?: string;
  hoogte?: CSSProperties['blockSize'];
  children?: ReactNode;
}) {
  return (
    <div className="kib-skelet">
      {label && <Laadmelding>{label}</Laadmelding>}
      <div
        aria-hidden="true"
        className={children ? undefined : 'kib-skelet__grafiek'}
        style={hoogte === undefined ? undefined : { blockSize: hoogte }}
      >
        {children}
      </div>
    </div>
  );
}

export interface SkeletKolom {
  kop: string;
  /** Lines of text in a cell of this column (default 1). */
  regels?: number;
  /** The column holds a button (e.g. Uitstellen). */
  knop?: boolean;
  /** Card title on a phone: shown without its column name (like the first cell of the real list). */
  titel?: boolean;
}

/**
 * A list table still loading: the real column headers and `rijen` rows of grey lines, as high as real rows. With
 * `kaarten` it turns into cards on a phone like the real list (kib-kaarten), so the space fits there too.
 */
export function SkeletTabel({
  label,
  kolommen,
  rijen,
  kaarten = true,
  className,
}: {
  label?: string;
  kolommen: SkeletKolom[];
  rijen: number;
  kaarten?: boolean;
  className?: string;
}) {
  return (
    <div className="kib-skelet">
      {label && <Laadmelding>{label}</Laadmelding>}
      <Table
        className={['kib-tabel', kaarten ? 'kib-kaarten' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-hidden="true"
      >
        <TableHeader>
          <TableRow>
            {kolommen.map((k) => (
              <TableHeaderCell key={k.kop} scope="col">
                {k.knop ? <span className="kib-visueel-verborgen">{k.kop}</span> : k.kop}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {Array.from({ length: rijen }, (_, rij) => (
            <TableRow key={rij}>
              {kolommen.map((k) => (
                <TableCell key={k.kop} data-label={k.titel || k.knop ? undefined : k.kop}>
                  {k.knop ? <span className="kib-skelet__knop" /> : <SkeletRegels aantal={k.regels ?? 1} />}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
