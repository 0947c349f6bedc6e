import { Button } from '@klant-in-beeld/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { bsnInzage } from '../klanten/api';

/**
 * The masked BSN with "Toon BSN". The full number is fetched on each click (the API logs every look) and lives only
 * in this component's state: the mutation resolves to nothing, so neither the query cache nor the mutation cache ever
 * holds it, and it is gone as soon as the component unmounts. Render it with `key={klantId}` so another client's
 * dossier never shows this one's number.
 */
export function BsnInzage({ klantId, bsnGemaskeerd }: { klantId: string; bsnGemaskeerd: string }) {
  const [bsn, setBsn] = useState<string>();
  const ophalen = useMutation({
    mutationFn: async () => {
      const antwoord = await bsnInzage(klantId);
      setBsn(antwoord.bsn);
    },
    // Nothing worth keeping: the entry leaves the mutation cache once this component lets go of it.
    gcTime: 0,
  });

  const klik = () => {
    if (ophalen.isPending) return;
    if (bsn) {
      setBsn(undefined);
      ophalen.reset();
    } else ophalen.mutate();
  };

  return (
    <>
      <span aria-live="polite">
        {ophalen.isPending ? 'Laden…' : (bsn ?? bsnGemaskeerd)}
        {bsn && <span className="kib-zacht"> (inzage is vastgelegd)</span>}
      </span>{' '}
      {/* One button whose label changes, aria-disabled while loading: a disabled button would drop the keyboard focus. */}
      <Button
        appearance="subtle-button"
        onClick={klik}
        aria-disabled={ophalen.isPending || undefined}
        busy={ophalen.isPending}
      >
        {bsn ? 'Verberg BSN' : 'Toon BSN'}
      </Button>
      {ophalen.isError && (
        <span role="alert" className="kib-veld__fout">
          {' '}
          {ophalen.error.message}
        </span>
      )}
    </>
  );
}
