import { Button, Knoppenrij, Paragraph, Statusregel } from '@klant-in-beeld/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useAppStatus } from './appStatus';

/**
 * Shown while the API cannot reach its database (503) or cannot be reached at all. Not blocking: the page and the
 * session stay, the QueryClient keeps retrying, and the banner goes once a request succeeds.
 */
export function StoringBanner() {
  const { storing } = useAppStatus();
  const queryClient = useQueryClient();
  const nuProberen = async () => {
    // A query without data waits out its retry delay on refetch; cancel first so it starts again right away.
    await queryClient.cancelQueries({ type: 'active' });
    await queryClient.refetchQueries({ type: 'active' });
  };
  return (
    <Statusregel soort="warning" className="kib-storing">
      {storing && (
        <>
          <Paragraph>
            <strong>Klant in Beeld kan de database even niet bereiken.</strong> We proberen het automatisch opnieuw; je
            hoeft niet opnieuw in te loggen.
          </Paragraph>
          <Knoppenrij>
            <Button appearance="secondary-action-button" onClick={() => void nuProberen()}>
              Nu opnieuw proberen
            </Button>
          </Knoppenrij>
        </>
      )}
    </Statusregel>
  );
}
