import fc from 'fast-check';
import {
  aangebodenSoorten,
  ALTIJD_AANGEBODEN_SOORTEN,
  type Categorie,
  codeVoorNaam,
  controleerCategorieen,
  kiesbareCategorieen,
  MAX_CATEGORIEEN,
  STANDAARD_AFSPRAAK_SOORTEN,
  STANDAARD_CATEGORIEEN,
} from './categorie';
import { AFSPRAAK_SOORTEN, DIENSTVERLENINGSCATEGORIE_LABELS, DIENSTVERLENINGSCATEGORIEEN } from './codelijsten';
import { STANDAARD_CONTACTNORMEN } from './normen';

const velden = (lijst: Categorie[], bestaand: string[] = []) =>
  controleerCategorieen(lijst, bestaand).map((f) => f.veld);
const categorie = (wijziging: Partial<Categorie> = {}): Categorie => ({
  code: 'eigen_traject',
  naam: 'Eigen traject',
  actief: true,
  maxDagen: 45,
  waarschuwingDagen: 10,
  afspraakSoorten: ['vervolggesprek', 'overig'],
  ...wijziging,
});

describe('STANDAARD_CATEGORIEEN', () => {
  it('zijn de vijf standaardcategorieën, in volgorde, met de namen, normen en soorten van de standaard', () => {
    expect(STANDAARD_CATEGORIEEN.map((c) => c.code)).toEqual([...DIENSTVERLENINGSCATEGORIEEN]);
    for (const c of STANDAARD_CATEGORIEEN) {
      const code = c.code as (typeof DIENSTVERLENINGSCATEGORIEEN)[number];
      expect(c).toEqual({
        code,
        naam: DIENSTVERLENINGSCATEGORIE_LABELS[code],
        actief: true,
        ...STANDAARD_CONTACTNORMEN.normen[code],
        afspraakSoorten: STANDAARD_AFSPRAAK_SOORTEN[code],
      });
    }
  });

  it('keurt controleerCategorieen goed, ook als ze al bestaan', () => {
    expect(controleerCategorieen(STANDAARD_CATEGORIEEN, [...DIENSTVERLENINGSCATEGORIEEN])).toEqual([]);
  });

  it('bieden altijd vervolggesprek en overig aan, en per categorie een echte keuze (niet alles)', () => {
    for (const code of DIENSTVERLENINGSCATEGORIEEN) {
      const soorten = STANDAARD_AFSPRAAK_SOORTEN[code];
      for (const altijd of ALTIJD_AANGEBODEN_SOORTEN) expect(soorten).toContain(altijd);
      expect(soorten.length).toBeLessThan(AFSPRAAK_SOORTEN.length);
      // In the order of the code list, so the migration's arrays can be compared one to one.
      expect(soorten).toEqual(AFSPRAAK_SOORTEN.filter((s) => soorten.includes(s)));
    }
  });

  it('biedt solliciteren niet aan in beheer en schuldhulpverlening niet bij job ready', () => {
    expect(STANDAARD_AFSPRAAK_SOORTEN.beheer).not.toContain('solliciteren');
    expect(STANDAARD_AFSPRAAK_SOORTEN.job_ready).not.toContain('schuldhulpverlening');
  });
});

