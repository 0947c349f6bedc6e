import {
  campagneEffect,
  campagneGesprek,
  effectAntwoord,
  effectTellingen,
  ladderUitkomst,
  tredeOpHorizon,
  type EffectDataset,
  type EffectGesprek,
  type EffectMeting,
} from './campagne-effect';
import { ZRM_DOMEINEN } from './gesprek';
import { onderdruk } from './onderdrukking';

const NAMEN = { domeinen: ZRM_DOMEINEN };
let volgnummer = 0;
const id = () => `00000000-0000-0000-0000-${String(++volgnummer).padStart(12, '0')}`;

function gesprek(
  klantId: string,
  gevoerdOp: string,
  scores: Record<string, number>,
  campagne = false,
  aangemaaktOp = gevoerdOp,
): EffectGesprek {
  return {
    id: id(),
    klantId,
    gevoerdOp,
    aangemaaktOp,
    campagne,
    scores: Object.entries(scores).map(([domein, niveau]) => ({ domein, niveau })),
  };
}

function meting(
  klantId: string,
  gemetenOp: string,
  trede: number,
  aangemaaktOp = `${gemetenOp}T10:00:00Z`,
): EffectMeting {
  return { id: id(), klantId, trede, gemetenOp, aangemaaktOp };
}

const deelnemer = (klantId: string, startTrede: number | null = 3, uitstroom: [string, string] | null = null) => ({
  klantId,
  startTrede,
  uitstroomdatum: uitstroom?.[0] ?? null,
  uitstroomreden: uitstroom?.[1] ?? null,
});

function dataset(velden: Partial<EffectDataset>): EffectDataset {
  return { gestartOp: '2025-01-06T08:00:00Z', deelnemers: [], metingen: [], gesprekken: [], ...velden };
}

describe('campagneGesprek', () => {
  it('is het eerste gesprek met de campagne: vroegste gevoerdOp, dan eerst ingevoerd', () => {
    const later = gesprek('a', '2025-02-10T10:00:00Z', {}, true);
    const eerst = gesprek('a', '2025-02-01T10:00:00Z', {}, true, '2025-02-01T12:00:00Z');
    const eerstIngevoerd = gesprek('a', '2025-02-01T10:00:00Z', {}, true, '2025-02-01T11:00:00Z');
    const zonder = gesprek('a', '2025-01-20T10:00:00Z', {});
    expect(campagneGesprek([later, eerst, eerstIngevoerd, zonder], 'a')).toBe(eerstIngevoerd);
    expect(campagneGesprek([zonder], 'a')).toBeNull();
    expect(campagneGesprek([later], 'b')).toBeNull();
  });
});

describe('tredeOpHorizon en ladderUitkomst', () => {
  it('neemt de laatste meting op of voor de datum; bij gelijke datum de laatst ingevoerde, dan het id', () => {
    const m = [
      meting('a', '2025-03-01', 2),
      meting('a', '2025-05-01', 4, '2025-05-01T09:00:00Z'),
      meting('a', '2025-05-01', 5, '2025-05-01T11:00:00Z'),
      meting('a', '2025-08-01', 6),
      meting('b', '2025-01-01', 1),
    ];
    expect(tredeOpHorizon(m, 'a', '2025-02-28')).toBeNull();
    expect(tredeOpHorizon(m, 'a', '2025-03-01')).toBe(2);
    expect(tredeOpHorizon(m, 'a', '2025-07-31')).toBe(5);
    expect(tredeOpHorizon(m, 'a', '2025-08-01')).toBe(6);
    const zelfde = [
      { id: 'b-2', klantId: 'c', trede: 3, gemetenOp: '2025-01-01', aangemaaktOp: '2025-01-01T10:00:00Z' },
      { id: 'a-1', klantId: 'c', trede: 4, gemetenOp: '2025-01-01', aangemaaktOp: '2025-01-01T10:00:00Z' },
    ];
    expect(tredeOpHorizon(zelfde, 'c', '2025-01-01')).toBe(4);
  });

  it('vergelijkt met de starttrede; zonder een van beide onbekend', () => {
    expect(ladderUitkomst(2, 3)).toBe('omhoog');
    expect(ladderUitkomst(3, 3)).toBe('gelijk');
    expect(ladderUitkomst(4, 1)).toBe('omlaag');
    expect(ladderUitkomst(null, 3)).toBe('onbekend');
    expect(ladderUitkomst(3, null)).toBe('onbekend');
    expect(ladderUitkomst(null, null)).toBe('onbekend');
  });
});

