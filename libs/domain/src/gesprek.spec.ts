import fc from 'fast-check';
import {
  adviesVoor,
  type Adviesregels,
  controleerGesprekContact,
  controleerInstrument,
  GESPREK_KANALEN,
  controleerScores,
  type Instrument,
  MAX_LEEFGEBIEDEN,
  MAX_NIVEAUS,
  type Score,
  STANDAARD_ADVIESREGELS,
  STANDAARD_INSTRUMENT,
  STANDAARD_PADEN,
  ZRM_DOMEINEN,
  ZRM_NIVEAUS,
  ZWOLLE_PADEN_AANDEEL,
} from './gesprek';

const score = (domein: string, niveau: number): Score => ({ domein, niveau });
/** Every ZRM domain at `niveau`, except those given. */
const alles = (niveau: number, anders: Record<string, number> = {}): Score[] =>
  ZRM_DOMEINEN.map((d) => score(d.code, anders[d.code] ?? niveau));

const CATEGORIEEN = ['job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer'];
const PADEN = STANDAARD_PADEN.map((p) => p.code);
const veldenVan = (fouten: { veld: string }[]) => fouten.map((f) => f.veld);

describe('het standaardinstrument (ZRM) en de paden van Zwolle', () => {
  it('heeft 13 leefgebieden en 5 niveaus van acuut tot volledig zelfredzaam', () => {
    expect(ZRM_DOMEINEN).toHaveLength(13);
    expect(ZRM_NIVEAUS.map((n) => n.waarde)).toEqual([1, 2, 3, 4, 5]);
    expect(ZRM_NIVEAUS[0].naam).toBe('Acute problematiek');
    expect(ZRM_NIVEAUS[4].naam).toBe('Volledig zelfredzaam');
    expect(STANDAARD_INSTRUMENT.bron).toMatch(/GGD Amsterdam/);
  });

  it('is zelf een geldig instrument voor de standaardcategorieën en -paden', () => {
    expect(controleerInstrument(STANDAARD_INSTRUMENT, CATEGORIEEN, PADEN)).toEqual([]);
  });

  it('verdeelt Zwolle 13/24/25/38% over precies de vier standaardpaden', () => {
    expect(Object.keys(ZWOLLE_PADEN_AANDEEL).sort()).toEqual([...PADEN].sort());
    expect(Object.values(ZWOLLE_PADEN_AANDEEL).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});

describe('adviesVoor met de standaardregels', () => {
  const advies = (scores: Score[], loonwaarde: number | null = null) =>
    adviesVoor(scores, loonwaarde, STANDAARD_ADVIESREGELS);

  it('alles op niveau 3 of hoger: anders (job ready, intensief naar werk), zonder regel', () => {
    expect(advies(alles(3))).toEqual({ categorie: 'job_ready', pad: 'intensief_naar_werk', regel: null });
    expect(advies([])).toEqual({ categorie: 'job_ready', pad: 'intensief_naar_werk', regel: null });
  });

  it('één leefgebied op 2 (geen werk of gezondheid): ondersteuning op één leefgebied', () => {
    expect(advies(alles(4, { financien: 2 }))).toEqual({
      categorie: 'bijna_job_ready',
      pad: 'een_leefgebied',
      regel: 'Eén leefgebied op niveau 2 of lager',
    });
  });

  it('het domeinenfilter: werk & opleiding of gezondheid op 2 of lager geeft taal/opleiding/medisch', () => {
    for (const domein of ['werk_opleiding', 'geestelijke_gezondheid', 'lichamelijke_gezondheid']) {
      expect(advies(alles(4, { [domein]: 1 })).pad).toBe('taal_opleiding_medisch');
    }
    // A domain outside the filter does not count for that rule.
    expect(advies(alles(4, { huisvesting: 1 })).pad).toBe('een_leefgebied');
  });

  it('de eerste regel die past wint: twee op 2 of lager gaat voor het domeinenfilter', () => {
    expect(advies(alles(4, { werk_opleiding: 2, financien: 1 }))).toEqual({
      categorie: 'niet_job_ready',
      pad: 'sociaal_wijkteam',
      regel: 'Twee of meer leefgebieden op niveau 2 of lager',
    });
  });

  it('loonwaardeOnder: zonder loonwaarde geldt de regel; onder 30% ook; vanaf 30% niet meer', () => {
    const scores = alles(4, { huisvesting: 2, financien: 2 });
    expect(advies(scores, null).pad).toBe('sociaal_wijkteam');
    expect(advies(scores, 0).pad).toBe('sociaal_wijkteam');
    expect(advies(scores, 29).pad).toBe('sociaal_wijkteam');
    // From 30% the client has arbeidsvermogen: the next matching rule (one blocking leefgebied) applies.
    expect(advies(scores, 30).pad).toBe('een_leefgebied');
    expect(advies(scores, 100).pad).toBe('een_leefgebied');
  });

  it('maxNiveau is inclusief: niveau 2 telt, niveau 3 niet', () => {
    expect(advies([score('financien', 2)]).pad).toBe('een_leefgebied');
    expect(advies([score('financien', 3)]).pad).toBe('intensief_naar_werk');
  });
});

describe('adviesVoor met eigen regels', () => {
  const regels: Adviesregels = {
    regels: [
      { omschrijving: 'A', minAantal: 3, maxNiveau: 1, categorie: 'beheer', pad: 'p1' },
      {
        omschrijving: 'B',
        minAantal: 1,
        maxNiveau: 2,
        domeinen: ['x'],
        loonwaardeOnder: 50,
        categorie: 'c2',
        pad: 'p2',
      },
      { omschrijving: 'C', minAantal: 1, maxNiveau: 2, categorie: 'c3', pad: 'p3' },
    ],
    anders: { categorie: 'c0', pad: 'p0' },
  };

  it('minAantal telt alleen de scores op of onder maxNiveau', () => {
    expect(adviesVoor([score('a', 1), score('b', 1)], null, regels).regel).toBe('C');
    expect(adviesVoor([score('a', 1), score('b', 1), score('c', 1)], null, regels).regel).toBe('A');
  });

  it('filter en loonwaarde samen', () => {
    expect(adviesVoor([score('x', 2)], null, regels).regel).toBe('B');
    expect(adviesVoor([score('x', 2)], 49, regels).regel).toBe('B');
    expect(adviesVoor([score('x', 2)], 50, regels).regel).toBe('C');
    expect(adviesVoor([score('y', 2)], 10, regels).regel).toBe('C');
  });

  it('zonder regels geldt altijd anders', () => {
    expect(adviesVoor([score('x', 1)], null, { regels: [], anders: { categorie: 'c0', pad: 'p0' } })).toEqual({
      categorie: 'c0',
      pad: 'p0',
      regel: null,
    });
  });
});

describe('adviesVoor: eigenschappen', () => {
  const domein = fc.constantFrom(...ZRM_DOMEINEN.map((d) => d.code));
  const scoreArb = fc.record({ domein, niveau: fc.integer({ min: 1, max: 5 }) });
  const regelArb = fc.record(
    {
      omschrijving: fc.string({ minLength: 1, maxLength: 5 }),
      minAantal: fc.integer({ min: 1, max: 4 }),
      maxNiveau: fc.integer({ min: 1, max: 5 }),
      domeinen: fc.subarray(
        ZRM_DOMEINEN.map((d) => d.code),
        { minLength: 1 },
      ),
      loonwaardeOnder: fc.integer({ min: 1, max: 100 }),
      categorie: fc.constantFrom(...CATEGORIEEN),
      pad: fc.constantFrom(...PADEN),
    },
    { requiredKeys: ['omschrijving', 'minAantal', 'maxNiveau', 'categorie', 'pad'] },
  );
  const regelsArb = fc.record({
    regels: fc.array(regelArb, { maxLength: 5 }),
    anders: fc.record({ categorie: fc.constantFrom(...CATEGORIEEN), pad: fc.constantFrom(...PADEN) }),
  });
  const loonwaardeArb = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });

  /** Which rule gave the advice: its index, or the number of rules for `anders`. */
  function positie(scores: Score[], loonwaarde: number | null, regels: Adviesregels): number {
    for (const [i, r] of regels.regels.entries()) {
      if (r.loonwaardeOnder !== undefined && loonwaarde !== null && loonwaarde >= r.loonwaardeOnder) continue;
      const aantal = scores.filter((s) => s.niveau <= r.maxNiveau && (!r.domeinen || r.domeinen.includes(s.domein)));
      if (aantal.length >= r.minAantal) return i;
    }
    return regels.regels.length;
  }

  it('geeft het advies van de eerste passende regel (of anders)', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 13 }), loonwaardeArb, regelsArb, (scores, loonwaarde, regels) => {
        const i = positie(scores, loonwaarde, regels);
        const advies = adviesVoor(scores, loonwaarde, regels);
        const verwacht = i < regels.regels.length ? regels.regels[i] : { ...regels.anders, omschrijving: null };
        expect(advies).toEqual({ categorie: verwacht.categorie, pad: verwacht.pad, regel: verwacht.omschrijving });
      }),
    );
  });

  it('een extra of slechtere score geeft nooit een latere regel', () => {
    fc.assert(
      fc.property(
        fc.array(scoreArb, { minLength: 1, maxLength: 13 }),
        scoreArb,
        fc.nat(),
        loonwaardeArb,
        regelsArb,
        (scores, extra, welke, loonwaarde, regels) => {
          const voor = positie(scores, loonwaarde, regels);
          expect(positie([...scores, extra], loonwaarde, regels)).toBeLessThanOrEqual(voor);
          const i = welke % scores.length;
          const slechter = scores.map((s, j) => (j === i ? { ...s, niveau: Math.max(1, s.niveau - 1) } : s));
          expect(positie(slechter, loonwaarde, regels)).toBeLessThanOrEqual(voor);
        },
      ),
    );
  });

  it('een lagere (of geen) loonwaarde geeft nooit een latere regel', () => {
    fc.assert(
      fc.property(
        fc.array(scoreArb, { maxLength: 13 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        regelsArb,
        (scores, x, y, regels) => {
          const [laag, hoog] = x <= y ? [x, y] : [y, x];
          const bijHoog = positie(scores, hoog, regels);
          expect(positie(scores, laag, regels)).toBeLessThanOrEqual(bijHoog);
          expect(positie(scores, null, regels)).toBeLessThanOrEqual(bijHoog);
        },
      ),
    );
  });
});

