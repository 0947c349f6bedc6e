/** The name and version of the overdracht document (docs/overdracht.md); the importer refuses other ones. */
export const OVERDRACHT_FORMAAT = 'klant-in-beeld-overdracht';
export const OVERDRACHT_VERSIE = 1;
