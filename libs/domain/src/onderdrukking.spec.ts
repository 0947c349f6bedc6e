import fc from 'fast-check';
import {
  alternatief,
  isMaandeinde,
  maandeinde,
  maandeindenVoor,
  maandeindeVoor,
  onderdruk,
  type Antwoord,
  type Relatie,
} from './onderdrukking';

/**
 * Exhaustive search, written apart from the function under test: is there a non-negative integer solution (each
 * cell at most `grens`) that equals the truth in every visible cell, satisfies every relation and has another value
 * in `cel`? Branches on the hidden cells (values nearest the truth first) and narrows the others' ranges through
 * the relations after every choice, so a dead branch ends early.
 */
function bestaatAnders(a: Antwoord, verborgen: ReadonlySet<string>, cel: string, grens: number): boolean {
  const vrij = Object.keys(a.cellen).filter((c) => verborgen.has(c));
  const plek = new Map(vrij.map((c, i) => [c, i]));
  // Per relation: the hidden cells with their sign, and what the visible ones add.
  const regels = a.relaties.map((r) => {
    const termen: [number, number][] = [];
    let vast = 0;
    for (const [c, teken] of [...r.delen.map((d) => [d, 1] as const), [r.totaal, -1] as const]) {
      if (plek.has(c)) termen.push([plek.get(c)!, teken]);
      else vast += teken * a.cellen[c];
    }
    return { termen, vast, minstens: !!r.minstens };
  });
  /** Narrows [laag, hoog] in place; false when some relation cannot hold. */
  const vernauw = (laag: number[], hoog: number[]): boolean => {
    for (let veranderd = true; veranderd;) {
      veranderd = false;
      for (const { termen, vast, minstens } of regels) {
        // vast + Σ teken × x must be 0 (or ≥ 0).
        const min = vast + som(termen.map(([i, t]) => (t > 0 ? laag[i] : -hoog[i])));
        const max = vast + som(termen.map(([i, t]) => (t > 0 ? hoog[i] : -laag[i])));
        if (max < 0 || (!minstens && min > 0)) return false;
        for (const [i, t] of termen) {
          const zonderMax = max - (t > 0 ? hoog[i] : -laag[i]);
          const zonderMin = min - (t > 0 ? laag[i] : -hoog[i]);
          // t × x ≥ −zonderMax, and (equality) t × x ≤ −zonderMin.
          const [l, h] =
            t > 0 ? [-zonderMax, minstens ? Infinity : -zonderMin] : [minstens ? -Infinity : zonderMin, zonderMax];
          if (l > laag[i]) [laag[i], veranderd] = [l, true];
          if (h < hoog[i]) [hoog[i], veranderd] = [h, true];
          if (laag[i] > hoog[i]) return false;
        }
      }
    }
    return true;
  };
  const zoek = (laag: number[], hoog: number[]): boolean => {
    if (!vernauw(laag, hoog)) return false;
    const i = laag.findIndex((l, j) => l < hoog[j]);
    if (i < 0) return true;
    const midden = Math.min(hoog[i], Math.max(laag[i], a.cellen[vrij[i]]));
    for (let d = 0; midden - d >= laag[i] || midden + d <= hoog[i]; d++) {
      for (const w of d === 0 ? [midden] : [midden + d, midden - d]) {
        if (w < laag[i] || w > hoog[i]) continue;
        const [l, h] = [[...laag], [...hoog]];
        l[i] = h[i] = w;
        if (zoek(l, h)) return true;
      }
    }
    return false;
  };
  const v = a.cellen[cel];
  const k = plek.get(cel)!;
  const laag = vrij.map(() => 0);
  const hoog = vrij.map(() => grens);
  const onder = [[...laag], [...hoog]];
  onder[1][k] = v - 1;
  const boven = [[...laag], [...hoog]];
  boven[0][k] = v + 1;
  return (v > 0 && zoek(onder[0], onder[1])) || zoek(boven[0], boven[1]);
}