describe('controleerScores', () => {
  it('accepteert scores op leefgebieden en niveaus van het instrument, in elke volgorde en deelverzameling', () => {
    expect(controleerScores([score('justitie', 1), score('financien', 5)], STANDAARD_INSTRUMENT)).toEqual([]);
    expect(controleerScores(alles(3), STANDAARD_INSTRUMENT)).toEqual([]);
  });

  it('een onbekend leefgebied noemt scores.<i>.niveau', () => {
    const fouten = controleerScores([score('financien', 3), score('taal', 3)], STANDAARD_INSTRUMENT);
    expect(fouten).toEqual([{ veld: 'scores.1.niveau', melding: "leefgebied 'taal' staat niet in het instrument" }]);
  });

  it('een niveau buiten het instrument noemt scores.<i>.niveau met de keuzes', () => {
    for (const niveau of [0, 6, 2.5, -1]) {
      expect(controleerScores([score('financien', niveau)], STANDAARD_INSTRUMENT)).toEqual([
        { veld: 'scores.0.niveau', melding: `niveau ${niveau} bestaat niet; kies uit 1, 2, 3, 4, 5` },
      ]);
    }
  });

  it('een leefgebied twee keer noemt scores.<i>.domein bij de tweede', () => {
    expect(veldenVan(controleerScores([score('financien', 3), score('financien', 4)], STANDAARD_INSTRUMENT))).toEqual([
      'scores.1.domein',
    ]);
  });

  it('meldt elke fout, ook onbekend leefgebied én onbekend niveau samen', () => {
    expect(veldenVan(controleerScores([score('x', 9), score('financien', 0)], STANDAARD_INSTRUMENT))).toEqual([
      'scores.0.niveau',
      'scores.0.niveau',
      'scores.1.niveau',
    ]);
  });
});

