import {
  briefDatum,
  briefWaarden,
  controleerSjabloon,
  onbekendeVelden,
  SAMENVOEGVELDEN,
  STANDAARD_BRIEF,
  VOORBEELD_WAARDEN,
  vulSjabloon,
} from './brief';

describe('controleerSjabloon', () => {
  it('accepteert de standaardbrief', () => {
    expect(controleerSjabloon(STANDAARD_BRIEF)).toEqual([]);
  });

  it('accepteert elk bekend samenvoegveld, ook met spaties binnen de accolades', () => {
    for (const v of SAMENVOEGVELDEN) {
      expect(controleerSjabloon({ onderwerp: `x {{${v.naam}}}`, inhoud: `{{ ${v.naam} }}` })).toEqual([]);
    }
  });

  it('noemt een onbekend veld op het juiste veld', () => {
    expect(controleerSjabloon({ onderwerp: 'Hallo', inhoud: 'BSN {{klant.bsn}}' })).toEqual([
      { veld: 'inhoud', melding: 'onbekend samenvoegveld {{klant.bsn}}' },
    ]);
    expect(controleerSjabloon({ onderwerp: '{{foo}}', inhoud: 'ok' }).map((f) => f.veld)).toEqual(['onderwerp']);
  });

  it('noemt elk onbekend veld apart', () => {
    expect(controleerSjabloon({ onderwerp: '', inhoud: '{{a}} {{b}}' }).map((f) => f.melding)).toEqual([
      'onbekend samenvoegveld {{a}}',
      'onbekend samenvoegveld {{b}}',
    ]);
  });

  it.each([
    '{{klant.naam}',
    '{klant.naam}}',
    'Beste {{klant.naam',
    'klant.naam}}',
    '{ los',
    'los }',
    '{{{klant.naam}}}',
  ])('weigert accolades die niet kloppen: %s', (inhoud) => {
    const fouten = controleerSjabloon({ onderwerp: 'ok', inhoud });
    expect(fouten.some((f) => f.veld === 'inhoud' && /accolades/.test(f.melding))).toBe(true);
  });

  it('weigert een leeg veld {{}}', () => {
    expect(controleerSjabloon({ onderwerp: 'ok', inhoud: '{{}}' })).toEqual([
      { veld: 'inhoud', melding: 'onbekend samenvoegveld {{}}' },
    ]);
  });
});

describe('vulSjabloon', () => {
  it('vult bekende velden in', () => {
    expect(
      vulSjabloon('{{klant.aanhef}}, tot {{ uitnodiging.tijd }}', {
        'klant.aanhef': 'Beste Ans',
        'uitnodiging.tijd': '10:30',
      }),
    ).toBe('Beste Ans, tot 10:30');
  });

  it('laat een onbekend of ontbrekend veld zichtbaar staan', () => {
    expect(vulSjabloon('{{klant.bsn}} {{klant.naam}}', {})).toBe('{{klant.bsn}} {{klant.naam}}');
    expect(vulSjabloon('{{klant.bsn}}', { 'klant.bsn': '123' })).toBe('{{klant.bsn}}');
  });

  it('voert een waarde niet nog eens als sjabloon uit', () => {
    expect(vulSjabloon('{{klant.naam}}', { 'klant.naam': '{{vandaag}}', vandaag: 'x' })).toBe('{{vandaag}}');
  });

  it('laat met de voorbeeldwaarden geen veld van de standaardbrief over', () => {
    expect(vulSjabloon(STANDAARD_BRIEF.inhoud, VOORBEELD_WAARDEN)).not.toMatch(/[{}]/);
    expect(vulSjabloon(STANDAARD_BRIEF.onderwerp, VOORBEELD_WAARDEN)).toBe(
      'Uitnodiging voor een gesprek op dinsdag 8 december 2026',
    );
  });
});

describe('briefDatum en briefWaarden', () => {
  it('schrijft de datum voluit met de dag', () => {
    expect(briefDatum('2026-12-08')).toBe('dinsdag 8 december 2026');
    expect(briefDatum('2027-01-01')).toBe('vrijdag 1 januari 2027');
    expect(briefDatum('2026-12-01', false)).toBe('1 december 2026');
  });

  it('gooit een RangeError bij een ongeldige datum', () => {
    expect(() => briefDatum('2026-02-30')).toThrow(RangeError);
    expect(() => briefDatum('8-12-2026')).toThrow(RangeError);
  });

  it('levert een waarde voor elk samenvoegveld', () => {
    const w = briefWaarden({
      voornamen: 'Ans',
      achternaam: 'Bakker',
      datum: '2026-12-08',
      tijd: '10:30',
      locatie: 'Stadhuis',
      medewerker: 'Jan',
      gemeente: 'Zwolle',
      organisatie: 'SD',
      vandaag: '2026-12-01',
    });
    expect(Object.keys(w).sort()).toEqual(SAMENVOEGVELDEN.map((v) => v.naam).sort());
    expect(w['klant.aanhef']).toBe('Beste Ans Bakker');
    expect(w['uitnodiging.datum']).toBe('dinsdag 8 december 2026');
    expect(w.vandaag).toBe('1 december 2026');
  });
});

describe('STANDAARD_BRIEF (grove B1-toets)', () => {
  const tekst = `${STANDAARD_BRIEF.onderwerp}\n${STANDAARD_BRIEF.inhoud}`.toLowerCase();

  it.each(['sanctie', 'maatregel', 'korting', 'verplicht', 'boete', 'gevolgen', 'uitkering stopt', 'moet', 'plicht'])(
    'bevat geen "%s"',
    (woord) => {
      expect(tekst).not.toContain(woord);
    },
  );

  it('heeft korte zinnen: gemiddeld hoogstens 12 woorden, geen zin boven 20', () => {
    const zinnen = vulSjabloon(STANDAARD_BRIEF.inhoud, VOORBEELD_WAARDEN)
      .split(/[.?!\n]+/)
      .map((z) => z.trim().split(/\s+/).filter(Boolean).length)
      .filter((n) => n > 0);
    const gemiddeld = zinnen.reduce((a, b) => a + b, 0) / zinnen.length;
    expect(gemiddeld).toBeLessThanOrEqual(12);
    expect(Math.max(...zinnen)).toBeLessThanOrEqual(20);
  });

  it('spreekt consequent met "u" aan, nooit met "je"', () => {
    expect(tekst).toMatch(/\bu\b/);
    expect(tekst).not.toMatch(/\b(je|jij|jou|jouw)\b/);
  });

  it('noemt datum, tijd, plaats, wat mee te nemen en hoe de afspraak te verzetten', () => {
    for (const veld of ['{{uitnodiging.datum}}', '{{uitnodiging.tijd}}', '{{uitnodiging.locatie}}']) {
      expect(STANDAARD_BRIEF.inhoud).toContain(veld);
    }
    expect(tekst).toContain('neem');
    expect(tekst).toContain('nieuwe afspraak');
  });

  it('onbekendeVelden vindt alleen onbekende namen', () => {
    expect(onbekendeVelden(STANDAARD_BRIEF.inhoud)).toEqual([]);
    expect(onbekendeVelden('{{klant.bsn}} {{klant.naam}} {{x}}')).toEqual(['klant.bsn', 'x']);
  });
});