/** Pinned by brute force: no solution has another value in `cel`. */
function vastgepind(a: Antwoord, verborgen: ReadonlySet<string>, cel: string, grens: number): boolean {
  return !bestaatAnders(a, verborgen, cel, grens);
}

const som = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** A caseload with breakdowns that each add up to it (in beeld, ladder, …). */
function ster(caseload: number, verdelingen: number[][]): Antwoord {
  const cellen: Record<string, number> = { caseload };
  const relaties: Relatie[] = verdelingen.map((delen, v) => {
    delen.forEach((n, i) => (cellen[`v${v}:${i}`] = n));
    return { delen: delen.map((_, i) => `v${v}:${i}`), totaal: 'caseload' };
  });
  return { cellen, relaties };
}

/**
 * A doorstroom matrix (rows: trede at van, columns: trede at tot) with omhoog/gelijk/omlaag and, as cells of other
 * answers, the row and column totals: known when at least 5, suppressed there otherwise.
 */
function doorstroom(m: number[][]): Antwoord {
  const n = m.length;
  const cel = (i: number, j: number) => `m${i}${j}`;
  const cellen: Record<string, number> = {};
  const alle = m.flatMap((rij, i) => rij.map((_, j) => [i, j] as const));
  alle.forEach(([i, j]) => (cellen[cel(i, j)] = m[i][j]));
  const klasse = (f: (i: number, j: number) => boolean) => alle.filter(([i, j]) => f(i, j)).map(([i, j]) => cel(i, j));
  const relaties: Relatie[] = [
    { delen: klasse((i, j) => j > i), totaal: 'omhoog' },
    { delen: klasse((i, j) => j === i), totaal: 'gelijk' },
    { delen: klasse((i, j) => j < i), totaal: 'omlaag' },
  ];
  for (const r of relaties) cellen[r.totaal] = som(r.delen.map((c) => cellen[c]));
  const vast: Record<string, boolean> = {};
  for (let i = 0; i < n; i++) {
    cellen[`rij${i}`] = som(m[i]);
    cellen[`kolom${i}`] = som(m.map((r) => r[i]));
    vast[`rij${i}`] = cellen[`rij${i}`] >= 5;
    vast[`kolom${i}`] = cellen[`kolom${i}`] >= 5;
    relaties.push(
      { delen: m[i].map((_, j) => cel(i, j)), totaal: `rij${i}` },
      { delen: m.map((_, r) => cel(r, i)), totaal: `kolom${i}` },
    );
  }
  return { cellen, relaties, vast };
}

/** What the function promises: small counts hidden, `vast` untouched, no hidden cell pinned (by brute force). */
function controleerBelofte(a: Antwoord, onbeschermdNagaan = true) {
  // Above every true value by more than a second solution of onderdruk ever moves a cell.
  const grens = Math.max(...Object.values(a.cellen)) + 4;
  const { verborgen, onbeschermd } = onderdruk(a);
  for (const [c, n] of Object.entries(a.cellen)) {
    if (a.vast && c in a.vast) expect([c, verborgen.has(c)]).toEqual([c, !a.vast[c]]);
    else if (n < 5) expect([c, verborgen.has(c)]).toEqual([c, true]);
  }
  for (const c of verborgen) {
    if (onbeschermd.includes(c)) continue;
    expect([c, vastgepind(a, verborgen, c, grens)]).toEqual([c, false]);
  }
  // Only cells fixed by other answers may stay pinned, and only when hiding all of this answer would not help.
  // (An exhaustive search each: only where asked.)
  const alles = new Set(Object.keys(a.cellen).filter((c) => !a.vast?.[c]));
  if (onbeschermdNagaan) for (const c of onbeschermd) expect([c, vastgepind(a, alles, c, grens)]).toEqual([c, true]);
  return { verborgen, onbeschermd };
}

const klein = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 12 }));

