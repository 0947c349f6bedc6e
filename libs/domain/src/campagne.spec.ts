import fc from 'fast-check';
import {
  CAMPAGNE_STATUS_LABELS,
  CAMPAGNE_STATUSSEN,
  DEELNEMER_STATUS_LABELS,
  DEELNEMER_STATUSSEN,
  campagneLoopt,
  controleerCampagnePeriode,
  controleerCriteria,
  controleerUitnodiging,
  deelnemerStatus,
  inCohort,
  isWeekend,
  laatsteUitnodiging,
  maandagVan,
  naNoShow,
  nabelDatum,
  opkomstAandeel,
  overlapt,
  trechterVan,
  uitnodigingFeiten,
  werkdagVoor,
  type CohortKandidaat,
  type DeelnemerFeiten,
  type GekoppeldContact,
  type UitnodigingUitkomst,
} from './campagne';
import { plusDagen, type Datum } from './datum';

const velden = (fouten: { veld: string }[]) => fouten.map((f) => f.veld);

describe('labels', () => {
  it('has a Dutch label for every status', () => {
    for (const s of CAMPAGNE_STATUSSEN) expect(CAMPAGNE_STATUS_LABELS[s]).toBeTruthy();
    for (const s of DEELNEMER_STATUSSEN) expect(DEELNEMER_STATUS_LABELS[s]).toBeTruthy();
  });
});

describe('controleerCriteria', () => {
  it('accepts empty and valid criteria', () => {
    expect(controleerCriteria({})).toEqual([]);
    expect(
      controleerCriteria({
        nietGesprokenMaanden: 12,
        minUitkeringsduurMaanden: 0,
        categorieen: ['job_ready'],
        gemeenteIds: ['g'],
        teamIds: ['t'],
      }),
    ).toEqual([]);
  });
  it('names every offending field', () => {
    expect(
      velden(
        controleerCriteria({
          nietGesprokenMaanden: 0,
          minUitkeringsduurMaanden: 1.5,
          categorieen: [],
          gemeenteIds: ['a', 'a'],
          teamIds: [],
        }),
      ),
    ).toEqual([
      'criteria.nietGesprokenMaanden',
      'criteria.minUitkeringsduurMaanden',
      'criteria.categorieen',
      'criteria.gemeenteIds',
      'criteria.teamIds',
    ]);
  });
  it('checks the bounds inclusively and uses the given path', () => {
    expect(controleerCriteria({ nietGesprokenMaanden: 1 })).toEqual([]);
    expect(controleerCriteria({ nietGesprokenMaanden: 120 })).toEqual([]);
    expect(velden(controleerCriteria({ nietGesprokenMaanden: 121 }, 'x'))).toEqual(['x.nietGesprokenMaanden']);
    expect(controleerCriteria({ minUitkeringsduurMaanden: 600 })).toEqual([]);
    expect(velden(controleerCriteria({ minUitkeringsduurMaanden: -1 }))).toEqual(['criteria.minUitkeringsduurMaanden']);
    expect(controleerCriteria({ gemeenteIds: ['a', 'a'] })[0].melding).toMatch(/twee keer/);
  });
});

