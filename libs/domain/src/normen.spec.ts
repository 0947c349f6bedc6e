import fc from 'fast-check';
import { DIENSTVERLENINGSCATEGORIEEN } from './codelijsten';
import { STANDAARD_CONTACTNORMEN, controleerNorm, normVoor, type Contactnormen } from './normen';

describe('STANDAARD_CONTACTNORMEN', () => {
  it('bevat de standaardnormen uit het ontwerp', () => {
    expect(STANDAARD_CONTACTNORMEN).toEqual({
      normen: {
        job_ready: { maxDagen: 30, waarschuwingDagen: 7 },
        bijna_job_ready: { maxDagen: 60, waarschuwingDagen: 14 },
        nog_niet_job_ready: { maxDagen: 90, waarschuwingDagen: 21 },
        niet_job_ready: { maxDagen: 180, waarschuwingDagen: 30 },
        beheer: { maxDagen: 365, waarschuwingDagen: 60 },
      },
      vrijgesteld: { maxDagen: 365, waarschuwingDagen: 60 },
      intakeDagen: 28,
      maxDuurInformeleVrijstellingDagen: 183,
    });
  });

  it('heeft een norm voor elke dienstverleningscategorie en niet meer', () => {
    expect(Object.keys(STANDAARD_CONTACTNORMEN.normen).sort()).toEqual([...DIENSTVERLENINGSCATEGORIEEN].sort());
    for (const categorie of DIENSTVERLENINGSCATEGORIEEN)
      expect(STANDAARD_CONTACTNORMEN.normen[categorie]).toBeDefined();
  });

  it('bestaat alleen uit normen die controleerNorm goedkeurt', () => {
    for (const categorie of DIENSTVERLENINGSCATEGORIEEN) {
      expect(controleerNorm(STANDAARD_CONTACTNORMEN.normen[categorie], `normen.${categorie}`)).toEqual([]);
    }
    expect(controleerNorm(STANDAARD_CONTACTNORMEN.vrijgesteld, 'vrijgesteld')).toEqual([]);
  });

  it('geeft een informele vrijstelling hoogstens zes maanden (183 dagen)', () => {
    expect(STANDAARD_CONTACTNORMEN.maxDuurInformeleVrijstellingDagen).toBe(183);
  });
});

describe('normVoor', () => {
  // Distinct values per norm, so that picking the wrong one cannot go unnoticed (in the defaults beheer equals vrijgesteld).
  const normen: Contactnormen = {
    normen: {
      job_ready: { maxDagen: 11, waarschuwingDagen: 1 },
      bijna_job_ready: { maxDagen: 22, waarschuwingDagen: 2 },
      nog_niet_job_ready: { maxDagen: 33, waarschuwingDagen: 3 },
      niet_job_ready: { maxDagen: 44, waarschuwingDagen: 4 },
      beheer: { maxDagen: 55, waarschuwingDagen: 5 },
    },
    vrijgesteld: { maxDagen: 99, waarschuwingDagen: 9 },
    intakeDagen: 28,
    maxDuurInformeleVrijstellingDagen: 183,
  };

  it.each([
    ['job_ready', 11, 1],
    ['bijna_job_ready', 22, 2],
    ['nog_niet_job_ready', 33, 3],
    ['niet_job_ready', 44, 4],
    ['beheer', 55, 5],
  ] as const)(
    'kiest voor een niet-vrijgestelde klant in %s de norm van die categorie',
    (categorie, maxDagen, waarschuwingDagen) => {
      expect(normVoor({ dienstverleningscategorie: categorie, vrijgesteld: false }, normen)).toEqual({
        maxDagen,
        waarschuwingDagen,
      });
    },
  );

  it.each(['job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer'] as const)(
    'kiest voor een vrijgestelde klant in %s de vrijgesteld-norm',
    (categorie) => {
      expect(normVoor({ dienstverleningscategorie: categorie, vrijgesteld: true }, normen)).toEqual({
        maxDagen: 99,
        waarschuwingDagen: 9,
      });
    },
  );

  it('kiest de norm van een eigen categorie van de organisatie', () => {
    const metEigen: Contactnormen = {
      ...normen,
      normen: { ...normen.normen, eigen_traject: { maxDagen: 77, waarschuwingDagen: 7 } },
    };
    expect(normVoor({ dienstverleningscategorie: 'eigen_traject', vrijgesteld: false }, metEigen)).toEqual({
      maxDagen: 77,
      waarschuwingDagen: 7,
    });
    expect(normVoor({ dienstverleningscategorie: 'eigen_traject', vrijgesteld: true }, metEigen)).toEqual({
      maxDagen: 99,
      waarschuwingDagen: 9,
    });
  });

  it.each(['onbekend', 'constructor', 'toString'])(
    'weigert een categorie %p zonder norm (ook geen eigenschap van Object)',
    (categorie) => {
      expect(() => normVoor({ dienstverleningscategorie: categorie, vrijgesteld: false }, normen)).toThrow(
        /Geen contactnorm/,
      );
    },
  );

  it('geeft met de standaardnormen een vrijgestelde job-ready klant 365 dagen in plaats van 30', () => {
    expect(normVoor({ dienstverleningscategorie: 'job_ready', vrijgesteld: true }, STANDAARD_CONTACTNORMEN)).toEqual({
      maxDagen: 365,
      waarschuwingDagen: 60,
    });
    expect(normVoor({ dienstverleningscategorie: 'job_ready', vrijgesteld: false }, STANDAARD_CONTACTNORMEN)).toEqual({
      maxDagen: 30,
      waarschuwingDagen: 7,
    });
  });
});

