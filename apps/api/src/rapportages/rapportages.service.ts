import { dagenTussen, plusMaanden, trendPeildata, vandaag, type VeldFout } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { ValidatieFout } from '../common/fouten';
import { DoorstroomDto, KerncijfersDto, KerncijfersQuery, PeriodeQuery, RapportFilterQuery, TrendDto } from './dto/rapportage.dto';
import { DOORSTROOM_SQL, KERNCIJFERS_SQL, TREND_GESLOTEN_SQL, VUL_MAAND_SQL } from './rapportages.sql';
import { Db } from '../database/db';

/** Beleid sees aggregates only: counts below this are suppressed. */
export const MINIMUM_CEL = 5;
export const MAX_TREND_MAANDEN = 36;

interface KerncijfersRij {
  peildatum: string;
  caseload: number;
  banden: Record<string, number>;
  in_beeld: Record<string, number>;
  verdeling: Record<string, number>;
  met_lopende_afspraak: number;
  ladder: Record<string, number>;
  ladder_onbekend: number;
  formeel: number;
  informeel: number;
  informeel_verlopen: number;
  per_reden: Record<string, { formeel: number; informeel: number }>;
  no_shows: number;
  gepland: number;
  uitstroom: Record<string, number>;
  jaar_terug: string;
}

/** Suppression for the beleid role: a count below 5 becomes null, and so does a share that would reveal one. */
class Onderdrukking {
  onderdrukt = false;
  constructor(private readonly actief: boolean) {}

  aantal(n: number): number | null {
    if (this.actief && n < MINIMUM_CEL) {
      this.onderdrukt = true;
      return null;
    }
    return n;
  }

  aantallen<T extends Record<string, number>>(waarden: T): Record<keyof T, number | null> {
    return Object.fromEntries(Object.entries(waarden).map(([k, n]) => [k, this.aantal(n)])) as Record<keyof T, number | null>;
  }

  /** A share of `deel` in `geheel`: null when the group or its complement is small enough to point at people. */
  aandeel(deel: number, geheel: number, schaal = 1, decimalen = 4): number | null {
    if (geheel === 0) return null;
    if (this.actief && (deel < MINIMUM_CEL || geheel - deel < MINIMUM_CEL)) {
      this.onderdrukt = true;
      return null;
    }
    const factor = 10 ** decimalen;
    return Math.round((deel / geheel) * schaal * factor) / factor;
  }
}

@Injectable()
export class RapportagesService {
  constructor(private readonly db: Db) {}

  /** Filters must name a gemeente or team of the caller's organisatie. */
  private async controleerFilter(actor: Actor, filter: RapportFilterQuery): Promise<void> {
    const fouten: VeldFout[] = [];
    if (filter.gemeenteId) {
      const rij = await this.db.query(`SELECT 1 FROM gemeente WHERE id = $1 AND organisatie_id = $2`, [filter.gemeenteId, actor.organisatieId]);
      if (rij.length === 0) fouten.push({ veld: 'gemeenteId', melding: 'is geen gemeente van deze organisatie' });
    }
    if (filter.teamId) {
      const rij = await this.db.query(`SELECT 1 FROM team WHERE id = $1 AND organisatie_id = $2`, [filter.teamId, actor.organisatieId]);
      if (rij.length === 0) fouten.push({ veld: 'teamId', melding: 'is geen team van deze organisatie' });
    }
    if (fouten.length) throw new ValidatieFout(fouten);
  }

  private controleerDatum(veld: string, datum: string): void {
    if (dagenTussen(vandaag(), datum) > 0) throw new ValidatieFout([{ veld, melding: 'mag niet in de toekomst liggen' }]);
  }

  async kerncijfers(actor: Actor, query: KerncijfersQuery): Promise<KerncijfersDto> {
    const peildatum = query.peildatum ?? vandaag();
    this.controleerDatum('peildatum', peildatum);
    await this.controleerFilter(actor, query);
    return this.berekenKerncijfers(actor, peildatum, query);
  }

