import { Button, Dialoog, Heading2, Knoppenrij, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { importenKeys, voerImportUit, type Import } from './api';

/** Executing writes every row or none; the dialog says how many records that will be. */
export function Uitvoeren({ taak }: { taak: Import }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { nieuw, gewijzigd, ongewijzigd } = taak.rijen;
  const teSchrijven = nieuw + gewijzigd;
  const uitvoeren = useMutation({
    mutationFn: () => voerImportUit(taak.id),
    onSuccess: async (bezig) => {
      setOpen(false);
      queryClient.setQueryData(importenKeys.een(taak.id), bezig);
      await queryClient.invalidateQueries({ queryKey: importenKeys.lijsten });
    },
  });
  return (
    <section className="kib-paneel" aria-labelledby="uitvoeren-kop">
      <Heading2 id="uitvoeren-kop">Uitvoeren</Heading2>
      <Paragraph>Klopt de uitkomst? Voer de import dan uit. Alle rijen worden in één keer vastgelegd.</Paragraph>
      <Button appearance="primary-action-button" onClick={() => setOpen(true)}>
        Uitvoeren
      </Button>
      <Dialoog open={open} titel="Import uitvoeren" onSluiten={() => setOpen(false)}>
        <Paragraph>
          {teSchrijven === 0
            ? `Er wordt niets vastgelegd: alle ${ongewijzigd} rijen zijn al precies zo vastgelegd.`
            : `Er ${teSchrijven === 1 ? 'wordt 1 record' : `worden ${teSchrijven} records`} vastgelegd: ${nieuw} nieuw en ${gewijzigd} gewijzigd. ${ongewijzigd} ongewijzigd ${ongewijzigd === 1 ? 'blijft' : 'blijven'} zoals ${ongewijzigd === 1 ? 'het is' : 'ze zijn'}.`}
        </Paragraph>
        {uitvoeren.isError && <Melding soort="error">{uitvoeren.error.message}</Melding>}
        <Knoppenrij>
          <Button
            appearance="primary-action-button"
            onClick={() => uitvoeren.mutate()}
            busy={uitvoeren.isPending}
            disabled={uitvoeren.isPending}
            data-autofocus
          >
            {uitvoeren.isPending ? 'Bezig…' : 'Ja, uitvoeren'}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
            Annuleren
          </Button>
        </Knoppenrij>
      </Dialoog>
    </section>
  );
}
