import { csvRegel, csvVeld, neutraliseerFormule } from './formule';

describe('formule-injectie in exports', () => {
  it('zet een apostrof voor tekst die een rekenblad als formule zou uitvoeren', () => {
    for (const tekst of ['=1+1', '+31612345678', '-2', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseerFormule(tekst)).toBe(`'${tekst}`);
    }
    expect(neutraliseerFormule('Jansen')).toBe('Jansen');
    expect(neutraliseerFormule('a=b')).toBe('a=b');
  });

  it('maakt CSV-velden met scheidingstekens, aanhalingstekens en regeleinden veilig', () => {
    expect(csvVeld('Vries; de')).toBe('"Vries; de"');
    expect(csvVeld('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvVeld('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvVeld(-3)).toBe('-3');
    expect(csvVeld(null)).toBe('');
    expect(csvRegel([2, 'BSN', 'is verplicht'])).toBe('2;BSN;is verplicht\r\n');
  });
});
