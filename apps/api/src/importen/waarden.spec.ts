import { codeZoeker, inhoudSleutel, kopSleutel, leesDatum, leesGeheel, leesTijdstip } from './waarden';

describe('import: waarden uit een rekenblad', () => {
  it('leest datums als dd-mm-jjjj, d-m-jjjj en ISO, en weigert wat niet bestaat', () => {
    expect(leesDatum('17-05-1980')).toBe('1980-05-17');
    expect(leesDatum('3-2-1990')).toBe('1990-02-03');
    expect(leesDatum('03/02/1990')).toBe('1990-02-03');
    expect(leesDatum(' 2026-11-23 ')).toBe('2026-11-23');
    expect(leesDatum('31-02-2026')).toBeUndefined();
    expect(leesDatum('2026-02-29')).toBeUndefined();
    expect(leesDatum('2028-02-29')).toBe('2028-02-29');
    expect(leesDatum('1980-5-17')).toBeUndefined();
    expect(leesDatum('17051980')).toBeUndefined();
    expect(leesDatum('')).toBeUndefined();
  });

  it('leest tijdstippen als Nederlandse tijd, in winter- en zomertijd, of met een eigen tijdzone', () => {
    expect(leesTijdstip('02-03-2026 10:30')).toBe('2026-03-02T09:30:00.000Z');
    expect(leesTijdstip('2026-07-01 10:30:15')).toBe('2026-07-01T08:30:15.000Z');
    expect(leesTijdstip('2026-07-01')).toBe('2026-07-01T10:00:00.000Z');
    expect(leesTijdstip('2026-03-05T09:00:00+01:00')).toBe('2026-03-05T08:00:00.000Z');
    expect(leesTijdstip('2026-03-05T09:00:00Z')).toBe('2026-03-05T09:00:00.000Z');
    // The night the clocks go forward (29 March 2026, 02:00 → 03:00) and back (25 October, 03:00 → 02:00).
    expect(leesTijdstip('29-03-2026 01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(leesTijdstip('29-03-2026 03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(leesTijdstip('25-10-2026 12:00')).toBe('2026-10-25T11:00:00.000Z');
    expect(leesTijdstip('02-03-2026 24:00')).toBeUndefined();
    expect(leesTijdstip('31-02-2026 10:00')).toBeUndefined();
    expect(leesTijdstip('gisteren')).toBeUndefined();
  });

  it('vergelijkt kolomnamen los en vindt codes op code of naam', () => {
    expect(kopSleutel('\uFEFFStartdatum uitkering')).toBe(kopSleutel('startdatum_uitkering'));
    expect(kopSleutel('E-mail')).toBe(kopSleutel('email'));
    expect(kopSleutel('Categorieën')).toBe('categorieen');
    const zoek = codeZoeker(['gesprek_op_locatie', 'telefoon'] as const, { gesprek_op_locatie: 'Gesprek op locatie' });
    expect(zoek('Gesprek op locatie')).toBe('gesprek_op_locatie');
    expect(zoek('GESPREK-OP-LOCATIE')).toBe('gesprek_op_locatie');
    expect(zoek('Telefoon')).toBe('telefoon');
    expect(zoek('fax')).toBeUndefined();
  });

  it('leest gehele getallen binnen grenzen', () => {
    expect(leesGeheel('3', 1, 6)).toBe(3);
    expect(leesGeheel('7', 1, 6)).toBeUndefined();
    expect(leesGeheel('3,5', 1, 6)).toBeUndefined();
  });

  it('geeft dezelfde inhoud dezelfde sleutel, hoe de velden ook geordend zijn', () => {
    expect(inhoudSleutel({ a: 1, b: 'x' })).toBe(inhoudSleutel({ b: 'x', a: 1 }));
    expect(inhoudSleutel({ a: 1, b: 'x' })).not.toBe(inhoudSleutel({ a: 1, b: 'y' }));
    expect(inhoudSleutel({ a: null })).toBe(inhoudSleutel({ a: undefined }));
  });
});
