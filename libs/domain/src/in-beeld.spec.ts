import fc from 'fast-check';
import { IN_BEELD_STATUSSEN, type InBeeldStatus } from './codelijsten';
import { plusDagen, type Datum } from './datum';
import { inBeeldStatus, type InBeeldInvoer } from './in-beeld';
import { STANDAARD_CONTACTNORMEN, type Norm } from './normen';

const PEILDATUM = '2026-11-23';
const STARTDATUM = '2025-01-06';
const JOB_READY = STANDAARD_CONTACTNORMEN.normen.job_ready;

function status(invoer: Partial<InBeeldInvoer>): InBeeldStatus {
  return inBeeldStatus({
    laatstGezien: null,
    startdatumUitkering: STARTDATUM,
    norm: JOB_READY,
    intakeDagen: 28,
    peildatum: PEILDATUM,
    ...invoer,
  });
}

function gezienDagenGeleden(dagen: number, norm: Norm): InBeeldStatus {
  return status({ laatstGezien: plusDagen(PEILDATUM, -dagen), norm });
}

/**
 * Per default norm of docs/ontwerp.md ("Contactnorm"): the last day that is still `in_beeld`
 * (maxDagen − waarschuwingDagen) and the last day that is still `bijna_uit_beeld` (maxDagen). Written out as literals
 * so that the test does not re-derive them from the code.
 */
const GRENZEN: [string, Norm, number, number][] = [
  ['job_ready', STANDAARD_CONTACTNORMEN.normen.job_ready, 23, 30],
  ['bijna_job_ready', STANDAARD_CONTACTNORMEN.normen.bijna_job_ready, 46, 60],
  ['nog_niet_job_ready', STANDAARD_CONTACTNORMEN.normen.nog_niet_job_ready, 69, 90],
  ['niet_job_ready', STANDAARD_CONTACTNORMEN.normen.niet_job_ready, 150, 180],
  ['beheer', STANDAARD_CONTACTNORMEN.normen.beheer, 305, 365],
  ['vrijgesteld', STANDAARD_CONTACTNORMEN.vrijgesteld, 305, 365],
];

const RANG: Record<InBeeldStatus, number> = { in_beeld: 0, bijna_uit_beeld: 1, uit_beeld: 2 };

describe('inBeeldStatus met de standaardnormen', () => {
  describe.each(GRENZEN)('norm %s', (_naam, norm, laatsteDagInBeeld, laatsteDagBijna) => {
    it('is in beeld bij een gesprek vandaag', () => {
      expect(gezienDagenGeleden(0, norm)).toBe('in_beeld');
    });

    it('is in beeld bij een gesprek gisteren', () => {
      expect(gezienDagenGeleden(1, norm)).toBe('in_beeld');
    });

    it(`is in beeld bij een gesprek precies ${laatsteDagInBeeld} dagen geleden (maxDagen − waarschuwingDagen)`, () => {
      expect(gezienDagenGeleden(laatsteDagInBeeld, norm)).toBe('in_beeld');
    });

    it(`is bijna uit beeld bij een gesprek ${laatsteDagInBeeld + 1} dagen geleden (eerste dag van de waarschuwing)`, () => {
      expect(gezienDagenGeleden(laatsteDagInBeeld + 1, norm)).toBe('bijna_uit_beeld');
    });

    it(`is nog bijna uit beeld bij een gesprek precies ${laatsteDagBijna} dagen geleden (maxDagen)`, () => {
      expect(gezienDagenGeleden(laatsteDagBijna, norm)).toBe('bijna_uit_beeld');
    });

    it(`is uit beeld bij een gesprek ${laatsteDagBijna + 1} dagen geleden (maxDagen + 1)`, () => {
      expect(gezienDagenGeleden(laatsteDagBijna + 1, norm)).toBe('uit_beeld');
    });

    it('is uit beeld bij een gesprek jaren geleden', () => {
      expect(gezienDagenGeleden(3 * 365, norm)).toBe('uit_beeld');
    });
  });

  it('telt kalenderdagen over een schrikkeldag heen', () => {
    // 2024-02-29 exists: from 2024-02-01 to 2024-03-02 is 30 days, to 2024-03-03 is 31.
    expect(status({ laatstGezien: '2024-02-01', peildatum: '2024-03-02', startdatumUitkering: '2023-01-01' })).toBe(
      'bijna_uit_beeld',
    );
    expect(status({ laatstGezien: '2024-02-01', peildatum: '2024-03-03', startdatumUitkering: '2023-01-01' })).toBe(
      'uit_beeld',
    );
  });

  it('telt kalenderdagen over de zomertijdwissel heen', () => {
    // Summer time starts on 2026-03-29; 2026-03-06 + 23 days = 2026-03-29, + 24 = 2026-03-30.
    expect(status({ laatstGezien: '2026-03-06', peildatum: '2026-03-29' })).toBe('in_beeld');
    expect(status({ laatstGezien: '2026-03-06', peildatum: '2026-03-30' })).toBe('bijna_uit_beeld');
  });

  it('kijkt naar laatstGezien en niet naar de startdatum uitkering zodra er een gesprek is geweest', () => {
    // Startdatum long ago (beyond the intake period), but seen yesterday.
    expect(status({ laatstGezien: plusDagen(PEILDATUM, -1), startdatumUitkering: '2010-01-01' })).toBe('in_beeld');
  });
});