describe('controleerCategorieen', () => {
  it('accepteert een eigen categorie naast de standaard', () => {
    expect(velden([...STANDAARD_CATEGORIEEN, categorie()])).toEqual([]);
  });

  it('weigert een lege lijst', () => {
    expect(controleerCategorieen([])).toEqual([
      { veld: 'categorieen', melding: 'moet minstens één categorie bevatten' },
    ]);
  });

  it(`weigert meer dan ${MAX_CATEGORIEEN} categorieën`, () => {
    const veel = Array.from({ length: MAX_CATEGORIEEN + 1 }, (_, i) =>
      categorie({ code: `c${i}`, naam: `Categorie ${i}` }),
    );
    expect(velden(veel)).toEqual(['categorieen']);
    expect(velden(veel.slice(0, MAX_CATEGORIEEN))).toEqual([]);
  });

  it.each(['A_groot', '1begint_met_cijfer', 'a', 'met-streep', 'met spatie', 'é_accent', '', 'x'.repeat(41)])(
    'weigert de code %p',
    (code) => {
      expect(velden([categorie({ code })])).toEqual(['categorieen.0.code']);
    },
  );

  it.each(['ab', 'job_ready', 'traject_2', 'x'.repeat(40), 'constructor'])('accepteert de code %p', (code) => {
    expect(velden([categorie({ code })])).toEqual([]);
  });

  it('weigert de code vrijgesteld: die is voor de norm bij een vrijstelling', () => {
    const fouten = controleerCategorieen([categorie({ code: 'vrijgesteld' })]);
    expect(fouten).toEqual([{ veld: 'categorieen.0.code', melding: expect.stringMatching(/gereserveerd/) }]);
  });

  it('weigert een dubbele code op de tweede plek en noemt de eerste', () => {
    const fouten = controleerCategorieen([categorie(), categorie({ naam: 'Ander traject' })]);
    expect(fouten).toEqual([{ veld: 'categorieen.1.code', melding: 'komt al voor bij categorie 1' }]);
  });

  it.each(['', '   '])('weigert een lege naam %p', (naam) => {
    expect(controleerCategorieen([categorie({ naam })])).toEqual([
      { veld: 'categorieen.0.naam', melding: 'mag niet leeg zijn' },
    ]);
  });

  it('weigert een naam van meer dan 100 tekens', () => {
    expect(velden([categorie({ naam: 'n'.repeat(101) })])).toEqual(['categorieen.0.naam']);
    expect(velden([categorie({ naam: 'n'.repeat(100) })])).toEqual([]);
  });

  it('weigert twee categorieën met dezelfde naam (hoofdletters en spaties tellen niet)', () => {
    const fouten = controleerCategorieen([categorie(), categorie({ code: 'ander', naam: ' eigen TRAJECT ' })]);
    expect(fouten).toEqual([{ veld: 'categorieen.1.naam', melding: 'komt al voor bij categorie 1' }]);
  });

  it('controleert de norm met controleerNorm, per categorie', () => {
    expect(velden([categorie(), categorie({ code: 'b2', naam: 'B', maxDagen: 10, waarschuwingDagen: 10 })])).toEqual([
      'categorieen.1.waarschuwingDagen',
    ]);
    expect(velden([categorie({ maxDagen: 0, waarschuwingDagen: -1 })])).toEqual([
      'categorieen.0.maxDagen',
      'categorieen.0.waarschuwingDagen',
    ]);
  });

  it('weigert een categorie zonder soorten afspraak', () => {
    expect(controleerCategorieen([categorie({ afspraakSoorten: [] })])).toEqual([
      { veld: 'categorieen.0.afspraakSoorten', melding: 'moet minstens één soort afspraak bevatten' },
    ]);
  });

  it('weigert een onbekende soort afspraak en noemt hem', () => {
    const fouten = controleerCategorieen([categorie({ afspraakSoorten: ['overig', 'paardrijden' as never] })]);
    expect(fouten).toEqual([{ veld: 'categorieen.0.afspraakSoorten', melding: expect.stringMatching(/paardrijden/) }]);
  });

  it('weigert een soort die twee keer voorkomt', () => {
    expect(velden([categorie({ afspraakSoorten: ['overig', 'overig'] })])).toEqual(['categorieen.0.afspraakSoorten']);
  });

  it('accepteert een categorie met één soort, en met alle soorten', () => {
    expect(velden([categorie({ afspraakSoorten: ['taal'] })])).toEqual([]);
    expect(velden([categorie({ afspraakSoorten: [...AFSPRAAK_SOORTEN] })])).toEqual([]);
  });

  it('eist minstens één actieve categorie', () => {
    const fouten = controleerCategorieen([categorie({ actief: false })]);
    expect(fouten).toEqual([{ veld: 'categorieen', melding: 'moet minstens één actieve categorie bevatten' }]);
    expect(velden([categorie({ actief: false }), categorie({ code: 'b2', naam: 'B' })])).toEqual([]);
  });

  it('weigert het weglaten van een bestaande code en zegt dat je hem op niet actief zet', () => {
    const fouten = controleerCategorieen(STANDAARD_CATEGORIEEN.slice(1), [...DIENSTVERLENINGSCATEGORIEEN]);
    expect(fouten).toEqual([{ veld: 'categorieen', melding: expect.stringMatching(/job_ready.*niet actief/) }]);
  });

  it('noemt alle weggelaten bestaande codes', () => {
    const fouten = controleerCategorieen([categorie()], ['job_ready', 'beheer']);
    expect(fouten[0].melding).toMatch(/categorieën job_ready, beheer/);
  });

  it('accepteert een bestaande code die op niet actief staat', () => {
    expect(
      velden([categorie({ actief: false }), categorie({ code: 'nieuw', naam: 'Nieuw' })], ['eigen_traject']),
    ).toEqual([]);
  });

  it('meldt alle fouten van alle categorieën tegelijk', () => {
    const fouten = velden(
      [
        categorie({ code: 'Fout', naam: '', actief: false, afspraakSoorten: [] }),
        categorie({ code: 'b2', naam: 'B', actief: false, maxDagen: 0 }),
      ],
      ['weg'],
    );
    expect(fouten).toEqual([
      'categorieen.0.code',
      'categorieen.0.naam',
      'categorieen.0.afspraakSoorten',
      'categorieen.1.maxDagen',
      'categorieen.1.waarschuwingDagen',
      'categorieen',
      'categorieen',
    ]);
  });

  it('geeft voor elke willekeurige lijst alleen fouten op velden die bestaan, met een Nederlandse melding', () => {
    const willekeurig = fc.record({
      code: fc.oneof(fc.constantFrom('job_ready', 'vrijgesteld', 'a', 'b_2'), fc.string({ maxLength: 45 })),
      naam: fc.string({ maxLength: 110 }),
      actief: fc.boolean(),
      maxDagen: fc.integer({ min: -2, max: 400 }),
      waarschuwingDagen: fc.integer({ min: -2, max: 400 }),
      afspraakSoorten: fc.subarray([...AFSPRAAK_SOORTEN]),
    });
    fc.assert(
      fc.property(fc.array(willekeurig, { maxLength: 8 }), (lijst) => {
        const fouten = controleerCategorieen(lijst);
        for (const f of fouten) {
          expect(f.veld).toMatch(/^categorieen(\.\d+\.(code|naam|maxDagen|waarschuwingDagen|afspraakSoorten))?$/);
          expect(f.melding.length).toBeGreaterThan(5);
        }
        // No errors exactly when every rule holds.
        const geldig =
          lijst.length > 0 &&
          lijst.some((c) => c.actief) &&
          new Set(lijst.map((c) => c.code)).size === lijst.length &&
          new Set(lijst.map((c) => c.naam.trim().toLowerCase())).size === lijst.length &&
          lijst.every(
            (c) =>
              /^[a-z][a-z0-9_]{1,39}$/.test(c.code) &&
              c.code !== 'vrijgesteld' &&
              c.naam.trim().length > 0 &&
              c.naam.trim().length <= 100 &&
              c.maxDagen >= 1 &&
              c.waarschuwingDagen >= 0 &&
              c.waarschuwingDagen < c.maxDagen &&
              c.afspraakSoorten.length > 0,
          );
        expect(fouten.length === 0).toBe(geldig);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('aangebodenSoorten', () => {
  it('geeft de soorten van de categorie, in de volgorde van de codelijst', () => {
    const lijst = [categorie({ afspraakSoorten: ['overig', 'taal', 'vervolggesprek'] })];
    expect(aangebodenSoorten(lijst, 'eigen_traject')).toEqual(['vervolggesprek', 'taal', 'overig']);
  });

  it('geeft alle soorten voor een onbekende categorie', () => {
    expect(aangebodenSoorten([categorie()], 'onbekend')).toEqual([...AFSPRAAK_SOORTEN]);
  });

  it('geeft voor een standaardcategorie haar standaardsoorten', () => {
    expect(aangebodenSoorten(STANDAARD_CATEGORIEEN, 'beheer')).toEqual(STANDAARD_AFSPRAAK_SOORTEN.beheer);
  });
});

describe('kiesbareCategorieen', () => {
  const lijst = [categorie(), categorie({ code: 'oud', naam: 'Oud', actief: false })];

  it('biedt alleen de actieve categorieën aan', () => {
    expect(kiesbareCategorieen(lijst).map((c) => c.code)).toEqual(['eigen_traject']);
  });

  it('biedt de huidige waarde ook aan als die niet meer actief is, op haar plek', () => {
    expect(kiesbareCategorieen([lijst[1], lijst[0]], 'oud').map((c) => c.code)).toEqual(['oud', 'eigen_traject']);
  });

  it('voegt niets toe voor een huidige waarde die actief is of leeg', () => {
    expect(kiesbareCategorieen(lijst, 'eigen_traject')).toHaveLength(1);
    expect(kiesbareCategorieen(lijst, null)).toHaveLength(1);
  });
});

describe('codeVoorNaam', () => {
  it.each([
    ['Werkfit-traject', 'werkfit_traject'],
    ['  Één  stap   verder ', 'een_stap_verder'],
    ['2e kans', 'e_kans'],
    ['Job ready (0–13 weken)', 'job_ready_0_13_weken'],
    ['Vrijgesteld', 'vrijgesteld_categorie'],
    ['!!!', ''],
  ])('maakt van %p de code %p', (naam, code) => {
    expect(codeVoorNaam(naam)).toBe(code);
  });

  it('geeft voor elke naam een code die controleerCategorieen goedkeurt, of hoogstens één letter om aan te vullen', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (naam) => {
        const code = codeVoorNaam(naam);
        if (code.length >= 2) expect(velden([categorie({ code })])).toEqual([]);
        else expect(code).toMatch(/^[a-z]?$/);
      }),
      { numRuns: 1000 },
    );
  });
});
