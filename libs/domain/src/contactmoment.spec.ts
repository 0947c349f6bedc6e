import fc from 'fast-check';
import { KANALEN, RESULTATEN, type Kanaal, type Resultaat } from './codelijsten';
import { MAX_TOEKOMST_MS, controleerContactmoment, teltAlsGezien } from './contactmoment';

/**
 * Expected outcome for every combination (docs/ontwerp.md, "Contactmoment": only a conversation that took place
 * counts as gezien).
 */
const TELT_ALS_GEZIEN: Record<string, Record<string, boolean>> = {
  gesprek_op_locatie: { gesproken: true, no_show: false, afgezegd: false, niet_bereikt: false, verstuurd: false },
  huisbezoek: { gesproken: true, no_show: false, afgezegd: false, niet_bereikt: false, verstuurd: false },
  beeldbellen: { gesproken: true, no_show: false, afgezegd: false, niet_bereikt: false, verstuurd: false },
  telefoon: { gesproken: true, no_show: false, afgezegd: false, niet_bereikt: false, verstuurd: false },
  email: { gesproken: false, no_show: false, afgezegd: false, niet_bereikt: false, verstuurd: false },
  brief: { gesproken: false, no_show: false, afgezegd: false, niet_bereikt: false, verstuurd: false },
  bericht: { gesproken: false, no_show: false, afgezegd: false, niet_bereikt: false, verstuurd: false },
};

/** Which resultaat is possible on which kanaal (a conversation is never "verstuurd"; a letter is never spoken). */
const TOEGESTAAN: Record<string, Record<string, boolean>> = {
  gesprek_op_locatie: { gesproken: true, no_show: true, afgezegd: true, niet_bereikt: true, verstuurd: false },
  huisbezoek: { gesproken: true, no_show: true, afgezegd: true, niet_bereikt: true, verstuurd: false },
  beeldbellen: { gesproken: true, no_show: true, afgezegd: true, niet_bereikt: true, verstuurd: false },
  telefoon: { gesproken: true, no_show: true, afgezegd: true, niet_bereikt: true, verstuurd: false },
  email: { gesproken: false, no_show: false, afgezegd: false, niet_bereikt: true, verstuurd: true },
  brief: { gesproken: false, no_show: false, afgezegd: false, niet_bereikt: true, verstuurd: true },
  bericht: { gesproken: false, no_show: false, afgezegd: false, niet_bereikt: true, verstuurd: true },
};

const KRUISPRODUCT: [Kanaal, Resultaat][] = KANALEN.flatMap((k) => RESULTATEN.map((r): [Kanaal, Resultaat] => [k, r]));

const NU = new Date('2026-11-23T12:00:00.000Z');
const VERLEDEN = '2026-11-20T09:30:00.000Z';

describe('teltAlsGezien', () => {
  it('de tabel beslaat precies alle 7 kanalen × 5 resultaten', () => {
    expect(KRUISPRODUCT).toHaveLength(35);
    expect(Object.keys(TELT_ALS_GEZIEN).sort()).toEqual([...KANALEN].sort());
    for (const k of KANALEN) expect(Object.keys(TELT_ALS_GEZIEN[k]).sort()).toEqual([...RESULTATEN].sort());
  });

  it.each(KRUISPRODUCT)('kanaal %s met resultaat %s telt als gezien volgens de tabel', (kanaal, resultaat) => {
    expect(teltAlsGezien({ kanaal, resultaat })).toBe(TELT_ALS_GEZIEN[kanaal][resultaat]);
  });

  it('telt in totaal precies vier combinaties als gezien: de gesprekskanalen met "gesproken"', () => {
    const gezien = KRUISPRODUCT.filter(([kanaal, resultaat]) => teltAlsGezien({ kanaal, resultaat }));
    expect(gezien).toEqual([
      ['gesprek_op_locatie', 'gesproken'],
      ['huisbezoek', 'gesproken'],
      ['beeldbellen', 'gesproken'],
      ['telefoon', 'gesproken'],
    ]);
  });

  it('telt een brief, e-mail of bericht nooit als gezien, ook niet als "gesproken" is ingevuld', () => {
    for (const kanaal of ['email', 'brief', 'bericht'] as const) {
      expect(teltAlsGezien({ kanaal, resultaat: 'gesproken' })).toBe(false);
    }
  });

  it('telt een no-show, afzegging of mislukt telefoontje nooit als gezien', () => {
    for (const resultaat of ['no_show', 'afgezegd', 'niet_bereikt'] as const) {
      expect(teltAlsGezien({ kanaal: 'telefoon', resultaat })).toBe(false);
      expect(teltAlsGezien({ kanaal: 'gesprek_op_locatie', resultaat })).toBe(false);
    }
  });
});

