import fc from 'fast-check';
import { bsnMetControlecijfer, isGeldigBsn, maskeerBsn } from './bsn';

const cijfer = fc.constantFrom(...'0123456789'.split(''));
const cijfers = (lengte: number) => fc.string({ unit: cijfer, minLength: lengte, maxLength: lengte });

/** Independent oracle for the test: the weights of the elfproef as the Belastingdienst publishes them. */
function gewogenSom(negenCijfers: string): number {
  const gewichten = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  return negenCijfers.split('').reduce((som, c, i) => som + Number(c) * gewichten[i], 0);
}

/** Valid BSNs, built from a random prefix (about 10 out of 11 prefixes have a check digit). */
const geldigBsn = cijfers(8)
  .map((eerste8) => bsnMetControlecijfer(eerste8))
  .filter((bsn): bsn is string => bsn !== undefined);

describe('isGeldigBsn', () => {
  it.each([
    ['111222333', 'bekend testnummer'],
    ['123456782', 'bekend testnummer'],
    ['999999990', 'hoogste cijfers met controlecijfer 0'],
    ['100000009', 'gewogen som precies 0'],
    ['010000008', 'voorloopnul'],
    ['001000007', 'twee voorloopnullen'],
  ])('accepteert %s (%s)', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(true);
  });

  it.each([
    ['123456789', 'verkeerd controlecijfer'],
    ['111222334', 'controlecijfer één te hoog'],
    ['123456783', 'controlecijfer één te hoog'],
    ['12345678', 'acht cijfers'],
    ['1234567820', 'tien cijfers'],
    ['01234567', 'acht cijfers met voorloopnul'],
    ['12345678a', 'letter'],
    ['ABCDEFGHI', 'alleen letters'],
    [' 123456782', 'spatie vooraan'],
    ['123456782 ', 'spatie achteraan'],
    ['123 456 782', 'spaties ertussen'],
    ['123456782\n', 'regeleinde achteraan'],
    ['12345678-2', 'streepje'],
    ['+12345678', 'plusteken'],
    ['000000000', 'nullen halen de som maar zijn geen BSN'],
    ['', 'leeg'],
  ])('weigert %p (%s)', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(false);
  });

  it.each([[123456782], [111222333], [null], [undefined], [{}], [['123456782']], [new String('123456782')]])(
    'weigert een waarde die geen tekst is: %p',
    (waarde) => {
      expect(isGeldigBsn(waarde)).toBe(false);
    },
  );

  it('accepteert precies de negencijferige reeksen waarvan de gewogen som deelbaar is door 11 (behalve 000000000)', () => {
    fc.assert(
      fc.property(cijfers(9), (reeks) => {
        const verwacht = reeks !== '000000000' && gewogenSom(reeks) % 11 === 0;
        expect(isGeldigBsn(reeks)).toBe(verwacht);
      }),
      { numRuns: 2000 },
    );
  });

  it('ziet elke verandering van één enkel cijfer in een geldig BSN (de elfproef vangt elke tikfout in één cijfer)', () => {
    fc.assert(
      fc.property(
        geldigBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (bsn, positie, verschuiving) => {
          const oud = Number(bsn[positie]);
          const nieuw = String((oud + verschuiving) % 10);
          const gewijzigd = bsn.slice(0, positie) + nieuw + bsn.slice(positie + 1);
          expect(gewijzigd).not.toBe(bsn);
          expect(isGeldigBsn(gewijzigd)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('ziet elke verwisseling van twee verschillende naburige cijfers', () => {
    fc.assert(
      fc.property(geldigBsn, fc.integer({ min: 0, max: 7 }), (bsn, positie) => {
        fc.pre(bsn[positie] !== bsn[positie + 1]);
        const verwisseld = bsn.slice(0, positie) + bsn[positie + 1] + bsn[positie] + bsn.slice(positie + 2);
        expect(isGeldigBsn(verwisseld)).toBe(false);
      }),
    );
  });
});

describe('bsnMetControlecijfer', () => {
  it.each([
    ['12345678', '123456782'],
    ['11122233', '111222333'],
    ['01000000', '010000008'],
    ['10000000', '100000009'],
    ['99999999', '999999990'],
  ])('vult %s aan tot het geldige BSN %s', (eerste8, verwacht) => {
    expect(bsnMetControlecijfer(eerste8)).toBe(verwacht);
  });

  it('geeft undefined als het controlecijfer 10 zou moeten zijn', () => {
    // 5 × 2 = 10: geen cijfer 0–9 maakt de som deelbaar door 11.
    expect(bsnMetControlecijfer('00000005')).toBeUndefined();
  });

  it('geeft undefined voor acht nullen, omdat 000000000 geen BSN is', () => {
    expect(bsnMetControlecijfer('00000000')).toBeUndefined();
  });

  it.each(['1234567', '123456789', '1234567a', ' 2345678', '', '1234 678'])(
    'weigert %p als begin met een RangeError',
    (invoer) => {
      expect(() => bsnMetControlecijfer(invoer)).toThrow(RangeError);
    },
  );

  it('geeft voor elk begin van acht cijfers undefined of een geldig BSN dat met die acht cijfers begint', () => {
    fc.assert(
      fc.property(cijfers(8), (eerste8) => {
        const bsn = bsnMetControlecijfer(eerste8);
        if (bsn === undefined) {
          // Then no last digit at all makes it valid.
          for (let laatste = 0; laatste <= 9; laatste++) expect(isGeldigBsn(`${eerste8}${laatste}`)).toBe(false);
        } else {
          expect(bsn).toMatch(/^\d{9}$/);
          expect(bsn.slice(0, 8)).toBe(eerste8);
          expect(isGeldigBsn(bsn)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('vindt een controlecijfer precies wanneer de gewogen som van de eerste acht cijfers modulo 11 geen 10 is', () => {
    fc.assert(
      fc.property(cijfers(8), (eerste8) => {
        const rest = gewogenSom(`${eerste8}0`) % 11;
        const verwacht = rest === 10 || eerste8 === '00000000' ? undefined : `${eerste8}${rest}`;
        expect(bsnMetControlecijfer(eerste8)).toBe(verwacht);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('maskeerBsn', () => {
  it.each([
    ['123456782', '*****6782'],
    ['010000008', '*****0008'],
    ['111222333', '*****2333'],
  ])('toont van %s alleen de laatste vier cijfers: %s', (bsn, verwacht) => {
    expect(maskeerBsn(bsn)).toBe(verwacht);
  });

  it('toont voor elk BSN precies vijf sterretjes gevolgd door de laatste vier cijfers', () => {
    fc.assert(
      fc.property(cijfers(9), (bsn) => {
        const gemaskeerd = maskeerBsn(bsn);
        expect(gemaskeerd).toHaveLength(9);
        expect(gemaskeerd.slice(0, 5)).toBe('*****');
        expect(gemaskeerd.slice(5)).toBe(bsn.slice(5, 9));
        expect(gemaskeerd).toMatch(/^\*{5}\d{4}$/);
      }),
    );
  });
});
