import { Button, Melding } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { nabellen, werkvoorraadKeys, type WerkvoorraadItem } from './api';

const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The call the working day before, registered with one click: bereikt or niet bereikt. Used on the werkvoorraad and
 * on the campagne's deelnemers; both lists change, so both are read again.
 */
export function NabelKnoppen({
  campagneId,
  klantId,
  klantNaam,
}: {
  campagneId: string;
  klantId: string;
  klantNaam: string;
}) {
  const queryClient = useQueryClient();
  const vastleggen = useMutation({
    mutationFn: (resultaat: 'bereikt' | 'niet_bereikt') => nabellen(campagneId, klantId, resultaat),
    // The call is a contactmoment on the invitation: the nabellen item is gone on the next read. A first read still
    // under way (a filter just chosen) began before the call and would be kept by invalidate: cancel it first.
    onSuccess: async () => {
      await queryClient.cancelQueries({ queryKey: werkvoorraadKeys.alle });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle }),
        queryClient.invalidateQueries({ queryKey: ['campagnes'] }),
      ]);
    },
  });
  return (
    <>
      <Button
        appearance="secondary-action-button"
        disabled={vastleggen.isPending}
        onClick={() => vastleggen.mutate('bereikt')}
        aria-label={`Bereikt: ${klantNaam}`}
      >
        Bereikt
      </Button>{' '}
      <Button
        appearance="secondary-action-button"
        disabled={vastleggen.isPending}
        onClick={() => vastleggen.mutate('niet_bereikt')}
        aria-label={`Niet bereikt: ${klantNaam}`}
      >
        Niet bereikt
      </Button>
      {vastleggen.isError && <Melding soort="error">{vastleggen.error.message}</Melding>}
    </>
  );
}

/** The action of a campagne item: call with one click (nabellen), or go to the campagne to invite (again). */
export function CampagneActie({ item }: { item: WerkvoorraadItem }) {
  if (!item.campagneId) return null;
  if (item.soort === 'nabellen') {
    return (
      <div className="kib-campagne-actie">
        {item.uitnodigingOp && <div>Gesprek op {TIJDSTIP.format(new Date(item.uitnodigingOp))}</div>}
        <NabelKnoppen campagneId={item.campagneId} klantId={item.klantId} klantNaam={item.klantNaam} />
      </div>
    );
  }
  // Inviting happens on the campagne's deelnemers, found by the client's name.
  return (
    <Link to={`/campagnes/${item.campagneId}?${new URLSearchParams({ zoek: item.klantNaam })}`}>
      {item.soort === 'campagne_uitnodigen' ? 'Uitnodigen' : 'Opnieuw uitnodigen of besluiten'}
      <span className="kib-visueel-verborgen"> voor {item.klantNaam}</span>
    </Link>
  );
}
