import {
  STANDAARD_CATEGORIEEN,
  STANDAARD_CONTACTNORMEN,
  type Categorie,
  type Contactnormen,
} from '@klant-in-beeld/domain';
import type { TestApp } from './app';
import { bearer, type TestOmgeving } from './factories';

/**
 * Two categories of the organisatie's own next to the standard five, with norms on days the werkvoorraad property
 * tests aim at: one active, one deactivated (its clients keep it and its norm).
 */
export const EIGEN_CATEGORIEEN: Categorie[] = [
  {
    code: 'eigen_traject',
    naam: 'Eigen traject',
    actief: true,
    maxDagen: 23,
    waarschuwingDagen: 8,
    afspraakSoorten: ['vervolggesprek', 'werkervaringsplaats', 'overig'],
  },
  {
    code: 'oud_traject',
    naam: 'Oud traject (vervallen)',
    actief: false,
    maxDagen: 69,
    waarschuwingDagen: 22,
    afspraakSoorten: ['vervolggesprek', 'overig'],
  },
];
export const EIGEN_CATEGORIE_CODES = EIGEN_CATEGORIEEN.map((c) => c.code);

/** Adds EIGEN_CATEGORIEEN through the API (as the beheerder) and returns the norms that then apply. */
export async function voegEigenCategorieenToe(t: TestApp, omgeving: TestOmgeving): Promise<Contactnormen> {
  const antwoord = await t
    .http()
    .put('/api/instellingen/dienstverleningscategorieen')
    .set(bearer(omgeving.beheerder.token))
    .send({ categorieen: [...STANDAARD_CATEGORIEEN, ...EIGEN_CATEGORIEEN] });
  if (antwoord.status !== 200)
    throw new Error(`Categorieën toevoegen mislukt: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
  return {
    ...STANDAARD_CONTACTNORMEN,
    normen: Object.fromEntries(
      (antwoord.body.categorieen as Categorie[]).map((c) => [
        c.code,
        { maxDagen: c.maxDagen, waarschuwingDagen: c.waarschuwingDagen },
      ]),
    ),
  };
}
