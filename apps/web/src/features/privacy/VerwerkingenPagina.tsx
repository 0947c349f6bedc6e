import { Heading1, Paragraph, Tabbladen } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { AuditFilters, GEEN_FILTERS, type AuditFilterWaarden } from './AuditFilters';
import { VerwerkingenLog, WijzigingenLog } from './Logboeken';
import { Register } from './Register';

type Tab = 'verwerkingen' | 'wijzigingen';
const TABS = [
  { id: 'verwerkingen', label: 'Inzagen' },
  { id: 'wijzigingen', label: 'Wijzigingen' },
] as const;

/** The privacy officer's view of both logs: who looked at personal data, and who changed it. */
export function VerwerkingenPagina() {
  const [tab, setTab] = useState<Tab>('verwerkingen');
  const [filters, setFilters] = useState<AuditFilterWaarden>(GEEN_FILTERS);
  const [page, setPage] = useState(1);
  // Other filters or another log: start again at the first page.
  const kiesFilters = (f: AuditFilterWaarden) => {
    setFilters(f);
    setPage(1);
  };
  const kiesTab = (t: Tab) => {
    setTab(t);
    setPage(1);
  };

  return (
    <>
      <Heading1>Verwerkingen</Heading1>
      <Paragraph className="kib-zacht">
        Hier zie je wie gegevens van klanten heeft bekeken of gewijzigd, en wanneer. Ook wat geweigerd werd staat erbij.
        Zoek een klant op met het volledige BSN.
      </Paragraph>
      <AuditFilters waarden={filters} soort={tab} onWijzig={kiesFilters} />
      <Tabbladen label="Logboek" tabs={TABS} actief={tab} onKies={kiesTab}>
        {tab === 'verwerkingen' ? (
          <VerwerkingenLog filters={filters} page={page} onPagina={setPage} />
        ) : (
          <WijzigingenLog filters={filters} page={page} onPagina={setPage} />
        )}
      </Tabbladen>
      <Register />
    </>
  );
}
