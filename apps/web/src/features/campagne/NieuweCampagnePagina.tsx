import { STANDAARD_MAX_UITNODIGINGEN, type CampagneCriteria } from '@klant-in-beeld/domain';
import { Button, Heading1, Melding, Textarea, Textbox, Veld } from '@klant-in-beeld/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiFout } from '../../api/client';
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { useCategorieen } from '../instellingen/useCategorieen';
import { maakCampagne, voorbeeldQuery } from './api';
import { CriteriaVelden } from './CriteriaVelden';
import { VoorbeeldUitkomst } from './VoorbeeldUitkomst';

/** A new campagne (teamleider): the fields, the criteria and a live voorbeeld of who would be invited. */
export function NieuweCampagnePagina() {
  const navigate = useNavigate();
  const categorieen = useCategorieen();
  const [naam, setNaam] = useState('');
  const [doel, setDoel] = useState('');
  const [startdatum, setStartdatum] = useState('');
  const [einddatum, setEinddatum] = useState('');
  const [max, setMax] = useState(String(STANDAARD_MAX_UITNODIGINGEN));
  const [criteria, setCriteria] = useState<CampagneCriteria>({});
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<string>();
  const uitgesteld = useDebouncedValue(criteria, 400);
  const voorbeeld = useQuery(voorbeeldQuery(uitgesteld));
  // The unfiltered voorbeeld names every gemeente and team with clients: those are the choices.
  const alles = useQuery(voorbeeldQuery({}));
  const maak = useMutation({
    mutationFn: () =>
      maakCampagne({
        naam,
        doel: doel || undefined,
        startdatum,
        einddatum,
        maxUitnodigingen: Number(max),
        criteria,
      }),
    onSuccess: (c) => navigate(`/campagnes/${c.id}`),
    onError: (fout) => {
      if (fout instanceof ApiFout && fout.fouten.length) {
        setFouten(Object.fromEntries(fout.fouten.map((f) => [f.veld, f.melding])));
        setMelding('Controleer de gemarkeerde velden.');
      } else setMelding(fout instanceof ApiFout ? fout.message : 'De campagne kon niet worden opgeslagen.');
    },
  });
  return (
    <>
      <Heading1>Nieuwe campagne</Heading1>
      {melding && <Melding soort="error">{melding}</Melding>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setFouten({});
          maak.mutate();
        }}
      >
        <Veld label="Naam" verplicht fout={fouten.naam}>
          {(invoer) => <Textbox {...invoer} value={naam} onChange={(e) => setNaam(e.currentTarget.value)} />}
        </Veld>
        <Veld label="Doel" fout={fouten.doel}>
          {(invoer) => <Textarea {...invoer} value={doel} onChange={(e) => setDoel(e.currentTarget.value)} />}
        </Veld>
        <Veld label="Startdatum" verplicht fout={fouten.startdatum}>
          {(invoer) => (
            <Textbox
              {...invoer}
              type="date"
              value={startdatum}
              onChange={(e) => setStartdatum(e.currentTarget.value)}
            />
          )}
        </Veld>
        <Veld label="Einddatum" verplicht fout={fouten.einddatum}>
          {(invoer) => (
            <Textbox {...invoer} type="date" value={einddatum} onChange={(e) => setEinddatum(e.currentTarget.value)} />
          )}
        </Veld>
        <Veld label="Maximaal aantal uitnodigingen per klant" fout={fouten.maxUitnodigingen}>
          {(invoer) => (
            <Textbox {...invoer} type="number" min={1} value={max} onChange={(e) => setMax(e.currentTarget.value)} />
          )}
        </Veld>
        <CriteriaVelden
          waarde={criteria}
          onChange={setCriteria}
          categorieen={categorieen.lijst.map((c) => ({ id: c.code, naam: c.naam }))}
          gemeenten={(alles.data?.perGemeente ?? []).map((g) => ({ id: g.gemeenteId, naam: g.naam }))}
          teams={(alles.data?.perTeam ?? []).flatMap((t) => (t.teamId ? [{ id: t.teamId, naam: t.naam }] : []))}
          fouten={fouten}
        />
        <Button type="submit" appearance="primary-action-button" disabled={maak.isPending}>
          Campagne opslaan
        </Button>
      </form>
      {voorbeeld.data && (
        <VoorbeeldUitkomst
          aantal={voorbeeld.data.aantal}
          perGemeente={voorbeeld.data.perGemeente}
          perTeam={voorbeeld.data.perTeam}
          criteria={uitgesteld}
          bezig={voorbeeld.isFetching}
        />
      )}
    </>
  );
}
