import fc from 'fast-check';
import { controleerAfspraakPeriode } from './afspraak';
import { plusDagen } from './datum';

describe('controleerAfspraakPeriode', () => {
  it('accepteert een afspraak die op één dag begint en eindigt', () => {
    expect(controleerAfspraakPeriode({ startdatum: '2026-11-23', einddatum: '2026-11-23' })).toEqual([]);
  });

  it('accepteert een einddatum na de startdatum', () => {
    expect(controleerAfspraakPeriode({ startdatum: '2026-11-23', einddatum: '2026-11-24' })).toEqual([]);
    expect(controleerAfspraakPeriode({ startdatum: '2026-11-23', einddatum: '2027-05-23' })).toEqual([]);
  });

  it('weigert een einddatum één dag voor de startdatum met een fout op einddatum', () => {
    const fouten = controleerAfspraakPeriode({ startdatum: '2026-11-23', einddatum: '2026-11-22' });
    expect(fouten).toHaveLength(1);
    expect(fouten[0].veld).toBe('einddatum');
    expect(fouten[0].melding).toMatch(/startdatum/);
  });

  it('weigert een einddatum over de jaargrens voor de startdatum', () => {
    expect(controleerAfspraakPeriode({ startdatum: '2027-01-01', einddatum: '2026-12-31' }).map((f) => f.veld)).toEqual(
      ['einddatum'],
    );
  });

  it('gooit een RangeError bij een ongeldige datum', () => {
    expect(() => controleerAfspraakPeriode({ startdatum: '2026-02-30', einddatum: '2026-03-01' })).toThrow(RangeError);
  });

  it('geeft precies dan een fout op einddatum als de einddatum voor de startdatum ligt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: -400, max: 400 }), (start, verschil) => {
        const startdatum = plusDagen('2020-01-01', start);
        const fouten = controleerAfspraakPeriode({ startdatum, einddatum: plusDagen(startdatum, verschil) });
        expect(fouten.map((f) => f.veld)).toEqual(verschil < 0 ? ['einddatum'] : []);
      }),
      { numRuns: 1000 },
    );
  });
});
