import { Button, Heading1, Knoppenrij, Melding, Paragraph, Select, SelectOption, Veld } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { KlantSamenvatting } from '../klanten/api';
import { HerverdelenVoorstel } from './HerverdelenVoorstel';
import { KlantmanagerOpties, klanten, useKlantmanagers } from './klantmanagers';
import { KlantSelectie, ZONDER } from './KlantSelectie';

/** Select clients (across pages) and move them to another klantmanager, after a preview. */
export function HerverdelenPagina() {
  const [params, setParams] = useSearchParams();
  const van = params.get('zonder') === 'true' ? ZONDER : (params.get('van') ?? '');
  const { lijst: klantmanagers, teamId, caseload, naamVan } = useKlantmanagers();
  const [selectie, setSelectie] = useState<Map<string, KlantSamenvatting>>(new Map());
  const [naar, setNaar] = useState('');
  const [gelukt, setGelukt] = useState<string>();

  const naarNaam = naar ? naamVan(naar) : '';
  const gekozen = [...selectie.values()];
  const alBijDoel = naar ? gekozen.filter((k) => k.klantmanagerId === naar) : [];
  const kanVoorstel = gekozen.length > 0 && naar !== '' && alBijDoel.length === 0;

  const kiesVan = (waarde: string) => {
    const nieuw = new URLSearchParams(params);
    nieuw.delete('zonder');
    nieuw.delete('van');
    if (waarde === ZONDER) nieuw.set('zonder', 'true');
    else if (waarde) nieuw.set('van', waarde);
    setParams(nieuw, { replace: true });
    if (waarde && waarde === naar) setNaar('');
  };

  const zetGeselecteerd = (rijen: KlantSamenvatting[], aan: boolean) => {
    setGelukt(undefined);
    setSelectie((oud) => {
      const nieuw = new Map(oud);
      for (const k of rijen) {
        if (aan) nieuw.set(k.id, k);
        else nieuw.delete(k.id);
      }
      return nieuw;
    });
  };

  return (
    <>
      <Heading1>Klanten herverdelen</Heading1>
      <Paragraph className="kib-zacht">
        Kies klanten, ook verspreid over meerdere pagina's, en de klantmanager naar wie ze gaan. Je ziet eerst een
        voorstel; pas na bevestigen wordt er iets verplaatst.
      </Paragraph>
      {gelukt && <Melding soort="ok">{gelukt}</Melding>}

      <KlantSelectie van={van} onVan={kiesVan} selectie={selectie} onSelecteer={zetGeselecteerd} />

      <section className="kib-paneel" aria-label="Verplaatsen">
        <Knoppenrij>
          <Paragraph aria-live="polite">
            <strong>{gekozen.length} geselecteerd</strong>
          </Paragraph>
          {gekozen.length > 0 && (
            <Button appearance="subtle-button" onClick={() => setSelectie(new Map())}>
              Selectie wissen
            </Button>
          )}
        </Knoppenrij>
        <div className="kib-filters">
          <Veld
            label="Naar"
            fout={
              alBijDoel.length > 0
                ? `${klanten(alBijDoel.length)} uit je selectie ${alBijDoel.length === 1 ? 'staat' : 'staan'} al bij ${naarNaam}. Kies iemand anders of haal ze uit de selectie.`
                : undefined
            }
          >
            {(invoer) => (
              <Select {...invoer} value={naar} onChange={(e) => setNaar(e.target.value)}>
                <SelectOption value="">Kies een klantmanager</SelectOption>
                <KlantmanagerOpties
                  lijst={klantmanagers}
                  teamId={teamId}
                  caseload={caseload}
                  uitgesloten={van !== ZONDER ? van : undefined}
                />
              </Select>
            )}
          </Veld>
        </div>
        <HerverdelenVoorstel
          gekozen={gekozen}
          naar={naar}
          kanVoorstel={kanVoorstel}
          onVerplaatst={(melding) => {
            setGelukt(melding);
            setSelectie(new Map());
          }}
        />
      </section>
    </>
  );
}
