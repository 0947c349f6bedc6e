import { plusDagen, type Datum } from './datum';
import { STANDAARD_CONTACTNORMEN } from './normen';
import {
  WERKVOORRAAD_SOORT_LABELS,
  WERKVOORRAAD_SOORTEN,
  werkvoorraadItems,
  werkvoorraadReden,
  type WerkvoorraadDossier,
} from './werkvoorraad';

const PEILDATUM = '2026-11-23';
const dag = (dagen: number): Datum => plusDagen(PEILDATUM, dagen);
const PLAN_ID = '00000000-0000-4000-8000-000000000001';
const GESPREK_ID = '00000000-0000-4000-8000-000000000002';

type Plan = NonNullable<WerkvoorraadDossier['plan']>;

/** An active, assigned client seen yesterday (in beeld): only the plan kinds can come up. */
function dossier(extra: Partial<WerkvoorraadDossier> = {}): WerkvoorraadDossier {
  return {
    klant: {
      status: 'actief',
      dienstverleningscategorie: 'job_ready',
      startdatumUitkering: '2025-01-06',
      klantmanagerId: 'km-1',
      zonderKlantmanagerSinds: null,
    },
    contactmomenten: [
      {
        id: 'c-1',
        datum: dag(-1),
        moment: `${dag(-1)}T09:00:00.000Z`,
        kanaal: 'gesprek_op_locatie',
        resultaat: 'gesproken',
        teltAlsGezien: true,
      },
    ],
    afspraken: [],
    vrijstellingen: [],
    uitstellen: [],
    ...extra,
  };
}

const plan = (velden: Partial<Plan> = {}): Plan => ({
  id: PLAN_ID,
  evaluatiedatum: dag(100),
  gewijzigdOp: dag(-60),
  doelen: [],
  ...velden,
});

const gesprek = (dagenGeleden: number, id = GESPREK_ID, uur = 9) => ({
  id,
  datum: dag(-dagenGeleden),
  moment: `${dag(-dagenGeleden)}T${String(uur).padStart(2, '0')}:00:00.000Z`,
});

const items = (d: WerkvoorraadDossier, peildatum = PEILDATUM) =>
  werkvoorraadItems(d, STANDAARD_CONTACTNORMEN, peildatum);

describe('werkvoorraad: soorten en labels', () => {
  it('kent plan_evalueren en plan_nodig, elk met een Nederlands label', () => {
    expect(WERKVOORRAAD_SOORTEN).toEqual(expect.arrayContaining(['plan_evalueren', 'plan_nodig']));
    expect(WERKVOORRAAD_SOORT_LABELS.plan_evalueren).toBe('Plan evalueren');
    expect(WERKVOORRAAD_SOORT_LABELS.plan_nodig).toBe('Plan nodig');
    expect(Object.keys(WERKVOORRAAD_SOORT_LABELS).sort()).toEqual([...WERKVOORRAAD_SOORTEN].sort());
  });

  it('een dossier zonder gesprekken en plan (velden weggelaten) geeft geen plan-items', () => {
    expect(items(dossier())).toEqual([]);
  });
});

describe('plan_evalueren: de evaluatiedatum', () => {
  it.each([
    [15, 'geen item'],
    [14, 'een item'],
    [1, 'een item'],
    [0, 'een item'],
    [-1, 'een item'],
    [-400, 'een item'],
  ])('evaluatiedatum over %i dagen: %s', (over, uitkomst) => {
    const verwacht = uitkomst === 'een item';
    const gevonden = items(dossier({ plan: plan({ evaluatiedatum: dag(over) }) }));
    expect(gevonden).toEqual(
      verwacht
        ? [
            {
              soort: 'plan_evalueren',
              vervaldatum: dag(over),
              urgentie: over < 0 ? 'verlopen' : over === 0 ? 'vandaag' : 'binnenkort',
              referentieId: PLAN_ID,
            },
          ]
        : [],
    );
  });

  it('geen plan: geen item', () => {
    expect(items(dossier({ plan: null }))).toEqual([]);
  });
});

