import { FormulierKnoppen, Melding } from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { account, sessieKeys, type TotpInstelling } from './api';
import { CODE_REGELS, CodeVeld, zonderSpaties } from './CodeVeld';
import { TotpUitleg } from './TotpUitleg';

/** Add the app with the QR code, then prove it works with one code; only then is tweestapsverificatie on. */
export function TotpBevestigen({
  instelling,
  onKlaar,
  onAnnuleren,
}: {
  instelling: TotpInstelling;
  onKlaar: () => void;
  onAnnuleren: () => void;
}) {
  const queryClient = useQueryClient();
  const [fout, setFout] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const bevestigen = useMutation({
    mutationFn: (code: string) => account.totpBevestigen(code),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessieKeys.me });
      onKlaar();
    },
    onError: (e) => setFout(toonApiFouten(e, setError, ['code'])),
  });
  return (
    <form
      className="kib-formulier"
      noValidate
      onSubmit={handleSubmit(({ code }) => {
        setFout(undefined);
        bevestigen.mutate(zonderSpaties(code));
      })}
    >
      <TotpUitleg instelling={instelling} />
      {fout && <Melding soort="error">{fout}</Melding>}
      <CodeVeld registratie={register('code', CODE_REGELS)} fout={errors.code?.message} autoFocus />
      <FormulierKnoppen opslaan="Code bevestigen" bezig={bevestigen.isPending} onAnnuleren={onAnnuleren} />
    </form>
  );
}