describe('inCohort', () => {
  const klant = (extra: Partial<CohortKandidaat> = {}): CohortKandidaat => ({
    status: 'actief',
    dienstverleningscategorie: 'job_ready',
    startdatumUitkering: '2020-01-01',
    laatstGezien: '2025-01-15',
    gemeenteId: 'g1',
    teamId: 't1',
    ...extra,
  });
  const peil = '2026-01-15';

  it('takes every active client without criteria, never an uitgestroomde', () => {
    expect(inCohort(klant(), {}, peil)).toBe(true);
    expect(inCohort(klant({ status: 'uitgestroomd' }), {}, peil)).toBe(false);
  });
  it('nietGesprokenMaanden: seen exactly N months ago is recent enough to stay out; a day earlier is in', () => {
    expect(inCohort(klant({ laatstGezien: '2025-01-15' }), { nietGesprokenMaanden: 12 }, peil)).toBe(false);
    expect(inCohort(klant({ laatstGezien: '2025-01-14' }), { nietGesprokenMaanden: 12 }, peil)).toBe(true);
    expect(inCohort(klant({ laatstGezien: null }), { nietGesprokenMaanden: 12 }, peil)).toBe(true);
  });
  it('nietGesprokenMaanden at month ends: 31 March minus one month is 28/29 February', () => {
    expect(inCohort(klant({ laatstGezien: '2026-02-28' }), { nietGesprokenMaanden: 1 }, '2026-03-31')).toBe(false);
    expect(inCohort(klant({ laatstGezien: '2026-02-27' }), { nietGesprokenMaanden: 1 }, '2026-03-31')).toBe(true);
    expect(inCohort(klant({ laatstGezien: '2024-02-29' }), { nietGesprokenMaanden: 1 }, '2024-03-31')).toBe(false);
    expect(inCohort(klant({ laatstGezien: '2024-02-28' }), { nietGesprokenMaanden: 1 }, '2024-03-31')).toBe(true);
  });
  it('minUitkeringsduurMaanden: a benefit started exactly N months ago counts', () => {
    expect(inCohort(klant({ startdatumUitkering: '2025-07-15' }), { minUitkeringsduurMaanden: 6 }, peil)).toBe(true);
    expect(inCohort(klant({ startdatumUitkering: '2025-07-16' }), { minUitkeringsduurMaanden: 6 }, peil)).toBe(false);
    expect(inCohort(klant({ startdatumUitkering: '2026-01-15' }), { minUitkeringsduurMaanden: 0 }, peil)).toBe(true);
    expect(inCohort(klant({ startdatumUitkering: '2026-01-16' }), { minUitkeringsduurMaanden: 0 }, peil)).toBe(false);
    // 31 August + 6 months clamps to 28 February.
    expect(inCohort(klant({ startdatumUitkering: '2025-08-31' }), { minUitkeringsduurMaanden: 6 }, '2026-02-28')).toBe(
      false,
    );
    expect(inCohort(klant({ startdatumUitkering: '2025-08-28' }), { minUitkeringsduurMaanden: 6 }, '2026-02-28')).toBe(
      true,
    );
  });
  it('filters on categorie, gemeente and team; no team means out under a team filter', () => {
    expect(inCohort(klant(), { categorieen: ['job_ready'] }, peil)).toBe(true);
    expect(inCohort(klant(), { categorieen: ['zorg'] }, peil)).toBe(false);
    expect(inCohort(klant(), { gemeenteIds: ['g1', 'g2'] }, peil)).toBe(true);
    expect(inCohort(klant(), { gemeenteIds: ['g2'] }, peil)).toBe(false);
    expect(inCohort(klant(), { teamIds: ['t1'] }, peil)).toBe(true);
    expect(inCohort(klant(), { teamIds: ['t2'] }, peil)).toBe(false);
    expect(inCohort(klant({ teamId: null }), { teamIds: ['t1'] }, peil)).toBe(false);
    expect(inCohort(klant({ teamId: null }), {}, peil)).toBe(true);
  });
});

describe('campagneLoopt and controleerCampagnePeriode', () => {
  const c = { status: 'lopend' as const, startdatum: '2026-03-01', einddatum: '2026-03-31' };
  it('runs from start to end inclusive, only while lopend', () => {
    expect(campagneLoopt(c, '2026-02-28')).toBe(false);
    expect(campagneLoopt(c, '2026-03-01')).toBe(true);
    expect(campagneLoopt(c, '2026-03-31')).toBe(true);
    expect(campagneLoopt(c, '2026-04-01')).toBe(false);
    expect(campagneLoopt({ ...c, status: 'concept' }, '2026-03-10')).toBe(false);
    expect(campagneLoopt({ ...c, status: 'afgesloten' }, '2026-03-10')).toBe(false);
  });
  it('checks the period', () => {
    expect(controleerCampagnePeriode({ startdatum: '2026-03-01', einddatum: '2026-03-01' })).toEqual([]);
    expect(velden(controleerCampagnePeriode({ startdatum: '2026-03-02', einddatum: '2026-03-01' }))).toEqual([
      'einddatum',
    ]);
    expect(velden(controleerCampagnePeriode({ startdatum: 'x', einddatum: '2026-02-30' }))).toEqual([
      'startdatum',
      'einddatum',
    ]);
  });
});