describe('controleerInstrument', () => {
  const geldig = (): Instrument => structuredClone(STANDAARD_INSTRUMENT);
  const fouten = (i: Instrument) => veldenVan(controleerInstrument(i, CATEGORIEEN, PADEN));

  it('weigert te weinig of te veel leefgebieden en niveaus', () => {
    expect(
      fouten({ ...geldig(), domeinen: [], adviesregels: { regels: [], anders: geldig().adviesregels.anders } }),
    ).toEqual(['domeinen']);
    const veel = Array.from({ length: MAX_LEEFGEBIEDEN + 1 }, (_, i) => ({ code: `d${i}x`, naam: `D${i}` }));
    expect(
      fouten({ ...geldig(), domeinen: veel, adviesregels: { regels: [], anders: geldig().adviesregels.anders } }),
    ).toEqual(['domeinen']);
    expect(
      fouten({
        ...geldig(),
        niveaus: [{ waarde: 1, naam: 'Een' }],
        adviesregels: { regels: [], anders: geldig().adviesregels.anders },
      }),
    ).toEqual(['niveaus']);
    const niveaus = Array.from({ length: MAX_NIVEAUS + 1 }, (_, i) => ({ waarde: i, naam: `N${i}` }));
    expect(fouten({ ...geldig(), niveaus })).toEqual(['niveaus']);
  });

  it('codes: patroon en uniek; namen verplicht', () => {
    const i = geldig();
    i.domeinen = [
      { code: 'Financien', naam: 'F' },
      { code: 'werk', naam: ' ' },
      { code: 'werk', naam: 'W' },
    ];
    i.adviesregels = { regels: [], anders: i.adviesregels.anders };
    expect(fouten(i)).toEqual(['domeinen.0.code', 'domeinen.1.naam', 'domeinen.2.code']);
  });

  it('niveaus: geheel 0–99, uniek, met naam', () => {
    const i = geldig();
    i.niveaus = [
      { waarde: 1.5, naam: 'a' },
      { waarde: 2, naam: '' },
      { waarde: 2, naam: 'b' },
      { waarde: 100, naam: 'c' },
    ];
    i.adviesregels = { regels: [], anders: i.adviesregels.anders };
    expect(fouten(i)).toEqual(['niveaus.0.waarde', 'niveaus.1.naam', 'niveaus.2.waarde', 'niveaus.3.waarde']);
  });

  it('regels verwijzen naar eigen leefgebieden en niveaus, en naar bestaande categorieën en paden', () => {
    const i = geldig();
    i.adviesregels.regels[0] = {
      omschrijving: ' ',
      minAantal: 0,
      maxNiveau: 9,
      domeinen: ['financien', 'taal'],
      loonwaardeOnder: 0,
      categorie: 'onbekend',
      pad: 'weg',
    };
    i.adviesregels.anders = { categorie: 'ook_onbekend', pad: 'ook_weg' };
    expect(fouten(i)).toEqual([
      'adviesregels.regels.0.omschrijving',
      'adviesregels.regels.0.minAantal',
      'adviesregels.regels.0.maxNiveau',
      'adviesregels.regels.0.domeinen.1',
      'adviesregels.regels.0.loonwaardeOnder',
      'adviesregels.regels.0.categorie',
      'adviesregels.regels.0.pad',
      'adviesregels.anders.categorie',
      'adviesregels.anders.pad',
    ]);
  });

  it('een niet actief pad mag in een regel staan: alleen bestaan telt', () => {
    expect(controleerInstrument(geldig(), CATEGORIEEN, PADEN)).toEqual([]);
  });
});

describe('controleerGesprekContact', () => {
  it('laat een gesprek op locatie, huisbezoek of beeldbellen met resultaat gesproken toe', () => {
    for (const kanaal of GESPREK_KANALEN)
      expect(controleerGesprekContact({ kanaal, resultaat: 'gesproken' })).toEqual([]);
  });

  it('weigert een ander kanaal en een ander resultaat, elk op zijn veld', () => {
    expect(controleerGesprekContact({ kanaal: 'telefoon', resultaat: 'gesproken' }).map((f) => f.veld)).toEqual([
      'kanaal',
    ]);
    expect(controleerGesprekContact({ kanaal: 'huisbezoek', resultaat: 'no_show' }).map((f) => f.veld)).toEqual([
      'resultaat',
    ]);
    expect(controleerGesprekContact({ kanaal: 'brief', resultaat: 'verstuurd' }).map((f) => f.veld)).toEqual([
      'kanaal',
      'resultaat',
    ]);
  });
});
