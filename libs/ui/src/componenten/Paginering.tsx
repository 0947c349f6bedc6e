import { Button } from '@utrecht/component-library-react';

export interface PagineringProps {
  page: number;
  pageSize: number;
  totaal: number;
  onPagina: (page: number) => void;
  /** What is being paged, for screen readers ("klanten", "items"). */
  wat: string;
}

/** Previous / next with "21–40 van 137"; renders nothing when everything fits on one page. */
export function Paginering({ page, pageSize, totaal, onPagina, wat }: PagineringProps) {
  const paginas = Math.max(1, Math.ceil(totaal / pageSize));
  if (paginas <= 1) return null;
  const van = (page - 1) * pageSize + 1;
  const tot = Math.min(totaal, page * pageSize);
  return (
    <nav className="kib-paginering" aria-label={`Paginering ${wat}`}>
      <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPagina(page - 1)}>
        Vorige
      </Button>
      <span aria-live="polite">
        {van}–{tot} van {totaal} {wat} (pagina {page} van {paginas})
      </span>
      <Button appearance="secondary-action-button" disabled={page >= paginas} onClick={() => onPagina(page + 1)}>
        Volgende
      </Button>
    </nav>
  );
}
