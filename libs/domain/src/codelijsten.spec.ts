import {
  AFSPRAAK_SOORTEN,
  AFSPRAAK_SOORT_LABELS,
  AFSPRAAK_STATUSSEN,
  AFSPRAAK_STATUS_LABELS,
  DIENSTVERLENINGSCATEGORIEEN,
  DIENSTVERLENINGSCATEGORIE_LABELS,
  DOELGROEPEN,
  DOELGROEP_LABELS,
  GESPREKSKANALEN,
  INITIATIEF_LABELS,
  INITIATIEVEN,
  IN_BEELD_STATUSSEN,
  IN_BEELD_STATUS_LABELS,
  KANAAL_LABELS,
  KANALEN,
  KLANT_STATUSSEN,
  KLANT_STATUS_LABELS,
  RESULTAAT_LABELS,
  RESULTATEN,
  TREDEN,
  TREDE_LABELS,
  UITSTROOMREDENEN,
  UITSTROOMREDEN_LABELS,
  VRIJSTELLING_OMVANG,
  VRIJSTELLING_OMVANG_LABELS,
  VRIJSTELLING_REDENEN,
  VRIJSTELLING_REDEN_LABELS,
  VRIJSTELLING_SOORTEN,
  VRIJSTELLING_SOORT_LABELS,
} from './codelijsten';

/**
 * Every code list with its labels and the codes docs/ontwerp.md ("Domain model") names for it, in the order it gives
 * them.
 */
const LIJSTEN: [string, readonly string[], Record<string, string>, string[]][] = [
  [
    'doelgroep',
    DOELGROEPEN,
    DOELGROEP_LABELS,
    [
      'brede_doelgroep',
      'doelgroepregister',
      'beschut_werk',
      'statushouder',
      'jongere_tot_27',
      'niet_uitkeringsgerechtigd',
    ],
  ],
  [
    'dienstverleningscategorie',
    DIENSTVERLENINGSCATEGORIEEN,
    DIENSTVERLENINGSCATEGORIE_LABELS,
    ['job_ready', 'bijna_job_ready', 'nog_niet_job_ready', 'niet_job_ready', 'beheer'],
  ],
  [
    'kanaal',
    KANALEN,
    KANAAL_LABELS,
    ['gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon', 'email', 'brief', 'bericht'],
  ],
  ['initiatief', INITIATIEVEN, INITIATIEF_LABELS, ['gemeente', 'klant']],
  ['resultaat', RESULTATEN, RESULTAAT_LABELS, ['gesproken', 'no_show', 'afgezegd', 'niet_bereikt', 'verstuurd']],
  [
    'afspraaksoort',
    AFSPRAAK_SOORTEN,
    AFSPRAAK_SOORT_LABELS,
    [
      'vervolggesprek',
      'taal',
      'opleiding',
      'vrijwilligerswerk',
      're_integratietraject',
      'werkervaringsplaats',
      'solliciteren',
      'gezondheid',
      'schuldhulpverlening',
      'tegenprestatie',
      'doorverwijzing_netwerkpartner',
      'overig',
    ],
  ],
  [
    'afspraakstatus',
    AFSPRAAK_STATUSSEN,
    AFSPRAAK_STATUS_LABELS,
    ['lopend', 'nagekomen', 'niet_nagekomen', 'vervallen'],
  ],
  ['vrijstellingsoort', VRIJSTELLING_SOORTEN, VRIJSTELLING_SOORT_LABELS, ['formeel', 'informeel']],
  [
    'vrijstellingomvang',
    VRIJSTELLING_OMVANG,
    VRIJSTELLING_OMVANG_LABELS,
    ['arbeidsverplichtingen', 're_integratieverplichtingen', 'tegenprestatie'],
  ],
  [
    'vrijstellingreden',
    VRIJSTELLING_REDENEN,
    VRIJSTELLING_REDEN_LABELS,
    [
      'medisch_tijdelijk',
      'medisch_permanent',
      'zorg_kind_onder_5',
      'zorgtaken_overig',
      'multiproblematiek',
      'eerst_arbeidsfit',
      'hoge_leeftijd',
      'studie',
      'overig',
    ],
  ],
  ['klantstatus', KLANT_STATUSSEN, KLANT_STATUS_LABELS, ['actief', 'uitgestroomd']],
  ['in-beeld-status', IN_BEELD_STATUSSEN, IN_BEELD_STATUS_LABELS, ['in_beeld', 'bijna_uit_beeld', 'uit_beeld']],
  [
    'uitstroomreden',
    UITSTROOMREDENEN,
    UITSTROOMREDEN_LABELS,
    // docs/ontwerp.md ("Klant") mentions "uitstroomreden" without naming the codes: this pins the list as agreed in
    // codelijsten.ts.
    [
      'werk',
      'werk_met_loonkostensubsidie',
      'eigen_onderneming',
      'opleiding',
      'andere_uitkering',
      'inkomen_partner',
      'verhuizing',
      'detentie',
      'overlijden',
      'overig',
    ],
  ],
];

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

describe('codelijsten', () => {
  describe.each(LIJSTEN)('%s', (_naam, codes, labels, verwacht) => {
    it('bevat precies de codes uit het ontwerp, in die volgorde', () => {
      expect([...codes]).toEqual(verwacht);
    });

    it('heeft geen dubbele codes', () => {
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('heeft alleen codes in kleine letters met underscores (snake_case)', () => {
      for (const code of codes) expect(code).toMatch(SNAKE_CASE);
    });

    it('heeft voor elke code een label en geen labels zonder code', () => {
      expect(Object.keys(labels).sort()).toEqual([...verwacht].sort());
    });

    it('heeft alleen niet-lege labels zonder spaties aan de randen, die met een hoofdletter beginnen', () => {
      for (const code of codes) {
        const label = labels[code];
        expect(typeof label).toBe('string');
        expect(label.trim()).toBe(label);
        expect(label.length).toBeGreaterThan(0);
        expect(label[0]).toBe(label[0].toLocaleUpperCase('nl'));
        expect(label).not.toBe(code);
      }
    });

    it('heeft verschillende labels voor verschillende codes', () => {
      const waarden = codes.map((c) => labels[c]);
      expect(new Set(waarden).size).toBe(waarden.length);
    });
  });

  it('geeft voorbeelden van Nederlandse labels', () => {
    expect(KANAAL_LABELS.huisbezoek).toBe('Huisbezoek');
    expect(RESULTAAT_LABELS.no_show).toMatch(/Niet verschenen/);
    expect(IN_BEELD_STATUS_LABELS.bijna_uit_beeld).toBe('Bijna uit beeld');
    expect(KLANT_STATUS_LABELS.uitgestroomd).toBe('Uitgestroomd');
  });

  it('noemt precies vier gesprekskanalen, allemaal kanalen uit de lijst', () => {
    expect([...GESPREKSKANALEN]).toEqual(['gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon']);
    for (const kanaal of GESPREKSKANALEN) expect(KANALEN).toContain(kanaal);
  });
});

describe('participatieladder', () => {
  it('heeft de zes treden 1 tot en met 6', () => {
    expect([...TREDEN]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('heeft voor elke trede het label uit het ontwerp', () => {
    expect(TREDE_LABELS).toEqual({
      1: 'Geïsoleerd',
      2: 'Sociale contacten buiten de deur',
      3: 'Deelname aan georganiseerde activiteiten',
      4: 'Onbetaald werk',
      5: 'Betaald werk met ondersteuning',
      6: 'Betaald werk',
    });
  });

  it('heeft geen labels voor treden buiten 1–6', () => {
    expect(Object.keys(TREDE_LABELS).map(Number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