describe('controleerContactmoment', () => {
  describe('kanaal en resultaat', () => {
    it.each(KRUISPRODUCT)(
      'kanaal %s met resultaat %s geeft alleen een fout op resultaat als de combinatie niet kan',
      (kanaal, resultaat) => {
        const fouten = controleerContactmoment({ kanaal, resultaat, plaatsgevondenOp: VERLEDEN }, NU);
        expect(fouten.map((f) => f.veld)).toEqual(TOEGESTAAN[kanaal][resultaat] ? [] : ['resultaat']);
      },
    );

    it.each(['gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon'] as const)(
      'weigert "verstuurd" bij het gesprekskanaal %s met een Nederlandse melding op resultaat',
      (kanaal) => {
        const fouten = controleerContactmoment({ kanaal, resultaat: 'verstuurd', plaatsgevondenOp: VERLEDEN }, NU);
        expect(fouten).toHaveLength(1);
        expect(fouten[0].veld).toBe('resultaat');
        expect(fouten[0].melding).toMatch(/verstuurd/);
      },
    );

    it.each(['email', 'brief', 'bericht'] as const)(
      'accepteert bij het schriftelijke kanaal %s alleen "verstuurd" en "niet_bereikt"',
      (kanaal) => {
        const geldig = RESULTATEN.filter(
          (resultaat) => controleerContactmoment({ kanaal, resultaat, plaatsgevondenOp: VERLEDEN }, NU).length === 0,
        );
        expect([...geldig].sort()).toEqual(['niet_bereikt', 'verstuurd']);
      },
    );
  });

  describe('plaatsgevondenOp', () => {
    it('staat een uur vooruit toe (klokverschil)', () => {
      expect(MAX_TOEKOMST_MS).toBe(3_600_000);
    });

    it('accepteert een moment in het verleden en precies nu', () => {
      expect(
        controleerContactmoment({ kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp: VERLEDEN }, NU),
      ).toEqual([]);
      expect(
        controleerContactmoment(
          { kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp: '2026-11-23T12:00:00.000Z' },
          NU,
        ),
      ).toEqual([]);
    });

    it('accepteert precies één uur na nu', () => {
      expect(
        controleerContactmoment(
          { kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp: '2026-11-23T13:00:00.000Z' },
          NU,
        ),
      ).toEqual([]);
    });

    it('weigert één uur en één seconde na nu met een fout op plaatsgevondenOp', () => {
      const fouten = controleerContactmoment(
        { kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp: '2026-11-23T13:00:01.000Z' },
        NU,
      );
      expect(fouten.map((f) => f.veld)).toEqual(['plaatsgevondenOp']);
      expect(fouten[0].melding).toMatch(/toekomst/);
    });

    it('weigert al één milliseconde na het toegestane uur', () => {
      const fouten = controleerContactmoment(
        { kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp: '2026-11-23T13:00:00.001Z' },
        NU,
      );
      expect(fouten.map((f) => f.veld)).toEqual(['plaatsgevondenOp']);
    });

    it('rekent met de tijdzone in het tijdstip: 14:00 Nederlandse wintertijd is precies een uur na 12:00 UTC', () => {
      expect(
        controleerContactmoment(
          { kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp: '2026-11-23T14:00:00+01:00' },
          NU,
        ),
      ).toEqual([]);
      expect(
        controleerContactmoment(
          { kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp: '2026-11-23T14:00:01+01:00' },
          NU,
        ).map((f) => f.veld),
      ).toEqual(['plaatsgevondenOp']);
    });

    it('weigert een dag in de toekomst', () => {
      const fouten = controleerContactmoment(
        { kanaal: 'huisbezoek', resultaat: 'gesproken', plaatsgevondenOp: '2026-11-24T12:00:00.000Z' },
        NU,
      );
      expect(fouten.map((f) => f.veld)).toEqual(['plaatsgevondenOp']);
    });

    it('meldt een onmogelijke combinatie en een tijdstip in de toekomst allebei', () => {
      const fouten = controleerContactmoment(
        { kanaal: 'brief', resultaat: 'gesproken', plaatsgevondenOp: '2026-12-01T12:00:00.000Z' },
        NU,
      );
      expect(fouten.map((f) => f.veld).sort()).toEqual(['plaatsgevondenOp', 'resultaat']);
    });

    it('geeft voor elk tijdstip tot en met een uur na nu geen fout, en daarna altijd een fout op plaatsgevondenOp', () => {
      const uurMs = 3_600_000;
      fc.assert(
        fc.property(
          fc.integer({ min: -5 * 365 * 24 * uurMs, max: 30 * 24 * uurMs }),
          fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
          (verschilMs, nuMs) => {
            const nu = new Date(nuMs);
            const plaatsgevondenOp = new Date(nuMs + verschilMs).toISOString();
            const fouten = controleerContactmoment(
              { kanaal: 'telefoon', resultaat: 'gesproken', plaatsgevondenOp },
              nu,
            );
            expect(fouten.map((f) => f.veld)).toEqual(verschilMs > uurMs ? ['plaatsgevondenOp'] : []);
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
});
