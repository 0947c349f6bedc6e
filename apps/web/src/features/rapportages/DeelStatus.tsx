import { Button, Knoppenrij, Melding, Paragraph } from '@klant-in-beeld/ui';
import type { UseQueryResult } from '@tanstack/react-query';

/**
 * Loading and error of one part of the reports page: each part has its own request, so one that fails says so
 * in its own place, with a retry, while the others show their figures.
 */
export function DeelStatus({ query, laden, fout }: { query: UseQueryResult<unknown>; laden: string; fout: string }) {
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
