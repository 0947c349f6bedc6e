import {
  EFFECT_GROEP_LABELS,
  LADDER_UITKOMSTEN,
  LADDER_UITKOMST_LABELS,
  UITSTROOMREDEN_LABELS,
  vandaag,
  type Uitstroomreden,
} from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { Db } from '../database/db';
import { naarXlsx, type Onderdeel } from '../rapportages/rapportages.export';
import { CampagnesService } from './campagnes.service';
import { DEELNEMERS_SQL } from './deelnemers.sql';
import type { CampagneDto } from './dto/campagne.dto';
import type { CampagneEffectDto, EffectGroepDto } from './dto/effect.dto';
import { EffectService } from './effect.service';

// As the report exports: a cell may also be hidden because it would give a small one away (docs/onderdrukking.md).
const ONDERDRUKT = 'onderdrukt';
const waarde = (n: number | null) => (n === null ? ONDERDRUKT : n);
const procent = (deel: number | null, geheel: number | null) =>
  deel === null || geheel === null ? ONDERDRUKT : geheel === 0 ? '' : Math.round((deel / geheel) * 1000) / 10;

interface MedewerkerRij {
  medewerkerId: string | null;
  naam: string | null;
  deelnemers: number;
  uitgenodigd: number;
  gesprek: number;
  plan: number;
}
const KOLOMMEN = ['deelnemers', 'uitgenodigd', 'gesprek', 'plan'] as const;

/** `GET /campagnes/{id}/trechter.xlsx`: the funnel, the paden, per medewerker and the effect, one sheet each. */
@Injectable()
export class TrechterExportService {
  constructor(
    private readonly db: Db,
    private readonly campagnes: CampagnesService,
    private readonly effect: EffectService,
  ) {}

  async werkboek(actor: Actor, id: string): Promise<{ naam: string; bestand: Buffer }> {
    const rij = await this.effect.gestarteCampagne(this.db, actor, id);
    // The same figures as GET /campagnes/{id} (TRECHTER_SQL, paden, suppression for beleid).
    const detail = await this.campagnes.alsDto(this.db, actor, rij);
    const peildatum = vandaag();
    const effect = await this.effect.alsDto(
      this.db,
      actor,
      rij,
      peildatum,
      await this.effect.horizonten(this.db, actor, id, peildatum),
    );
    const padNamen: { code: string; naam: string }[] = await this.db.query(
      `SELECT code, naam FROM dienstverleningspad WHERE organisatie_id = $1 ORDER BY volgorde`,
      [actor.organisatieId],
    );
    // Figures per named medewerker are personal data of staff: beleid sees aggregates only (docs/campagne-effect.md).
    const medewerkers: MedewerkerRij[] | null =
      actor.rol === 'beleid'
        ? null
        : await this.db.query(
            `${DEELNEMERS_SQL}
       SELECT dl.medewerker_id AS "medewerkerId", m.naam, count(*)::int AS deelnemers,
              count(*) FILTER (WHERE dl.pogingen > 0)::int AS uitgenodigd,
              count(*) FILTER (WHERE dl.status IN ('gesprek_gevoerd', 'plan_gemaakt'))::int AS gesprek,
              count(*) FILTER (WHERE dl.status = 'plan_gemaakt')::int AS plan
         FROM dl LEFT JOIN medewerker m ON m.id = dl.medewerker_id
        GROUP BY dl.medewerker_id, m.naam
        ORDER BY m.naam NULLS LAST, dl.medewerker_id`,
            [id],
          );
    const onderdelen = [
      trechterOnderdeel(detail, peildatum),
      padenOnderdeel(detail, padNamen),
      ...(medewerkers ? [medewerkerOnderdeel(medewerkers)] : []),
      effectOnderdeel(effect),
    ];
    const naam = `trechter-${rij.naam.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40)}-${peildatum}`;
    return { naam, bestand: await naarXlsx(onderdelen, `Trechter ${rij.naam}`) };
  }
}