describe('effectTellingen', () => {
  it('telt een deelnemer pas als zijn gesprek minstens de horizon geleden is (Nederlandse datum)', () => {
    // 23:30 UTC on 31 Jan is 1 Feb in the Netherlands: 6 months later is 1 Aug.
    const data = dataset({
      deelnemers: [deelnemer('a')],
      gesprekken: [gesprek('a', '2025-01-31T23:30:00Z', {}, true)],
    });
    expect(effectTellingen(data, 6, '2025-07-31').cohort).toMatchObject({ deelnemers: 1, telt: 0 });
    expect(effectTellingen(data, 6, '2025-08-01').cohort).toMatchObject({ deelnemers: 1, telt: 1 });
    expect(effectTellingen(data, 12, '2025-08-01').cohort).toMatchObject({ deelnemers: 1, telt: 0 });
    expect(effectTellingen(data, 12, '2026-02-01').cohort.telt).toBe(1);
  });

  it('maand-einde: 31 augustus + 6 maanden is 28 februari', () => {
    const data = dataset({
      deelnemers: [deelnemer('a')],
      gesprekken: [gesprek('a', '2025-08-31T10:00:00Z', {}, true)],
      metingen: [meting('a', '2026-02-28', 5), meting('a', '2026-03-01', 1)],
    });
    expect(effectTellingen(data, 6, '2026-02-27').cohort.telt).toBe(0);
    expect(effectTellingen(data, 6, '2026-02-28').cohort.ladder).toEqual({
      omhoog: 1,
      gelijk: 0,
      omlaag: 0,
      onbekend: 0,
    });
  });

  it('ladder: laatste meting op of voor gesprek + N maanden tegen de starttrede', () => {
    const data = dataset({
      deelnemers: [
        deelnemer('omhoog', 2),
        deelnemer('gelijk', 3),
        deelnemer('omlaag', 4),
        deelnemer('geenStart', null),
        deelnemer('nooit', 3),
        deelnemer('tLaat', 2),
      ],
      gesprekken: ['omhoog', 'gelijk', 'omlaag', 'geenStart', 'nooit', 'tLaat'].map((k) =>
        gesprek(k, '2025-02-01T10:00:00Z', {}, true),
      ),
      metingen: [
        meting('omhoog', '2025-06-01', 3),
        meting('gelijk', '2024-12-01', 3),
        meting('omlaag', '2025-07-31', 2),
        meting('geenStart', '2025-05-01', 4),
        // Measured after the 6-month horizon: counts only at 12 months.
        meting('tLaat', '2025-08-02', 6),
      ],
    });
    const zes = effectTellingen(data, 6, '2026-06-01').cohort;
    expect(zes.telt).toBe(6);
    expect(zes.ladder).toEqual({ omhoog: 1, gelijk: 1, omlaag: 1, onbekend: 3 });
    expect(effectTellingen(data, 12, '2026-06-01').cohort.ladder).toEqual({
      omhoog: 2,
      gelijk: 1,
      omlaag: 1,
      onbekend: 2,
    });
  });

  it('uitstroom op of voor de horizondatum, per reden; later uitgestroomd telt nog niet', () => {
    const data = dataset({
      deelnemers: [
        deelnemer('a', 3, ['2025-08-01', 'werk']),
        deelnemer('b', 3, ['2025-08-02', 'werk']),
        deelnemer('c', 3, ['2025-03-01', 'verhuizing']),
        deelnemer('d'),
      ],
      gesprekken: ['a', 'b', 'c', 'd'].map((k) => gesprek(k, '2025-02-01T10:00:00Z', {}, true)),
    });
    const zes = effectTellingen(data, 6, '2026-03-01').cohort;
    expect(zes).toMatchObject({ telt: 4, uitgestroomd: 2, uitstroom: { werk: 1, verhuizing: 1 } });
    const twaalf = effectTellingen(data, 12, '2026-03-01').cohort;
    expect(twaalf).toMatchObject({ telt: 4, uitgestroomd: 3, uitstroom: { werk: 2, verhuizing: 1 } });
  });

  it('referentie: zonder campagnegesprek, gemeten vanaf de start van de campagne', () => {
    const data = dataset({
      gestartOp: '2025-01-05T23:30:00Z', // 6 Jan in the Netherlands
      deelnemers: [deelnemer('met', 2), deelnemer('zonder', 2, ['2025-07-06', 'werk']), deelnemer('ander', 4)],
      gesprekken: [
        gesprek('met', '2025-09-01T10:00:00Z', {}, true),
        // An ordinary gesprek does not make the deelnemer part of the cohort group.
        gesprek('ander', '2025-03-01T10:00:00Z', {}),
      ],
      metingen: [meting('zonder', '2025-07-06', 3), meting('ander', '2025-07-07', 1)],
    });
    const zes = effectTellingen(data, 6, '2025-07-06');
    expect(zes.cohort).toMatchObject({ deelnemers: 1, telt: 0 });
    expect(zes.referentie).toMatchObject({
      deelnemers: 2,
      telt: 2,
      // 'ander' was measured the day after the horizon date (6 July).
      ladder: { omhoog: 1, gelijk: 0, omlaag: 0, onbekend: 1 },
      uitgestroomd: 1,
      uitstroom: { werk: 1 },
    });
    expect(effectTellingen(data, 6, '2025-07-05').referentie.telt).toBe(0);
  });

  it('leefgebieden cohort: niveaus van het campagnegesprek tegen het laatste gesprek tot de horizon dat het scoorde', () => {
    const data = dataset({
      deelnemers: [deelnemer('a'), deelnemer('b'), deelnemer('c'), deelnemer('d')],
      gesprekken: [
        gesprek('a', '2025-02-01T10:00:00Z', { financien: 2, huisvesting: 3, werk_opleiding: 4 }, true),
        gesprek('a', '2025-05-01T10:00:00Z', { financien: 4, huisvesting: 3 }),
        gesprek('a', '2025-06-01T10:00:00Z', { werk_opleiding: 2, justitie: 1 }),
        // After the 6-month horizon (1 Aug): only at 12 months.
        gesprek('a', '2025-08-02T10:00:00Z', { financien: 1 }),
        // Only the campagne gesprek itself: nothing to compare.
        gesprek('b', '2025-02-01T10:00:00Z', { financien: 2 }, true),
        // A second gesprek on the same Dutch date is not "after" it.
        gesprek('c', '2025-02-01T09:00:00Z', { financien: 2 }, true),
        gesprek('c', '2025-02-01T15:00:00Z', { financien: 5 }),
        // A later campagne gesprek is a follow-up like any other.
        gesprek('d', '2025-02-01T10:00:00Z', { financien: 3 }, true),
        gesprek('d', '2025-04-01T10:00:00Z', { financien: 3 }, true),
      ],
    });
    const zes = effectTellingen(data, 6, '2026-06-01').cohort;
    expect(zes.leefgebiedenGemeten).toBe(2);
    expect(zes.beweging).toEqual([
      { domein: 'financien', omhoog: 1, gelijk: 1, omlaag: 0 },
      { domein: 'huisvesting', omhoog: 0, gelijk: 1, omlaag: 0 },
      { domein: 'werk_opleiding', omhoog: 0, gelijk: 0, omlaag: 1 },
    ]);
    const twaalf = effectTellingen(data, 12, '2026-06-01').cohort;
    expect(twaalf.beweging.find((b) => b.domein === 'financien')).toEqual({
      domein: 'financien',
      omhoog: 0,
      gelijk: 1,
      omlaag: 1,
    });
  });

  it('leefgebieden referentie: niveau bij de start tegen een later gesprek; zonder gesprekken weggelaten', () => {
    const data = dataset({
      gestartOp: '2025-01-06T08:00:00Z',
      deelnemers: [deelnemer('a'), deelnemer('b'), deelnemer('c'), deelnemer('d')],
      gesprekken: [
        gesprek('a', '2024-06-01T10:00:00Z', { financien: 2, huisvesting: 4 }),
        gesprek('a', '2024-09-01T10:00:00Z', { financien: 3 }),
        gesprek('a', '2025-03-01T10:00:00Z', { financien: 5, huisvesting: 2 }),
        // Only gesprekken after the start: no niveau at the start.
        gesprek('b', '2025-03-01T10:00:00Z', { financien: 1 }),
        gesprek('b', '2025-04-01T10:00:00Z', { financien: 2 }),
        // Only before the start: no later gesprek.
        gesprek('c', '2024-03-01T10:00:00Z', { financien: 1 }),
      ],
    });
    const zes = effectTellingen(data, 6, '2025-12-31').referentie;
    expect(zes).toMatchObject({ deelnemers: 4, telt: 4, leefgebiedenGemeten: 1 });
    expect(zes.beweging).toEqual([
      { domein: 'financien', omhoog: 1, gelijk: 0, omlaag: 0 },
      { domein: 'huisvesting', omhoog: 0, gelijk: 0, omlaag: 1 },
    ]);
  });

  it('leeg cohort: alles nul', () => {
    const t = effectTellingen(dataset({}), 6, '2026-01-01');
    for (const g of [t.cohort, t.referentie]) {
      expect(g).toEqual({
        deelnemers: 0,
        telt: 0,
        ladder: { omhoog: 0, gelijk: 0, omlaag: 0, onbekend: 0 },
        uitgestroomd: 0,
        uitstroom: {},
        leefgebiedenGemeten: 0,
        beweging: [],
      });
    }
  });
});

