import { AFSPRAAK_STATUS_LABELS, type AfspraakStatus } from '@klant-in-beeld/domain';
import { Button, Knoppenrij, Melding } from '@klant-in-beeld/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CONFLICT_MELDING, isVersieConflict } from '../../api/formulier';
import { ApiFout } from '../../api/client';
import { klantenKeys, wijzig, type Afspraak } from '../klanten/api';
import { useDossierMutatie } from './useDossierMutatie';

const AFRONDINGEN: Exclude<AfspraakStatus, 'lopend'>[] = ['nagekomen', 'niet_nagekomen', 'vervallen'];

/**
 * Close a running afspraak with the versie that was read. When someone else changed it meanwhile (409), say so and
 * load the fresh version: nothing is overwritten silently. Rendered for every afspraak, not only running ones, so the
 * message stays on screen when the fresh version shows that a colleague already closed it.
 */
export function AfspraakAfronden({ klantId, afspraak }: { klantId: string; afspraak: Afspraak }) {
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<string>();
  const afronden = useDossierMutatie(
    klantId,
    (status: AfspraakStatus) => wijzig.afspraak(afspraak.id, { status, versie: afspraak.versie }),
    {
      onError: async (fout) => {
        if (isVersieConflict(fout)) {
          setMelding(CONFLICT_MELDING);
          await queryClient.invalidateQueries({ queryKey: klantenKeys.klant(klantId) });
        } else {
          setMelding(fout instanceof ApiFout ? fout.message : 'Afronden is niet gelukt.');
        }
      },
    },
  );
  return (
    <>
      {melding && <Melding soort="warning">{melding}</Melding>}
      {afspraak.status === 'lopend' && (
        <Knoppenrij>
          {AFRONDINGEN.map((status) => (
            <Button
              key={status}
              appearance="secondary-action-button"
              disabled={afronden.isPending}
              onClick={() => {
                setMelding(undefined);
                afronden.mutate(status);
              }}
              aria-label={`${AFSPRAAK_STATUS_LABELS[status]}: ${afspraak.omschrijving}`}
            >
              {AFSPRAAK_STATUS_LABELS[status]}
            </Button>
          ))}
        </Knoppenrij>
      )}
    </>
  );
}
