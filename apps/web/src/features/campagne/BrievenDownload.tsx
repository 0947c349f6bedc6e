import { datumInNederland } from '@klant-in-beeld/domain';
import { Link, Textbox, Veld } from '@klant-in-beeld/ui';
import { useState } from 'react';
import { downloadUrl } from '../../api/client';
import { datumKort } from '../../app/weergave';

/** The invitation letters of one day as one PDF for printing and posting (the session cookie authorises it). */
export function BrievenDownload({ campagneId }: { campagneId: string }) {
  const [datum, setDatum] = useState(() => datumInNederland(new Date()));
  return (
    <section className="kib-paneel" aria-labelledby="brieven-kop">
      <h2 id="brieven-kop">Brieven afdrukken</h2>
      <div className="kib-filters">
        <Veld label="Brieven van">
          {(invoer) => <Textbox {...invoer} type="date" value={datum} onChange={(e) => setDatum(e.target.value)} />}
        </Veld>
      </div>
      {/^\d{4}-\d{2}-\d{2}$/.test(datum) && (
        <Link href={downloadUrl(`/campagnes/${campagneId}/brieven.pdf`, { datum })}>
          {`Brieven van ${datumKort(datum)} (PDF)`}
        </Link>
      )}
    </section>
  );
}