describe('controleerNorm', () => {
  const velden = (maxDagen: number, waarschuwingDagen: number) =>
    controleerNorm({ maxDagen, waarschuwingDagen }, 'normen.job_ready').map((f) => f.veld);

  it('accepteert een gewone norm', () => {
    expect(controleerNorm({ maxDagen: 30, waarschuwingDagen: 7 }, 'normen.job_ready')).toEqual([]);
  });

  it('accepteert een waarschuwingsperiode van 0 dagen', () => {
    expect(velden(30, 0)).toEqual([]);
  });

  it('accepteert de kleinste norm: 1 dag zonder waarschuwing', () => {
    expect(velden(1, 0)).toEqual([]);
  });

  it('accepteert een waarschuwing van één dag minder dan het maximum', () => {
    expect(velden(30, 29)).toEqual([]);
  });

  it('weigert maxDagen 0', () => {
    expect(velden(0, 0)).toContain('normen.job_ready.maxDagen');
  });

  it('weigert een negatief maxDagen', () => {
    expect(velden(-5, 0)).toContain('normen.job_ready.maxDagen');
  });

  it.each([1.5, 30.25, Number.NaN, Number.POSITIVE_INFINITY])(
    'weigert maxDagen %p (geen heel getal) alleen op maxDagen',
    (maxDagen) => {
      expect(velden(maxDagen, 1)).toEqual(['normen.job_ready.maxDagen']);
    },
  );

  it('weigert een negatief aantal waarschuwingsdagen', () => {
    expect(velden(30, -1)).toEqual(['normen.job_ready.waarschuwingDagen']);
  });

  it.each([2.5, Number.NaN])('weigert waarschuwingDagen %p (geen heel getal)', (waarschuwingDagen) => {
    expect(velden(30, waarschuwingDagen)).toEqual(['normen.job_ready.waarschuwingDagen']);
  });

  it('weigert waarschuwingDagen gelijk aan maxDagen', () => {
    expect(velden(30, 30)).toEqual(['normen.job_ready.waarschuwingDagen']);
  });

  it('weigert waarschuwingDagen groter dan maxDagen', () => {
    expect(velden(30, 45)).toEqual(['normen.job_ready.waarschuwingDagen']);
  });

  it('meldt beide velden als beide ongeldig zijn', () => {
    expect(velden(0.5, -1)).toEqual(['normen.job_ready.maxDagen', 'normen.job_ready.waarschuwingDagen']);
  });

  it('zet de meegegeven veldnaam voor de veldnamen', () => {
    expect(controleerNorm({ maxDagen: 0, waarschuwingDagen: 1 }, 'vrijgesteld').map((f) => f.veld)).toEqual([
      'vrijgesteld.maxDagen',
      'vrijgesteld.waarschuwingDagen',
    ]);
  });

  it('geeft Nederlandse meldingen', () => {
    const fouten = controleerNorm({ maxDagen: 10, waarschuwingDagen: 10 }, 'x');
    expect(fouten[0].melding).toMatch(/kleiner/);
    expect(controleerNorm({ maxDagen: 0, waarschuwingDagen: 0 }, 'x')[0].melding).toMatch(/dagen/);
  });

  it('accepteert precies de hele getallen met 0 ≤ waarschuwingDagen < maxDagen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 500 }),
        fc.integer({ min: -50, max: 500 }),
        (maxDagen, waarschuwingDagen) => {
          const geldig = maxDagen >= 1 && waarschuwingDagen >= 0 && waarschuwingDagen < maxDagen;
          expect(controleerNorm({ maxDagen, waarschuwingDagen }, 'n').length === 0).toBe(geldig);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