  private async berekenKerncijfers(actor: Actor, peildatum: string, filter: RapportFilterQuery): Promise<KerncijfersDto> {
    const [rij] = await this.rapportQuery<KerncijfersRij>(await this.db.manager(), KERNCIJFERS_SQL, [actor.organisatieId, peildatum, filter.gemeenteId ?? null, filter.teamId ?? null]);
    return this.alsKerncijfers(actor, rij);
  }

  /**
   * Runs a report query in the caller's transaction (savepoint-free: SET LOCAL lasts until it ends) with room to sort and hash the ~50,000 rows per
   * month in memory instead of spilling to disk (docs/performance.md).
   */
  private async rapportQuery<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
    const uitvoeren = async (tx: EntityManager) => {
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      return (await tx.query(sql, parameters)) as T[];
    };
    return uitvoeren(manager);
  }

  private alsKerncijfers(actor: Actor, rij: KerncijfersRij): KerncijfersDto {
    const o = new Onderdrukking(actor.rol === 'beleid');
    const gesproken = rij.caseload - rij.verdeling['0'];
    return {
      peildatum: rij.peildatum,
      caseload: o.aantal(rij.caseload),
      caseloadPerKlantmanager: o.aantallen(rij.banden),
      inBeeld: o.aantallen(rij.in_beeld) as unknown as KerncijfersDto['inBeeld'],
      gesprokenLaatste12Maanden: o.aandeel(gesproken, rij.caseload),
      gesprekkenVerdeling12Maanden: o.aantallen(rij.verdeling),
      metLopendeAfspraak: o.aandeel(rij.met_lopende_afspraak, rij.caseload),
      vrijstellingen: { formeel: o.aantal(rij.formeel), informeel: o.aantal(rij.informeel), informeelVerlopen: o.aantal(rij.informeel_verlopen) },
      vrijstellingenPerReden: Object.fromEntries(
        Object.entries(rij.per_reden)
          .filter(([, n]) => n.formeel + n.informeel > 0)
          .map(([reden, n]) => [reden, { formeel: o.aantal(n.formeel), informeel: o.aantal(n.informeel) }]),
      ),
      ladder: o.aantallen(rij.ladder),
      ladderOnbekend: o.aantal(rij.ladder_onbekend),
      noShowPercentage: o.aandeel(rij.no_shows, rij.gepland, 100, 1),
      uitstroom: o.aantallen(rij.uitstroom),
      periode: { van: rij.jaar_terug, tot: rij.peildatum },
      onderdrukt: o.onderdrukt,
    };
  }

  /**
   * Keeps the facts of the closed month ends that are not kept yet (rapport_maandfeit; the migration explains the
   * invalidation). One transaction per month, under the organisatie's report lock, so a backdated change waits for
   * at most one month's computation and is never missed. `doorgaan` lets a background run stop between months.
   * Returns how many months it kept.
   */
  async bewaarMaanden(organisatieId: string, peildata: string[], doorgaan: () => boolean = () => true): Promise<number> {
    // Each month commits on its own (Db.apart), apart from the request that asked: the lock is held one month long.
    const ontbrekend: { peildatum: string }[] = await this.db.query(
      `SELECT p::text AS peildatum FROM unnest($2::date[]) AS p
        WHERE NOT EXISTS (SELECT 1 FROM rapport_maand m WHERE m.organisatie_id = $1 AND m.peildatum = p) ORDER BY p`,
      [organisatieId, peildata],
    );
    let bewaard = 0;
    for (const { peildatum } of ontbrekend) {
      if (!doorgaan()) break;
      await this.db.apart(organisatieId, async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(rapport_slot($1))`, [organisatieId]);
        const klaar = await tx.query(`SELECT 1 FROM rapport_maand WHERE organisatie_id = $1 AND peildatum = $2`, [organisatieId, peildatum]);
        if (klaar.length > 0) return; // another request kept it meanwhile
        await tx.query(`DELETE FROM rapport_maandfeit WHERE organisatie_id = $1 AND peildatum = $2`, [organisatieId, peildatum]);
        await this.rapportQuery(tx, VUL_MAAND_SQL, [organisatieId, peildatum, null]);
        await tx.query(`INSERT INTO rapport_maand (organisatie_id, peildatum) VALUES ($1, $2)`, [organisatieId, peildatum]);
        bewaard++;
      });
    }
    // The planner needs the new row counts now (autoanalyze may take a minute): without them it chose plans 3× slower.
    if (bewaard > 0) await this.db.query(`SELECT kib_analyseer_rapportfeiten()`);
    return bewaard;
  }

  private periode(query: PeriodeQuery): { van: string; tot: string } {
    const tot = query.tot ?? vandaag();
    const van = query.van ?? plusMaanden(tot, -12);
    this.controleerDatum('tot', tot);
    if (van >= tot) throw new ValidatieFout([{ veld: 'van', melding: 'moet voor tot liggen' }]);
    return { van, tot };
  }

  /**
   * A trend cannot start before the organisatie's first client: those months hold nothing, yet each would be
   * computed and kept (and a far-back `van` is the cheapest way to make the server work hard).
   */
  private async controleerBeginVanGegevens(actor: Actor, van: string): Promise<void> {
    const [{ eerste }]: { eerste: string | null }[] = await this.db.query(
      `SELECT to_char(date_trunc('month', min(startdatum_uitkering)), 'YYYY-MM-DD') AS eerste FROM klant WHERE organisatie_id = $1`,
      [actor.organisatieId],
    );
    const begin = eerste ?? `${vandaag().slice(0, 7)}-01`;
    if (van < begin) throw new ValidatieFout([{ veld: 'van', melding: `mag niet voor ${begin} liggen: daar beginnen de gegevens van deze organisatie` }]);
  }

  async doorstroom(actor: Actor, query: PeriodeQuery): Promise<DoorstroomDto> {
    const { van, tot } = this.periode(query);
    await this.controleerFilter(actor, query);
    const rijen: { van: number; tot: number; n: number }[] = await this.db.query(DOORSTROOM_SQL, [
      actor.organisatieId,
      tot,
      query.gemeenteId ?? null,
      query.teamId ?? null,
      van,
    ]);
    const o = new Onderdrukking(actor.rol === 'beleid');
    const matrix: Record<string, Record<string, number | null>> = {};
    let omhoog = 0;
    let gelijk = 0;
    let omlaag = 0;
    for (const r of rijen) {
      (matrix[r.van] ??= {})[r.tot] = o.aantal(r.n);
      if (r.tot > r.van) omhoog += r.n;
      else if (r.tot < r.van) omlaag += r.n;
      else gelijk += r.n;
    }
    return { van, tot, matrix, omhoog: o.aantal(omhoog), gelijk: o.aantal(gelijk), omlaag: o.aantal(omlaag), onderdrukt: o.onderdrukt };
  }

  async trend(actor: Actor, query: PeriodeQuery): Promise<TrendDto> {
    const { van, tot } = this.periode(query);
    const peildata = trendPeildata(van, tot);
    if (peildata.length > MAX_TREND_MAANDEN) {
      throw new ValidatieFout([{ veld: 'van', melding: `de periode mag hoogstens ${MAX_TREND_MAANDEN} maanden beslaan` }]);
    }
    await this.controleerFilter(actor, query);
    await this.controleerBeginVanGegevens(actor, van);
    // Month ends before today are closed and kept; today (only ever the last peildatum) is computed live, beside them.
    const nu = vandaag();
    const gesloten = peildata.filter((p) => p < nu);
    const live = peildata.find((p) => p >= nu);
    await this.bewaarMaanden(actor.organisatieId, gesloten);
    const filter = [query.gemeenteId ?? null, query.teamId ?? null];
    // Closed months and today side by side, each on a connection of its own.
    const [maanden, vandaagRij] = await Promise.all([
      gesloten.length ? this.db.apart(actor.organisatieId, (tx) => this.rapportQuery<KerncijfersRij>(tx, TREND_GESLOTEN_SQL, [actor.organisatieId, gesloten, ...filter])) : [],
      live ? this.db.apart(actor.organisatieId, (tx) => this.rapportQuery<KerncijfersRij>(tx, KERNCIJFERS_SQL, [actor.organisatieId, live, ...filter])) : [],
    ]);
    return { maanden: [...maanden, ...vandaagRij].map((rij) => this.alsKerncijfers(actor, rij)) };
  }
}
