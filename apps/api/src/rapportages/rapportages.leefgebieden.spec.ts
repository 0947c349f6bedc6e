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
import {
  alsLeefgebieden,
  leefgebiedenAntwoord,
  onderdrukKerncijfers,
  onderdrukLeefgebieden,
  type KerncijfersRij,
} from './rapportages.onderdrukking';

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

/** The kerncijfers of `caseload` clients alike: all in beeld, one gesprek each, no trede, one klantmanager. */
function gelijkeKlanten(caseload: number): KerncijfersRij {
  return {
    peildatum: '2026-10-31',
    caseload,
    banden: { '<50': 1 },
    in_beeld: { in_beeld: caseload },
    verdeling: { '1': caseload },
    met_lopende_afspraak: 0,
    ladder: {},
    ladder_onbekend: caseload,
    formeel: 0,
    informeel: 0,
    informeel_verlopen: 0,
    per_reden: {},
    no_shows: 0,
    gepland: 0,
    uitstroom: {},
    jaar_terug: '2025-10-31',
  };
}

/** Six clients, each with a gesprek (financiën 3, intensief naar werk), none with a plan. */
const zesMetGesprek = leefgebiedenOverzicht(
  {
    peildatum: '2026-10-31',
    caseload: 6,
    metGesprek: 6,
    scores: [{ domein: 'financien', niveau: 3, aantal: 6 }],
    paden: [{ code: 'intensief_naar_werk', aantal: 6 }],
    metPlan: 0,
    evaluatieVerlopen: 0,
  },
  NAMEN,
);

describe('leefgebieden voor beleid, samen met de kerncijfers van dezelfde peildatum', () => {
  const met = (r: typeof zesMetGesprek, kerncijfers: KerncijfersRij) => ({
    kerncijfers,
    verborgen: onderdrukKerncijfers(kerncijfers),
  });

  it('toont de kerncijfers de caseload, dan telt die hier als bekend: 6 − 6 met gesprek verraadt de 0 zonder', () => {
    const kerncijfers = met(zesMetGesprek, gelijkeKlanten(6));
    expect(kerncijfers.verborgen.has('caseload')).toBe(false);
    // Alone the leefgebieden answer hid the caseload, the lighter of the two 6s, and showed the 6 with a gesprek.
    const alleen = onderdrukLeefgebieden(zesMetGesprek);
    expect([alleen.has('caseload'), alleen.has('metGesprek')]).toEqual([true, false]);
    const samen = onderdrukLeefgebieden(zesMetGesprek, kerncijfers);
    expect([samen.has('caseload'), samen.has('metGesprek')]).toEqual([false, true]);
    const antwoord = leefgebiedenAntwoord(zesMetGesprek, kerncijfers);
    const { verborgen, onbeschermd } = onderdruk(antwoord);
    expect(onbeschermd).toEqual([]);
    for (const cel of samen) expect([cel, alternatief(antwoord, verborgen, cel)]).not.toEqual([cel, null]);
  });

  it('een andere caseload in de kerncijfers (andere klanten geteld) bindt niets', () => {
    const samen = onderdrukLeefgebieden(zesMetGesprek, met(zesMetGesprek, gelijkeKlanten(7)));
    expect([...samen].sort()).toEqual([...onderdrukLeefgebieden(zesMetGesprek)].sort());
  });

  it('op willekeurige cijfers: de caseload zoals in de kerncijfers, en geen eigen verborgen cel terug te rekenen', () => {
    fc.assert(
      fc.property(rapportArb, fc.boolean(), (r, verbergKern) => {
        const kerncijfers = gelijkeKlanten(r.caseload);
        // Both decisions of the kerncijfers: as they are, and as if they hid the caseload to protect another cell.
        const verborgen = verbergKern
          ? new Set([
              ...onderdrukKerncijfers(kerncijfers),
              'caseload',
              'gesprekken:1',
              'inBeeld:in_beeld',
              'ladderOnbekend',
            ])
          : onderdrukKerncijfers(kerncijfers);
        const bij = { kerncijfers, verborgen };
        const eigen = onderdrukLeefgebieden(r, bij);
        expect(eigen.has('caseload')).toBe(verborgen.has('caseload'));
        const antwoord = leefgebiedenAntwoord(r, bij);
        const alles = onderdruk(antwoord);
        expect(alles.onbeschermd).toEqual([]);
        for (const cel of eigen) expect([cel, alternatief(antwoord, alles.verborgen, cel)]).not.toEqual([cel, null]);
        for (const n of Object.values(alsLeefgebieden(r, eigen).paden))
          if (n.aantal !== null) expect(n.aantal).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 40, seed: 14 },
    );
  });
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
