import { plusMaanden, trendPeildata, vandaag } from '@klant-in-beeld/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { MAX_TREND_MAANDEN, RapportagesService } from './rapportages.service';
import { Db } from '../database/db';

/** The closed months a trend usually asks for: the span of the 24-month benchmark target (docs/performance.md). */
export const VOORBEREIDE_MAANDEN = 24;

/**
 * Keeps the report facts of the last closed months ready in the background: at start, then every interval, and
 * removes those older than the longest trend. Then it counts each kept month per klantmanager and gemeente
 * (again when a categorie, gemeente, startdatum or norm changed: telMaanden), which is what a warm trend reads. A trend never waits for it: it computes the months that are not kept
 * (yet) live, beside the statement that reads the kept ones (slower than reading kept facts); with this job, a month
 * that just closed or that a backdated change reopened is kept before anyone asks.
 * Several API instances may run this at once: the per-month report lock makes the second one skip the month.
 */
@Injectable()
export class RapportMaandenVoorbereiding implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(RapportMaandenVoorbereiding.name);
  private timer?: NodeJS.Timeout;
  private lopend?: Promise<void>;
  private gestopt = false;

  constructor(
    private readonly db: Db,
    private readonly rapportages: RapportagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.rapportMaandenIntervalMs;
    if (interval === undefined) return;
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

  /** One run over every organisatie; a run still busy is not started twice. Errors are logged, never thrown. */
  private bereidVoor(): Promise<void> {
    this.lopend ??= this.bewaarMaandenVanAlleOrganisaties().finally(() => (this.lopend = undefined));
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
    try {
      // The application role sees no organisatie without one set; this one function lists them all.
      const organisaties: { id: string }[] = await this.db.bron.query(`SELECT kib_organisaties() AS id`);
      for (const { id } of organisaties) {
        if (this.gestopt) break;
        gesnoeid += await this.db.verzoek(id, () => this.rapportages.snoeiMaanden(id));
        maanden += await this.db.verzoek(id, () => this.rapportages.bewaarMaanden(id, peildata, () => !this.gestopt));
        if (!this.gestopt) geteld += await this.db.verzoek(id, () => this.rapportages.telMaanden(id, peildata));
      }
      if (gesnoeid > 0) this.log.log(`${gesnoeid} rapportmaand(en) ouder dan ${MAX_TREND_MAANDEN} maanden verwijderd`);
      if (maanden > 0 || geteld > 0)
        this.log.log(`${maanden} rapportmaand(en) voorbereid en ${geteld} geteld in ${Date.now() - begin} ms`);
    } catch (fout) {
      // The next run tries again; meanwhile a trend computes the missing months live.
      if (!this.gestopt)
        this.log.error(
          `Voorbereiden van rapportmaanden mislukt: ${fout instanceof Error ? fout.message : String(fout)}`,
        );
    }
  }
}
