import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { BEHEER_GERAAKT } from './api';

/** A beheer change: afterwards every list that shows medewerkers, teams or gemeenten is fetched again. */
export function useBeheerMutatie<T, V>(opties: UseMutationOptions<T, Error, V>) {
  const queryClient = useQueryClient();
  return useMutation<T, Error, V>({
    ...opties,
    onSuccess: async (data, variabelen, ...rest) => {
      await Promise.all(BEHEER_GERAAKT.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await opties.onSuccess?.(data, variabelen, ...rest);
    },
  });
}