describe('inBeeldStatus zonder gesprek (nog nooit gezien)', () => {
  it('is bijna uit beeld op de startdatum uitkering zelf (dag 0: intake nodig)', () => {
    expect(status({ laatstGezien: null, startdatumUitkering: PEILDATUM })).toBe('bijna_uit_beeld');
  });

  it('is bijna uit beeld halverwege de intakeperiode', () => {
    expect(status({ laatstGezien: null, startdatumUitkering: plusDagen(PEILDATUM, -14) })).toBe('bijna_uit_beeld');
  });

  it('is nog bijna uit beeld precies 28 dagen na de startdatum uitkering', () => {
    expect(
      status({
        laatstGezien: null,
        startdatumUitkering: '2026-10-26',
        intakeDagen: STANDAARD_CONTACTNORMEN.intakeDagen,
      }),
    ).toBe('bijna_uit_beeld');
  });

  it('is uit beeld 29 dagen na de startdatum uitkering', () => {
    expect(
      status({
        laatstGezien: null,
        startdatumUitkering: '2026-10-25',
        intakeDagen: STANDAARD_CONTACTNORMEN.intakeDagen,
      }),
    ).toBe('uit_beeld');
  });

  it('is bijna uit beeld als de startdatum uitkering nog in de toekomst ligt', () => {
    expect(status({ laatstGezien: null, startdatumUitkering: plusDagen(PEILDATUM, 10) })).toBe('bijna_uit_beeld');
    expect(status({ laatstGezien: null, startdatumUitkering: plusDagen(PEILDATUM, 1) })).toBe('bijna_uit_beeld');
  });

  it('is nooit in beeld zonder gesprek, wat de norm ook is', () => {
    for (const [, norm] of GRENZEN) {
      expect(status({ laatstGezien: null, norm, startdatumUitkering: PEILDATUM })).toBe('bijna_uit_beeld');
    }
  });

  it('gebruikt de meegegeven intakeperiode en niet de contactnorm', () => {
    // A long norm (365) does not extend the intake period; a short intake period (7) shortens it.
    const beheer = STANDAARD_CONTACTNORMEN.normen.beheer;
    expect(
      status({ laatstGezien: null, norm: beheer, startdatumUitkering: plusDagen(PEILDATUM, -29), intakeDagen: 28 }),
    ).toBe('uit_beeld');
    expect(status({ laatstGezien: null, startdatumUitkering: plusDagen(PEILDATUM, -7), intakeDagen: 7 })).toBe(
      'bijna_uit_beeld',
    );
    expect(status({ laatstGezien: null, startdatumUitkering: plusDagen(PEILDATUM, -8), intakeDagen: 7 })).toBe(
      'uit_beeld',
    );
  });
});

