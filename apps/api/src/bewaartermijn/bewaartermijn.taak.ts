import { vandaag } from '@klant-in-beeld/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SYSTEEM_MEDEWERKER } from '../audit/audit.service';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { Db } from '../database/db';
import { BewaartermijnService } from './bewaartermijn.service';

/** Night, Dutch time: the run may take a while and nobody is working. */
const NACHT = { van: 1, tot: 5 };

/**
 * Anonymises at night what is past the bewaartermijn, for every organisatie that switched it on, once a day. Checks
 * every interval (hourly in production); tests call `anonimiseerVerlopen()` themselves.
 */
@Injectable()
export class BewaartermijnTaak implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(BewaartermijnTaak.name);
  private timer?: NodeJS.Timeout;
  private lopend?: Promise<number>;

  constructor(
    private readonly db: Db,
    private readonly bewaartermijn: BewaartermijnService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.bewaartermijnIntervalMs === undefined) return;
    this.timer = setInterval(() => {
      const uur = Number(
        new Date().toLocaleString('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hour12: false }),
      );
      if (uur >= NACHT.van && uur < NACHT.tot) void this.anonimiseerVerlopen();
    }, this.config.bewaartermijnIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.lopend;
  }

  /** One run over the organisaties with automatic anonymisation that did not run today. Returns the clients done. */
  anonimiseerVerlopen(): Promise<number> {
    this.lopend ??= this.alleOrganisaties().finally(() => (this.lopend = undefined));
    return this.lopend;
  }

  private async alleOrganisaties(): Promise<number> {
    let totaal = 0;
    try {
      const organisaties: { id: string }[] = await this.db.bron.query(`SELECT kib_organisaties() AS id`);
      for (const { id } of organisaties) {
        totaal += await this.db.verzoek(id, async () => {
          const [instelling] = await this.db.query(
            `SELECT anonimiseren_automatisch AS aan, laatst_geanonimiseerd_op::text AS laatst FROM organisatie_instelling WHERE organisatie_id = $1`,
            [id],
          );
          if (!instelling?.aan || instelling.laatst === vandaag()) return 0;
          const systeem = {
            medewerkerId: SYSTEEM_MEDEWERKER,
            organisatieId: id,
            teamId: null,
            rol: 'beheerder' as const,
            naam: 'Klant in Beeld',
            traceId: 'bewaartermijn-nacht',
          };
          return (await this.bewaartermijn.anonimiseer(systeem, false)).aantal;
        });
      }
      if (totaal > 0) this.log.log(`Bewaartermijn: ${totaal} klant(en) geanonimiseerd`);
    } catch (fout) {
      this.log.error(`Bewaartermijn-taak mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
    }
    return totaal;
  }
}