describe('werkdagVoor, nabelDatum, isWeekend, maandagVan', () => {
  it('skips the weekend', () => {
    expect(werkdagVoor('2026-03-02')).toBe('2026-02-27'); // Monday → Friday
    expect(werkdagVoor('2026-03-03')).toBe('2026-03-02'); // Tuesday → Monday
    expect(werkdagVoor('2026-03-01')).toBe('2026-02-27'); // Sunday → Friday
    expect(werkdagVoor('2026-02-28')).toBe('2026-02-27'); // Saturday → Friday
    expect(werkdagVoor('2026-01-01')).toBe('2025-12-31');
  });
  it('uses the Dutch date of the invitation, across DST', () => {
    // Monday 30 March 2026 00:30 in summer time (UTC+2) is Sunday 22:30 UTC.
    expect(nabelDatum('2026-03-29T22:30:00.000Z')).toBe('2026-03-27');
    // Monday 26 October 2026 00:30 in winter time (UTC+1) is Sunday 23:30 UTC.
    expect(nabelDatum('2026-10-25T23:30:00.000Z')).toBe('2026-10-23');
    // Friday 23:30 Dutch time stays Friday: call on Thursday.
    expect(nabelDatum('2026-03-27T22:30:00.000Z')).toBe('2026-03-26');
  });
  it('knows weekends and Mondays', () => {
    expect(isWeekend('2026-03-01')).toBe(true);
    expect(isWeekend('2026-02-28')).toBe(true);
    expect(isWeekend('2026-03-02')).toBe(false);
    expect(maandagVan('2026-03-01')).toBe('2026-02-23');
    expect(maandagVan('2026-03-02')).toBe('2026-03-02');
    expect(maandagVan('2026-03-07')).toBe('2026-03-02');
  });
  const datum = fc.integer({ min: 0, max: 3650 }).map((d) => plusDagen('2024-01-01', d) as Datum);
  it('property: werkdagVoor is a weekday before the date with no weekday between', () => {
    fc.assert(
      fc.property(datum, (d) => {
        const w = werkdagVoor(d);
        expect(w < d).toBe(true);
        expect(isWeekend(w)).toBe(false);
        for (let x = plusDagen(w, 1); x < d; x = plusDagen(x, 1)) expect(isWeekend(x)).toBe(true);
      }),
    );
  });
  it('property: maandagVan is a Monday at most six days before', () => {
    fc.assert(
      fc.property(datum, (d) => {
        const m = maandagVan(d);
        expect(new Date(`${m}T12:00:00Z`).getUTCDay()).toBe(1);
        expect(m <= d && plusDagen(m, 6) >= d).toBe(true);
      }),
    );
  });
});

describe('controleerUitnodiging', () => {
  const campagne = { startdatum: '2026-03-01', einddatum: '2026-03-31' };
  const nu = new Date('2026-03-10T09:00:00.000Z');
  it('accepts a future moment within the period', () => {
    expect(controleerUitnodiging({ datumTijd: '2026-03-11T09:00:00.000Z', locatie: 'Stadhuis' }, campagne, nu)).toEqual(
      [],
    );
  });
  it('refuses the past, now, nonsense and an empty locatie, naming the fields', () => {
    expect(
      velden(controleerUitnodiging({ datumTijd: '2026-03-10T09:00:00.000Z', locatie: ' ' }, campagne, nu)),
    ).toEqual(['datumTijd', 'locatie']);
    expect(velden(controleerUitnodiging({ datumTijd: 'morgen', locatie: 'x' }, campagne, nu))).toEqual(['datumTijd']);
  });
  it('uses the Dutch date for the period', () => {
    // 31 March 23:30 Dutch time (21:30 UTC) is inside; 1 April 00:30 Dutch (31 March 22:30 UTC) is outside.
    expect(controleerUitnodiging({ datumTijd: '2026-03-31T21:30:00.000Z', locatie: 'x' }, campagne, nu)).toEqual([]);
    const fout = controleerUitnodiging({ datumTijd: '2026-03-31T22:30:00.000Z', locatie: 'x' }, campagne, nu);
    expect(velden(fout)).toEqual(['datumTijd']);
    expect(fout[0].melding).toMatch(/looptijd/);
  });
});

