import {
  Button,
  Heading2,
  Melding,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@klant-in-beeld/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toonApiFouten } from '../../api/formulier';
import { importenKeys, wijzigKoppeling, type Import } from './api';

interface Invoer {
  /** Per column of the file, in order, the chosen field ('' = not used). */
  velden: string[];
}

/**
 * Which column of the file fills which field. The dry run recognised them by name; after a change it runs again
 * with the chosen mapping. Read-only once the file is gone (executed, or kept too long).
 */
export function KoppelingFormulier({ taak }: { taak: Import }) {
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<string>();
  const naam = new Map(taak.velden.map((v) => [v.veld, v.naam]));
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isDirty },
  } = useForm<Invoer>({ defaultValues: { velden: taak.koppeling.map((k) => k.veld ?? '') } });
  const gekozen = useWatch({ control, name: 'velden' });
  const ontbrekend = taak.velden.filter((v) => v.verplicht && !gekozen.includes(v.veld));
  const opnieuw = useMutation({
    mutationFn: (invoer: Invoer) =>
      wijzigKoppeling(
        taak.id,
        taak.koppeling.map((k, i) => ({ kolom: k.kolom, veld: invoer.velden[i] || null })),
      ),
    onMutate: () => setMelding(undefined),
    onSuccess: async (bezig) => {
      queryClient.setQueryData(importenKeys.een(taak.id), bezig);
      await queryClient.invalidateQueries({ queryKey: importenKeys.lijsten });
    },
    onError: (e) => {
      // The API names koppeling.<i>.veld or .kolom; both belong to the select of that column.
      const hernoem = Object.fromEntries(
        taak.koppeling.flatMap((_, i) => [
          [`koppeling.${i}.veld`, `velden.${i}`],
          [`koppeling.${i}.kolom`, `velden.${i}`],
        ]),
      );
      setMelding(
        toonApiFouten(
          e,
          setError,
          taak.koppeling.map((_, i) => `velden.${i}`),
          hernoem,
        ),
      );
    },
  });

  return (
    <section className="kib-paneel" aria-labelledby="koppeling-kop">
      <Heading2 id="koppeling-kop">Kolommen in het bestand</Heading2>
      <Paragraph>
        Klant in Beeld herkent de kolommen aan hun naam. Klopt een koppeling niet? Kies het juiste veld en controleer
        het bestand opnieuw. Een kolom zonder veld wordt niet gebruikt.
      </Paragraph>
      {!taak.koppelingWijzigbaar && (
        <Melding>
          De koppeling kan niet meer worden gewijzigd: het bestand is er niet meer. Upload het opnieuw om de kolommen
          anders te koppelen.
        </Melding>
      )}
      <form className="kib-formulier" noValidate onSubmit={handleSubmit((invoer) => opnieuw.mutate(invoer))}>
        {melding && <Melding soort="error">{melding}</Melding>}
        <Table className="kib-tabel">
          <TableCaption className="kib-visueel-verborgen">
            Kolom in het bestand en het veld waar hij in gaat
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Kolom in het bestand</TableHeaderCell>
              <TableHeaderCell scope="col">Veld</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {taak.koppeling.map((k, i) => {
              const fout = errors.velden?.[i]?.message;
              const foutId = `koppeling-fout-${i}`;
              return (
                <TableRow key={i}>
                  <TableHeaderCell scope="row" id={`kolom-${i}`}>
                    {k.kolom}
                  </TableHeaderCell>
                  <TableCell>
                    {taak.koppelingWijzigbaar ? (
                      <>
                        {fout && (
                          <p id={foutId} className="kib-veld__fout">
                            {fout}
                          </p>
                        )}
                        <Select
                          aria-labelledby={`kolom-${i}`}
                          aria-describedby={fout ? foutId : undefined}
                          aria-invalid={fout ? true : undefined}
                          invalid={Boolean(fout)}
                          {...register(`velden.${i}`)}
                        >
                          <SelectOption value="">Niet gebruiken</SelectOption>
                          {taak.velden.map((v) => (
                            <SelectOption key={v.veld} value={v.veld}>
                              {v.verplicht ? `${v.naam} (verplicht)` : v.naam}
                            </SelectOption>
                          ))}
                        </Select>
                      </>
                    ) : k.veld ? (
                      (naam.get(k.veld) ?? k.veld)
                    ) : (
                      <span className="kib-zacht">Niet gebruikt</span>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {ontbrekend.length > 0 && (
          <Paragraph>
            {`Nog aan geen kolom gekoppeld, maar verplicht: ${ontbrekend.map((v) => v.naam).join(', ')}.`}
          </Paragraph>
        )}
        {taak.koppelingWijzigbaar && (
          <div>
            <Button
              type="submit"
              appearance={isDirty ? 'primary-action-button' : 'secondary-action-button'}
              busy={opnieuw.isPending}
              disabled={opnieuw.isPending}
            >
              {opnieuw.isPending ? 'Bezig…' : 'Opnieuw controleren met deze koppeling'}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