describe('inBeeldStatus: eigenschappen', () => {
  const datum = fc.integer({ min: 0, max: 3650 }).map((n): Datum => plusDagen('2020-01-01', n));
  const norm = fc
    .integer({ min: 1, max: 400 })
    .chain((maxDagen) =>
      fc.record({ maxDagen: fc.constant(maxDagen), waarschuwingDagen: fc.integer({ min: 0, max: maxDagen - 1 }) }),
    );
  const intakeDagen = fc.integer({ min: 0, max: 120 });

  it('verbetert nooit als de peildatum later wordt bij dezelfde gegevens (in beeld → bijna uit beeld → uit beeld)', () => {
    fc.assert(
      fc.property(
        fc.option(datum, { nil: null }),
        datum,
        norm,
        intakeDagen,
        datum,
        fc.integer({ min: 0, max: 800 }),
        (laatstGezien, startdatumUitkering, norm, intakeDagen, peildatum, verder) => {
          const basis = { laatstGezien, startdatumUitkering, norm, intakeDagen };
          const eerder = inBeeldStatus({ ...basis, peildatum });
          const later = inBeeldStatus({ ...basis, peildatum: plusDagen(peildatum, verder) });
          expect(RANG[later]).toBeGreaterThanOrEqual(RANG[eerder]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is altijd in beeld bij een gesprek op de peildatum zelf', () => {
    fc.assert(
      fc.property(datum, datum, norm, intakeDagen, (peildatum, startdatumUitkering, norm, intakeDagen) => {
        expect(inBeeldStatus({ laatstGezien: peildatum, startdatumUitkering, norm, intakeDagen, peildatum })).toBe(
          'in_beeld',
        );
      }),
    );
  });

  it('geeft altijd een van de drie statussen in_beeld, bijna_uit_beeld, uit_beeld', () => {
    expect([...IN_BEELD_STATUSSEN]).toEqual(['in_beeld', 'bijna_uit_beeld', 'uit_beeld']);
    fc.assert(
      fc.property(
        fc.option(datum, { nil: null }),
        datum,
        norm,
        intakeDagen,
        datum,
        (laatstGezien, startdatumUitkering, norm, intakeDagen, peildatum) => {
          const uitkomst = inBeeldStatus({ laatstGezien, startdatumUitkering, norm, intakeDagen, peildatum });
          expect(['in_beeld', 'bijna_uit_beeld', 'uit_beeld']).toContain(uitkomst);
        },
      ),
    );
  });

  it('is na een gesprek nooit uit beeld binnen maxDagen en altijd uit beeld daarna', () => {
    fc.assert(
      fc.property(datum, norm, fc.integer({ min: 0, max: 800 }), (laatstGezien, norm, dagen) => {
        const uitkomst = inBeeldStatus({
          laatstGezien,
          startdatumUitkering: '2019-06-01',
          norm,
          intakeDagen: 28,
          peildatum: plusDagen(laatstGezien, dagen),
        });
        expect(uitkomst === 'uit_beeld').toBe(dagen > norm.maxDagen);
      }),
      { numRuns: 1000 },
    );
  });

  it('duurt de periode bijna uit beeld na een gesprek precies waarschuwingDagen dagen', () => {
    fc.assert(
      fc.property(datum, norm, (laatstGezien, norm) => {
        let bijna = 0;
        for (let dagen = 0; dagen <= norm.maxDagen + 1; dagen++) {
          const uitkomst = inBeeldStatus({
            laatstGezien,
            startdatumUitkering: '2019-06-01',
            norm,
            intakeDagen: 28,
            peildatum: plusDagen(laatstGezien, dagen),
          });
          if (uitkomst === 'bijna_uit_beeld') bijna++;
        }
        expect(bijna).toBe(norm.waarschuwingDagen);
      }),
      { numRuns: 200 },
    );
  });

  it('is zonder gesprek nooit in beeld, en uit beeld precies na de intakeperiode', () => {
    fc.assert(
      fc.property(
        datum,
        norm,
        intakeDagen,
        fc.integer({ min: -60, max: 400 }),
        (startdatumUitkering, norm, intakeDagen, dagen) => {
          const uitkomst = inBeeldStatus({
            laatstGezien: null,
            startdatumUitkering,
            norm,
            intakeDagen,
            peildatum: plusDagen(startdatumUitkering, dagen),
          });
          expect(uitkomst).toBe(dagen > intakeDagen ? 'uit_beeld' : 'bijna_uit_beeld');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