describe('campagneEffect', () => {
  it('geeft beide horizonten met elke uitstroomreden en elk leefgebied, en het aandeel uitgestroomd', () => {
    const data = dataset({
      deelnemers: [deelnemer('a', 3, ['2025-05-01', 'werk']), deelnemer('b')],
      gesprekken: [
        gesprek('a', '2025-02-01T10:00:00Z', { financien: 2 }, true),
        gesprek('oud', '2025-02-01T10:00:00Z', { onbekend_domein: 1 }),
      ],
    });
    const [zes, twaalf] = campagneEffect(data, NAMEN, '2025-09-01');
    expect(zes.maanden).toBe(6);
    expect(twaalf.maanden).toBe(12);
    expect(zes.cohort).toMatchObject({ deelnemers: 1, telt: 1, uitgestroomd: 1, uitstroomAandeel: 1 });
    expect(Object.keys(zes.cohort.uitstroom)).toHaveLength(10);
    expect(zes.cohort.uitstroom).toMatchObject({ werk: 1, overlijden: 0 });
    expect(zes.cohort.leefgebieden.map((l) => l.code)).toEqual(ZRM_DOMEINEN.map((d) => d.code));
    expect(zes.referentie).toMatchObject({ deelnemers: 1, telt: 1, uitgestroomd: 0, uitstroomAandeel: 0 });
    expect(twaalf.cohort).toMatchObject({ telt: 0, uitstroomAandeel: null });
  });
});

