import { ROL_LABELS } from '@klant-in-beeld/domain';
import { Button, Select, SelectOption, Textbox, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { KlantOpBsn, type GevondenKlant } from '../audit/KlantOpBsn';
import { HANDELING_LABELS, RESOURCE_LABELS, RESULTAAT_LABELS } from '../audit/labels';
import { medewerkersQuery } from '../organisatie/api';

export interface AuditFilterWaarden {
  klant?: GevondenKlant;
  medewerkerId: string;
  handeling: string;
  resultaat: '' | 'gelukt' | 'geweigerd';
  resource: string;
  van: string;
  tot: string;
}

export const GEEN_FILTERS: AuditFilterWaarden = {
  medewerkerId: '',
  handeling: '',
  resultaat: '',
  resource: '',
  van: '',
  tot: '',
};

/**
 * The filters shared by both logs. The client is chosen by BSN, never typed as a name: the look-up is logged, and
 * only its id goes to the log queries (kept in state, not in the address bar, so no personal data lands in the
 * browser history).
 */
export function AuditFilters({
  waarden,
  soort,
  onWijzig,
}: {
  waarden: AuditFilterWaarden;
  soort: 'verwerkingen' | 'wijzigingen';
  onWijzig: (w: AuditFilterWaarden) => void;
}) {
  const medewerkers = useQuery(medewerkersQuery());
  // After "Alle klanten tonen" the BSN field comes back and takes the focus; on first load the page keeps it.
  const [gewist, setGewist] = useState(false);
  const zet = (wijziging: Partial<AuditFilterWaarden>) => onWijzig({ ...waarden, ...wijziging });
  const gesorteerd = [...(medewerkers.data ?? [])].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

  return (
    <section aria-labelledby="filters-kop" className="kib-paneel">
      <h2 id="filters-kop" className="kib-visueel-verborgen">
        Filters
      </h2>
      <fieldset className="kib-normgroep">
        <legend>Klant</legend>
        {waarden.klant ? (
          <GekozenKlant
            naam={waarden.klant.naam}
            onWissen={() => {
              setGewist(true);
              zet({ klant: undefined });
            }}
          />
        ) : (
          <KlantOpBsn knop="Filter op deze klant" focus={gewist} onGevonden={(klant) => zet({ klant })} />
        )}
      </fieldset>
      <div className="kib-filters" role="search" aria-label="Filters voor het logboek">
        <Veld label="Medewerker">
          {(invoer) => (
            <Select {...invoer} value={waarden.medewerkerId} onChange={(e) => zet({ medewerkerId: e.target.value })}>
              <SelectOption value="">Alle medewerkers</SelectOption>
              {gesorteerd.map((m) => (
                <SelectOption key={m.id} value={m.id}>
                  {m.naam} ({ROL_LABELS[m.rol] ?? m.rol}){m.actief ? '' : ', niet meer actief'}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        {soort === 'verwerkingen' ? (
          <>
            <Veld label="Handeling">
              {(invoer) => (
                <Select {...invoer} value={waarden.handeling} onChange={(e) => zet({ handeling: e.target.value })}>
                  <SelectOption value="">Alle handelingen</SelectOption>
                  {Object.entries(HANDELING_LABELS).map(([code, naam]) => (
                    <SelectOption key={code} value={code}>
                      {naam}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Veld>
            <Veld label="Resultaat">
              {(invoer) => (
                <Select
                  {...invoer}
                  value={waarden.resultaat}
                  onChange={(e) => zet({ resultaat: e.target.value as AuditFilterWaarden['resultaat'] })}
                >
                  <SelectOption value="">Gelukt en geweigerd</SelectOption>
                  {Object.entries(RESULTAAT_LABELS).map(([code, naam]) => (
                    <SelectOption key={code} value={code}>
                      {naam}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Veld>
          </>
        ) : (
          <Veld label="Onderdeel">
            {(invoer) => (
              <Select {...invoer} value={waarden.resource} onChange={(e) => zet({ resource: e.target.value })}>
                <SelectOption value="">Alle onderdelen</SelectOption>
                {Object.entries(RESOURCE_LABELS).map(([code, naam]) => (
                  <SelectOption key={code} value={code}>
                    {naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
        )}
        <Veld label="Vanaf">
          {(invoer) => (
            <Textbox
              {...invoer}
              type="date"
              value={waarden.van}
              max={waarden.tot || undefined}
              onChange={(e) => zet({ van: e.target.value })}
            />
          )}
        </Veld>
        <Veld label="Tot en met">
          {(invoer) => (
            <Textbox
              {...invoer}
              type="date"
              value={waarden.tot}
              min={waarden.van || undefined}
              onChange={(e) => zet({ tot: e.target.value })}
            />
          )}
        </Veld>
      </div>
    </section>
  );
}

/** The chosen client replaces the search form, so the focus moves to it instead of falling back to the page. */
function GekozenKlant({ naam, onWissen }: { naam: string; onWissen: () => void }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="kib-knoppenrij">
      <span ref={ref} tabIndex={-1}>
        Alleen <strong>{naam}</strong>
      </span>
      <Button appearance="subtle-button" onClick={onWissen}>
        Alle klanten tonen
      </Button>
    </div>
  );
}
