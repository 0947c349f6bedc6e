import { datumInNederland, plusDagen } from '@klant-in-beeld/domain';
import { Heading1, Link, Melding, Paragraph, Select, SelectOption, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadUrl } from '../../api/client';
import { useMedewerker } from '../../app/useMedewerker';
import { klantmanagersQuery } from '../organisatie/api';
import { werkweek } from './agenda';
import { AgendaWeek } from './AgendaWeek';
import { agendaQuery } from './api';

/**
 * The planned campagne conversations, a working week at a time: the signed-in medewerker's own, or for a teamleider
 * those of a member of their team. The same conversations download as an .ics file for the own calendar.
 */
export function AgendaPagina() {
  const medewerker = useMedewerker();
  const teamleider = medewerker.rol === 'teamleider';
  const [week, setWeek] = useState(() => datumInNederland(new Date()));
  const [medewerkerId, setMedewerkerId] = useState('');
  const dagen = werkweek(week);
  const agenda = useQuery(agendaQuery(dagen[0], dagen[4], medewerkerId || undefined));
  const klantmanagers = useQuery({ ...klantmanagersQuery(), enabled: teamleider });
  const team = (klantmanagers.data ?? []).filter((km) => km.teamId && km.teamId === medewerker.teamId);
  return (
    <>
      <Heading1>Agenda</Heading1>
      {teamleider && team.length > 0 && (
        <div className="kib-filters">
          <Veld label="Agenda van">
            {(invoer) => (
              <Select {...invoer} value={medewerkerId} onChange={(e) => setMedewerkerId(e.target.value)}>
                <SelectOption value="">Mijzelf</SelectOption>
                {team.map((km) => (
                  <SelectOption key={km.id} value={km.id}>
                    {km.naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
        </div>
      )}
      <Paragraph>
        {/* The calendar file covers the 13 weeks from the week shown (the API allows at most 92 days). */}
        <Link
          href={downloadUrl('/agenda.ics', {
            van: dagen[0],
            tot: plusDagen(dagen[0], 90),
            medewerkerId: medewerkerId || undefined,
          })}
        >
          Agenda downloaden (.ics)
        </Link>{' '}
        <span className="kib-zacht">13 weken vanaf deze week, voor je eigen agenda.</span>
      </Paragraph>
      {agenda.isError && <Melding soort="error">De agenda kon niet worden geladen.</Melding>}
      {agenda.isPending && <Paragraph role="status">Agenda laden…</Paragraph>}
      {agenda.data && <AgendaWeek week={week} regels={agenda.data.items} onWeek={setWeek} />}
    </>
  );
}
