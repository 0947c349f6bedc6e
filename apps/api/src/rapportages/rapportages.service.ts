import {
  dagenTussen,
  isMaandeinde,
  maandeinde,
  maandeindeVoor,
  onderdruk,
  plusMaanden,
  trendPeildata,
  vandaag,
  type VeldFout,
} from '@klant-in-beeld/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { ValidatieFout } from '../common/fouten';
import {
  DoorstroomDto,
  KerncijfersDto,
  KerncijfersQuery,
  LeefgebiedenBewegingDto,
  LeefgebiedenDto,
  PeriodeQuery,
  RapportFilterQuery,
  TrendDto,
} from './dto/rapportage.dto';
import {
  alsDoorstroom,
  alsBeweging,
  alsBewegingOverzicht,
  alsKerncijfers,
  alsLeefgebieden,
  alsLeefgebiedenRapport,
  bewegingAntwoord,
  doorstroomAntwoord,
  onderdrukKerncijfers,
  onderdrukLeefgebieden,
  type DoorstroomRij,
  type KerncijfersRij,
  type LeefgebiedenBewegingRij,
  type LeefgebiedenRij,
} from './rapportages.onderdrukking';
import {
  DOORSTROOM_SQL,
  KERNCIJFERS_SQL,
  LEEFGEBIEDEN_BEWEGING_SQL,
  LEEFGEBIEDEN_SQL,
  BEWAAR_MAAND_FEITEN_SQL,
  MAAND_FEITEN_JSON_SQL,
  MAAND_STAAT_SQL,
  maandcijfersSql,
  TEL_MAANDEN_SQL,
  VUL_MAAND_SQL,
} from './rapportages.sql';
import { Db, type Queryable } from '../database/db';
import { RapportLezer } from '../database/rapport-lezer';

export const MAX_TREND_MAANDEN = 36;

/** Default of RAPPORT_TREND_LIVE_KLANTMAANDEN: missing closed months × caseload a trend still computes live. */
export const TREND_LIVE_KLANTMAANDEN = 100_000;

