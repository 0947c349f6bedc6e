import fc from 'fast-check';
import { plusDagen, type Datum } from './datum';
import { controleerVrijstelling, isVrijstellingActief, type VrijstellingRegels } from './vrijstelling';

const MAX_INFORMEEL = 183;

const FORMEEL: VrijstellingRegels = {
  soort: 'formeel',
  ingangsdatum: '2026-01-01',
  einddatum: null,
  herbeoordelingsdatum: '2026-12-31',
  beschikkingKenmerk: 'BS-2026-0042',
  beschikkingDatum: '2025-12-15',
  ingetrokkenOp: null,
};

const INFORMEEL: VrijstellingRegels = {
  soort: 'informeel',
  ingangsdatum: '2026-01-01',
  einddatum: '2026-06-30',
  herbeoordelingsdatum: '2026-06-15',
};

function velden(v: VrijstellingRegels, maxDuur = MAX_INFORMEEL): string[] {
  return controleerVrijstelling(v, maxDuur).map((f) => f.veld);
}

describe('controleerVrijstelling', () => {
  describe('volledige vrijstellingen', () => {
    it('keurt een volledige formele vrijstelling goed', () => {
      expect(controleerVrijstelling(FORMEEL, MAX_INFORMEEL)).toEqual([]);
    });

    it('keurt een formele vrijstelling met einddatum en intrekking goed', () => {
      expect(velden({ ...FORMEEL, einddatum: '2028-01-01', ingetrokkenOp: '2026-03-01' })).toEqual([]);
    });

    it('vraagt bij een formele vrijstelling geen einddatum en geen maximale duur', () => {
      expect(velden({ ...FORMEEL, einddatum: undefined })).toEqual([]);
      expect(velden({ ...FORMEEL, einddatum: '2036-01-01' })).toEqual([]);
    });

    it('keurt een volledige informele vrijstelling goed', () => {
      expect(controleerVrijstelling(INFORMEEL, MAX_INFORMEEL)).toEqual([]);
    });

    it('vraagt bij een informele vrijstelling geen beschikking', () => {
      expect(velden({ ...INFORMEEL, beschikkingKenmerk: null, beschikkingDatum: null })).toEqual([]);
    });
  });

  describe('formeel: beschikking verplicht', () => {
    it('meldt een ontbrekend beschikkingskenmerk', () => {
      expect(velden({ ...FORMEEL, beschikkingKenmerk: null })).toEqual(['beschikkingKenmerk']);
      expect(velden({ ...FORMEEL, beschikkingKenmerk: undefined })).toEqual(['beschikkingKenmerk']);
      expect(velden({ ...FORMEEL, beschikkingKenmerk: '' })).toEqual(['beschikkingKenmerk']);
    });

    it('meldt een ontbrekende beschikkingsdatum', () => {
      expect(velden({ ...FORMEEL, beschikkingDatum: null })).toEqual(['beschikkingDatum']);
      expect(velden({ ...FORMEEL, beschikkingDatum: undefined })).toEqual(['beschikkingDatum']);
    });

    it('meldt beide als kenmerk en datum ontbreken', () => {
      expect(velden({ ...FORMEEL, beschikkingKenmerk: null, beschikkingDatum: null }).sort()).toEqual([
        'beschikkingDatum',
        'beschikkingKenmerk',
      ]);
    });

    it('geeft een Nederlandse melding bij een ontbrekende beschikking', () => {
      const [fout] = controleerVrijstelling({ ...FORMEEL, beschikkingKenmerk: null }, MAX_INFORMEEL);
      expect(fout.melding).toMatch(/verplicht/);
    });
  });

  describe('informeel: einddatum verplicht en begrensd', () => {
    it('meldt een ontbrekende einddatum', () => {
      expect(velden({ ...INFORMEEL, einddatum: null })).toEqual(['einddatum']);
      expect(velden({ ...INFORMEEL, einddatum: undefined })).toEqual(['einddatum']);
    });

    it('accepteert een einddatum precies 183 dagen na de ingangsdatum', () => {
      // 2026-01-01 + 183 days = 2026-07-03.
      expect(velden({ ...INFORMEEL, einddatum: '2026-07-03' })).toEqual([]);
    });

    it('weigert een einddatum 184 dagen na de ingangsdatum', () => {
      const fouten = controleerVrijstelling({ ...INFORMEEL, einddatum: '2026-07-04' }, MAX_INFORMEEL);
      expect(fouten.map((f) => f.veld)).toEqual(['einddatum']);
      expect(fouten[0].melding).toContain('183');
    });

    it('gebruikt de meegegeven maximale duur van de organisatie', () => {
      expect(velden({ ...INFORMEEL, einddatum: '2026-01-31' }, 30)).toEqual([]);
      expect(velden({ ...INFORMEEL, einddatum: '2026-02-01' }, 30)).toEqual(['einddatum']);
    });

    it('accepteert een informele vrijstelling van één dag (einddatum gelijk aan ingangsdatum)', () => {
      expect(velden({ ...INFORMEEL, einddatum: '2026-01-01' })).toEqual([]);
    });
  });

  describe('volgorde van de datums', () => {
    it('weigert een einddatum voor de ingangsdatum, bij formeel en bij informeel', () => {
      expect(velden({ ...FORMEEL, einddatum: '2025-12-31' })).toEqual(['einddatum']);
      expect(velden({ ...INFORMEEL, einddatum: '2025-12-31' })).toEqual(['einddatum']);
    });

    it('meldt bij een einddatum voor de ingangsdatum dat de volgorde fout is', () => {
      const fouten = controleerVrijstelling({ ...INFORMEEL, einddatum: '2025-06-01' }, MAX_INFORMEEL);
      expect(fouten).toHaveLength(1);
      expect(fouten[0].melding).toMatch(/ingangsdatum/);
    });

    it('meldt een ontbrekende herbeoordelingsdatum, bij formeel en bij informeel', () => {
      expect(velden({ ...FORMEEL, herbeoordelingsdatum: null })).toEqual(['herbeoordelingsdatum']);
      expect(velden({ ...INFORMEEL, herbeoordelingsdatum: undefined })).toEqual(['herbeoordelingsdatum']);
    });

    it('weigert een herbeoordelingsdatum voor de ingangsdatum', () => {
      expect(velden({ ...FORMEEL, herbeoordelingsdatum: '2025-12-31' })).toEqual(['herbeoordelingsdatum']);
      expect(velden({ ...INFORMEEL, herbeoordelingsdatum: '2025-12-31' })).toEqual(['herbeoordelingsdatum']);
    });

    it('accepteert een herbeoordelingsdatum op de ingangsdatum', () => {
      expect(velden({ ...FORMEEL, herbeoordelingsdatum: '2026-01-01' })).toEqual([]);
    });

    it('weigert een intrekking voor de ingangsdatum', () => {
      expect(velden({ ...FORMEEL, ingetrokkenOp: '2025-12-31' })).toEqual(['ingetrokkenOp']);
      expect(velden({ ...INFORMEEL, ingetrokkenOp: '2025-12-31' })).toEqual(['ingetrokkenOp']);
    });

    it('accepteert een intrekking op de ingangsdatum', () => {
      expect(velden({ ...FORMEEL, ingetrokkenOp: '2026-01-01' })).toEqual([]);
    });
  });

  describe('meerdere fouten', () => {
    it('meldt alle fouten van een formele vrijstelling zonder beschikking, met datums in de verkeerde volgorde', () => {
      const uitkomst = velden({
        soort: 'formeel',
        ingangsdatum: '2026-01-01',
        einddatum: '2025-01-01',
        herbeoordelingsdatum: '2025-01-01',
        ingetrokkenOp: '2025-01-01',
      });
      expect(uitkomst.sort()).toEqual([
        'beschikkingDatum',
        'beschikkingKenmerk',
        'einddatum',
        'herbeoordelingsdatum',
        'ingetrokkenOp',
      ]);
    });

    it('meldt alle fouten van een lege informele vrijstelling', () => {
      expect(velden({ soort: 'informeel', ingangsdatum: '2026-01-01' }).sort()).toEqual([
        'einddatum',
        'herbeoordelingsdatum',
      ]);
    });

    it('noemt elk veld hoogstens één keer, ook bij willekeurige invoer', () => {
      const datum = fc.integer({ min: 0, max: 1500 }).map((n): Datum => plusDagen('2024-01-01', n));
      const leeg = fc.constantFrom(null, undefined);
      fc.assert(
        fc.property(
          fc.record({
            soort: fc.constantFrom('formeel' as const, 'informeel' as const),
            ingangsdatum: datum,
            einddatum: fc.oneof(datum, leeg),
            herbeoordelingsdatum: fc.oneof(datum, leeg),
            beschikkingKenmerk: fc.oneof(fc.string(), leeg),
            beschikkingDatum: fc.oneof(datum, leeg),
            ingetrokkenOp: fc.oneof(datum, leeg),
          }),
          fc.integer({ min: 1, max: 400 }),
          (v, maxDuur) => {
            const uitkomst = velden(v, maxDuur);
            expect(new Set(uitkomst).size).toBe(uitkomst.length);
            for (const veld of uitkomst) {
              expect([
                'beschikkingKenmerk',
                'beschikkingDatum',
                'einddatum',
                'herbeoordelingsdatum',
                'ingetrokkenOp',
              ]).toContain(veld);
            }
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('keurt elke informele vrijstelling binnen de regels goed', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 3000 }),
          fc.integer({ min: 1, max: 400 }),
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 0, max: 400 }),
          (start, maxDuur, duur, herbeoordeling) => {
            fc.pre(duur <= maxDuur);
            const ingangsdatum = plusDagen('2020-01-01', start);
            const v: VrijstellingRegels = {
              soort: 'informeel',
              ingangsdatum,
              einddatum: plusDagen(ingangsdatum, duur),
              herbeoordelingsdatum: plusDagen(ingangsdatum, herbeoordeling),
            };
            expect(velden(v, maxDuur)).toEqual([]);
          },
        ),
      );
    });
  });
});

