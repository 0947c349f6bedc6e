import {
  Button,
  Dialoog,
  Knoppenrij,
  Melding,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiFout } from '../../api/client';
import { klantenKeys, type KlantSamenvatting } from '../klanten/api';
import { werkvoorraadKeys } from '../werkvoorraad/api';
import { herverdeel } from './api';
import { klanten, useKlantmanagers } from './klantmanagers';

export interface HerverdelenVoorstelProps {
  gekozen: KlantSamenvatting[];
  /** The klantmanager's id the clients go to, or '' while none is chosen. */
  naar: string;
  /** Whether the selection and target make a valid proposal; the button says what is missing otherwise. */
  kanVoorstel: boolean;
  onVerplaatst: (melding: string) => void;
}

/** The preview of a move and its confirmation: nothing moves before the user has seen who goes where. */
export function HerverdelenVoorstel({ gekozen, naar, kanVoorstel, onVerplaatst }: HerverdelenVoorstelProps) {
  const queryClient = useQueryClient();
  const { caseload, naamVan } = useKlantmanagers();
  const [open, setOpen] = useState(false);
  const hintId = useId();
  const naarNaam = naar ? naamVan(naar) : '';

  const verplaats = useMutation({
    mutationFn: () =>
      herverdeel(
        gekozen.map((k) => k.id),
        naar,
      ),
    onSuccess: async ({ verplaatst }) => {
      onVerplaatst(`${klanten(verplaatst)} verplaatst naar ${naarNaam}.`);
      setOpen(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: klantenKeys.alle }),
        queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle }),
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
      ]);
    },
  });

  // The API's fouten name clients by index (klantIds.3): show them by name.
  const fout = verplaats.error;
  const foutBericht =
    fout instanceof ApiFout ? fout.message : fout ? 'Er ging iets mis. Probeer het opnieuw.' : undefined;
  const foutDetails = (fout instanceof ApiFout ? fout.fouten : []).map(({ veld, melding }) => {
    const index = /^klantIds\.(\d+)$/.exec(veld);
    const wie = index ? gekozen[Number(index[1])]?.naam : veld === 'naarKlantmanagerId' ? naarNaam : undefined;
    return wie ? `${wie}: ${melding}` : melding;
  });

  return (
    <>
      <Knoppenrij>
        <Button
          appearance="primary-action-button"
          disabled={!kanVoorstel}
          aria-describedby={kanVoorstel ? undefined : hintId}
          onClick={() => {
            verplaats.reset();
            setOpen(true);
          }}
        >
          Voorstel bekijken
        </Button>
        {!kanVoorstel && (
          <span id={hintId} className="kib-zacht">
            Kies eerst één of meer klanten en de klantmanager naar wie ze gaan.
          </span>
        )}
      </Knoppenrij>

      <Dialoog open={open} titel="Voorstel herverdelen" onSluiten={() => setOpen(false)}>
        <Paragraph>
          {klanten(gekozen.length)} naar <strong>{naarNaam}</strong>
          {caseload.has(naar)
            ? ` (caseload van ${caseload.get(naar)} naar ${caseload.get(naar)! + gekozen.length})`
            : ''}
          .
        </Paragraph>
        {foutBericht && (
          <Melding soort="error" titel="Er is niets verplaatst">
            <Paragraph>{foutBericht}</Paragraph>
            {foutDetails.length > 0 && (
              <ul>
                {foutDetails.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </Melding>
        )}
        <div className="kib-voorstel">
          <Table className="kib-tabel">
            <TableCaption>
              Voorstel: {klanten(gekozen.length)} van hun huidige klantmanager naar {naarNaam}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Klant</TableHeaderCell>
                <TableHeaderCell scope="col">Van</TableHeaderCell>
                <TableHeaderCell scope="col">Naar</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {gekozen.map((k) => (
                <TableRow key={k.id}>
                  <TableHeaderCell scope="row">{k.naam}</TableHeaderCell>
                  <TableCell>{naamVan(k.klantmanagerId)}</TableCell>
                  <TableCell>
                    <span aria-hidden="true">→ </span>
                    {naarNaam}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <Paragraph>
          <strong>Totaal: {klanten(gekozen.length)}</strong>
        </Paragraph>
        <Knoppenrij>
          <Button
            appearance="primary-action-button"
            onClick={() => verplaats.mutate()}
            disabled={verplaats.isPending}
            busy={verplaats.isPending}
          >
            {verplaats.isPending ? 'Bezig met verplaatsen…' : 'Bevestigen'}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setOpen(false)} disabled={verplaats.isPending}>
            Annuleren
          </Button>
        </Knoppenrij>
      </Dialoog>
    </>
  );
}
