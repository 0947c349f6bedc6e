import { Heading1, Melding, Paginering, Paragraph, Select, SelectOption, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { wijzigingenQuery } from '../audit/api';
import { BEHEER_RESOURCES, RESOURCE_LABELS } from '../audit/labels';
import { WijzigingenLijst } from '../audit/WijzigingenLijst';

type Onderdeel = (typeof BEHEER_RESOURCES)[number];

/**
 * The beheerder's own log: changes to settings, medewerkers, teams and gemeenten. Always one of those parts is
 * asked for, because the API refuses the beheerder any other part of the change log.
 */
export function LogboekInstellingenPagina() {
  const [resource, setResource] = useState<Onderdeel>('instellingen');
  const [page, setPage] = useState(1);
  const wijzigingen = useQuery(wijzigingenQuery({ resource, page }));

  return (
    <>
      <Heading1>Wijzigingen in instellingen</Heading1>
      <Paragraph className="kib-zacht">
        Hier zie je wie iets heeft veranderd aan de instellingen, medewerkers, teams of gemeenten. En wat het was en wat
        het werd.
      </Paragraph>
      <div className="kib-filters">
        <Veld label="Onderdeel">
          {(invoer) => (
            <Select
              {...invoer}
              value={resource}
              onChange={(e) => {
                setResource(e.target.value as Onderdeel);
                setPage(1);
              }}
            >
              {BEHEER_RESOURCES.map((r) => (
                <SelectOption key={r} value={r}>
                  {RESOURCE_LABELS[r]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>
      {wijzigingen.isPending && <Paragraph role="status">Wijzigingen laden…</Paragraph>}
      {wijzigingen.isError && <Melding soort="error">{wijzigingen.error.message}</Melding>}
      {wijzigingen.data && (
        <>
          {wijzigingen.data.items.length === 0 ? (
            <Melding>Hier is nog niets gewijzigd.</Melding>
          ) : (
            <WijzigingenLijst items={wijzigingen.data.items} />
          )}
          <Paginering
            page={page}
            pageSize={wijzigingen.data.pageSize}
            totaal={wijzigingen.data.totaal}
            wat="wijzigingen"
            onPagina={setPage}
          />
        </>
      )}
    </>
  );
}
