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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFout } from '../../api/client';
import { useMedewerker } from '../../app/useMedewerker';
import { werkvoorraadKeys } from '../werkvoorraad/api';
import { campagneKeys, gespreksvoerdersQuery, verdeel, type Campagne, type Verdeling } from './api';
import { Keuzelijst, type Keuze } from './CriteriaVelden';

/** The klantmanagers of the campagne's teams (or the teamleider's own team) and the campagne's externs. */
export function kandidaten(
  campagne: Pick<Campagne, 'criteria' | 'externeMedewerkerIds'>,
  medewerkers: { id: string; naam: string; rol: string; teamId: string | null }[],
  eigenTeam: string | null,
): Keuze[] {
  const teams = campagne.criteria.teamIds?.length ? campagne.criteria.teamIds : eigenTeam ? [eigenTeam] : [];
  return medewerkers
    .filter(
      (m) =>
        (m.rol === 'klantmanager' && (teams.length === 0 || (m.teamId !== null && teams.includes(m.teamId)))) ||
        (m.rol === 'extern' && campagne.externeMedewerkerIds.includes(m.id)),
    )
    .map((m) => ({ id: m.id, naam: m.rol === 'extern' ? `${m.naam} (extern)` : m.naam }));
}

/** Spreading the deelnemers still to invite: choose medewerkers, see the load per person, then apply it. */
export function VerdelenDialoog({ campagne, onSluiten }: { campagne: Campagne; onSluiten: () => void }) {
  const { teamId } = useMedewerker();
  const queryClient = useQueryClient();
  const medewerkers = useQuery(gespreksvoerdersQuery());
  const opties = kandidaten(campagne, medewerkers.data ?? [], teamId);
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [voorbeeld, setVoorbeeld] = useState<Verdeling>();
  const [fout, setFout] = useState<string>();
  const naamVan = (id: string) => opties.find((o) => o.id === id)?.naam ?? id;
  const verdelen = useMutation({
    mutationFn: (alleenVoorbeeld: boolean) => verdeel(campagne.id, gekozen, alleenVoorbeeld),
    onSuccess: async (uitkomst, alleenVoorbeeld) => {
      setFout(undefined);
      if (alleenVoorbeeld) return setVoorbeeld(uitkomst);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: campagneKeys.alle }),
        queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle }),
      ]);
      onSluiten();
    },
    onError: (e) => {
      if (!(e instanceof ApiFout)) return setFout('Er ging iets mis. Probeer het opnieuw.');
      // medewerkerIds.<i> names the place in the list sent: say who it is.
      const velden = e.fouten.map((f) => {
        const plek = /^medewerkerIds\.(\d+)$/.exec(f.veld);
        return plek ? `${naamVan(gekozen[Number(plek[1])])}: ${f.melding}` : `${f.veld}: ${f.melding}`;
      });
      setFout([e.message, ...velden].join(' '));
    },
  });
  return (
    <Dialoog open titel="Deelnemers verdelen" onSluiten={onSluiten}>
      <Paragraph>
        De deelnemers die nog uitgenodigd moeten worden, worden gelijk verdeeld: wie de minste heeft, krijgt er het
        eerst een bij.
      </Paragraph>
      {fout && <Melding soort="error">{fout}</Melding>}
      {medewerkers.isError && <Melding soort="error">{medewerkers.error.message}</Melding>}
      {medewerkers.isPending && <Paragraph role="status">Medewerkers laden…</Paragraph>}
      {medewerkers.data && opties.length === 0 && <Paragraph>Er zijn geen klantmanagers om aan te verdelen.</Paragraph>}
      <Keuzelijst
        legenda="Verdelen over"
        opties={opties}
        gekozen={gekozen}
        onChange={(ids) => {
          setGekozen(ids);
          setVoorbeeld(undefined);
        }}
      />
      {voorbeeld && (
        <Table className="kib-tabel">
          <TableCaption>{`Voorbeeld: ${voorbeeld.toegewezen} deelnemers verdeeld`}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
              <TableHeaderCell scope="col">Nu</TableHeaderCell>
              <TableHeaderCell scope="col">Erbij</TableHeaderCell>
              <TableHeaderCell scope="col">Totaal</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {voorbeeld.verdeling.map((r) => (
              <TableRow key={r.medewerkerId}>
                <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
                <TableCell>{r.huidig}</TableCell>
                <TableCell>{r.nieuw}</TableCell>
                <TableCell>{r.totaal}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Knoppenrij>
        <Button
          appearance="secondary-action-button"
          disabled={gekozen.length === 0 || verdelen.isPending}
          onClick={() => verdelen.mutate(true)}
        >
          Voorbeeld
        </Button>
        <Button
          appearance="primary-action-button"
          disabled={!voorbeeld || verdelen.isPending}
          onClick={() => verdelen.mutate(false)}
        >
          Verdelen
        </Button>
        <Button appearance="secondary-action-button" onClick={onSluiten}>
          Annuleren
        </Button>
      </Knoppenrij>
    </Dialoog>
  );
}
