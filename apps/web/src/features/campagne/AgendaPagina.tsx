import { datumInNederland } from '@klant-in-beeld/domain';
import { Heading1, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { werkweek } from './agenda';
import { AgendaWeek } from './AgendaWeek';
import { agendaQuery } from './api';

/** The signed-in medewerker's planned campagne conversations, a working week at a time. */
export function AgendaPagina() {
  const [week, setWeek] = useState(() => datumInNederland(new Date()));
  const dagen = werkweek(week);
  const agenda = useQuery(agendaQuery(dagen[0], dagen[4]));
  return (
    <>
      <Heading1>Agenda</Heading1>
      {agenda.isError && <Melding soort="error">De agenda kon niet worden geladen.</Melding>}
      {agenda.isPending && <Paragraph role="status">Agenda laden…</Paragraph>}
      {agenda.data && <AgendaWeek week={week} regels={agenda.data.items} onWeek={setWeek} />}
    </>
  );
}