describe('overlapt', () => {
  const a = { datumTijd: '2026-03-11T09:00:00.000Z', duurMinuten: 60 };
  it('back to back is fine, any shared minute is not', () => {
    expect(overlapt(a, { datumTijd: '2026-03-11T10:00:00.000Z', duurMinuten: 60 })).toBe(false);
    expect(overlapt(a, { datumTijd: '2026-03-11T08:00:00.000Z', duurMinuten: 60 })).toBe(false);
    expect(overlapt(a, { datumTijd: '2026-03-11T09:59:00.000Z', duurMinuten: 60 })).toBe(true);
    expect(overlapt(a, { datumTijd: '2026-03-11T09:15:00.000Z', duurMinuten: 15 })).toBe(true);
    expect(overlapt(a, a)).toBe(true);
  });
  it('property: symmetric', () => {
    const u = fc.record({
      datumTijd: fc
        .integer({ min: 0, max: 2000 })
        .map((m) => new Date(Date.UTC(2026, 2, 11) + m * 60_000).toISOString()),
      duurMinuten: fc.integer({ min: 1, max: 240 }),
    });
    fc.assert(fc.property(u, u, (x, y) => overlapt(x, y) === overlapt(y, x)));
  });
});

describe('uitnodigingFeiten', () => {
  const c = (
    kanaal: GekoppeldContact['kanaal'],
    resultaat: GekoppeldContact['resultaat'],
    moment: string,
    aangemaakt = moment,
  ) => ({ kanaal, resultaat, moment, aangemaakt }) as GekoppeldContact;
  it('the letter alone says nothing', () => {
    expect(uitnodigingFeiten([c('brief', 'verstuurd', '2026-03-01T09:00:00.000Z')])).toEqual({
      uitkomst: null,
      nagebeld: false,
      nabelPoging: false,
    });
  });
  it('a call not reached is a try, reached is nagebeld; neither is an outcome', () => {
    expect(uitnodigingFeiten([c('telefoon', 'niet_bereikt', '2026-03-01T09:00:00.000Z')])).toEqual({
      uitkomst: null,
      nagebeld: false,
      nabelPoging: true,
    });
    expect(uitnodigingFeiten([c('telefoon', 'gesproken', '2026-03-01T09:00:00.000Z')])).toEqual({
      uitkomst: null,
      nagebeld: true,
      nabelPoging: true,
    });
  });
  it('the latest gesprek-channel contact is the outcome; ties go to the one entered last', () => {
    expect(
      uitnodigingFeiten([
        c('gesprek_op_locatie', 'gesproken', '2026-03-02T09:00:00.000Z'),
        c('huisbezoek', 'no_show', '2026-03-01T09:00:00.000Z'),
      ]).uitkomst,
    ).toBe('gesproken');
    expect(
      uitnodigingFeiten([
        c('beeldbellen', 'afgezegd', '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z'),
        c('gesprek_op_locatie', 'no_show', '2026-03-02T09:00:00.000Z', '2026-03-02T09:30:00.000Z'),
      ]).uitkomst,
    ).toBe('afgezegd');
  });
});

type U = DeelnemerFeiten['uitnodigingen'][number];
const u = (poging: number, uitkomst: UitnodigingUitkomst | null, nagebeld = false): U => ({
  poging,
  datumTijd: `2026-03-${String(10 + poging).padStart(2, '0')}T09:00:00.000Z`,
  uitkomst,
  nagebeld,
});
const d = (uitnodigingen: U[], gesprekOp: string | null = null, planGewijzigdOp: string | null = null) => ({
  uitnodigingen,
  gesprekOp,
  planGewijzigdOp,
});

describe('deelnemerStatus', () => {
  it('gives every status', () => {
    expect(deelnemerStatus(d([]))).toBe('te_plannen');
    expect(deelnemerStatus(d([u(1, null)]))).toBe('uitgenodigd');
    expect(deelnemerStatus(d([u(1, 'gesproken')]))).toBe('verschenen');
    expect(deelnemerStatus(d([u(1, 'no_show')]))).toBe('no_show');
    expect(deelnemerStatus(d([u(1, 'afgezegd')]))).toBe('no_show');
    expect(deelnemerStatus(d([], '2026-03-11T09:00:00.000Z'))).toBe('gesprek_gevoerd');
    expect(deelnemerStatus(d([u(1, 'gesproken')], '2026-03-11T09:00:00.000Z', '2026-03-11T09:00:00.000Z'))).toBe(
      'plan_gemaakt',
    );
  });
  it('a plan changed before the gesprek does not count', () => {
    expect(deelnemerStatus(d([], '2026-03-11T09:00:00.000Z', '2026-03-10T09:00:00.000Z'))).toBe('gesprek_gevoerd');
  });
  it('follows the latest poging, whatever the order', () => {
    expect(deelnemerStatus(d([u(2, null), u(1, 'no_show')]))).toBe('uitgenodigd');
    expect(deelnemerStatus(d([u(1, null), u(2, 'no_show')]))).toBe('no_show');
    expect(laatsteUitnodiging([u(3, null), u(1, null), u(2, null)])?.poging).toBe(3);
    expect(laatsteUitnodiging([])).toBeUndefined();
  });
});

