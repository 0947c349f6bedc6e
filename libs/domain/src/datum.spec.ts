import fc from 'fast-check';
import { dagenTussen, datumInNederland, isGeldigeDatum, leeftijd, plusDagen, plusMaanden, vandaag } from './datum';

describe('isGeldigeDatum', () => {
  it.each(['2026-11-23', '2024-02-29', '2000-02-29', '1900-01-01', '2999-12-31'])('accepteert %s', (d) => {
    expect(isGeldigeDatum(d)).toBe(true);
  });
  it.each([
    ['2023-02-29', 'geen schrikkeljaar'],
    ['1900-02-29', 'eeuwjaar zonder schrikkeldag'],
    ['2026-02-30', 'bestaat niet'],
    ['2026-04-31', 'april heeft 30 dagen'],
    ['2026-13-01', 'maand 13'],
    ['2026-00-10', 'maand 0'],
    ['2026-01-00', 'dag 0'],
    ['26-01-01', 'jaar in twee cijfers'],
    ['2026-1-1', 'zonder voorloopnullen'],
    ['2026-01-01T00:00:00Z', 'tijdstip in plaats van datum'],
    ['1899-12-31', 'voor 1900'],
    ['', 'leeg'],
  ])('weigert %s (%s)', (d) => {
    expect(isGeldigeDatum(d)).toBe(false);
  });
  it.each([null, undefined, 20261123, new Date(), {}])('weigert een niet-tekst %p', (d) => {
    expect(isGeldigeDatum(d)).toBe(false);
  });
});

describe('dagen en maanden rekenen', () => {
  it('telt hele dagen, ook over een schrikkeldag en de zomertijdwissel', () => {
    expect(dagenTussen('2024-02-28', '2024-03-01')).toBe(2);
    expect(dagenTussen('2026-03-28', '2026-03-30')).toBe(2);
    expect(dagenTussen('2026-11-23', '2026-11-23')).toBe(0);
    expect(dagenTussen('2026-11-23', '2026-11-01')).toBe(-22);
  });
  it('telt dagen op en af', () => {
    expect(plusDagen('2026-12-31', 1)).toBe('2027-01-01');
    expect(plusDagen('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('telt maanden op en kapt af op de laatste dag van de maand', () => {
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMaanden('2024-01-31', 1)).toBe('2024-02-29');
    expect(plusMaanden('2026-08-15', 6)).toBe('2027-02-15');
    expect(plusMaanden('2026-03-31', -1)).toBe('2026-02-28');
    expect(plusMaanden('2026-01-15', -13)).toBe('2024-12-15');
  });
  it('weigert te rekenen met een ongeldige datum', () => {
    expect(() => plusDagen('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('datum in Nederland', () => {
  it('geeft de Nederlandse kalenderdatum, ook als het in UTC nog gisteren is', () => {
    expect(datumInNederland(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23'); // 00:30 wintertijd
    expect(datumInNederland(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // 00:30 zomertijd
    expect(datumInNederland(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
    expect(vandaag(new Date('2026-11-23T12:00:00Z'))).toBe('2026-11-23');
  });
});

describe('leeftijd', () => {
  it('telt hele jaren en is pas op de verjaardag een jaar ouder', () => {
    expect(leeftijd('1990-11-23', '2026-11-22')).toBe(35);
    expect(leeftijd('1990-11-23', '2026-11-23')).toBe(36);
    expect(leeftijd('2000-02-29', '2026-02-28')).toBe(25);
    expect(leeftijd('2000-02-29', '2026-03-01')).toBe(26);
  });
});

describe('datumInNederland (één gedeelde formatter)', () => {
  it('geeft voor elk moment dezelfde datum als de datum die de browser in Amsterdam toont', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }),
        (moment) => {
          expect(datumInNederland(moment)).toBe(moment.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
