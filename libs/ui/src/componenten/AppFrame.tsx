import { PageContent, PageFooter, PageHeader, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface AppFrameProps {
  /** Right-hand side of the header: who is logged in, log-out button. */
  gebruiker?: ReactNode;
  organisatie?: string;
  /** Main navigation links (the app supplies them, so this library does not depend on the router). */
  navigatie?: ReactNode;
  /** The menu is coming (the user is being loaded): keep its space, so the page does not move when it appears. */
  navigatieLaden?: boolean;
  /** Notices about the whole app (e.g. the API is unreachable), shown above the header on every page. */
  statusbalk?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: skip link, header with the product name, navigation, main content, footer. */
export function AppFrame({ gebruiker, organisatie, navigatie, navigatieLaden, statusbalk, children }: AppFrameProps) {
  return (
    <div className="utrecht-document utrecht-theme kib-thema">
      <a className="kib-skiplink" href="#inhoud">
        Direct naar de inhoud
      </a>
      {statusbalk}
      <PageHeader>
        <div className="kib-breedte kib-kop">
          <a className="kib-kop__merk" href="/">
            Klant in Beeld
          </a>
          {organisatie && <span className="kib-kop__organisatie">{organisatie}</span>}
          {gebruiker && <div className="kib-kop__gebruiker">{gebruiker}</div>}
        </div>
      </PageHeader>
      {navigatie ? (
        <nav className="kib-navigatie" aria-label="Hoofdmenu">
          {navigatie}
        </nav>
      ) : (
        navigatieLaden && <div className="kib-navigatie" aria-hidden="true" />
      )}
      <PageContent className="kib-breedte">
        <main id="inhoud" className="kib-inhoud" tabIndex={-1}>
          {children}
        </main>
      </PageContent>
      <PageFooter>
        <div className="kib-breedte">
          <Paragraph>Klant in Beeld — iedere klant in beeld, met minder typewerk.</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}
