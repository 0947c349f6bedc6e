import { kiesbareCategorieen } from '@klant-in-beeld/domain';
import { useQuery } from '@tanstack/react-query';
import { categorieenQuery, type Categorie } from './api';

/**
 * The organisatie's dienstverleningscategorieën for any screen that shows a category's name or offers one: `naam`
 * gives the organisatie's own name for a code, `kiesbaar` the ones a form may offer (the active ones, plus the
 * client's current one when it was deactivated later).
 */
export function useCategorieen() {
  const query = useQuery(categorieenQuery());
  const lijst: Categorie[] = query.data?.categorieen ?? [];
  const perCode = new Map(lijst.map((c) => [c.code, c]));
  return {
    query,
    lijst,
    categorie: (code: string) => perCode.get(code),
    // Until the names are there (or for a code the list does not know) the code itself is shown, never nothing.
    naam: (code: string) => perCode.get(code)?.naam ?? code,
    kiesbaar: (huidige?: string | null) => kiesbareCategorieen(lijst, huidige),
  };
}