describe('effectAntwoord', () => {
  const groot = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);

  it('onderdrukt kleine aantallen en wat ze via de optellingen zou verraden', () => {
    const klanten = groot(12);
    const data = dataset({
      deelnemers: klanten.map((k, i) => deelnemer(k, 3, i < 2 ? ['2025-06-01', 'werk'] : null)),
      gesprekken: klanten.slice(0, 10).map((k) => gesprek(k, '2025-01-10T10:00:00Z', {}, true)),
      metingen: klanten.slice(0, 7).map((k) => meting(k, '2025-05-01', 3)),
    });
    const horizonten = campagneEffect(data, { domeinen: [] }, '2025-09-01');
    const antwoord = effectAntwoord(horizonten, { cohort: true, gesprekGevoerd: true });
    expect(antwoord.cellen).toMatchObject({
      cohort: 12,
      'cohort.deelnemers': 10,
      'referentie.deelnemers': 2,
      '6.cohort.telt': 10,
      '6.cohort.ladder.gelijk': 7,
      '6.cohort.ladder.onbekend': 3,
      '6.cohort.uitgestroomd': 2,
      '6.cohort.uitstroom.werk': 2,
    });
    const { verborgen, onbeschermd } = onderdruk(antwoord);
    // gelijk 7 + onbekend 3 + omhoog 0 + omlaag 0 = telt 10: the three small ones hide each other, 7 stays.
    for (const u of ['onbekend', 'omhoog', 'omlaag']) expect(verborgen.has(`6.cohort.ladder.${u}`)).toBe(true);
    expect(verborgen.has('6.cohort.ladder.gelijk')).toBe(false);
    expect(verborgen.has('6.cohort.telt')).toBe(false);
    expect(verborgen.has('6.cohort.uitstroom.werk')).toBe(true);
    expect(verborgen.has('6.cohort.uitgestroomd')).toBe(true);
    // The campagne detail shows cohort and gesprekGevoerd: 12 − 10 pins the reference group, beyond this answer.
    expect(onbeschermd).toEqual(['referentie.deelnemers']);
    expect(verborgen.has('cohort')).toBe(false);
  });

  it('volgt de campagnedetail: daar verborgen is hier verborgen', () => {
    const horizonten = campagneEffect(dataset({}), { domeinen: [] }, '2025-09-01');
    const { verborgen } = onderdruk(effectAntwoord(horizonten, { cohort: false, gesprekGevoerd: false }));
    expect(verborgen.has('cohort')).toBe(true);
    expect(verborgen.has('cohort.deelnemers')).toBe(true);
  });
});