@Injectable()
export class RapportagesService {
  constructor(
    private readonly db: Db,
    private readonly lezer: RapportLezer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Set by the background preparation when it runs in this process: asks it to do this organisatie next. */
  private voorrang?: (organisatieId: string) => void;

  /** The preparation registers here (it injects this service; the other way round would be circular). */
  registreerVoorbereiding(voorrang: (organisatieId: string) => void): void {
    this.voorrang = voorrang;
  }

  /** Filters must name a gemeente or team of the caller's organisatie. */
  private async controleerFilter(actor: Actor, filter: RapportFilterQuery): Promise<void> {
    const fouten: VeldFout[] = [];
    if (filter.gemeenteId) {
      const rij = await this.db.query(`SELECT 1 FROM gemeente WHERE id = $1 AND organisatie_id = $2`, [
        filter.gemeenteId,
        actor.organisatieId,
      ]);
      if (rij.length === 0) fouten.push({ veld: 'gemeenteId', melding: 'is geen gemeente van deze organisatie' });
    }
    if (filter.teamId) {
      const rij = await this.db.query(`SELECT 1 FROM team WHERE id = $1 AND organisatie_id = $2`, [
        filter.teamId,
        actor.organisatieId,
      ]);
      if (rij.length === 0) fouten.push({ veld: 'teamId', melding: 'is geen team van deze organisatie' });
    }
    if (fouten.length) throw new ValidatieFout(fouten);
  }

  private controleerDatum(veld: string, datum: string): void {
    if (dagenTussen(vandaag(), datum) > 0)
      throw new ValidatieFout([{ veld, melding: 'mag niet in de toekomst liggen' }]);
  }

  /**
   * A date the caller may ask. Beleid gets month ends in the past only (default: the last one): two adjacent days
   * would show one client's change by subtraction, and a month holds too many changes to point at one.
   * The others any day up to today (default: today).
   */
  private peildatum(actor: Actor, veld: string, datum: string | undefined): string {
    if (actor.rol !== 'beleid') {
      const gekozen = datum ?? vandaag();
      this.controleerDatum(veld, gekozen);
      return gekozen;
    }
    const laatste = maandeindeVoor(vandaag());
    const gekozen = datum ?? laatste;
    if (!isMaandeinde(gekozen) || gekozen > laatste) {
      throw new ValidatieFout([
        { veld, melding: `moet voor beleid een maandeinde in het verleden zijn, zoals ${laatste}` },
      ]);
    }
    return gekozen;
  }

  async kerncijfers(actor: Actor, query: KerncijfersQuery): Promise<KerncijfersDto> {
    const peildatum = this.peildatum(actor, 'peildatum', query.peildatum);
    await this.controleerFilter(actor, query);
    const [rij] = await this.rapportLezen<KerncijfersRij>(actor.organisatieId, KERNCIJFERS_SQL, [
      actor.organisatieId,
      peildatum,
      query.gemeenteId ?? null,
      query.teamId ?? null,
    ]);
    return this.alsKerncijfers(actor, rij);
  }

  /**
   * Runs a report query in the caller's transaction (savepoint-free: SET LOCAL lasts until it ends) with room to sort and hash the ~50,000 rows per
   * month in memory instead of spilling to disk (docs/performance.md).
   */
  private async rapportQuery<T>(manager: Queryable, sql: string, parameters: unknown[]): Promise<T[]> {
    const uitvoeren = async (tx: Queryable) => {
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      return (await tx.query(sql, parameters)) as T[];
    };
    return uitvoeren(manager);
  }

  /**
   * A report query where reports read (docs/replica.md): a usable streaming replica, else the primary; in a read-only
   * transaction of its own.
   */
  private rapportLezen<T>(organisatieId: string, sql: string, parameters: unknown[]): Promise<T[]> {
    return this.rapportApart(organisatieId, (tx) => this.rapportQuery<T>(tx, sql, parameters));
  }

  /** Beleid gets the counts below 5 suppressed, with as many others as it takes to keep them from being worked out. */
  private alsKerncijfers(actor: Actor, rij: KerncijfersRij): KerncijfersDto {
    return alsKerncijfers(rij, actor.rol === 'beleid' ? onderdrukKerncijfers(rij) : null);
  }

  /**
   * Keeps the facts of the closed month ends that are not kept yet (rapport_maandfeit; the migration explains the
   * invalidation). One transaction per month, under the organisatie's report lock, so a backdated change waits for
   * at most one month's computation and is never missed. `doorgaan` lets a background run stop between months;
   * `analyseren: false` leaves the ANALYZE to the caller (the background run spaces it out). Returns how many months it kept.
   */
  async bewaarMaanden(
    organisatieId: string,
    peildata: string[],
    doorgaan: () => boolean = () => true,
    analyseren = true,
  ): Promise<number> {
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
        const klaar = await tx.query(`SELECT 1 FROM rapport_maand WHERE organisatie_id = $1 AND peildatum = $2`, [
          organisatieId,
          peildatum,
        ]);
        if (klaar.length > 0) return; // another request kept it meanwhile
        const berekend = await this.berekenOpReplica(tx, organisatieId, peildatum);
        await tx.query(`DELETE FROM rapport_maandfeit WHERE organisatie_id = $1 AND peildatum = $2`, [
          organisatieId,
          peildatum,
        ]);
        await tx.query(`DELETE FROM rapport_maandtelling WHERE organisatie_id = $1 AND peildatum = $2`, [
          organisatieId,
          peildatum,
        ]);
        if (berekend) await tx.query(BEWAAR_MAAND_FEITEN_SQL, [organisatieId, berekend]);
        else await this.rapportQuery(tx, VUL_MAAND_SQL, [organisatieId, peildatum, null]);
        await tx.query(`INSERT INTO rapport_maand (organisatie_id, peildatum) VALUES ($1, $2)`, [
          organisatieId,
          peildatum,
        ]);
        bewaard++;
      });
    }
    // The planner needs the new row counts now (autoanalyze may take a minute): without them it chose plans 3× slower.
    if (bewaard > 0 && analyseren) await this.analyseerRapportfeiten();
    return bewaard;
  }

  async analyseerRapportfeiten(): Promise<void> {
    await this.db.query(`SELECT kib_analyseer_rapportfeiten()`);
  }

  /**
   * Counts the kept months of `peildata` whose counts are missing or stale (their stamp differs: a categorie,
   * gemeente, startdatum or norm changed since), per klantmanager and gemeente (rapport_maandtelling), in one
   * transaction under the report lock, so a month being filled again meanwhile is never stamped with old counts.
   * Returns how many months it counted.
   */
  async telMaanden(organisatieId: string, peildata: string[]): Promise<number> {
    return this.db.apart(organisatieId, async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(rapport_slot($1))`, [organisatieId]);
      const teTellen = (await tx.query(MAAND_STAAT_SQL, [organisatieId, peildata]))
        .filter((m: { geteld: boolean }) => !m.geteld)
        .map((m: { peildatum: string }) => m.peildatum);
      if (teTellen.length === 0) return 0;
      await tx.query(`DELETE FROM rapport_maandtelling WHERE organisatie_id = $1 AND peildatum = ANY ($2::date[])`, [
        organisatieId,
        teTellen,
      ]);
      await this.rapportQuery(tx, TEL_MAANDEN_SQL, [organisatieId, teTellen, null, null]);
      return teTellen.length;
    });
  }

  /**
   * A month's facts (a JSON array) from a replica that has replayed every change committed before the lock was
   * taken: the WAL position read under the lock, before this transaction writes anything of its own (docs/replica.md).
   * Undefined without such a replica: the caller computes them here.
   */
  private async berekenOpReplica(tx: Queryable, organisatieId: string, peildatum: string): Promise<string | undefined> {
    if (!this.lezer.heeftReplicas) return undefined;
    const [{ lsn }] = await tx.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
    const berekend = await this.lezer.leesVanaf(lsn, organisatieId, (replica) =>
      this.rapportQuery<{ feiten: string }>(replica, MAAND_FEITEN_JSON_SQL, [organisatieId, peildatum, null]),
    );
    return berekend?.uitkomst[0].feiten;
  }

  /**
   * Removes the kept facts and marks of months older than the longest trend (MAX_TREND_MAANDEN before the last
   * closed month end), in one statement. A trend that still asks for such a month computes it live.
   * Returns how many months went.
   */
  async snoeiMaanden(organisatieId: string): Promise<number> {
    const grens = maandeinde(plusMaanden(maandeindeVoor(vandaag()), -MAX_TREND_MAANDEN));
    const [{ maanden }]: { maanden: number }[] = await this.db.query(
      `WITH feiten AS (DELETE FROM rapport_maandfeit WHERE organisatie_id = $1 AND peildatum < $2),
            tellingen AS (DELETE FROM rapport_maandtelling WHERE organisatie_id = $1 AND peildatum < $2),
            marken AS (DELETE FROM rapport_maand WHERE organisatie_id = $1 AND peildatum < $2 RETURNING peildatum)
       SELECT count(*)::integer AS maanden FROM marken`,
      [organisatieId, grens],
    );
    return maanden;
  }

  /** `van` of a doorstroom is a peildatum too (beleid: a month end); the start of a trend only picks its first month. */
  private periode(actor: Actor, query: PeriodeQuery, soort: 'doorstroom' | 'trend'): { van: string; tot: string } {
    const tot = this.peildatum(actor, 'tot', query.tot);
    const standaard = plusMaanden(tot, -12);
    const van =
      soort === 'doorstroom' && actor.rol === 'beleid'
        ? this.peildatum(actor, 'van', query.van ?? maandeinde(standaard))
        : (query.van ?? standaard);
    if (van >= tot) throw new ValidatieFout([{ veld: 'van', melding: 'moet voor tot liggen' }]);
    return { van, tot };
  }

  /** The first month of the organisatie's data: its first client's start. */
  private async beginVanGegevens(actor: Actor): Promise<string> {
    const [{ eerste }]: { eerste: string | null }[] = await this.db.query(
      `SELECT to_char(date_trunc('month', min(startdatum_uitkering)), 'YYYY-MM-DD') AS eerste FROM klant WHERE organisatie_id = $1`,
      [actor.organisatieId],
    );
    return eerste ?? `${vandaag().slice(0, 7)}-01`;
  }

  /**
   * A trend cannot start before the organisatie's first client: those months hold nothing, yet each would be
   * computed and kept (and a far-back `van` is the cheapest way to make the server work hard).
   */
  private async controleerBeginVanGegevens(actor: Actor, van: string): Promise<void> {
    const begin = await this.beginVanGegevens(actor);
    if (van < begin)
      throw new ValidatieFout([
        { veld: 'van', melding: `mag niet voor ${begin} liggen: daar beginnen de gegevens van deze organisatie` },
      ]);
  }

  async doorstroom(actor: Actor, query: PeriodeQuery): Promise<DoorstroomDto> {
    const { van, tot } = this.periode(actor, query, 'doorstroom');
    await this.controleerFilter(actor, query);
    const filter = [query.gemeenteId ?? null, query.teamId ?? null];
    const rijen = await this.rapportLezen<DoorstroomRij>(actor.organisatieId, DOORSTROOM_SQL, [
      actor.organisatieId,
      tot,
      ...filter,
      van,
    ]);
    if (actor.rol !== 'beleid') return alsDoorstroom(van, tot, rijen, null);
    // The same reader asks the kerncijfers at van and tot, with the ladder at both dates: the matrix is suppressed
    // together with what those answers show (and hide), computed exactly as the kerncijfers endpoint would.
    const [vanRij, totRij] = (await this.maandcijfers(actor, [van, tot], filter)).rijen;
    const antwoord = doorstroomAntwoord(rijen, {
      van: vanRij,
      verborgenVan: onderdrukKerncijfers(vanRij),
      tot: totRij,
      verborgenTot: onderdrukKerncijfers(totRij),
    });
    return alsDoorstroom(van, tot, rijen, onderdruk(antwoord).verborgen);
  }

  /**
   * Kerncijfers at past peildata, in date order: the months kept complete from their counts (or from their facts
   * while the counts are stale) in one statement, the others computed live in two halves beside it, each on a
   * connection of its own. Never waits on the report lock nor keeps a month: that is the background preparation's work.
   * `overslaan`, given the months not kept, may say to leave them out: they come back as `overgeslagen` instead of
   * being computed.
   */
  private async maandcijfers(
    actor: Actor,
    peildata: string[],
    filter: (string | null)[],
    overslaan?: (ontbrekend: string[]) => Promise<boolean>,
  ): Promise<{ rijen: KerncijfersRij[]; overgeslagen: string[] }> {
    const org = actor.organisatieId;
    const maanden = [...new Set(peildata)];
    let overgeslagen: string[] | undefined;
    // After three refused rounds (changes keep arriving) every month is computed live: always correct.
    for (let ronde = 1; ; ronde++) {
      const staat: { peildatum: string; geteld: boolean }[] =
        ronde > 3 ? [] : await this.rapportApart(org, (tx) => tx.query(MAAND_STAAT_SQL, [org, maanden]));
      const geteld = staat.filter((m) => m.geteld).map((m) => m.peildatum);
      const bewaard = staat.filter((m) => !m.geteld).map((m) => m.peildatum);
      const ontbrekend = maanden.filter((p) => !staat.some((m) => m.peildatum === p));
      // Decided once, on the first look; a later round reads what was kept meanwhile and still leaves out the rest.
      const weg = (overgeslagen ??=
        ontbrekend.length > 0 && overslaan && (await overslaan(ontbrekend)) ? ontbrekend : []);
      const live = ontbrekend.filter((p) => !weg.includes(p));
      const helft = Math.ceil(live.length / 2);
      const delen = [
        { geteld, bewaard, live: [] },
        { geteld: [], bewaard: [], live: live.slice(0, helft) },
        { geteld: [], bewaard: [], live: live.slice(helft) },
      ].filter((deel) => deel.geteld.length + deel.bewaard.length + deel.live.length > 0);
      const rijen = await Promise.all(
        delen.map((deel) =>
          this.rapportApart(org, (tx) =>
            this.rapportQuery<KerncijfersRij & { bewaard: number; geteld: number }>(
              tx,
              maandcijfersSql(deel.live.length),
              [org, deel.bewaard, ...filter, deel.live, deel.geteld],
            ),
          ),
        ),
      );
      // A backdated change removed a mark, or a change made counts stale, after the look above: ask again.
      const bijDeTijd = rijen.every((deel, i) =>
        deel.every((r) => r.bewaard === delen[i].bewaard.length && r.geteld === delen[i].geteld.length),
      );
      if (bijDeTijd)
        return {
          rijen: rijen.flat().sort((x, y) => x.peildatum.localeCompare(y.peildatum)),
          overgeslagen: ontbrekend.filter((p) => weg.includes(p)),
        };
    }
  }

  /**
   * Report work in a read-only transaction of its own, beside the request's, where reports read: a usable streaming
   * replica, else the primary (RapportLezer). The one place reports run apart.
   */
  private rapportApart<T>(organisatieId: string, werk: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.lezer.lees(organisatieId, werk);
  }

  /** Leefgebieden, paden and plans at a peildatum (docs/gesprek.md); the peildatum rules of the kerncijfers. */
  async leefgebieden(actor: Actor, query: KerncijfersQuery): Promise<LeefgebiedenDto> {
    const peildatum = this.peildatum(actor, 'peildatum', query.peildatum);
    await this.controleerFilter(actor, query);
    const filter = [query.gemeenteId ?? null, query.teamId ?? null];
    const [rij] = await this.rapportLezen<LeefgebiedenRij>(actor.organisatieId, LEEFGEBIEDEN_SQL, [
      actor.organisatieId,
      peildatum,
      ...filter,
    ]);
    const rapport = alsLeefgebiedenRapport(rij);
    if (actor.rol !== 'beleid') return alsLeefgebieden(rapport, null);
    // The same reader asks the kerncijfers of this peildatum and filter: the caseload they hide (also to protect
    // another cell) stays hidden here, and what they show is known (one month end, as the doorstroom pays for two).
    const [kerncijfers] = (await this.maandcijfers(actor, [peildatum], filter)).rijen;
    const verborgen = onderdrukLeefgebieden(rapport, { kerncijfers, verborgen: onderdrukKerncijfers(kerncijfers) });
    return alsLeefgebieden(rapport, verborgen);
  }

  /** Movement per leefgebied between two dates; the period rules of the doorstroom. */
  async leefgebiedenBeweging(actor: Actor, query: PeriodeQuery): Promise<LeefgebiedenBewegingDto> {
    const { van, tot } = this.periode(actor, query, 'doorstroom');
    await this.controleerFilter(actor, query);
    const [rij] = await this.rapportLezen<LeefgebiedenBewegingRij>(actor.organisatieId, LEEFGEBIEDEN_BEWEGING_SQL, [
      actor.organisatieId,
      tot,
      query.gemeenteId ?? null,
      query.teamId ?? null,
      van,
    ]);
    const domeinen = alsBewegingOverzicht(rij);
    return alsBeweging(
      van,
      tot,
      domeinen,
      actor.rol === 'beleid' ? onderdruk(bewegingAntwoord(domeinen)).verborgen : null,
    );
  }

  async trend(actor: Actor, query: PeriodeQuery): Promise<TrendDto> {
    const { van, tot } = this.periode(actor, query, 'trend');
    const peildata = trendPeildata(van, tot);
    if (peildata.length > MAX_TREND_MAANDEN) {
      throw new ValidatieFout([
        { veld: 'van', melding: `de periode mag hoogstens ${MAX_TREND_MAANDEN} maanden beslaan` },
      ]);
    }
    await this.controleerFilter(actor, query);
    await this.controleerBeginVanGegevens(actor, van);
    // Month ends before today are closed (kept, or computed live when not kept yet); today (only ever the last
    // peildatum) is live, on a connection of its own beside them.
    const nu = vandaag();
    const gesloten = peildata.filter((p) => p < nu);
    const live = peildata.find((p) => p >= nu);
    const filter = [query.gemeenteId ?? null, query.teamId ?? null];
    const org = actor.organisatieId;
    const [maanden, vandaagRij] = await Promise.all([
      gesloten.length
        ? this.maandcijfers(actor, gesloten, filter, (ontbrekend) => this.laatVoorbereiden(org, ontbrekend))
        : { rijen: [], overgeslagen: [] },
      live ? this.rapportLezen<KerncijfersRij>(org, KERNCIJFERS_SQL, [org, live, ...filter]) : [],
    ]);
    return {
      maanden: [...maanden.rijen, ...vandaagRij].map((rij) => this.alsKerncijfers(actor, rij)),
      inVoorbereiding: maanden.overgeslagen,
    };
  }

  /**
   * The budget rule (docs/performance.md): right after a start a large organisatie has no kept months, and computing
   * them all live takes tens of seconds. Beyond the budget, and only while a background preparation runs here to do
   * them, the trend leaves them to it (first in line) and answers with what is ready.
   */
  private async laatVoorbereiden(organisatieId: string, ontbrekend: string[]): Promise<boolean> {
    const voorrang = this.voorrang;
    if (!voorrang) return false;
    const [{ caseload }]: { caseload: number }[] = await this.rapportApart(organisatieId, (tx) =>
      tx.query(`SELECT count(*)::integer AS caseload FROM klant WHERE organisatie_id = $1 AND uitstroomdatum IS NULL`, [
        organisatieId,
      ]),
    );
    const budget = this.config.trendLiveKlantmaanden ?? TREND_LIVE_KLANTMAANDEN;
    if (ontbrekend.length * caseload <= budget) return false;
    voorrang(organisatieId);
    return true;
  }
}
