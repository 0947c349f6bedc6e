import { Button } from '@utrecht/component-library-react';
import { Knoppenrij } from './Knoppenrij';

/** Save and cancel at the foot of a form; save is disabled while busy so nothing is sent twice. */
export function FormulierKnoppen({
  opslaan,
  bezig,
  onAnnuleren,
}: {
  opslaan: string;
  bezig: boolean;
  onAnnuleren: () => void;
}) {
  return (
    <Knoppenrij>
      <Button type="submit" appearance="primary-action-button" disabled={bezig} busy={bezig}>
        {opslaan}
      </Button>
      <Button type="button" appearance="secondary-action-button" onClick={onAnnuleren}>
        Annuleren
      </Button>
    </Knoppenrij>
  );
}
