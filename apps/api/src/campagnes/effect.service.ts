import {
  EFFECT_HORIZONTEN,
  EFFECT_GROEPEN,
  LADDER_UITKOMSTEN,
  datumInNederland,
  effectAntwoord,
  effectCel,
  effectGroepOverzicht,
  onderdruk,
  vandaag,
  type EffectGroepTellingen,
  type EffectHorizonOverzicht,
  type Leefgebied,
} from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { RegelFout } from '../common/fouten';
import { Db, type Queryable } from '../database/db';
import { CampagnesService, type CampagneRij } from './campagnes.service';
import type { CampagneEffectDto, EffectGroepDto } from './dto/effect.dto';
import { EFFECT_SQL } from './effect.sql';

type EffectRij = EffectGroepTellingen & { groep: 'cohort' | 'referentie' };

/** The effect of a campagne at 6 and 12 months (docs/campagne-effect.md), beleid with suppression. */
@Injectable()
export class EffectService {
  constructor(
    private readonly db: Db,
    private readonly campagnes: CampagnesService,
  ) {}

  /** The campagne of this organisatie (404), started (422 for a concept: there is no cohort yet). */
  async gestarteCampagne(tx: Queryable, actor: Actor, id: string): Promise<CampagneRij> {
    const rij = await this.campagnes.rij(tx, actor, id);
    if (rij.status === 'concept' || rij.gestartOp === null)
      throw new RegelFout(
        'CAMPAGNE_CONCEPT',
        'Deze campagne is nog niet gestart: er is nog geen cohort om het effect van te meten.',
      );
    return rij;
  }

  /** The counts at every horizon, named with the active instrument's leefgebieden. */
  async horizonten(
    tx: Queryable,
    actor: Actor,
    campagneId: string,
    peildatum: string,
  ): Promise<EffectHorizonOverzicht[]> {
    const [instrument]: { domeinen: Leefgebied[] }[] = await tx.query(
      `SELECT domeinen FROM leefgebieden_instrument WHERE organisatie_id = $1 ORDER BY versie DESC LIMIT 1`,
      [actor.organisatieId],
    );
    const namen = { domeinen: instrument?.domeinen ?? [] };
    const uit: EffectHorizonOverzicht[] = [];
    for (const maanden of EFFECT_HORIZONTEN) {
      const rijen: EffectRij[] = await tx.query(EFFECT_SQL, [campagneId, peildatum, maanden]);
      const per = Object.fromEntries(rijen.map((r) => [r.groep, r])) as Record<'cohort' | 'referentie', EffectRij>;
      uit.push({
        maanden,
        cohort: effectGroepOverzicht(per.cohort, namen),
        referentie: effectGroepOverzicht(per.referentie, namen),
      });
    }
    return uit;
  }

  async effect(actor: Actor, id: string): Promise<CampagneEffectDto> {
    const rij = await this.gestarteCampagne(this.db, actor, id);
    const peildatum = vandaag();
    const horizonten = await this.horizonten(this.db, actor, id, peildatum);
    return this.alsDto(this.db, actor, rij, peildatum, horizonten);
  }

  /**
   * Beleid gets the counts below 5 suppressed, with what would give them away; the cohort and the cohort group (the
   * funnel's gesprekGevoerd) are shown or hidden exactly as the campagne detail shows them.
   */
  async alsDto(
    tx: Queryable,
    actor: Actor,
    rij: CampagneRij,
    peildatum: string,
    horizonten: EffectHorizonOverzicht[],
  ): Promise<CampagneEffectDto> {
    let verborgen: ReadonlySet<string> = new Set();
    if (actor.rol === 'beleid') {
      const detail = await this.campagnes.alsDto(tx, actor, rij);
      verborgen = onderdruk(
        effectAntwoord(horizonten, {
          cohort: detail.cohortGrootte !== null,
          gesprekGevoerd: detail.trechter.gesprekGevoerd !== null,
        }),
      ).verborgen;
    }
    const toon = (cel: string, n: number) => (verborgen.has(cel) ? null : n);
    const eerste = horizonten[0];
    return {
      campagneId: rij.id,
      peildatum,
      gestartOp: datumInNederland(new Date(rij.gestartOp!)),
      cohort: toon('cohort', eerste.cohort.deelnemers + eerste.referentie.deelnemers),
      horizonten: horizonten.map((h) => {
        const groep = (g: (typeof EFFECT_GROEPEN)[number]): EffectGroepDto => {
          const o = h[g];
          const cel = (...pad: string[]) => effectCel(h.maanden, g, ...pad);
          const telt = toon(cel('telt'), o.telt);
          const uitgestroomd = toon(cel('uitgestroomd'), o.uitgestroomd);
          return {
            deelnemers: toon(`${g}.deelnemers`, o.deelnemers),
            telt,
            ladder: Object.fromEntries(
              LADDER_UITKOMSTEN.map((u) => [u, toon(cel('ladder', u), o.ladder[u])]),
            ) as unknown as EffectGroepDto['ladder'],
            uitgestroomd,
            uitstroomAandeel: telt === null || uitgestroomd === null ? null : o.uitstroomAandeel,
            uitstroom: Object.fromEntries(
              Object.entries(o.uitstroom).map(([reden, n]) => [reden, toon(cel('uitstroom', reden), n)]),
            ),
            leefgebiedenGemeten: toon(cel('leefgebiedenGemeten'), o.leefgebiedenGemeten),
            leefgebieden: o.leefgebieden.map((l) => ({
              code: l.code,
              naam: l.naam,
              bekend: l.bekend,
              omhoog: toon(cel('leefgebieden', l.code, 'omhoog'), l.omhoog),
              gelijk: toon(cel('leefgebieden', l.code, 'gelijk'), l.gelijk),
              omlaag: toon(cel('leefgebieden', l.code, 'omlaag'), l.omlaag),
            })),
          };
        };
        return { maanden: h.maanden, cohort: groep('cohort'), referentie: groep('referentie') };
      }),
      onderdrukt: verborgen.size > 0,
    };
  }
}
