import {
  datumInNederland,
  DIENSTVERLENINGSCATEGORIEEN,
  inBeeldStatus,
  isVrijstellingActief,
  KANALEN,
  plusDagen,
  RESULTATEN,
  STANDAARD_AFSPRAAK_SOORTEN,
  STANDAARD_CATEGORIEEN,
  STANDAARD_CONTACTNORMEN,
  teltAlsGezien,
} from '@klant-in-beeld/domain';
import fc from 'fast-check';
import { startTestApp, TestApp } from '../support/app';
import { EIGEN_CATEGORIEEN } from '../support/categorie-factories';
import { maakKlant, maakOmgeving } from '../support/factories';

/**
 * One truth: the SQL functions the worklist and reports run must say exactly what libs/domain says.
 * Random cases are checked in batches (one query per batch) against the real database.
 */
describe('SQL-regels zijn gelijk aan de domeinregels', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.sluit());

  const datum = (basis: string, bereik: number) =>
    fc.integer({ min: -bereik, max: bereik }).map((d) => plusDagen(basis, d));

  it('in_beeld_status() = inBeeldStatus() voor willekeurige dossiers, ook precies op de grenzen', async () => {
    const geval = fc
      .record({
        maxDagen: fc.integer({ min: 1, max: 400 }),
        waarschuwingFractie: fc.double({ min: 0, max: 0.999, noNaN: true }),
        intakeDagen: fc.integer({ min: 1, max: 60 }),
        peildatum: datum('2026-06-15', 400),
        nooitGezien: fc.boolean(),
        // Days since last seen / since start, concentrated around the boundaries.
        dagenGeleden: fc.oneof(
          fc.integer({ min: 0, max: 800 }),
          fc.constantFrom(0, 1, 7, 28, 29, 30, 31, 90, 91, 365, 366),
        ),
        startVerschuiving: fc.integer({ min: -2, max: 2 }),
      })
      .map((g) => {
        const waarschuwingDagen = Math.floor(g.waarschuwingFractie * g.maxDagen);
        const laatstGezien = g.nooitGezien ? null : plusDagen(g.peildatum, -g.dagenGeleden);
        // For never-seen clients aim at the intake boundary as well.
        const startdatum = g.nooitGezien
          ? plusDagen(g.peildatum, -(g.intakeDagen + g.startVerschuiving))
          : plusDagen(g.peildatum, -g.dagenGeleden - 10);
        return { ...g, waarschuwingDagen, laatstGezien, startdatum };
      });
    const gevallen = fc.sample(geval, { numRuns: 3000, seed: 20261123 });
    // Exact boundaries for the default norms and those of the test's own categories, added explicitly.
    for (const norm of [
      ...Object.values(STANDAARD_CONTACTNORMEN.normen),
      STANDAARD_CONTACTNORMEN.vrijgesteld,
      ...EIGEN_CATEGORIEEN,
    ]) {
      for (const dagen of [
        norm.maxDagen - norm.waarschuwingDagen,
        norm.maxDagen - norm.waarschuwingDagen + 1,
        norm.maxDagen,
        norm.maxDagen + 1,
      ]) {
        gevallen.push({
          ...gevallen[0],
          maxDagen: norm.maxDagen,
          waarschuwingDagen: norm.waarschuwingDagen,
          nooitGezien: false,
          laatstGezien: plusDagen(gevallen[0].peildatum, -dagen),
        });
      }
    }
    const rijen: { status: string }[] = await t.db.query(
      `SELECT in_beeld_status(g.laatst, g.start, g.max, g.waarschuwing, g.intake, g.peil) AS status
         FROM unnest($1::date[], $2::date[], $3::int[], $4::int[], $5::int[], $6::date[]) WITH ORDINALITY
              AS g (laatst, start, max, waarschuwing, intake, peil, nr)
        ORDER BY g.nr`,
      [
        gevallen.map((g) => g.laatstGezien),
        gevallen.map((g) => g.startdatum),
        gevallen.map((g) => g.maxDagen),
        gevallen.map((g) => g.waarschuwingDagen),
        gevallen.map((g) => g.intakeDagen),
        gevallen.map((g) => g.peildatum),
      ],
    );
    const verschillen = gevallen
      .map((g, i) => ({
        g,
        sql: rijen[i].status,
        domein: inBeeldStatus({
          laatstGezien: g.laatstGezien,
          startdatumUitkering: g.startdatum,
          norm: { maxDagen: g.maxDagen, waarschuwingDagen: g.waarschuwingDagen },
          intakeDagen: g.intakeDagen,
          peildatum: g.peildatum,
        }),
      }))
      .filter((v) => v.sql !== v.domein);
    expect(verschillen.slice(0, 5)).toEqual([]);
    // The sample really covers all three outcomes.
    expect(new Set(rijen.map((r) => r.status))).toEqual(new Set(['in_beeld', 'bijna_uit_beeld', 'uit_beeld']));
  });

  it('vrijstelling_actief() = isVrijstellingActief() rond ingangs-, eind- en intrekdatum', async () => {
    const geval = fc.record({
      ingangsdatum: datum('2026-01-01', 20),
      einddatum: fc.option(datum('2026-01-15', 20), { nil: null }),
      ingetrokkenOp: fc.option(datum('2026-01-10', 20), { nil: null }),
      peildatum: datum('2026-01-10', 30),
    });
    const gevallen = fc.sample(geval, { numRuns: 3000, seed: 7 });
    const rijen: { actief: boolean }[] = await t.db.query(
      `SELECT vrijstelling_actief(g.ingang, g.eind, g.ingetrokken, g.peil) AS actief
         FROM unnest($1::date[], $2::date[], $3::date[], $4::date[]) WITH ORDINALITY AS g (ingang, eind, ingetrokken, peil, nr)
        ORDER BY g.nr`,
      [
        gevallen.map((g) => g.ingangsdatum),
        gevallen.map((g) => g.einddatum),
        gevallen.map((g) => g.ingetrokkenOp),
        gevallen.map((g) => g.peildatum),
      ],
    );
    const verschillen = gevallen.filter((g, i) => rijen[i].actief !== isVrijstellingActief(g, g.peildatum));
    expect(verschillen.slice(0, 5)).toEqual([]);
    expect(new Set(rijen.map((r) => r.actief))).toEqual(new Set([true, false]));
  });

  it('de kolom telt_als_gezien = teltAlsGezien() voor elke combinatie van kanaal en resultaat', async () => {
    const omgeving = await maakOmgeving(t);
    const klant = await maakKlant(t, omgeving);
    for (const kanaal of KANALEN) {
      for (const resultaat of RESULTATEN) {
        await t.db.query(
          `INSERT INTO contactmoment (organisatie_id, klant_id, medewerker_id, plaatsgevonden_op, kanaal, initiatief, resultaat, onderwerp)
           VALUES ($1, $2, $3, now(), $4, 'gemeente', $5, 'combinatie')`,
          [omgeving.organisatie.id, klant.id, omgeving.klantmanager.id, kanaal, resultaat],
        );
      }
    }
    const rijen: { kanaal: never; resultaat: never; telt: boolean }[] = await t.db.query(
      `SELECT kanaal, resultaat, telt_als_gezien AS telt FROM contactmoment WHERE klant_id = $1`,
      [klant.id],
    );
    expect(rijen).toHaveLength(KANALEN.length * RESULTATEN.length);
    expect(rijen.filter((r) => r.telt !== teltAlsGezien(r))).toEqual([]);
  });

  it('nl_datum() = datumInNederland() rond middernacht en de zomertijdwissels', async () => {
    const momenten = fc.sample(
      fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true }),
      { numRuns: 1000, seed: 3 },
    );
    momenten.push(
      new Date('2026-03-29T00:59:59Z'),
      new Date('2026-03-29T01:00:00Z'),
      new Date('2026-10-24T21:59:59Z'),
      new Date('2026-10-24T22:00:00Z'),
      new Date('2026-11-22T23:00:00Z'),
    );
    const rijen: { datum: string }[] = await t.db.query(
      `SELECT nl_datum(m) AS datum FROM unnest($1::timestamptz[]) WITH ORDINALITY AS g (m, nr) ORDER BY nr`,
      [momenten.map((m) => m.toISOString())],
    );
    expect(momenten.filter((m, i) => rijen[i].datum !== datumInNederland(m))).toEqual([]);
  });

  it('een nieuwe organisatie krijgt de standaardcategorieën van libs/domain, met hun namen en soorten afspraak', async () => {
    const omgeving = await maakOmgeving(t);
    const categorieen = await t.db.query(
      `SELECT code, naam, actief, afspraak_soorten AS "afspraakSoorten", volgorde FROM dienstverleningscategorie
        WHERE organisatie_id = $1 ORDER BY volgorde`,
      [omgeving.organisatie.id],
    );
    expect(categorieen).toEqual(
      STANDAARD_CATEGORIEEN.map((c, i) => ({
        code: c.code,
        naam: c.naam,
        actief: true,
        afspraakSoorten: STANDAARD_AFSPRAAK_SOORTEN[c.code as keyof typeof STANDAARD_AFSPRAAK_SOORTEN],
        volgorde: i + 1,
      })),
    );
  });

  it('een nieuwe organisatie krijgt de standaardnormen van libs/domain', async () => {
    const omgeving = await maakOmgeving(t);
    const normen = await t.db.query(
      `SELECT categorie, max_dagen, waarschuwing_dagen FROM contactnorm WHERE organisatie_id = $1`,
      [omgeving.organisatie.id],
    );
    const verwacht = [
      ...DIENSTVERLENINGSCATEGORIEEN.map((c) => ({
        categorie: c,
        max_dagen: STANDAARD_CONTACTNORMEN.normen[c].maxDagen,
        waarschuwing_dagen: STANDAARD_CONTACTNORMEN.normen[c].waarschuwingDagen,
      })),
      {
        categorie: 'vrijgesteld',
        max_dagen: STANDAARD_CONTACTNORMEN.vrijgesteld.maxDagen,
        waarschuwing_dagen: STANDAARD_CONTACTNORMEN.vrijgesteld.waarschuwingDagen,
      },
    ];
    expect(normen).toEqual(expect.arrayContaining(verwacht));
    expect(normen).toHaveLength(verwacht.length);
    const [instelling] = await t.db.query(
      `SELECT intake_dagen, max_duur_informele_vrijstelling_dagen FROM organisatie_instelling WHERE organisatie_id = $1`,
      [omgeving.organisatie.id],
    );
    expect(instelling).toEqual({
      intake_dagen: STANDAARD_CONTACTNORMEN.intakeDagen,
      max_duur_informele_vrijstelling_dagen: STANDAARD_CONTACTNORMEN.maxDuurInformeleVrijstellingDagen,
    });
  });
});
