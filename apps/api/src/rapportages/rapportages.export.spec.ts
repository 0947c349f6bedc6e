import { naarCsv } from './rapportages.export';

describe('naarCsv', () => {
  it('schrijft getallen met een decimale komma en tekst die een spreadsheet nooit als formule uitvoert', () => {
    const csv = naarCsv([
      {
        naam: 'Kerncijfers',
        kolommen: ['Kenmerk', 'Waarde'],
        rijen: [
          ['Filter', 'Gemeente =HYPERLINK("http://x")'],
          ['=1+1', 0.25],
          ['@SUM(A1)', -3],
          ['Onderdrukt', null],
        ],
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFOnderdeel;Kenmerk;Waarde;Waarde 2',
      'Kerncijfers;Filter;"Gemeente =HYPERLINK(""http://x"")"',
      "Kerncijfers;'=1+1;0,25",
      "Kerncijfers;'@SUM(A1);-3",
      'Kerncijfers;Onderdrukt;',
      '',
    ]);
  });
});
