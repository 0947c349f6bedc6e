import { useMutation, useQueryClient } from '@tanstack/react-query';
import { klantenKeys } from '../klanten/api';
import { werkvoorraadKeys } from '../werkvoorraad/api';

/**
 * A change to a client's dossier: afterwards everything about that client (['klanten', id]), the klanten lists and
 * the werkvoorraad are refetched, so the client leaves the uit-beeld list without a page reload.
 */
export function useDossierMutatie<T, R>(
  klantId: string,
  opslaan: (invoer: T) => Promise<R>,
  opties: { onSuccess?: (resultaat: R) => void; onError?: (fout: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: opslaan,
    onSuccess: async (resultaat) => {
      // Lists not on screen are dropped rather than marked stale: returning to them must not show the old state.
      queryClient.removeQueries({ queryKey: werkvoorraadKeys.alle, type: 'inactive' });
      queryClient.removeQueries({ queryKey: [...klantenKeys.alle, 'lijst'], type: 'inactive' });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: klantenKeys.klant(klantId) }),
        queryClient.invalidateQueries({ queryKey: [...klantenKeys.alle, 'lijst'] }),
        queryClient.invalidateQueries({ queryKey: werkvoorraadKeys.alle }),
      ]);
      opties.onSuccess?.(resultaat);
    },
    onError: opties.onError,
  });
}
