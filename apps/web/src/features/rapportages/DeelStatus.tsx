import { Button, Knoppenrij, Melding, Paragraph } from '@klant-in-beeld/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * Loading and error of one part of the reports page: each part has its own request, so one that fails says so
 * in its own place, with a retry, while the others show their figures.
 */
export function DeelStatus({
  query,
  laden,
  fout,
  skelet,
}: {
  query: UseQueryResult<unknown>;
  laden: string;
  fout: string;
  skelet?: ReactNode;
}) {
  // While loading, a skeleton of the real height holds the part's place, so nothing below it jumps (CLS).
  if (query.isPending && skelet) {
    return (
      <div className="kib-skelet">
        <span role="status" className="kib-visueel-verborgen">
          {laden}
        </span>
        <div aria-hidden="true">{skelet}</div>
      </div>
    );
  }
  if (query.isPending) return <Paragraph role="status">{laden}</Paragraph>;
  if (!query.isError) return null;
  return (
    <Melding soort="error" titel={fout}>
      <Paragraph>{query.error.message}</Paragraph>
      <Knoppenrij>
        <Button appearance="secondary-action-button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          Opnieuw proberen
        </Button>
      </Knoppenrij>
    </Melding>
  );
}
