import { STANDAARD_CATEGORIEEN, type Categorie } from '@klant-in-beeld/domain';

/**
 * The categories web tests answer with: the standard five, job_ready renamed by the organisatie and with fewer
 * soorten, beheer deactivated, and one of its own. Screens must show these names, never the code list's.
 */
export const TEST_CATEGORIEEN: Categorie[] = [
  ...STANDAARD_CATEGORIEEN.map((c) =>
    c.code === 'job_ready'
      ? {
          ...c,
          naam: 'Direct bemiddelbaar',
          afspraakSoorten: ['vervolggesprek' as const, 'solliciteren' as const, 'overig' as const],
        }
      : c.code === 'beheer'
        ? { ...c, naam: 'Beheer (vervallen)', actief: false }
        : c,
  ),
  {
    code: 'werkfit',
    naam: 'Werkfit-traject',
    actief: true,
    maxDagen: 14,
    waarschuwingDagen: 3,
    afspraakSoorten: ['vervolggesprek', 're_integratietraject', 'overig'],
  },
];

/** The nepApi answer for GET /api/instellingen/dienstverleningscategorieen. */
export const categorieenAntwoord = (categorieen: Categorie[] = TEST_CATEGORIEEN) => ({
  'GET /api/instellingen/dienstverleningscategorieen': { status: 200, body: { categorieen } },
});
