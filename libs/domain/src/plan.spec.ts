import fc from 'fast-check';
import { plusDagen } from './datum';
import {
  controleerPlanDatums,
  datumInWoorden,
  DOEL_STATUS_LABELS,
  DOEL_STATUSSEN,
  PLAN_EVALUATIE_VOORUIT_DAGEN,
  PLAN_NODIG_NA_DAGEN,
} from './plan';

const GESPREK = '2026-11-23';

describe('plan van aanpak: constanten', () => {
  it('kent vier doelstatussen met een label', () => {
    expect(DOEL_STATUSSEN).toEqual(['lopend', 'behaald', 'niet_behaald', 'vervallen']);
    expect(DOEL_STATUS_LABELS.niet_behaald).toBe('Niet behaald');
    expect(PLAN_EVALUATIE_VOORUIT_DAGEN).toBe(14);
    expect(PLAN_NODIG_NA_DAGEN).toBe(28);
  });
});

describe('controleerPlanDatums', () => {
  const doel = (streefdatum: string, gewijzigd = true) => ({ streefdatum, gewijzigd });

  it('zonder gesprek is elke datum goed', () => {
    expect(controleerPlanDatums({ evaluatiedatum: '2020-01-01', doelen: [doel('2020-01-01')] }, null)).toEqual([]);
  });

  it('op de dag van het gesprek of later is goed', () => {
    expect(
      controleerPlanDatums({ evaluatiedatum: GESPREK, doelen: [doel(GESPREK), doel('2027-01-01')] }, GESPREK),
    ).toEqual([]);
  });

  it('een nieuwe of verschoven streefdatum voor het gesprek noemt doelen.<i>.streefdatum', () => {
    const fouten = controleerPlanDatums(
      { evaluatiedatum: GESPREK, doelen: [doel(GESPREK), doel('2026-11-22')] },
      GESPREK,
    );
    expect(fouten).toEqual([
      { veld: 'doelen.1.streefdatum', melding: `mag niet voor het gesprek van ${GESPREK} liggen` },
    ]);
  });

  it('een ongewijzigde oude streefdatum mag blijven staan', () => {
    expect(controleerPlanDatums({ evaluatiedatum: GESPREK, doelen: [doel('2026-01-01', false)] }, GESPREK)).toEqual([]);
  });

  it('de evaluatiedatum voor het gesprek noemt evaluatiedatum', () => {
    expect(controleerPlanDatums({ evaluatiedatum: '2026-11-22', doelen: [] }, GESPREK)).toEqual([
      { veld: 'evaluatiedatum', melding: `mag niet voor het gesprek van ${GESPREK} liggen` },
    ]);
  });

  it('eigenschap: precies de gewijzigde datums voor het gesprek zijn fout', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dagen: fc.integer({ min: -400, max: 400 }), gewijzigd: fc.boolean() }), { maxLength: 20 }),
        fc.integer({ min: -400, max: 400 }),
        (doelen, evaluatie) => {
          const fouten = controleerPlanDatums(
            {
              evaluatiedatum: plusDagen(GESPREK, evaluatie),
              doelen: doelen.map((d) => ({ streefdatum: plusDagen(GESPREK, d.dagen), gewijzigd: d.gewijzigd })),
            },
            GESPREK,
          );
          const verwacht = [
            ...doelen.flatMap((d, i) => (d.gewijzigd && d.dagen < 0 ? [`doelen.${i}.streefdatum`] : [])),
            ...(evaluatie < 0 ? ['evaluatiedatum'] : []),
          ];
          expect(fouten.map((f) => f.veld)).toEqual(verwacht);
        },
      ),
    );
  });
});

describe('datumInWoorden', () => {
  it('schrijft een datum zoals de klant hem leest', () => {
    expect(datumInWoorden('2027-03-01')).toBe('1 maart 2027');
    expect(datumInWoorden('2026-12-31')).toBe('31 december 2026');
    expect(datumInWoorden('2027-01-09')).toBe('9 januari 2027');
  });

  it('eigenschap: gelijk aan toLocaleDateString in het Nederlands', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (dagen) => {
        const datum = plusDagen(GESPREK, dagen);
        const verwacht = new Date(`${datum}T12:00:00Z`).toLocaleDateString('nl-NL', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
        expect(datumInWoorden(datum)).toBe(verwacht);
      }),
    );
  });
});