function trechterOnderdeel(c: CampagneDto, peildatum: string): Onderdeel {
  const t = c.trechter;
  const opkomst = (label: string, d: CampagneDto['opkomst']['metNabellen']): (string | number)[][] => [
    [`${label}: uitnodigingen met een uitkomst`, waarde(d.uitnodigingen)],
    [`${label}: verschenen`, waarde(d.verschenen)],
    [`${label}: opkomst (%)`, d.percentage === null ? (d.uitnodigingen === 0 ? '' : ONDERDRUKT) : d.percentage],
  ];
  return {
    naam: 'Trechter',
    kolommen: ['Stap', 'Deelnemers'],
    rijen: [
      ['Campagne', c.naam],
      ['Peildatum', peildatum],
      ['Cohort', waarde(t.cohort)],
      ['Uitgenodigd', waarde(t.uitgenodigd)],
      ['Nagebeld (bereikt)', waarde(t.nagebeld)],
      ['Verschenen', waarde(t.verschenen)],
      ['Niet verschenen', waarde(t.noShow)],
      ['Gesprek gevoerd', waarde(t.gesprekGevoerd)],
      ['Plan gemaakt', waarde(t.planGemaakt)],
      ...opkomst('Met nabellen', c.opkomst.metNabellen),
      ...opkomst('Zonder nabellen', c.opkomst.zonderNabellen),
    ],
  };
}

function padenOnderdeel(c: CampagneDto, namen: { code: string; naam: string }[]): Onderdeel {
  const bekend = new Set(namen.map((p) => p.code));
  const codes = [...namen.map((p) => p.code), ...Object.keys(c.paden).filter((p) => !bekend.has(p))];
  const naamVan = (code: string) => namen.find((p) => p.code === code)?.naam ?? code;
  return {
    naam: 'Paden',
    kolommen: ['Dienstverleningspad', 'Gesprekken', 'Aandeel (%)'],
    rijen: codes
      .filter((code) => code in c.paden)
      .map((code) => [naamVan(code), waarde(c.paden[code]), procent(c.paden[code], c.trechter.gesprekGevoerd)]),
  };
}

/** Per medewerker the deelnemers, invited, gesprek and plan (DEELNEMERS_SQL grouped); for the teamleider only. */
function medewerkerOnderdeel(rijen: MedewerkerRij[]): Onderdeel {
  return {
    naam: 'Per medewerker',
    kolommen: ['Medewerker', 'Deelnemers', 'Uitgenodigd', 'Gesprek gevoerd', 'Plan gemaakt'],
    rijen: rijen.map((r) => [
      r.medewerkerId === null ? 'Niet toegewezen' : (r.naam ?? r.medewerkerId),
      ...KOLOMMEN.map((k) => r[k]),
    ]),
  };
}

function effectOnderdeel(e: CampagneEffectDto): Onderdeel {
  const rijen: (string | number | null)[][] = [
    ['Peildatum', '', e.peildatum, ''],
    ['Cohort (deelnemers)', '', waarde(e.cohort), ''],
  ];
  for (const h of e.horizonten) {
    const beide = (f: (g: EffectGroepDto) => string | number): [string | number, string | number] => [
      f(h.cohort),
      f(h.referentie),
    ];
    const na = `Na ${h.maanden} maanden`;
    rijen.push(
      [na, 'Deelnemers in de groep', ...beide((g) => waarde(g.deelnemers))],
      [na, 'Tellen mee (start minstens zo lang geleden)', ...beide((g) => waarde(g.telt))],
      ...LADDER_UITKOMSTEN.map((u) => [
        na,
        `Ladder: ${LADDER_UITKOMST_LABELS[u]}`,
        ...beide((g) => waarde(g.ladder[u])),
      ]),
      [na, 'Uitgestroomd', ...beide((g) => waarde(g.uitgestroomd))],
      [na, 'Uitgestroomd (%)', ...beide((g) => procent(g.uitgestroomd, g.telt))],
      ...Object.keys(h.cohort.uitstroom).map((reden) => [
        na,
        `Uitstroom: ${UITSTROOMREDEN_LABELS[reden as Uitstroomreden] ?? reden}`,
        ...beide((g) => waarde(reden in g.uitstroom ? g.uitstroom[reden] : 0)),
      ]),
      [na, 'Leefgebieden vergeleken (deelnemers)', ...beide((g) => waarde(g.leefgebiedenGemeten))],
      ...h.cohort.leefgebieden.flatMap((l, i) =>
        (['omhoog', 'gelijk', 'omlaag'] as const).map((r) => [
          na,
          `${l.naam}: ${r === 'omhoog' ? 'hoger' : r === 'gelijk' ? 'gelijk' : 'lager'}`,
          ...beide((g: EffectGroepDto) => waarde(g.leefgebieden[i] ? g.leefgebieden[i][r] : 0)),
        ]),
      ),
    );
  }
  return {
    naam: 'Effect',
    kolommen: ['Horizon', 'Kenmerk', EFFECT_GROEP_LABELS.cohort, EFFECT_GROEP_LABELS.referentie],
    rijen,
  };
}
