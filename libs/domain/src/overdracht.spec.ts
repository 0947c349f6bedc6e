import fc from 'fast-check';
import { overdrachtOverzicht, verdeelOverTeam, type Ontvanger } from './overdracht';

const o = (id: string, naam: string, caseload: number): Ontvanger => ({ id, naam, caseload });

describe('verdeelOverTeam', () => {
  it('geeft zonder klanten niemand iets', () => {
    expect(verdeelOverTeam([], [o('a', 'Anna', 3)])).toEqual([]);
    expect(verdeelOverTeam([], [])).toEqual([]);
  });

  it('weigert klanten als er niemand is om ze te ontvangen', () => {
    expect(() => verdeelOverTeam(['k1'], [])).toThrow('geen klantmanager');
  });

  it('weigert een dubbele ontvanger', () => {
    expect(() => verdeelOverTeam(['k1'], [o('a', 'Anna', 0), o('a', 'Anna', 0)])).toThrow('Dubbele');
  });

  it('geeft elke klant aan wie op dat moment de kleinste caseload heeft', () => {
    const verdeling = verdeelOverTeam(
      ['k1', 'k2', 'k3', 'k4'],
      [o('a', 'Anna', 5), o('b', 'Bram', 2), o('c', 'Cor', 3)],
    );
    // Bram 2→3; Bram and Cor tie at 3, Bram first by name → 4; Cor 3→4; Bram and Cor tie at 4 → Bram.
    expect(verdeling.map((t) => t.naarId)).toEqual(['b', 'b', 'c', 'b']);
  });

  it('beslist een gelijke stand op naam, dan op id', () => {
    expect(verdeelOverTeam(['k1'], [o('z', 'Zoë', 1), o('y', 'Anna', 1)])[0].naarId).toBe('y');
    expect(verdeelOverTeam(['k1'], [o('2', 'Anna', 1), o('1', 'Anna', 1)])[0].naarId).toBe('1');
  });

  it('houdt de volgorde van de klanten aan', () => {
    expect(verdeelOverTeam(['x', 'y'], [o('a', 'Anna', 0), o('b', 'Bram', 0)])).toEqual([
      { klant: 'x', naarId: 'a' },
      { klant: 'y', naarId: 'b' },
    ]);
  });

  it('laat de invoer ongemoeid', () => {
    const ontvangers = [o('a', 'Anna', 0)];
    verdeelOverTeam(['k1', 'k2'], ontvangers);
    expect(ontvangers[0].caseload).toBe(0);
  });

  it('hangt niet af van de volgorde van de ontvangers', () => {
    const ontvangers = [o('a', 'Anna', 1), o('b', 'Bram', 0), o('c', 'Cor', 4)];
    const heen = verdeelOverTeam(['1', '2', '3', '4', '5'], ontvangers);
    const terug = verdeelOverTeam(['1', '2', '3', '4', '5'], [...ontvangers].reverse());
    expect(terug).toEqual(heen);
  });

  const ontvangersArb = fc.uniqueArray(
    fc.record({ id: fc.uuid(), naam: fc.string({ maxLength: 6 }), caseload: fc.nat({ max: 40 }) }),
    {
      minLength: 1,
      maxLength: 8,
      selector: (r) => r.id,
    },
  );

  it('laat niemand weg, behoudt de totalen en verdeelt zo gelijk mogelijk (eigenschap)', () => {
    fc.assert(
      fc.property(ontvangersArb, fc.nat({ max: 120 }), (ontvangers, aantal) => {
        const klanten = Array.from({ length: aantal }, (_, i) => `k${i}`);
        const verdeling = verdeelOverTeam(klanten, ontvangers);
        // Nobody left out, nobody twice, and only to the given ontvangers.
        expect(verdeling.map((t) => t.klant)).toEqual(klanten);
        const ids = new Set(ontvangers.map((r) => r.id));
        expect(verdeling.every((t) => ids.has(t.naarId))).toBe(true);
        // Totals preserved.
        const overzicht = overdrachtOverzicht(verdeling, ontvangers);
        expect(overzicht.reduce((s, r) => s + r.aantal, 0)).toBe(aantal);
        expect(overzicht.reduce((s, r) => s + r.caseloadNa, 0)).toBe(
          ontvangers.reduce((s, r) => s + r.caseload, 0) + aantal,
        );
        // As even as possible: whoever received anything ends at most one above the smallest caseload after.
        const minNa = Math.min(...overzicht.map((r) => r.caseloadNa));
        for (const r of overzicht) if (r.aantal > 0) expect(r.caseloadNa).toBeLessThanOrEqual(minNa + 1);
      }),
    );
  });
});

describe('overdrachtOverzicht', () => {
  it('noemt elke ontvanger, ook met 0, op naam', () => {
    const ontvangers = [o('b', 'Bram', 2), o('a', 'Anna', 7)];
    expect(overdrachtOverzicht(verdeelOverTeam(['k1', 'k2'], ontvangers), ontvangers)).toEqual([
      { id: 'a', naam: 'Anna', aantal: 0, caseloadNa: 7 },
      { id: 'b', naam: 'Bram', aantal: 2, caseloadNa: 4 },
    ]);
  });
});