describe('trechterVan and opkomstAandeel', () => {
  it('counts a small campagne', () => {
    const { trechter, opkomst } = trechterVan([
      d([]),
      d([u(1, null, true)]),
      d([u(1, 'no_show'), u(2, 'gesproken', true)], '2026-03-12T09:00:00.000Z', '2026-03-13T09:00:00.000Z'),
      d([u(1, 'afgezegd')]),
      d([u(1, 'gesproken')], '2026-03-11T10:00:00.000Z'),
    ]);
    expect(trechter).toEqual({
      cohort: 5,
      uitgenodigd: 4,
      nagebeld: 2,
      verschenen: 2,
      noShow: 1,
      gesprekGevoerd: 2,
      planGemaakt: 1,
    });
    expect(opkomst).toEqual({
      metNabellen: { uitnodigingen: 1, verschenen: 1 },
      zonderNabellen: { uitnodigingen: 3, verschenen: 1 },
    });
    expect(opkomstAandeel(opkomst.zonderNabellen)).toBeCloseTo(1 / 3);
    expect(opkomstAandeel({ uitnodigingen: 0, verschenen: 0 })).toBeNull();
  });
  it('a gesprek without an appeared invitation still counts as verschenen', () => {
    expect(trechterVan([d([u(1, 'no_show')], '2026-03-12T09:00:00.000Z')]).trechter).toMatchObject({
      verschenen: 1,
      noShow: 0,
    });
  });
  const moment = fc.integer({ min: 0, max: 20 }).map((h) => new Date(Date.UTC(2026, 2, 10, h)).toISOString());
  const deelnemer = fc.record({
    uitnodigingen: fc
      .array(
        fc.record({
          uitkomst: fc.constantFrom<UitnodigingUitkomst | null>(null, 'gesproken', 'no_show', 'afgezegd'),
          nagebeld: fc.boolean(),
        }),
        { maxLength: 3 },
      )
      .map((lijst) => lijst.map((x, i) => ({ ...x, poging: i + 1, datumTijd: `2026-03-1${i}T09:00:00.000Z` }))),
    gesprekOp: fc.option(moment),
    planGewijzigdOp: fc.option(moment),
  });
  it('property: the funnel is monotone and adds up with the statuses', () => {
    fc.assert(
      fc.property(fc.array(deelnemer, { maxLength: 15 }), (deelnemers) => {
        const { trechter: t, opkomst } = trechterVan(deelnemers);
        expect(t.cohort).toBe(deelnemers.length);
        expect(t.cohort).toBeGreaterThanOrEqual(t.uitgenodigd);
        expect(t.uitgenodigd).toBeGreaterThanOrEqual(t.nagebeld);
        expect(t.verschenen).toBeGreaterThanOrEqual(t.gesprekGevoerd);
        expect(t.gesprekGevoerd).toBeGreaterThanOrEqual(t.planGemaakt);
        expect(t.verschenen + t.noShow).toBeLessThanOrEqual(t.cohort);
        const statussen = deelnemers.map(deelnemerStatus);
        expect(t.planGemaakt).toBe(statussen.filter((s) => s === 'plan_gemaakt').length);
        for (const deel of [opkomst.metNabellen, opkomst.zonderNabellen])
          expect(deel.uitnodigingen).toBeGreaterThanOrEqual(deel.verschenen);
      }),
    );
  });
});

describe('naNoShow', () => {
  it('invites again below the maximum, then goes to the teamleider', () => {
    expect(naNoShow(1, 2)).toBe('opnieuw_uitnodigen');
    expect(naNoShow(2, 2)).toBe('teamleider');
    expect(naNoShow(3, 2)).toBe('teamleider');
    expect(naNoShow(1, 1)).toBe('teamleider');
  });
});
