import {
  alternatief,
  leefgebiedenOverzicht,
  onderdruk,
  STANDAARD_PADEN,
  ZRM_DOMEINEN,
  ZRM_NIVEAUS,
} from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { leefgebiedenOnderdelen, naarCsv } from './rapportages.export';
import { alsLeefgebieden, leefgebiedenAntwoord } from './rapportages.onderdrukking';

const NAMEN = { domeinen: ZRM_DOMEINEN.slice(0, 3), niveaus: ZRM_NIVEAUS, paden: STANDAARD_PADEN };

/** Small consistent counts: clients with a gesprek, each scored on a domain or not, a pad each, plans. */
const rapportArb = fc
  .record({
    zonderGesprek: fc.nat({ max: 8 }),
    klanten: fc.array(
      fc.record({
        pad: fc.constantFrom(...STANDAARD_PADEN.map((p) => p.code)),
        scores: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 }), {
          minLength: 3,
          maxLength: 3,
        }),
      }),
      { maxLength: 30 },
    ),
    plannen: fc.nat({ max: 40 }),
    verlopen: fc.nat({ max: 40 }),
  })
  .map(({ zonderGesprek, klanten, plannen, verlopen }) => {
    const caseload = zonderGesprek + klanten.length;
    const metPlan = Math.min(plannen, caseload);
    const scores = new Map<string, number>();
    for (const k of klanten)
      k.scores.forEach((n, i) => {
        if (n === null) return;
        const sleutel = `${ZRM_DOMEINEN[i].code}:${n}`;
        scores.set(sleutel, (scores.get(sleutel) ?? 0) + 1);
      });
    const paden = new Map<string, number>();
    for (const k of klanten) paden.set(k.pad, (paden.get(k.pad) ?? 0) + 1);
    return leefgebiedenOverzicht(
      {
        peildatum: '2026-10-31',
        caseload,
        metGesprek: klanten.length,
        scores: [...scores].map(([s, aantal]) => ({
          domein: s.split(':')[0],
          niveau: Number(s.split(':')[1]),
          aantal,
        })),
        paden: [...paden].map(([code, aantal]) => ({ code, aantal })),
        metPlan,
        evaluatieVerlopen: Math.min(verlopen, metPlan),
      },
      NAMEN,
    );
  });

describe('leefgebieden voor beleid', () => {
  it('toont geen aantal onder de 5, en elke verborgen cel heeft een tweede oplossing', () => {
    fc.assert(
      fc.property(rapportArb, (r) => {
        const antwoord = leefgebiedenAntwoord(r);
        // The relations hold at the truth (else the answer's cells were built wrong).
        for (const rel of antwoord.relaties) {
          const som = rel.delen.reduce((s, c) => s + antwoord.cellen[c], 0);
          if (rel.minstens) expect(som).toBeGreaterThanOrEqual(antwoord.cellen[rel.totaal]);
          else expect(som).toBe(antwoord.cellen[rel.totaal]);
        }
        const { verborgen, onbeschermd } = onderdruk(antwoord);
        expect(onbeschermd).toEqual([]);
        for (const cel of verborgen) expect(alternatief(antwoord, verborgen, cel)).not.toBeNull();
        const dto = alsLeefgebieden(r, verborgen);
        const getallen = [
          dto.caseload,
          dto.metGesprek,
          ...dto.domeinen.flatMap((d) => [d.totaal, ...Object.values(d.aantallen)]),
          ...dto.paden.map((p) => p.aantal),
        ];
        for (const n of getallen) if (n !== null) expect(n).toBeGreaterThanOrEqual(5);
        // A share only with both counts behind it at 5 or more.
        if (dto.metPlan !== null) expect(Math.min(r.metPlan, r.caseload - r.metPlan)).toBeGreaterThanOrEqual(5);
        if (dto.evaluatieVerlopen !== null)
          expect(Math.min(r.evaluatieVerlopen, r.caseload - r.evaluatieVerlopen)).toBeGreaterThanOrEqual(5);
        expect(dto.onderdrukt).toBe(verborgen.size > 0);
      }),
      { numRuns: 60, seed: 14 },
    );
  });

  it('de export noemt verborgen cellen onderdrukt, en een leefgebied uit een eerdere versie als zodanig', () => {
    const r = leefgebiedenOverzicht(
      {
        peildatum: '2026-10-31',
        caseload: 20,
        metGesprek: 12,
        scores: [
          { domein: 'financien', niveau: 2, aantal: 9 },
          { domein: 'financien', niveau: 4, aantal: 3 },
          { domein: 'solliciteren', niveau: 3, aantal: 12 },
        ],
        paden: [{ code: 'sociaal_wijkteam', aantal: 12 }],
        metPlan: 10,
        evaluatieVerlopen: 2,
      },
      NAMEN,
    );
    const csv = naarCsv(leefgebiedenOnderdelen(alsLeefgebieden(r, onderdruk(leefgebiedenAntwoord(r)).verborgen), 'x'));
    // Financiën: niveau 2 has 9, niveau 4 has 3 (hidden), the others 0 (hidden).
    expect(csv).toContain('\r\nNiveaus per leefgebied;Financiën;onderdrukt;9;onderdrukt;onderdrukt;onderdrukt;');
    expect(csv).toContain('\r\nNiveaus per leefgebied;solliciteren (eerdere versie);onderdrukt;onderdrukt;');
    expect(csv).toContain('\r\nLeefgebieden en plannen;Met plan van aanpak (%);50\r\n');
    expect(csv).toContain('\r\nLeefgebieden en plannen;Evaluatiedatum plan verstreken (%);onderdrukt\r\n');
    expect(csv).not.toMatch(/;[0-4](;|\r\n)/);
  });
});