describe('plan_evalueren: een lopend doel voorbij de streefdatum', () => {
  const doel = (id: string, streefdatum: Datum, status: Plan['doelen'][number]['status'] = 'lopend') => ({
    id,
    streefdatum,
    status,
  });

  it('streefdatum gisteren geeft een verlopen item naar het doel; vandaag nog niet', () => {
    const gevonden = items(
      dossier({ plan: plan({ doelen: [doel('d-gisteren', dag(-1)), doel('d-vandaag', dag(0))] }) }),
    );
    expect(gevonden).toEqual([
      { soort: 'plan_evalueren', vervaldatum: dag(-1), urgentie: 'verlopen', referentieId: 'd-gisteren' },
    ]);
  });

  it.each(['behaald', 'niet_behaald', 'vervallen'] as const)('een doel dat %s is, geeft geen item', (status) => {
    expect(items(dossier({ plan: plan({ doelen: [doel('d-1', dag(-30), status)] }) }))).toEqual([]);
  });

  it('elk verlopen lopend doel is een eigen item, naast de evaluatie van het plan, oudste eerst', () => {
    const gevonden = items(
      dossier({
        plan: plan({
          evaluatiedatum: dag(3),
          doelen: [doel('d-a', dag(-2)), doel('d-b', dag(-10)), doel('d-c', dag(-5), 'behaald')],
        }),
      }),
    );
    expect(gevonden.map((i) => [i.referentieId, i.vervaldatum])).toEqual([
      ['d-b', dag(-10)],
      ['d-a', dag(-2)],
      [PLAN_ID, dag(3)],
    ]);
  });
});

describe('plan_nodig: een gesprek zonder plan na 28 dagen', () => {
  it.each([
    [27, []],
    [28, [{ soort: 'plan_nodig', vervaldatum: dag(0), urgentie: 'vandaag', referentieId: GESPREK_ID }]],
    [29, [{ soort: 'plan_nodig', vervaldatum: dag(-1), urgentie: 'verlopen', referentieId: GESPREK_ID }]],
  ])('gesprek %i dagen geleden, geen plan', (geleden, verwacht) => {
    expect(items(dossier({ gesprekken: [gesprek(geleden)], plan: null }))).toEqual(verwacht);
  });

  it('een plan gemaakt of gewijzigd op de dag van het gesprek (of later) is genoeg; de dag ervoor niet', () => {
    const op = (gewijzigdOp: Datum) =>
      items(dossier({ gesprekken: [gesprek(40)], plan: plan({ gewijzigdOp }) })).map((i) => i.soort);
    expect(op(dag(-41))).toEqual(['plan_nodig']);
    expect(op(dag(-40))).toEqual([]);
    expect(op(dag(-5))).toEqual([]);
  });

  it('telt alleen het laatste gesprek: een nieuw gesprek na het plan vraagt opnieuw om een plan', () => {
    const oud = gesprek(90, 'g-oud');
    const nieuw = gesprek(30, 'g-nieuw');
    // Passed out of order: the latest by moment counts, not the last in the list.
    const gevonden = items(dossier({ gesprekken: [nieuw, oud], plan: plan({ gewijzigdOp: dag(-60) }) }));
    expect(gevonden).toEqual([
      { soort: 'plan_nodig', vervaldatum: dag(-2), urgentie: 'verlopen', referentieId: 'g-nieuw' },
    ]);
    // The plan changed after the newest gesprek: nothing.
    expect(items(dossier({ gesprekken: [nieuw, oud], plan: plan({ gewijzigdOp: dag(-30) }) }))).toEqual([]);
  });

  it('twee gesprekken op hetzelfde moment: het laatst ingevoerde telt', () => {
    const eerste = gesprek(30, 'g-1');
    const tweede = gesprek(30, 'g-2');
    expect(items(dossier({ gesprekken: [eerste, tweede] })).map((i) => i.referentieId)).toEqual(['g-2']);
  });

  it('een later gesprek op dezelfde dag maar een later uur telt, ook als het eerder is doorgegeven', () => {
    const laat = gesprek(30, 'g-laat', 15);
    const vroeg = gesprek(30, 'g-vroeg', 8);
    expect(items(dossier({ gesprekken: [laat, vroeg] })).map((i) => i.referentieId)).toEqual(['g-laat']);
  });
});

