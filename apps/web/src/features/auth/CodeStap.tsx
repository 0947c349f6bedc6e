import { Button, Melding, Paragraph } from '@klant-in-beeld/ui';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiFout } from '../../api/client';
import { EIGEN_SESSIEFOUTEN } from '../../app/queryClient';
import { loginMetCode, type Medewerker, type TotpInstelling } from './api';
import { CODE_REGELS, CodeVeld, zonderSpaties } from './CodeVeld';
import { TotpUitleg } from './TotpUitleg';

export interface CodeStapProps {
  tussenToken: string;
  /** Set when the account has no authenticator app yet and the role requires one: set it up first. */
  instellen?: TotpInstelling;
  onIngelogd: (medewerker: Medewerker) => void;
  /** The step took too long: start again with the password, with the API's message. */
  onVerlopen: (melding: string) => void;
}

/** Step two of logging in: the code from the authenticator app (after setting the app up, when that is needed). */
export function CodeStap({ tussenToken, instellen, onIngelogd, onVerlopen }: CodeStapProps) {
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors },
  } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const controleren = useMutation({
    mutationFn: (code: string) => loginMetCode(tussenToken, code),
    meta: EIGEN_SESSIEFOUTEN,
    onSuccess: ({ medewerker }) => onIngelogd(medewerker),
    onError: (fout) => {
      if (fout instanceof ApiFout && fout.code === 'TUSSENSTAP_VERLOPEN') return onVerlopen(fout.message);
      // A wrong or expired code cannot be corrected digit by digit: empty the field for the next code.
      setValue('code', '');
      setFocus('code');
    },
  });
  const fout =
    controleren.error && !(controleren.error instanceof ApiFout && controleren.error.code === 'TUSSENSTAP_VERLOPEN')
      ? controleren.error.message
      : undefined;

  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit(({ code }) => controleren.mutate(zonderSpaties(code)))}
    >
      {instellen ? (
        <>
          <Paragraph>
            <strong>Stel eerst tweestapsverificatie in.</strong> Voor jouw rol is dat verplicht. Je doet dit één keer;
            daarna log je in met je wachtwoord en een code uit de app.
          </Paragraph>
          <TotpUitleg instelling={instellen} />
        </>
      ) : (
        <Paragraph>Je wachtwoord klopt. Open nu je authenticator-app en vul de code in die je ziet.</Paragraph>
      )}
      {fout && <Melding soort="error">{fout}</Melding>}
      <CodeVeld registratie={register('code', CODE_REGELS)} fout={errors.code?.message} autoFocus />
      <div>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={controleren.isPending}
          disabled={controleren.isPending}
        >
          {controleren.isPending ? 'Bezig met controleren…' : 'Code controleren'}
        </Button>
      </div>
    </form>
  );
}
