import { AFSPRAAK_SOORT_LABELS, AFSPRAAK_SOORTEN, aangebodenSoorten, type AfspraakSoort } from '@klant-in-beeld/domain';
import { Button, Opties, Select, Veld } from '@klant-in-beeld/ui';
import { useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useCategorieen } from '../instellingen/useCategorieen';

/**
 * The soorten an afspraak form offers for the client's category; `huidig` (the afspraak's soort now) stays in the
 * list when the category does not have it, so changing other fields never changes the soort by itself. `laden`
 * while the categories come: forms wait, so the select never changes its options under a chosen value.
 */
export function useAangebodenSoorten(categorie: string, huidig?: AfspraakSoort) {
  const categorieen = useCategorieen();
  // Without the categories (an error) every soort is offered: registering the afspraak matters more.
  const basis = categorieen.query.isError ? [...AFSPRAAK_SOORTEN] : aangebodenSoorten(categorieen.lijst, categorie);
  const aangeboden =
    huidig && !basis.includes(huidig) ? AFSPRAAK_SOORTEN.filter((s) => s === huidig || basis.includes(s)) : basis;
  return {
    laden: categorieen.query.isPending,
    aangeboden,
    buitenCategorie: huidig !== undefined && !basis.includes(huidig),
  };
}

/** "Soort afspraak" with the offered soorten, and "Andere soort" for the whole code list (the API takes any soort). */
export function SoortKeuze({
  aangeboden,
  buitenCategorie = false,
  fout,
  registratie,
}: {
  aangeboden: readonly AfspraakSoort[];
  /** The current soort is offered although the category does not have it. */
  buitenCategorie?: boolean;
  fout?: string;
  registratie: UseFormRegisterReturn;
}) {
  const [alleSoorten, setAlleSoorten] = useState(aangeboden.length === AFSPRAAK_SOORTEN.length);
  const keuze = useRef<HTMLSelectElement | null>(null);
  const { ref, ...veld } = registratie;
  return (
    <>
      <Veld
        label="Soort afspraak"
        beschrijving={
          alleSoorten
            ? undefined
            : buitenCategorie
              ? 'De soorten die bij de categorie van de klant horen, en de soort die de afspraak nu heeft.'
              : 'De soorten die bij de categorie van de klant horen.'
        }
        fout={fout}
      >
        {(invoer) => (
          <Select
            {...invoer}
            {...veld}
            ref={(element) => {
              ref(element);
              keuze.current = element;
            }}
          >
            <Opties codes={alleSoorten ? AFSPRAAK_SOORTEN : aangeboden} labels={AFSPRAAK_SOORT_LABELS} />
          </Select>
        )}
      </Veld>
      {!alleSoorten && (
        <div>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => {
              setAlleSoorten(true);
              // The choice is in the select: take the user there.
              keuze.current?.focus();
            }}
          >
            Andere soort
          </Button>
        </div>
      )}
    </>
  );
}
