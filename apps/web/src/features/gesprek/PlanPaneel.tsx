import { AFSPRAAK_SOORT_LABELS, AFSPRAAK_STATUS_LABELS, DOEL_STATUS_LABELS, vandaag } from '@klant-in-beeld/domain';
import { Button, Dialoog, Heading2, Knoppenrij, Label, Link, Paragraph } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { downloadUrl } from '../../api/client';
import { datumKort } from '../../app/weergave';
import { useMagDossierWijzigen } from '../dossier/useDossierActie';
import { planQuery } from './api';
import { PlanFormulier } from './PlanFormulier';

/** The plan van aanpak in the dossier (anchor #plan): its doelen with their afspraken, and the evaluatiedatum. */
export function PlanPaneel({ klantId }: { klantId: string }) {
  const plan = useQuery(planQuery(klantId));
  const mag = useMagDossierWijzigen();
  const [open, setOpen] = useState(false);
  const sectie = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  // The panel mounts after the dossier's data, too late for the browser's own jump to #plan.
  useEffect(() => {
    if (hash === '#plan') sectie.current?.scrollIntoView?.();
  }, [hash]);
  const p = plan.data;
  const bestaat = !!p && p.versie > 0;
  const peildatum = vandaag();
  return (
    <section ref={sectie} className="kib-paneel" id="plan" aria-labelledby="plan-kop">
      <Heading2 id="plan-kop">Plan van aanpak</Heading2>
      {plan.isError && <Paragraph>{plan.error.message}</Paragraph>}
      {p && !bestaat && (
        <Paragraph>Nog geen plan. Maak het na het klant-in-beeld-gesprek, samen met de klant.</Paragraph>
      )}
      {p && bestaat && (
        <>
          <Paragraph>
            Evaluatiedatum: <strong>{datumKort(p.evaluatiedatum)}</strong>
            {p.evaluatiedatum && p.evaluatiedatum < peildatum && (
              <strong className="kib-veld__fout"> · verstreken</strong>
            )}
            <br />
            <span className="kib-zacht">
              {p.medewerkerNaam ? `Door ${p.medewerkerNaam}` : ''}
              {p.gewijzigdOp ? ` · laatst gewijzigd ${datumKort(p.gewijzigdOp.slice(0, 10))}` : ''}
            </span>
          </Paragraph>
          <ol className="kib-tijdlijn">
            {p.doelen.map((d) => (
              <li key={d.id}>
                <Label>{DOEL_STATUS_LABELS[d.status]}</Label> <strong>{d.omschrijving}</strong>
                <div className="kib-zacht">
                  {d.leefgebiedNaam ? `${d.leefgebiedNaam} · ` : ''}streefdatum {datumKort(d.streefdatum)}
                  {d.status === 'lopend' && d.streefdatum < peildatum && (
                    <strong className="kib-veld__fout"> · streefdatum verstreken</strong>
                  )}
                </div>
                {d.afspraken.length > 0 && (
                  <ul aria-label={`Afspraken bij ${d.omschrijving}`}>
                    {d.afspraken.map((a) => (
                      <li key={a.id}>
                        {AFSPRAAK_SOORT_LABELS[a.soort as keyof typeof AFSPRAAK_SOORT_LABELS] ?? a.soort}:{' '}
                        {a.omschrijving}{' '}
                        <span className="kib-zacht">
                          (t/m {datumKort(a.einddatum)},{' '}
                          {(
                            AFSPRAAK_STATUS_LABELS[a.status as keyof typeof AFSPRAAK_STATUS_LABELS] ?? a.status
                          ).toLowerCase()}
                          )
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {p && (
        <Knoppenrij>
          {mag && (
            <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
              {bestaat ? 'Plan wijzigen' : 'Plan maken'}
            </Button>
          )}
          {bestaat && <Link href={downloadUrl(`/klanten/${klantId}/plan.pdf`)}>Plan afdrukken (PDF)</Link>}
        </Knoppenrij>
      )}
      <Dialoog open={open} titel={bestaat ? 'Plan wijzigen' : 'Plan maken'} onSluiten={() => setOpen(false)}>
        {open && p && <PlanFormulier klantId={klantId} plan={p} onKlaar={() => setOpen(false)} />}
      </Dialoog>
    </section>
  );
}
