import { Button, Dialoog, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMedewerker } from '../../app/useMedewerker';
import { GesprekFormulier } from '../gesprek/GesprekFormulier';
import { klantenKeys, klantQuery, registreer } from '../klanten/api';
import { NabelKnoppen } from '../werkvoorraad/CampagneActie';
import { werkvoorraadKeys } from '../werkvoorraad/api';
import { campagneKeys, type Campagne, type Deelnemer } from './api';
import { HUISBEZOEK, UitnodigenDialoog } from './UitnodigenDialoog';

type Uitnodiging = NonNullable<Deelnemer['uitnodiging']>;

/** The gesprek kanaal the invitation implies: at the client's home, or on location. */
export const kanaalVan = (u: Pick<Uitnodiging, 'locatie'>) =>
  u.locatie.trim().toLowerCase() === HUISBEZOEK.toLowerCase()
    ? ('huisbezoek' as const)
    : ('gesprek_op_locatie' as const);

/** What can be done next for a deelnemer, by their status; nothing once the campagne no longer runs. */
export function DeelnemerActies({
  campagne,
  deelnemer,
  locaties,
}: {
  campagne: Campagne;
  deelnemer: Deelnemer;
  locaties: string[];
}) {
  const medewerker = useMedewerker();
  const [open, setOpen] = useState<'uitnodigen' | 'gesprek' | null>(null);
  const d = deelnemer;
  const u = d.uitnodiging;
  const planLink = (tekst: string) => (
    <Link to={`/klanten/${d.klantId}#plan`}>
      {tekst}
      <span className="kib-visueel-verborgen"> voor {d.klantNaam}</span>
    </Link>
  );
  if (campagne.status !== 'lopend') return null;
  return (
    <div className="kib-campagne-actie">
      {(d.status === 'te_plannen' || d.status === 'no_show') && (
        <Button
          appearance="secondary-action-button"
          onClick={() => setOpen('uitnodigen')}
          aria-label={`${d.status === 'no_show' ? 'Opnieuw uitnodigen' : 'Uitnodigen'}: ${d.klantNaam}`}
        >
          {d.status === 'no_show' ? 'Opnieuw uitnodigen' : 'Uitnodigen'}
        </Button>
      )}
      {d.status === 'uitgenodigd' && u && (
        <>
          {!u.nagebeld && (
            <div>
              <span>Nabellen: </span>
              <NabelKnoppen campagneId={campagne.id} klantId={d.klantId} klantNaam={d.klantNaam} />
            </div>
          )}
          {new Date(u.datumTijd) <= new Date() && <NietVerschenen deelnemer={d} uitnodiging={u} />}
        </>
      )}
      {(d.status === 'uitgenodigd' || d.status === 'verschenen') && (
        <Button
          appearance="secondary-action-button"
          onClick={() => setOpen('gesprek')}
          aria-label={`Gesprek vastleggen: ${d.klantNaam}`}
        >
          Gesprek vastleggen
        </Button>
      )}
      {d.status === 'gesprek_gevoerd' && planLink('Plan maken')}
      {d.status === 'plan_gemaakt' && planLink('Plan bekijken')}
      {open === 'uitnodigen' && (
        <UitnodigenDialoog
          campagne={campagne}
          deelnemer={d}
          locaties={locaties}
          kanMedewerkerKiezen={medewerker.rol !== 'extern'}
          onSluiten={() => setOpen(null)}
        />
      )}
      <Dialoog
        breed
        open={open === 'gesprek'}
        titel={`Klant-in-beeld-gesprek met ${d.klantNaam}`}
        onSluiten={() => setOpen(null)}
      >
        {open === 'gesprek' && (
          <CampagneGesprek
            campagneId={campagne.id}
            deelnemer={d}
            medewerkerId={medewerker.id}
            onKlaar={() => setOpen(null)}
          />
        )}
      </Dialoog>
    </div>
  );
}

/** The gesprek form needs the client's category now; the campagne links it to the open invitation. */
function CampagneGesprek({
  campagneId,
  deelnemer,
  medewerkerId,
  onKlaar,
}: {
  campagneId: string;
  deelnemer: Deelnemer;
  medewerkerId: string;
  onKlaar: () => void;
}) {
  const queryClient = useQueryClient();
  const klant = useQuery(klantQuery(deelnemer.klantId));
  if (klant.isError) return <Melding soort="error">{klant.error.message}</Melding>;
  if (klant.isPending) return <Paragraph role="status">Formulier laden…</Paragraph>;
  return (
    <GesprekFormulier
      klantId={deelnemer.klantId}
      medewerkerId={medewerkerId}
      huidigeCategorie={klant.data.dienstverleningscategorie}
      campagneId={campagneId}
      kanaal={deelnemer.uitnodiging ? kanaalVan(deelnemer.uitnodiging) : undefined}
      onKlaar={() => {
        // A saved gesprek moves the deelnemer (the row then offers "Plan maken"): read the campagne again.
        void queryClient.invalidateQueries({ queryKey: campagneKeys.alle });
        onKlaar();
      }}
    />
  );
}

/** A no-show: the contactmoment of the invited conversation, in its kanaal, at its time. */
function NietVerschenen({ deelnemer, uitnodiging }: { deelnemer: Deelnemer; uitnodiging: Uitnodiging }) {
  const queryClient = useQueryClient();
  const vastleggen = useMutation({
    mutationFn: () =>
      registreer.contactmoment(deelnemer.klantId, {
        plaatsgevondenOp: uitnodiging.datumTijd,
        kanaal: kanaalVan(uitnodiging),
        initiatief: 'gemeente',
        resultaat: 'no_show',
        onderwerp: 'Niet verschenen op het klant-in-beeld-gesprek',
        uitnodigingId: uitnodiging.id,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: campagneKeys.alle }),
        queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle }),
        queryClient.invalidateQueries({ queryKey: klantenKeys.klant(deelnemer.klantId) }),
      ]),
  });
  return (
    <>
      <Button
        appearance="secondary-action-button"
        disabled={vastleggen.isPending}
        onClick={() => {
          if (window.confirm(`Vastleggen dat ${deelnemer.klantNaam} niet is verschenen?`)) vastleggen.mutate();
        }}
        aria-label={`Niet verschenen: ${deelnemer.klantNaam}`}
      >
        Niet verschenen
      </Button>
      {vastleggen.isError && <Melding soort="error">{vastleggen.error.message}</Melding>}
    </>
  );
}
