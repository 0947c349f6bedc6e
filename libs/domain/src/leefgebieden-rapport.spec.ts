import { STANDAARD_PADEN, ZRM_DOMEINEN, ZRM_NIVEAUS } from './gesprek';
import type { RapportKlant } from './kerncijfers';
import {
  laatsteGesprek,
  leefgebiedenBeweging,
  leefgebiedenRapport,
  type LeefgebiedenDataset,
  type LeefgebiedenNamen,
  type RapportGesprek,
} from './leefgebieden-rapport';

const NAMEN: LeefgebiedenNamen = { domeinen: ZRM_DOMEINEN, niveaus: ZRM_NIVEAUS, paden: STANDAARD_PADEN };

function klant(id: string, velden: Partial<RapportKlant> = {}): RapportKlant {
  return {
    id,
    gemeenteId: 'g1',
    dienstverleningscategorie: 'job_ready',
    startdatumUitkering: '2025-01-01',
    uitstroomdatum: null,
    uitstroomreden: null,
    toewijzingen: [{ klantmanagerId: 'km1', van: '2025-01-01T08:00:00Z', tot: null }],
    ...velden,
  };
}

let volgnummer = 0;
function gesprek(
  klantId: string,
  gevoerdOp: string,
  scores: Record<string, number>,
  pad = 'een_leefgebied',
): RapportGesprek {
  volgnummer++;
  return {
    id: `00000000-0000-0000-0000-${String(volgnummer).padStart(12, '0')}`,
    klantId,
    gevoerdOp,
    aangemaaktOp: gevoerdOp,
    dienstverleningspad: pad,
    scores: Object.entries(scores).map(([domein, niveau]) => ({ domein, niveau })),
  };
}

function dataset(velden: Partial<LeefgebiedenDataset>): LeefgebiedenDataset {
  return { klanten: [], teamVan: { km1: 't1', km2: 't2' }, gesprekken: [], plannen: [], ...velden };
}

describe('leefgebiedenRapport', () => {
  it('telt de niveaus uit het laatste gesprek op of voor de peildatum, per leefgebied', () => {
    const data = dataset({
      klanten: [klant('a'), klant('b'), klant('c')],
      gesprekken: [
        gesprek('a', '2026-01-10T10:00:00Z', { financien: 1, huisvesting: 3 }),
        gesprek('a', '2026-03-10T10:00:00Z', { financien: 2 }, 'sociaal_wijkteam'),
        gesprek('b', '2026-02-01T10:00:00Z', { financien: 2, huisvesting: 5 }),
        gesprek('c', '2026-05-01T10:00:00Z', { financien: 5 }),
      ],
    });
    const r = leefgebiedenRapport(data, NAMEN, '2026-03-31');
    expect(r.caseload).toBe(3);
    expect(r.metGesprek).toBe(2);
    const financien = r.domeinen.find((d) => d.code === 'financien')!;
    expect(financien).toEqual({
      code: 'financien',
      naam: 'Financiën',
      bekend: true,
      totaal: 2,
      aantallen: { '1': 0, '2': 2, '3': 0, '4': 0, '5': 0 },
    });
    // a's latest gesprek did not score huisvesting: only b counts there.
    expect(r.domeinen.find((d) => d.code === 'huisvesting')!.aantallen).toEqual({
      '1': 0,
      '2': 0,
      '3': 0,
      '4': 0,
      '5': 1,
    });
    expect(r.domeinen).toHaveLength(13);
    expect(r.paden).toEqual([
      { code: 'intensief_naar_werk', naam: 'Intensief naar werk', aantal: 0 },
      { code: 'een_leefgebied', naam: 'Ondersteuning op één leefgebied', aantal: 1 },
      { code: 'taal_opleiding_medisch', naam: 'Taal, opleiding of medisch', aantal: 0 },
      { code: 'sociaal_wijkteam', naam: 'Sociaal wijkteam', aantal: 1 },
    ]);
  });

  it('neemt de Nederlandse datum van het gesprek: 23:30 UTC op de peildatum is de volgende dag', () => {
    const data = dataset({
      klanten: [klant('a')],
      gesprekken: [gesprek('a', '2026-03-31T22:30:00Z', { financien: 4 })],
    });
    expect(leefgebiedenRapport(data, NAMEN, '2026-03-31').metGesprek).toBe(0);
    expect(leefgebiedenRapport(data, NAMEN, '2026-04-01').metGesprek).toBe(1);
  });

  it('van twee gesprekken op een moment telt het laatst ingevoerde', () => {
    const eerste = gesprek('a', '2026-03-01T10:00:00Z', { financien: 1 });
    const tweede = { ...gesprek('a', '2026-03-01T10:00:00Z', { financien: 4 }), aangemaaktOp: '2026-03-01T11:00:00Z' };
    const data = dataset({ klanten: [klant('a')], gesprekken: [tweede, eerste] });
    expect(laatsteGesprek(data, 'a', '2026-03-31')).toBe(tweede);
  });

  it('telt scores op leefgebieden en niveaus die de actieve versie niet meer kent onder hun code', () => {
    const data = dataset({
      klanten: [klant('a')],
      gesprekken: [gesprek('a', '2026-03-01T10:00:00Z', { taalbeheersing: 7, financien: 2 })],
    });
    const r = leefgebiedenRapport(data, NAMEN, '2026-03-31');
    expect(r.niveaus.at(-1)).toEqual({ waarde: 7, naam: '7', bekend: false });
    expect(r.domeinen.at(-1)).toEqual({
      code: 'taalbeheersing',
      naam: 'taalbeheersing',
      bekend: false,
      totaal: 1,
      aantallen: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '7': 1 },
    });
    expect(r.domeinen.find((d) => d.code === 'financien')!.aantallen['7']).toBe(0);
  });

  it('telt alleen klanten in de caseload op de peildatum, met het gemeente- en teamfilter', () => {
    const data = dataset({
      klanten: [
        klant('a'),
        klant('b', { gemeenteId: 'g2' }),
        klant('c', { toewijzingen: [{ klantmanagerId: 'km2', van: '2025-01-01T08:00:00Z', tot: null }] }),
        klant('d', { uitstroomdatum: '2026-03-15', uitstroomreden: 'werk' }),
        klant('e', { startdatumUitkering: '2026-04-01' }),
      ],
      gesprekken: ['a', 'b', 'c', 'd', 'e'].map((k) => gesprek(k, '2026-02-01T10:00:00Z', { financien: 3 })),
    });
    expect(leefgebiedenRapport(data, NAMEN, '2026-03-31').metGesprek).toBe(3);
    expect(leefgebiedenRapport(data, NAMEN, '2026-03-31', { gemeenteId: 'g2' }).metGesprek).toBe(1);
    expect(leefgebiedenRapport(data, NAMEN, '2026-03-31', { teamId: 't2' }).metGesprek).toBe(1);
  });

  it('telt plannen gemaakt op of voor de peildatum, en die met een evaluatiedatum ervoor', () => {
    const data = dataset({
      klanten: [
        klant('a'),
        klant('b'),
        klant('c'),
        klant('d', { uitstroomdatum: '2026-01-01', uitstroomreden: 'werk' }),
      ],
      plannen: [
        { klantId: 'a', aangemaaktOp: '2026-01-05T10:00:00Z', evaluatiedatum: '2026-03-30' },
        { klantId: 'b', aangemaaktOp: '2026-02-05T10:00:00Z', evaluatiedatum: '2026-03-31' },
        { klantId: 'c', aangemaaktOp: '2026-04-05T10:00:00Z', evaluatiedatum: '2026-01-01' },
        { klantId: 'd', aangemaaktOp: '2025-04-05T10:00:00Z', evaluatiedatum: '2025-06-01' },
      ],
    });
    const r = leefgebiedenRapport(data, NAMEN, '2026-03-31');
    expect(r.caseload).toBe(3);
    expect(r.metPlan).toBe(2);
    expect(r.evaluatieVerlopen).toBe(1);
  });
});

