import { bewaarConcept, conceptSleutel, leesConcept, wisAlleConcepten } from './concept';

describe('lokale concepten', () => {
  beforeEach(() => localStorage.clear());

  it('bewaart een concept per medewerker en klant en leest het terug', () => {
    bewaarConcept(conceptSleutel('gesprek', 'm1', 'k1'), { toelichting: 'half af' }, new Date('2026-12-01T10:00:00Z'));
    expect(leesConcept(conceptSleutel('gesprek', 'm1', 'k1'))).toEqual({
      opgeslagenOp: '2026-12-01T10:00:00.000Z',
      waarden: { toelichting: 'half af' },
    });
    expect(leesConcept(conceptSleutel('gesprek', 'm2', 'k1'))).toBeNull();
  });

  it('wist bij uitloggen alle concepten, en niets anders', () => {
    bewaarConcept(conceptSleutel('gesprek', 'm1', 'k1'), { a: 1 });
    bewaarConcept(conceptSleutel('gesprek', 'm1', 'k2'), { a: 2 });
    localStorage.setItem('kib:weergave', 'compact');
    wisAlleConcepten();
    expect(leesConcept(conceptSleutel('gesprek', 'm1', 'k1'))).toBeNull();
    expect(leesConcept(conceptSleutel('gesprek', 'm1', 'k2'))).toBeNull();
    expect(localStorage.getItem('kib:weergave')).toBe('compact');
  });
});