describe('isVrijstellingActief', () => {
  const v = { ingangsdatum: '2026-03-01', einddatum: '2026-08-31', ingetrokkenOp: null };

  it('is niet actief op de dag voor de ingangsdatum', () => {
    expect(isVrijstellingActief(v, '2026-02-28')).toBe(false);
  });

  it('is actief op de ingangsdatum', () => {
    expect(isVrijstellingActief(v, '2026-03-01')).toBe(true);
  });

  it('is actief tussen ingangsdatum en einddatum', () => {
    expect(isVrijstellingActief(v, '2026-06-15')).toBe(true);
  });

  it('is nog actief op de einddatum zelf', () => {
    expect(isVrijstellingActief(v, '2026-08-31')).toBe(true);
  });

  it('is niet actief op de dag na de einddatum', () => {
    expect(isVrijstellingActief(v, '2026-09-01')).toBe(false);
  });

  it('is zonder einddatum ook ver in de toekomst nog actief', () => {
    expect(isVrijstellingActief({ ingangsdatum: '2026-03-01', einddatum: null }, '2040-12-31')).toBe(true);
    expect(isVrijstellingActief({ ingangsdatum: '2026-03-01' }, '2099-01-01')).toBe(true);
  });

  it('is niet actief op de dag van intrekking', () => {
    expect(isVrijstellingActief({ ...v, ingetrokkenOp: '2026-05-10' }, '2026-05-10')).toBe(false);
  });

  it('is nog actief op de dag voor de intrekking', () => {
    expect(isVrijstellingActief({ ...v, ingetrokkenOp: '2026-05-11' }, '2026-05-10')).toBe(true);
  });

  it('is niet actief na de intrekking, ook zonder einddatum', () => {
    expect(
      isVrijstellingActief({ ingangsdatum: '2026-03-01', einddatum: null, ingetrokkenOp: '2026-05-10' }, '2027-01-01'),
    ).toBe(false);
  });

  it('is nooit actief als hij op de ingangsdatum is ingetrokken', () => {
    expect(isVrijstellingActief({ ...v, ingetrokkenOp: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isVrijstellingActief({ ...v, ingetrokkenOp: '2026-03-01' }, '2026-04-01')).toBe(false);
  });

  describe('eigenschappen', () => {
    const dag = fc.integer({ min: 0, max: 2000 });
    const optioneleDag = fc.option(dag, { nil: null });
    const d = (n: number): Datum => plusDagen('2022-01-01', n);

    it('is alleen actief als de ingangsdatum op of voor de peildatum ligt, de einddatum niet voor de peildatum en de intrekking erna', () => {
      fc.assert(
        fc.property(dag, optioneleDag, optioneleDag, dag, (ingang, eind, ingetrokken, peil) => {
          const actief = isVrijstellingActief(
            {
              ingangsdatum: d(ingang),
              einddatum: eind === null ? null : d(eind),
              ingetrokkenOp: ingetrokken === null ? null : d(ingetrokken),
            },
            d(peil),
          );
          if (actief) {
            expect(ingang).toBeLessThanOrEqual(peil);
            if (eind !== null) expect(peil).toBeLessThanOrEqual(eind);
            if (ingetrokken !== null) expect(peil).toBeLessThan(ingetrokken);
          }
          const verwacht =
            ingang <= peil && (eind === null || peil <= eind) && (ingetrokken === null || peil < ingetrokken);
          expect(actief).toBe(verwacht);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
