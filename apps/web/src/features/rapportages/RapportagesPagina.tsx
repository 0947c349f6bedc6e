import { maandeinde, maandeindenVoor, plusMaanden, vandaag } from '@klant-in-beeld/domain';
import { Heading1, Knoppenrij, Paragraph, Select, SelectOption, Textbox, Veld } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useMedewerker } from '../../app/useMedewerker';
import { datumKort } from '../../app/weergave';
import { gemeentenQuery, teamsQuery } from '../organisatie/api';
import { exportUrl } from './api';
import { DoorstroomDeel } from './DoorstroomDeel';
import { CaseloadPaneel, GesprekkenPaneel, KpiDeel, LadderPaneel } from './KpiDeel';
import { LeefgebiedenDeel } from './LeefgebiedenDeel';
import { TrendDeel } from './TrendDeel';
import { UitstroomDeel } from './UitstroomDeel';

/**
 * Kerncijfers for beleid and management: what happens to our clients, with the Arbeidsinspectie's measures. Each
 * part (KPIs, trend, doorstroom, uitstroom, leefgebieden) loads and fails on its own, so one slow or failing report hides no other.
 */
export function RapportagesPagina() {
  const [params, setParams] = useSearchParams();
  // Beleid may ask month ends in the past only (the API refuses other days): a choice of the last 36.
  const beleid = useMedewerker().rol === 'beleid';
  const maandeinden = beleid ? maandeindenVoor(vandaag(), 36) : [];
  const gevraagd = params.get('peildatum');
  const peildatum = beleid
    ? gevraagd && maandeinden.includes(gevraagd)
      ? gevraagd
      : maandeinden[0]
    : (gevraagd ?? vandaag());
  const doorstroomVan = beleid ? maandeinde(plusMaanden(peildatum, -12)) : plusMaanden(peildatum, -12);
  const gemeenteId = params.get('gemeenteId') ?? undefined;
  const teamId = params.get('teamId') ?? undefined;
  const filter = { gemeenteId, teamId };
  const gemeenten = useQuery(gemeentenQuery());
  const teams = useQuery(teamsQuery());

  const zet = (sleutel: string, waarde: string) => {
    const nieuw = new URLSearchParams(params);
    if (waarde) nieuw.set(sleutel, waarde);
    else nieuw.delete(sleutel);
    setParams(nieuw, { replace: true });
  };
  const keuze = { filter, peildatum };
  const exportQuery = { peildatum, gemeenteId, teamId };

  return (
    <>
      <Heading1>Rapportages</Heading1>
      <Paragraph className="kib-zacht">
        Kerncijfers op een peildatum, met dezelfde maten als de Arbeidsinspectie. Een peildatum in het verleden toont de
        stand van toen. Alleen totalen: aantallen onder de 5 worden voor beleid niet getoond.
      </Paragraph>
      <div className="kib-filters">
        <Veld label="Peildatum">
          {(invoer) =>
            beleid ? (
              <Select {...invoer} value={peildatum} onChange={(e) => zet('peildatum', e.target.value)}>
                {maandeinden.map((d) => (
                  <SelectOption key={d} value={d}>
                    {datumKort(d)}
                  </SelectOption>
                ))}
              </Select>
            ) : (
              <Textbox
                {...invoer}
                type="date"
                max={vandaag()}
                value={peildatum}
                onChange={(e) => e.target.value && zet('peildatum', e.target.value)}
              />
            )
          }
        </Veld>
        <Veld label="Gemeente">
          {(invoer) => (
            <Select {...invoer} value={gemeenteId ?? ''} onChange={(e) => zet('gemeenteId', e.target.value)}>
              <SelectOption value="">Alle gemeenten</SelectOption>
              {(gemeenten.data ?? []).map((g) => (
                <SelectOption key={g.id} value={g.id}>
                  {g.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <Veld label="Team">
          {(invoer) => (
            <Select {...invoer} value={teamId ?? ''} onChange={(e) => zet('teamId', e.target.value)}>
              <SelectOption value="">Alle teams</SelectOption>
              {(teams.data ?? []).map((t) => (
                <SelectOption key={t.id} value={t.id}>
                  {t.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>
      <Knoppenrij>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={exportUrl('kerncijfers.xlsx', exportQuery)}
          download
        >
          Kerncijfers als Excel
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={exportUrl('kerncijfers.csv', exportQuery)}
          download
        >
          Kerncijfers als CSV
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={exportUrl('doorstroom.xlsx', { van: doorstroomVan, tot: peildatum, gemeenteId, teamId })}
          download
        >
          Doorstroom als Excel
        </a>
      </Knoppenrij>

      <KpiDeel {...keuze} />
      <div className="kib-kolommen">
        <TrendDeel filter={filter} peildatum={peildatum} />
        <GesprekkenPaneel {...keuze} />
      </div>
      <div className="kib-kolommen">
        <LadderPaneel {...keuze} />
        <CaseloadPaneel {...keuze} />
      </div>
      <div className="kib-kolommen">
        <DoorstroomDeel filter={filter} van={doorstroomVan} tot={peildatum} />
        <UitstroomDeel {...keuze} />
      </div>
      <LeefgebiedenDeel filter={filter} peildatum={peildatum} van={doorstroomVan} />
    </>
  );
}
