import { ROL_LABELS } from '@klant-in-beeld/domain';
import { Heading2 } from '@klant-in-beeld/ui';
import type { Medewerker } from './api';

export function AccountGegevens({ medewerker }: { medewerker: Medewerker }) {
  return (
    <section className="kib-paneel" aria-labelledby="sessie-kop">
      <Heading2 id="sessie-kop">Je bent ingelogd</Heading2>
      <dl className="kib-gegevens">
        <dt>Naam</dt>
        <dd>{medewerker.naam}</dd>
        <dt>Gebruikersnaam</dt>
        <dd>{medewerker.gebruikersnaam}</dd>
        <dt>Rol</dt>
        <dd>{ROL_LABELS[medewerker.rol]}</dd>
        <dt>Organisatie</dt>
        <dd>{medewerker.organisatieNaam}</dd>
        {medewerker.teamNaam && (
          <>
            <dt>Team</dt>
            <dd>{medewerker.teamNaam}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
