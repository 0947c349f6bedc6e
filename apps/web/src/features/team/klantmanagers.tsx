import { SelectOption } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useMedewerker } from '../../app/useMedewerker';
import { klantmanagersQuery, type MedewerkerSamenvatting } from '../organisatie/api';
import { teamOverzichtQuery } from './api';

export const klanten = (n: number) => `${n} ${n === 1 ? 'klant' : 'klanten'}`;

/**
 * The klantmanagers of the organisatie with the caseload of those in the own team, for both parts of the
 * herverdelen page (the queries are shared through the cache).
 */
export function useKlantmanagers() {
  const { teamId } = useMedewerker();
  const klantmanagers = useQuery(klantmanagersQuery());
  const overzicht = useQuery({ ...teamOverzichtQuery(teamId ?? ''), enabled: Boolean(teamId) });
  const namen = new Map((klantmanagers.data ?? []).map((km) => [km.id, km.naam]));
  const caseload = new Map((overzicht.data?.klantmanagers ?? []).map((km) => [km.medewerkerId, km.caseload]));
  const naamVan = (id: string | null) => (id ? (namen.get(id) ?? 'Onbekende klantmanager') : 'Geen klantmanager');
  return { lijst: klantmanagers.data ?? [], fout: klantmanagers.error, teamId, caseload, naamVan };
}

/** Klantmanagers as <option>s: own team first, then the rest of the organisatie. */
export function KlantmanagerOpties({
  lijst,
  teamId,
  caseload,
  uitgesloten,
}: {
  lijst: MedewerkerSamenvatting[];
  teamId: string | null;
  caseload: Map<string, number>;
  uitgesloten?: string;
}) {
  const optie = (km: MedewerkerSamenvatting) => (
    <SelectOption key={km.id} value={km.id} disabled={km.id === uitgesloten}>
      {km.naam}
      {caseload.has(km.id) ? ` (${klanten(caseload.get(km.id)!)})` : ''}
    </SelectOption>
  );
  const team = lijst.filter((km) => teamId && km.teamId === teamId);
  const overig = lijst.filter((km) => !(teamId && km.teamId === teamId));
  if (team.length === 0 || overig.length === 0) return <>{lijst.map(optie)}</>;
  return (
    <>
      <optgroup label="Mijn team">{team.map(optie)}</optgroup>
      <optgroup label="Andere teams">{overig.map(optie)}</optgroup>
    </>
  );
}