describe('plan-items: uitgestroomd en uitstel', () => {
  const vol = (extra: Partial<WerkvoorraadDossier> = {}) =>
    dossier({
      gesprekken: [gesprek(40)],
      plan: plan({
        evaluatiedatum: dag(-3),
        gewijzigdOp: dag(-41),
        doelen: [{ id: 'd-1', streefdatum: dag(-1), status: 'lopend' }],
      }),
      ...extra,
    });

  it('een actieve klant heeft alle drie; een uitgestroomde klant geen enkele', () => {
    expect(items(vol()).map((i) => `${i.soort}:${i.referentieId}`)).toEqual([
      'plan_nodig:' + GESPREK_ID,
      'plan_evalueren:' + PLAN_ID,
      'plan_evalueren:d-1',
    ]);
    expect(items(vol({ klant: { ...vol().klant, status: 'uitgestroomd' } }))).toEqual([]);
  });

  it('uitstel verbergt alleen het item met dezelfde soort en referentie, tot de totDatum', () => {
    const uitgesteld = (totDatum: Datum, soort: 'plan_evalueren' | 'plan_nodig', referentieId: string) =>
      items(vol({ uitstellen: [{ soort, referentieId, totDatum }] })).map((i) => `${i.soort}:${i.referentieId}`);
    expect(uitgesteld(dag(1), 'plan_evalueren', PLAN_ID)).toEqual(['plan_nodig:' + GESPREK_ID, 'plan_evalueren:d-1']);
    expect(uitgesteld(dag(1), 'plan_evalueren', 'd-1')).toEqual([
      'plan_nodig:' + GESPREK_ID,
      'plan_evalueren:' + PLAN_ID,
    ]);
    expect(uitgesteld(dag(1), 'plan_nodig', GESPREK_ID)).toEqual(['plan_evalueren:' + PLAN_ID, 'plan_evalueren:d-1']);
    // Another kind with the same id hides nothing; on the totDatum itself the item is back.
    expect(uitgesteld(dag(1), 'plan_nodig', PLAN_ID)).toHaveLength(3);
    expect(uitgesteld(dag(0), 'plan_evalueren', PLAN_ID)).toHaveLength(3);
  });
});

describe('werkvoorraadReden voor de plan-items', () => {
  const reden = (soort: 'plan_evalueren' | 'plan_nodig', vervaldatum: Datum, omschrijving: string | null = null) =>
    werkvoorraadReden({ soort, vervaldatum, peildatum: PEILDATUM, omschrijving });

  it('evaluatie van het plan: vooruit, vandaag en gemist', () => {
    expect(reden('plan_evalueren', '2026-12-03')).toBe('Evaluatie van het plan op 3-12-2026.');
    expect(reden('plan_evalueren', PEILDATUM)).toBe('Evaluatie van het plan op 23-11-2026.');
    expect(reden('plan_evalueren', '2026-11-02')).toBe('Het plan had op 2-11-2026 geëvalueerd moeten worden.');
  });

  it('een doel voorbij de streefdatum noemt het doel', () => {
    expect(reden('plan_evalueren', '2026-11-20', 'Taalcursus')).toBe(
      'Doel "Taalcursus" had op 20-11-2026 bereikt moeten zijn en staat nog op lopend.',
    );
  });

  it('plan nodig noemt de datum van het gesprek (vervaldatum − 28)', () => {
    expect(reden('plan_nodig', '2026-11-29')).toBe('Gesprek van 1-11-2026 heeft na 28 dagen nog geen plan van aanpak.');
  });
});

