import { Heading1, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { tijdstipKort } from '../../app/weergave';
import { importQuery, isBezig } from './api';
import { KoppelingFormulier } from './KoppelingFormulier';
import { Proefrun } from './Proefrun';
import { Uitvoeren } from './Uitvoeren';
import { Voortgang } from './Voortgang';
import { SOORT_LABELS, STATUS_LABELS } from './labels';

/** One import job, named by the URL so it survives a reload: progress, mapping, dry run, execution, result. */
export function ImportPagina() {
  const { id = '' } = useParams();
  const taak = useQuery(importQuery(id));
  const t = taak.data;
  return (
    <>
      <Paragraph>
        <Link to="/importen">Terug naar importeren</Link>
      </Paragraph>
      <Heading1>Import{t ? `: ${SOORT_LABELS[t.soort]}` : ''}</Heading1>
      {taak.isPending && <Paragraph role="status">Import laden…</Paragraph>}
      {taak.isError && <Melding soort="error">{taak.error.message}</Melding>}
      {t && (
        <>
          <Paragraph className="kib-zacht">
            {t.bestandsnaam ?? 'Bestand zonder naam'} · bron {t.bron} · geüpload door {t.medewerker.naam} op{' '}
            {tijdstipKort(t.aangemaaktOp)}
          </Paragraph>
          <Paragraph>
            Status: <strong>{STATUS_LABELS[t.status]}</strong>
          </Paragraph>
          {isBezig(t.status) && <Voortgang taak={t} />}
          {t.status === 'uitgevoerd' && (
            <Melding soort="ok" titel="De import is uitgevoerd">
              <Paragraph>
                {`Vastgelegd: ${t.rijen.nieuw} nieuw, ${t.rijen.gewijzigd} gewijzigd. ${t.rijen.ongewijzigd} ${t.rijen.ongewijzigd === 1 ? 'rij was' : 'rijen waren'} al zo vastgelegd en ${t.rijen.ongewijzigd === 1 ? 'is' : 'zijn'} niet aangeraakt.`}
              </Paragraph>
            </Melding>
          )}
          {t.status === 'mislukt' && (
            <Melding soort="error" titel="De import is mislukt">
              <Paragraph>Er is niets vastgelegd. Upload het bestand opnieuw om het nog eens te proberen.</Paragraph>
            </Melding>
          )}
          {(t.status === 'klaar' || t.status === 'afgekeurd') && <Proefrun taak={t} />}
          {t.status === 'klaar' && <Uitvoeren taak={t} />}
          {t.koppeling.length > 0 && !isBezig(t.status) && <KoppelingFormulier key={t.gewijzigdOp} taak={t} />}
        </>
      )}
    </>
  );
}
