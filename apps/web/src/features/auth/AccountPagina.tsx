import { Heading1, Paragraph } from '@klant-in-beeld/ui';
import { useMedewerker } from '../../app/useMedewerker';
import { AccountGegevens } from './AccountGegevens';
import { Tweestapsverificatie } from './Tweestapsverificatie';
import { WachtwoordWijzigen } from './WachtwoordWijzigen';

/** "Mijn gegevens": who you are, tweestapsverificatie and your password. */
export function AccountPagina() {
  const medewerker = useMedewerker();
  return (
    <>
      <Heading1>Welkom, {medewerker.naam}</Heading1>
      <AccountGegevens medewerker={medewerker} />
      <Tweestapsverificatie medewerker={medewerker} />
      <WachtwoordWijzigen />
      <Paragraph className="kib-zacht">Je ziet alleen gegevens van je eigen organisatie.</Paragraph>
    </>
  );
}