describe('campagne-items', () => {
  const CAMPAGNE_ID = 'camp-1';
  type Campagne = NonNullable<WerkvoorraadDossier['campagnes']>[number];
  const campagne = (extra: Partial<Campagne> = {}): Campagne => ({
    id: CAMPAGNE_ID,
    status: 'lopend',
    startdatum: dag(-10),
    einddatum: dag(30),
    maxUitnodigingen: 2,
    aangemaaktDoor: 'tl-1',
    medewerkerId: 'ext-1',
    uitnodigingen: [],
    heeftGesprek: false,
    ...extra,
  });
  const brief = (moment: string) => ({
    kanaal: 'brief' as const,
    resultaat: 'verstuurd' as const,
    moment,
    aangemaakt: moment,
  });
  // Tuesday 24 November 2026, 00:30 and 23:30 Dutch time (UTC+1).
  const dinsdagVroeg = '2026-11-23T23:30:00.000Z';
  const dinsdagLaat = '2026-11-24T22:30:00.000Z';
  const uitnodiging = (
    poging: number,
    datumTijd: string,
    contacten: Campagne['uitnodigingen'][number]['contacten'] = [],
  ) => ({
    id: `u-${poging}`,
    poging,
    datumTijd,
    contacten: [brief(`${dag(-9)}T09:00:00.000Z`), ...contacten],
  });
  const campagneItems = (c: Campagne, extra: Partial<WerkvoorraadDossier> = {}, peildatum = PEILDATUM) =>
    items(dossier({ campagnes: [c], ...extra }), peildatum).filter((i) => i.campagneId);

  it('kent de drie campagnesoorten met een Nederlands label', () => {
    for (const s of ['campagne_uitnodigen', 'nabellen', 'campagne_no_show'] as const) {
      expect(WERKVOORRAAD_SOORTEN).toContain(s);
      expect(WERKVOORRAAD_SOORT_LABELS[s]).toBeTruthy();
    }
  });
  it('campagne_uitnodigen: te plannen in een lopende campagne, voor de medewerker van de deelnemer', () => {
    expect(campagneItems(campagne())).toEqual([
      {
        soort: 'campagne_uitnodigen',
        vervaldatum: dag(-10),
        urgentie: 'verlopen',
        referentieId: CAMPAGNE_ID,
        campagneId: CAMPAGNE_ID,
        toegewezenAan: 'ext-1',
      },
    ]);
    expect(campagneItems(campagne({ status: 'concept' }))).toEqual([]);
    expect(campagneItems(campagne({ status: 'afgesloten' }))).toEqual([]);
    expect(campagneItems(campagne({ startdatum: dag(1) }))).toEqual([]);
    expect(campagneItems(campagne({ einddatum: dag(-1) }))).toEqual([]);
    expect(campagneItems(campagne({ heeftGesprek: true }))).toEqual([]);
  });
  it('nabellen: op de werkdag ervoor tot en met de dag zelf, in Nederlandse tijd', () => {
    for (const moment of [dinsdagVroeg, dinsdagLaat]) {
      const c = campagne({ uitnodigingen: [uitnodiging(1, moment)] });
      expect(campagneItems(c, {}, dag(-1)).map((i) => i.soort)).toEqual([]);
      expect(campagneItems(c)).toEqual([
        {
          soort: 'nabellen',
          vervaldatum: PEILDATUM,
          urgentie: 'vandaag',
          referentieId: 'u-1',
          campagneId: CAMPAGNE_ID,
          toegewezenAan: 'ext-1',
          uitnodigingOp: moment,
        },
      ]);
      expect(campagneItems(c, {}, dag(1)).map((i) => i.urgentie)).toEqual(['verlopen']);
      expect(campagneItems(c, {}, dag(2))).toEqual([]);
    }
    // A Monday 00:30 invitation is called on the Friday before, through the weekend.
    const maandag = campagne({ uitnodigingen: [uitnodiging(1, '2026-11-29T23:30:00.000Z')] });
    expect(campagneItems(maandag, {}, '2026-11-26')).toEqual([]);
    expect(campagneItems(maandag, {}, '2026-11-27').map((i) => i.vervaldatum)).toEqual(['2026-11-27']);
    expect(campagneItems(maandag, {}, '2026-11-29').map((i) => i.soort)).toEqual(['nabellen']);
  });
  it('nabellen verdwijnt na een telefoontje (bereikt of niet) of een uitkomst', () => {
    const tel = (resultaat: 'gesproken' | 'niet_bereikt') => ({
      kanaal: 'telefoon' as const,
      resultaat,
      moment: `${PEILDATUM}T08:00:00.000Z`,
      aangemaakt: `${PEILDATUM}T08:00:00.000Z`,
    });
    expect(campagneItems(campagne({ uitnodigingen: [uitnodiging(1, dinsdagLaat, [tel('gesproken')])] }))).toEqual([]);
    expect(campagneItems(campagne({ uitnodigingen: [uitnodiging(1, dinsdagLaat, [tel('niet_bereikt')])] }))).toEqual(
      [],
    );
  });
  const uitkomst = (resultaat: 'no_show' | 'afgezegd' | 'gesproken', datum: Datum) => ({
    kanaal: 'gesprek_op_locatie' as const,
    resultaat,
    moment: `${datum}T09:00:00.000Z`,
    aangemaakt: `${datum}T09:00:00.000Z`,
  });
  it('campagne_no_show: opnieuw uitnodigen door de medewerker, na het maximum naar de teamleider', () => {
    const eerste = campagne({
      uitnodigingen: [uitnodiging(1, `${dag(-3)}T09:00:00.000Z`, [uitkomst('no_show', dag(-3))])],
    });
    expect(campagneItems(eerste)).toEqual([
      {
        soort: 'campagne_no_show',
        vervaldatum: dag(4),
        urgentie: 'binnenkort',
        referentieId: CAMPAGNE_ID,
        campagneId: CAMPAGNE_ID,
        toegewezenAan: 'ext-1',
      },
    ]);
    const tweede = campagne({
      uitnodigingen: [
        uitnodiging(1, `${dag(-8)}T09:00:00.000Z`, [uitkomst('no_show', dag(-8))]),
        uitnodiging(2, `${dag(-3)}T09:00:00.000Z`, [uitkomst('afgezegd', dag(-3))]),
      ],
    });
    expect(campagneItems(tweede).map((i) => i.toegewezenAan)).toEqual(['tl-1']);
    expect(campagneItems({ ...tweede, heeftGesprek: true })).toEqual([]);
    expect(campagneItems({ ...tweede, status: 'afgesloten' })).toEqual([]);
    expect(
      campagneItems(
        campagne({ uitnodigingen: [uitnodiging(1, `${dag(-3)}T09:00:00.000Z`, [uitkomst('gesproken', dag(-3))])] }),
      ),
    ).toEqual([]);
  });
  it('een no-show bij een uitnodiging geeft niet ook no_show_opvolgen', () => {
    const contact = {
      id: 'c-2',
      datum: PEILDATUM,
      moment: `${PEILDATUM}T09:00:00.000Z`,
      kanaal: 'gesprek_op_locatie' as const,
      resultaat: 'no_show' as const,
      teltAlsGezien: false,
    };
    const soorten = (uitnodigingId: string | null) =>
      items(dossier({ contactmomenten: [...dossier().contactmomenten, { ...contact, uitnodigingId }] })).map(
        (i) => i.soort,
      );
    expect(soorten(null)).toContain('no_show_opvolgen');
    expect(soorten('u-1')).not.toContain('no_show_opvolgen');
  });
  it('uitstel werkt voor de campagnesoorten', () => {
    const c = campagne();
    expect(
      campagneItems(c, { uitstellen: [{ soort: 'campagne_uitnodigen', referentieId: CAMPAGNE_ID, totDatum: dag(1) }] }),
    ).toEqual([]);
    expect(
      campagneItems(c, {
        uitstellen: [{ soort: 'campagne_uitnodigen', referentieId: CAMPAGNE_ID, totDatum: PEILDATUM }],
      }),
    ).toHaveLength(1);
  });
});
