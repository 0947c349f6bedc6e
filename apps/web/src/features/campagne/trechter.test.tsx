import { conflictTekst, andereWeek, werkweek } from './agenda';
import { opkomstTekst, trechterStappen, waaromNiemand } from './trechter';

describe('trechter', () => {
  it('zet de stappen in volgorde met hun aantallen', () => {
    const stappen = trechterStappen({
      cohort: 10,
      uitgenodigd: 2,
      nagebeld: 1,
      verschenen: 1,
      noShow: 0,
      gesprekGevoerd: 1,
      planGemaakt: 1,
    });
    expect(stappen.map((s) => [s.label, s.aantal])).toEqual([
      ['Cohort', 10],
      ['Uitgenodigd', 2],
      ['Nagebeld', 1],
      ['Verschenen', 1],
      ['Niet verschenen', 0],
      ['Gesprek gevoerd', 1],
      ['Plan gemaakt', 1],
    ]);
  });

  it('toont de opkomst als percentage, en een streep zonder uitkomsten', () => {
    expect(opkomstTekst({ uitnodigingen: 3, verschenen: 2 })).toBe('67% (2 van 3)');
    expect(opkomstTekst({ uitnodigingen: 0, verschenen: 0 })).toBe('–');
  });

  it('legt uit welke criteria de selectie leeg maken', () => {
    expect(waaromNiemand({ nietGesprokenMaanden: 12, teamIds: ['t1'] })).toEqual([
      'Alleen klanten die 12 maanden of langer niet gesproken zijn: kies een kortere periode.',
      'Alleen klanten met een klantmanager in de gekozen teams (klanten zonder klantmanager vallen hierbuiten): kies meer teams.',
    ]);
    expect(waaromNiemand({})).toEqual(['Er zijn geen klanten met een lopende uitkering in je organisatie.']);
  });
});

describe('agenda', () => {
  it('geeft de werkweek en de weken ervoor en erna', () => {
    expect(werkweek('2026-12-03')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(andereWeek('2026-12-03', 1)).toBe('2026-12-07');
    expect(andereWeek('2026-12-03', -1)).toBe('2026-11-23');
  });

  it('zegt een dubbele afspraak in woorden, in Nederlandse tijd', () => {
    expect(conflictTekst('2026-12-08T09:00:00Z', 'Jan Jansen')).toBe(
      'Je hebt op dinsdag 8 december om 10:00 al een gesprek (Jan Jansen). Kies een ander tijdstip.',
    );
  });
});
