import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReset } from 'react-hook-form';
import { useOutletContext } from 'react-router';
import { CONFLICT_MELDING, isVersieConflict } from '../../api/formulier';
import type { Medewerker } from '../auth/api';
import { klantenKeys } from '../klanten/api';
import { DOSSIER_WIJZIGEN_ROLLEN } from './acties-api';

/** Whether the logged-in medewerker may change this dossier; outside the Layout (no medewerker known) never. */
export function useMagDossierWijzigen(): boolean {
  const medewerker = useOutletContext<Medewerker | undefined>();
  return !!medewerker && DOSSIER_WIJZIGEN_ROLLEN.includes(medewerker.rol);
}

/**
 * Keeps a form on the newest version of the record it edits. When the record comes back with another versie (after
 * a 409 the dossier is refetched), the fields the user did not touch take the new values and what was typed stays.
 * Returns the labels of the fields that changed meanwhile, for the conflict message.
 */
export function useNieuweVersie<T extends FieldValues>(
  reset: UseFormReset<T>,
  versie: number,
  waarden: T,
  labels: Record<keyof T, string>,
): string[] {
  const gelezen = useRef({ versie, waarden });
  const [gewijzigd, setGewijzigd] = useState<string[]>([]);
  useEffect(() => {
    if (versie === gelezen.current.versie) return;
    const vorige = gelezen.current.waarden;
    gelezen.current = { versie, waarden };
    setGewijzigd(
      (Object.keys(labels) as (keyof T)[]).filter((veld) => vorige[veld] !== waarden[veld]).map((veld) => labels[veld]),
    );
    reset(waarden, { keepDirtyValues: true });
  }, [reset, versie, waarden, labels]);
  return gewijzigd;
}

/**
 * The 409 of optimistic locking: say so and reload everything about the client, so the form gets the newest versie
 * (and useNieuweVersie its values) without losing what was typed. Returns whether the error was that conflict.
 */
export function useVersieConflict(klantId: string) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  return {
    conflict,
    wisConflict: () => setConflict(false),
    vangConflict: (fout: unknown): boolean => {
      if (!isVersieConflict(fout)) return false;
      setConflict(true);
      void queryClient.invalidateQueries({ queryKey: klantenKeys.klant(klantId) });
      return true;
    },
  };
}

/** The conflict message, with the fields someone else changed meanwhile when the newest version shows them. */
export function conflictMelding(gewijzigd: string[]): string {
  return gewijzigd.length ? `${CONFLICT_MELDING} Intussen gewijzigd: ${gewijzigd.join(', ')}.` : CONFLICT_MELDING;
}
