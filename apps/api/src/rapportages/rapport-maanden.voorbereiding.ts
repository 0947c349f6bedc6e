import { plusMaanden, trendPeildata, vandaag } from '@klant-in-beeld/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { MAX_TREND_MAANDEN, RapportagesService } from './rapportages.service';
import { Db } from '../database/db';

/** The closed months a trend usually asks for: the span of the 24-month benchmark target (docs/performance.md). */
export const VOORBEREIDE_MAANDEN = 24;

/**
 * A run analyses the kept facts at most this often while it works, and once at its end: ANALYZE after each of 158
 * organisaties was the first bottleneck at national scale (docs/schaal.md), and the plans only need the row counts
 * roughly right.
 */
export const ANALYSE_INTERVAL_MS = 30_000;

/**
 * Keeps the report facts of the last closed months ready in the background: at start, then every interval, and
 * removes those older than the longest trend. A trend never waits for it: it computes the months that are not kept
 * (yet) live, beside the statement that reads the kept ones (slower than reading kept facts), or, beyond its budget,
 * leaves them to this job and asks for its organisatie to go first (`metVoorrang`). After an organisatie's months it
 * counts them per klantmanager and gemeente (again when a categorie, gemeente, startdatum or norm changed:
 * telMaanden), which is what a warm trend reads.
 * Several API instances may run this at once: the per-month report lock makes the second one skip the month.
 */
@Injectable()
export class RapportMaandenVoorbereiding implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(RapportMaandenVoorbereiding.name);
  private timer?: NodeJS.Timeout;
  private lopend?: Promise<void>;
  private gestopt = false;
  /** Organisaties a trend waits for, in the order asked: done before the rest of the run. */
  private voorrang: string[] = [];

  constructor(
    private readonly db: Db,
    private readonly rapportages: RapportagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.rapportMaandenIntervalMs;
    if (interval === undefined) return;
    // Only now may a trend leave months to this job: it is sure to do them.
    this.rapportages.registreerVoorbereiding((id) => this.metVoorrang(id));
    this.timer = setInterval(() => void this.bereidVoor(), interval);
    this.timer.unref();
    void this.bereidVoor();
  }

  /** Shutdown waits for the month being computed (its transaction must end before the pool closes), then stops. */
  async onModuleDestroy(): Promise<void> {
    this.gestopt = true;
    clearInterval(this.timer);
    await this.lopend;
  }

  /** Prepares this organisatie next: in the run that is busy (after its current month), or in one started now. */
  metVoorrang(organisatieId: string): void {
    if (this.gestopt) return;
    if (!this.voorrang.includes(organisatieId)) this.voorrang.push(organisatieId);
    void this.bereidVoor();
  }

  /** One run over every organisatie; a run still busy is not started twice. Errors are logged, never thrown. */
  private bereidVoor(): Promise<void> {
    this.lopend ??= this.bewaarMaandenVanAlleOrganisaties().finally(() => {
      this.lopend = undefined;
      // Asked for after the run's last look at the queue: start another for it.
      if (this.voorrang.length > 0 && !this.gestopt) void this.bereidVoor();
    });
    return this.lopend;
  }

  private async bewaarMaandenVanAlleOrganisaties(): Promise<void> {
    const begin = Date.now();
    const peildata = trendPeildata(plusMaanden(vandaag(), -VOORBEREIDE_MAANDEN), vandaag()).filter(
      (p) => p < vandaag(),
    );
    let maanden = 0;
    let gesnoeid = 0;
    let geteld = 0;
    let geanalyseerd = 0;
    let nietGeanalyseerd = 0;
    try {
      // The application role sees no organisatie without one set; this one function lists them all.
      const organisaties: { id: string }[] = await this.db.bron.query(`SELECT kib_organisaties() AS id`);
      const rest = organisaties.map((o) => o.id);
      const gedaan = new Set<string>();
      while (!this.gestopt) {
        const metVoorrang = this.voorrang.length > 0;
        const id = this.voorrang.shift() ?? rest.shift();
        if (id === undefined) break;
        if (gedaan.has(id)) continue;
        gesnoeid += await this.db.verzoek(id, () => this.rapportages.snoeiMaanden(id));
        // An organisatie asked for meanwhile goes first: this one stops between months and comes back after it.
        const doorgaan = () => !this.gestopt && (metVoorrang || this.voorrang.length === 0);
        const bewaard = await this.db.verzoek(id, () => this.rapportages.bewaarMaanden(id, peildata, doorgaan, false));
        maanden += bewaard;
        nietGeanalyseerd += bewaard;
        if (!doorgaan() && !this.gestopt) rest.unshift(id);
        else {
          gedaan.add(id);
          if (!this.gestopt) geteld += await this.db.verzoek(id, () => this.rapportages.telMaanden(id, peildata));
        }
        // Right away for the first organisatie (or one a trend waits for): its trends get good plans; later at most
        // once per ANALYSE_INTERVAL_MS.
        if (
          nietGeanalyseerd > 0 &&
          (geanalyseerd === 0 || metVoorrang || Date.now() - geanalyseerd >= ANALYSE_INTERVAL_MS)
        ) {
          await this.rapportages.analyseerRapportfeiten();
          geanalyseerd = Date.now();
          nietGeanalyseerd = 0;
        }
      }
      if (nietGeanalyseerd > 0) await this.rapportages.analyseerRapportfeiten();
      if (gesnoeid > 0) this.log.log(`${gesnoeid} rapportmaand(en) ouder dan ${MAX_TREND_MAANDEN} maanden verwijderd`);
      if (maanden > 0 || geteld > 0)
        this.log.log(`${maanden} rapportmaand(en) voorbereid en ${geteld} geteld in ${Date.now() - begin} ms`);
    } catch (fout) {
      // The next run tries again; meanwhile a trend computes the missing months live. A trend that still waits asks
      // again when it polls: forgetting the queue keeps a failing database from restarting the run at once, over and over.
      this.voorrang = [];
      if (!this.gestopt)
        this.log.error(
          `Voorbereiden van rapportmaanden mislukt: ${fout instanceof Error ? fout.message : String(fout)}`,
        );
    }
  }
}