describe('leefgebiedenBeweging', () => {
  it('vergelijkt per leefgebied het niveau op van en op tot, alleen met een later gesprek ertussen', () => {
    const data = dataset({
      klanten: [klant('a'), klant('b'), klant('c'), klant('d')],
      gesprekken: [
        gesprek('a', '2025-06-01T10:00:00Z', { financien: 2, huisvesting: 4 }),
        gesprek('a', '2026-02-01T10:00:00Z', { financien: 4, huisvesting: 3 }),
        // b: no later gesprek → not counted
        gesprek('b', '2025-06-01T10:00:00Z', { financien: 2 }),
        // c: huisvesting only scored before van, still the niveau at both; financien moved equal
        gesprek('c', '2025-05-01T10:00:00Z', { financien: 3, huisvesting: 1 }),
        gesprek('c', '2026-01-01T10:00:00Z', { financien: 3 }),
        // d: first gesprek after van → no niveau at van
        gesprek('d', '2025-12-01T10:00:00Z', { financien: 1 }),
      ],
    });
    const b = leefgebiedenBeweging(data, NAMEN, '2025-09-30', '2026-03-31');
    expect(b.find((d) => d.code === 'financien')).toMatchObject({ omhoog: 1, gelijk: 1, omlaag: 0 });
    expect(b.find((d) => d.code === 'huisvesting')).toMatchObject({ omhoog: 0, gelijk: 0, omlaag: 1 });
    expect(b.find((d) => d.code === 'justitie')).toEqual({
      code: 'justitie',
      naam: 'Justitie',
      bekend: true,
      omhoog: 0,
      gelijk: 0,
      omlaag: 0,
    });
  });

  it('een gesprek op van zelf telt als op van, niet als later', () => {
    const data = dataset({
      klanten: [klant('a')],
      gesprekken: [
        gesprek('a', '2025-09-01T10:00:00Z', { financien: 2 }),
        gesprek('a', '2025-09-30T10:00:00Z', { financien: 3 }),
      ],
    });
    expect(leefgebiedenBeweging(data, NAMEN, '2025-09-30', '2026-03-31')[0]).toMatchObject({
      omhoog: 0,
      gelijk: 0,
      omlaag: 0,
    });
    expect(leefgebiedenBeweging(data, NAMEN, '2025-09-29', '2026-03-31')[0]).toMatchObject({ omhoog: 1 });
  });

  it('noemt een leefgebied dat de actieve versie niet meer heeft bij zijn code', () => {
    const data = dataset({
      klanten: [klant('a')],
      gesprekken: [
        gesprek('a', '2025-06-01T10:00:00Z', { solliciteren: 2 }),
        gesprek('a', '2026-01-01T10:00:00Z', { solliciteren: 1 }),
      ],
    });
    expect(leefgebiedenBeweging(data, NAMEN, '2025-09-30', '2026-03-31').at(-1)).toEqual({
      code: 'solliciteren',
      naam: 'solliciteren',
      bekend: false,
      omhoog: 0,
      gelijk: 0,
      omlaag: 1,
    });
  });
});
