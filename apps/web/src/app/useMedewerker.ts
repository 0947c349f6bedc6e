import { useOutletContext } from 'react-router';
import type { Medewerker } from '../features/auth/api';

/** The logged-in medewerker, for pages inside the Layout. */
export function useMedewerker(): Medewerker {
  return useOutletContext<Medewerker>();
}