describe('onderdruk', () => {
  it('verbergt elk aantal onder de 5, ook 0, en laat zonder relaties de rest staan', () => {
    const { verborgen, onbeschermd } = onderdruk({ cellen: { a: 0, b: 4, c: 5, d: 120 }, relaties: [] });
    expect([...verborgen]).toEqual(['a', 'b']);
    expect(onbeschermd).toEqual([]);
  });

  it('het voorbeeld uit de melding: caseload 75 − in beeld 45 − uit beeld 27 geeft de verborgen 3 niet meer terug', () => {
    const a: Antwoord = {
      cellen: { caseload: 75, in_beeld: 45, bijna_uit_beeld: 3, uit_beeld: 27 },
      relaties: [{ delen: ['in_beeld', 'bijna_uit_beeld', 'uit_beeld'], totaal: 'caseload' }],
    };
    const { verborgen } = controleerBelofte(a);
    // The smallest other cell of the relation goes along.
    expect([...verborgen]).toEqual(['bijna_uit_beeld', 'uit_beeld']);
  });

  it('verborgen cellen die samen 0 zijn, verraden zich: er gaat een cel bij', () => {
    const a: Antwoord = {
      cellen: { caseload: 30, x: 0, y: 0, z: 30 },
      relaties: [{ delen: ['x', 'y', 'z'], totaal: 'caseload' }],
    };
    // Of the two 30s the part goes, not the caseload (which is in more relations and wanted most).
    expect([...controleerBelofte(a).verborgen].sort()).toEqual(['x', 'y', 'z']);
  });

  it('ook het totaal kan de aanvulling zijn, en één verdeling trekt de andere mee', () => {
    // Ladder 6 | 3 and in beeld 20 | 2 | 1 of caseload 9 and … every relation needs a second hidden cell.
    const a = ster(23, [
      [20, 2, 1],
      [9, 14],
    ]);
    const { verborgen } = controleerBelofte(a);
    expect(verborgen.has('v0:1') && verborgen.has('v0:2')).toBe(true);
  });

  it('alleen de snelle regel is niet genoeg: in een matrix pint een cyclus een cel vast via de ondergrens 0', () => {
    // Every relation has two hidden cells that do not add up to 0, so the quick rule hides nothing more; yet the
    // only way to change them is the cycle +(0,0) −(0,1) +(1,1) −(1,2) +(2,2) −(2,0) (or its reverse), and
    // (0,0) = 0 and (1,2) = 0 block both directions: all six are pinned until more is hidden.
    const m = [
      [0, 2, 9],
      [8, 3, 0],
      [1, 7, 4],
    ];
    const a = doorstroom(m);
    const primair = new Set(Object.keys(a.cellen).filter((c) => (c in a.vast! ? !a.vast![c] : a.cellen[c] < 5)));
    expect([...primair].filter((c) => vastgepind(a, primair, c, 25))).toContain('m11');
    const { verborgen } = controleerBelofte(a);
    expect(verborgen.size).toBeGreaterThan(primair.size);
  });

  it('een aandeel wordt alleen getoond met zijn geheel en zijn rest', () => {
    const a: Antwoord = {
      cellen: { caseload: 3, gesproken: 3, nietGesproken: 0 },
      relaties: [{ delen: ['gesproken', 'nietGesproken'], totaal: 'caseload' }],
      alleenMet: { gesproken: ['caseload', 'nietGesproken'] },
    };
    expect([...onderdruk(a).verborgen].sort()).toEqual(['caseload', 'gesproken', 'nietGesproken']);
    const groot: Antwoord = { ...a, cellen: { caseload: 40, gesproken: 38, nietGesproken: 2 } };
    expect(onderdruk(groot).verborgen.has('gesproken')).toBe(true);
    const zonderGeheel: Antwoord = {
      cellen: { caseload: 4, lopend: 9 },
      relaties: [],
      alleenMet: { lopend: ['caseload'] },
    };
    expect([...onderdruk(zonderGeheel).verborgen].sort()).toEqual(['caseload', 'lopend']);
  });

  it('een relatie "minstens" (vrijstellingen per reden tegenover klanten met een vrijstelling)', () => {
    // 7 + 2 vrijstellingen of 8 clients: the 2 may be 1 or 2 as far as the reader knows, the 8 may be 7 to 9.
    const a: Antwoord = {
      cellen: { klanten: 8, a: 7, b: 2 },
      relaties: [{ delen: ['a', 'b'], totaal: 'klanten', minstens: true }],
    };
    const { verborgen } = controleerBelofte(a);
    expect([...verborgen]).toEqual(['b']);
  });

  it('cellen van een ander antwoord (vast) blijven zoals ze daar zijn; wat alleen zij vastleggen heet onbeschermd', () => {
    // x is suppressed elsewhere but equals y + z, both visible there too: nothing here can help.
    const a: Antwoord = {
      cellen: { x: 3, y: 1, z: 2, eigen: 40, totaal: 43 },
      relaties: [
        { delen: ['y', 'z'], totaal: 'x' },
        { delen: ['x', 'eigen'], totaal: 'totaal' },
      ],
      vast: { x: false, y: true, z: true },
    };
    const { verborgen, onbeschermd } = onderdruk(a);
    expect(onbeschermd).toEqual(['x']);
    expect([...verborgen]).toEqual(['x']);
  });

  describe('een cel die twee antwoorden delen (de caseload van kerncijfers en leefgebieden)', () => {
    // Leefgebieden: 8 with a gesprek, 4 without, of 12. The kerncijfers of the same day: 9 + 3 = 12 (k:*).
    const eigen: Antwoord = {
      cellen: { caseload: 12, metGesprek: 8, zonderGesprek: 4 },
      relaties: [{ delen: ['metGesprek', 'zonderGesprek'], totaal: 'caseload' }],
    };
    const samen = (kern: Record<string, boolean>): Antwoord => ({
      cellen: { ...eigen.cellen, 'k:caseload': 12, 'k:a': 9, 'k:b': 3 },
      relaties: [
        ...eigen.relaties,
        { delen: ['k:a', 'k:b'], totaal: 'k:caseload' },
        { delen: ['caseload'], totaal: 'k:caseload' },
      ],
      vast: { ...kern, caseload: kern['k:caseload'] },
    });
    const eigenCellen = (o: ReadonlySet<string>) => [...o].filter((c) => !c.startsWith('k:')).sort();

    it('alleen: de 4 gaat met de 8 weg, de caseload blijft staan', () => {
      expect(eigenCellen(controleerBelofte(eigen).verborgen)).toEqual(['metGesprek', 'zonderGesprek']);
    });

    it('verbergen de kerncijfers de caseload (ter bescherming van een andere cel), dan blijft hij hier verborgen', () => {
      const a = samen({ 'k:caseload': false, 'k:a': false, 'k:b': false });
      const { verborgen, onbeschermd } = controleerBelofte(a);
      expect(onbeschermd).toEqual([]);
      // Solved with the caseload hidden: 8 + ? = ? leaves both open, so the 8 may now be shown.
      expect(eigenCellen(verborgen)).toEqual(['caseload', 'zonderGesprek']);
    });

    it('tonen de kerncijfers de caseload, dan verandert er niets', () => {
      const a = samen({ 'k:caseload': true, 'k:a': false, 'k:b': false });
      expect(eigenCellen(controleerBelofte(a).verborgen)).toEqual(eigenCellen(onderdruk(eigen).verborgen));
    });
  });

  it('alternatief geeft een echte tweede oplossing: gehele getallen ≥ 0, dezelfde zichtbare cellen, alle relaties kloppen', () => {
    fc.assert(
      fc.property(fc.array(fc.array(klein, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }), (m) => {
        const a = doorstroom(m);
        const { verborgen } = onderdruk(a);
        const fouten: string[] = [];
        for (const c of verborgen) {
          const tweede = alternatief(a, verborgen, c);
          if (!tweede) continue;
          if (tweede[c] === a.cellen[c]) fouten.push(`${c} gelijk`);
          for (const [k, n] of Object.entries(tweede)) {
            if (!Number.isInteger(n) || n < 0) fouten.push(`${k} = ${n}`);
            if (!verborgen.has(k) && n !== a.cellen[k]) fouten.push(`zichtbare ${k} veranderd`);
          }
          for (const r of a.relaties) {
            const delen = som(r.delen.map((d) => tweede[d]));
            if (r.minstens ? delen < tweede[r.totaal] : delen !== tweede[r.totaal]) fouten.push(`relatie ${r.totaal}`);
          }
        }
        expect(fouten).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('willekeurige verdelingen van een caseload: geen verborgen cel is terug te rekenen (brute kracht)', () => {
    const verdeling = fc.array(klein, { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(verdeling, { minLength: 1, maxLength: 3 }), (delen) => {
        // Every breakdown adds up to the same caseload: the last part takes up the difference.
        const caseload = Math.max(...delen.map(som));
        const verdelingen = delen.map((d) => [...d.slice(0, -1), d.at(-1)! + caseload - som(d)]);
        controleerBelofte(ster(caseload, verdelingen));
      }),
      { numRuns: 150 },
    );
  });

  it('willekeurige doorstroommatrices met hun randtotalen: geen verborgen cel is terug te rekenen (brute kracht)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(klein, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }), (m) => {
        controleerBelofte(doorstroom(m), false);
      }),
      { numRuns: 150 },
    );
  });

  it('de zoektocht naar een tweede oplossing mist er geen in kleine matrices (tegen brute kracht)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 3 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.context(),
        (m, ctx) => {
          const a = doorstroom(m);
          const verborgen = new Set(
            Object.keys(a.cellen).filter((c) => (c in a.vast! ? !a.vast![c] : a.cellen[c] < 5)),
          );
          for (const c of verborgen) {
            ctx.log(c);
            expect([c, alternatief(a, verborgen, c) === null]).toEqual([c, vastgepind(a, verborgen, c, 10)]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is deterministisch', () => {
    const a = doorstroom([
      [3, 1, 0, 7],
      [2, 9, 4, 0],
      [0, 1, 12, 3],
      [0, 0, 2, 6],
    ]);
    const eerste = [...onderdruk(a).verborgen];
    for (let i = 0; i < 3; i++) expect([...onderdruk(a).verborgen]).toEqual(eerste);
  });

  it('weigert een cel die geen aantal is en een relatie met een onbekende cel', () => {
    expect(() => onderdruk({ cellen: { a: -1 }, relaties: [] })).toThrow(RangeError);
    expect(() => onderdruk({ cellen: { a: 1.5 }, relaties: [] })).toThrow(RangeError);
    expect(() => onderdruk({ cellen: { a: 1 }, relaties: [{ delen: ['a'], totaal: 'b' }] })).toThrow(RangeError);
  });
});

describe('maandeinden (de peildata voor beleid)', () => {
  it('maandeinde, isMaandeinde, schrikkeljaren', () => {
    expect(maandeinde('2026-11-05')).toBe('2026-11-30');
    expect(maandeinde('2026-12-31')).toBe('2026-12-31');
    expect(maandeinde('2024-02-10')).toBe('2024-02-29');
    expect(maandeinde('2025-02-10')).toBe('2025-02-28');
    expect(maandeinde('2999-12-31')).toBe('2999-12-31');
    expect(isMaandeinde('2026-11-30')).toBe(true);
    expect(isMaandeinde('2026-11-29')).toBe(false);
    expect(isMaandeinde('2024-02-28')).toBe(false);
  });

  it('maandeindeVoor is het laatste maandeinde strikt voor de datum; maandeindenVoor telt terug', () => {
    expect(maandeindeVoor('2026-12-01')).toBe('2026-11-30');
    expect(maandeindeVoor('2026-11-30')).toBe('2026-10-31');
    expect(maandeindeVoor('2026-01-15')).toBe('2025-12-31');
    expect(maandeindenVoor('2026-03-10', 4)).toEqual(['2026-02-28', '2026-01-31', '2025-12-31', '2025-11-30']);
    expect(maandeindenVoor('2026-12-01', 36)).toHaveLength(36);
    expect(maandeindenVoor('2026-12-01', 36).at(-1)).toBe('2023-12-31');
  });
});
