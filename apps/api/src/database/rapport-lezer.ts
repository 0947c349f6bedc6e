import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DatabaseError, Pool, type PoolClient } from 'pg';
import { isDatabaseOnbereikbaar } from '../common/fouten';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { Db, type Queryable } from './db';

/** What the monitor last saw of a replica. */
export type ReplicaStaat = 'onbekend' | 'ok' | 'achter' | 'onbereikbaar' | 'geen-replica';

/** Why reports read where they read, for the health endpoint: from a replica, or the reason they fall back. */
export type ReplicaStatus = 'ok' | 'achter' | 'onbereikbaar';

interface Replica {
  /** host:port/database, without credentials: for the log. */
  naam: string;
  pool: Pool;
  staat: ReplicaStaat;
  /** Seconds behind the primary at the last check; null when unknown. */
  achterstandS: number | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STANDAARD_INTERVAL_MS = 5000;
/**
 * How long a read waits for a replica to replay up to the primary's position. Short: a month being prepared holds
 * the report lock meanwhile, and a backdated change waits for it; a healthy replica is there in milliseconds.
 */
const INHALEN_MAX_MS = 500;

/**
 * Lag 0 when everything received is replayed: an idle primary sends nothing, so the replay timestamp alone would
 * grow forever. Null (unknown) when nothing was replayed since the replica started.
 */
const CONTROLE_SQL = `
  SELECT pg_is_in_recovery() AS herstel,
         CASE WHEN NOT pg_is_in_recovery() THEN NULL
              WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
              ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END AS achterstand`;

/** The connection itself failed (server gone, refused, shutting down), as opposed to an error in the query. */
const isVerbindingsFout = isDatabaseOnbereikbaar;

/** A hot standby cancels a query whose rows replay must remove: not the query's fault, the primary can answer it. */
const isHerstelConflict = (fout: unknown) =>
  fout instanceof DatabaseError && fout.code === '40001' && /conflict with recovery/i.test(fout.message);

/** A replica URL without credentials connects as the application itself (a physical replica has the same roles). */
export function replicaVerbinding(replicaUrl: string, databaseUrl: string): { url: string; naam: string } {
  const url = new URL(replicaUrl);
  if (!url.username) {
    const primair = new URL(databaseUrl);
    url.username = primair.username;
    url.password = primair.password;
  }
  return { url: url.toString(), naam: `${url.hostname}:${url.port || 5432}${url.pathname}` };
}

/**
 * Where reports read (docs/replica.md): a streaming replica that is reachable, in recovery and at most
 * REPLICA_MAX_ACHTERSTAND_S behind, round-robin; otherwise the primary. Only reads go here: every write, the
 * werkvoorraad and the dossier stay on the primary (Db). A monitor checks each replica every few seconds.
 */
@Injectable()
export class RapportLezer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(RapportLezer.name);
  private readonly replicas: Replica[];
  private readonly maxAchterstandS: number;
  private volgende = 0;
  private timer?: NodeJS.Timeout;
  private controle?: Promise<void>;

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.maxAchterstandS = config.replicaMaxAchterstandS ?? 60;
    this.replicas = (config.databaseReplicaUrls ?? []).map((replicaUrl) => {
      const { url, naam } = replicaVerbinding(replicaUrl, config.databaseUrl);
      const pool = new Pool({
        connectionString: url,
        max: Math.max(2, Math.ceil((config.databasePoolMax ?? 20) / 4)),
        application_name: 'klant-in-beeld-rapportage',
        // Fail fast: a report that cannot reach its replica falls back to the primary.
        connectionTimeoutMillis: 2000,
        keepAlive: true,
      });
      // An idle connection dying with its server is no reason to stop the process; the monitor notices.
      pool.on('error', () => undefined);
      return { naam, pool, staat: 'onbekend' as ReplicaStaat, achterstandS: null };
    });
  }

  /** The first check before the first request, so reports start on the right server. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.replicas.length === 0) return;
    await this.controleer();
    this.timer = setInterval(
      () => void this.controleer(),
      this.config.replicaControleIntervalMs ?? STANDAARD_INTERVAL_MS,
    );
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.controle;
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => undefined)));
  }

  /** Undefined without replicas; otherwise whether reports read a replica, and if not, why. */
  status(): ReplicaStatus | undefined {
    if (this.replicas.length === 0) return undefined;
    if (this.replicas.some((r) => r.staat === 'ok')) return 'ok';
    return this.replicas.some((r) => r.staat === 'achter') ? 'achter' : 'onbereikbaar';
  }

  /**
   * Runs `werk` in a READ ONLY transaction of the organisatie, on a usable replica or else on the primary. When the
   * replica's connection fails meanwhile, it is marked unreachable and the read runs once more on the primary; an
   * error in the query itself is the caller's.
   */
  async lees<T>(organisatieId: string, werk: (tx: Queryable) => Promise<T>): Promise<T> {
    const replica = this.kies();
    if (!replica) return this.opPrimair(organisatieId, werk);
    try {
      return await this.opReplica(replica, organisatieId, werk);
    } catch (fout) {
      if (isVerbindingsFout(fout)) this.markeer(replica, 'onbereikbaar', null, foutTekst(fout));
      else if (!isHerstelConflict(fout)) throw fout;
      return this.opPrimair(organisatieId, werk);
    }
  }

  /**
   * Like `lees`, but only on a replica that has replayed the primary's WAL up to `lsn` (waiting up to 0.5 s):
   * undefined when none has, so the caller computes on the primary. For work whose result must include every
   * change committed before `lsn` was read (a report month filled under its lock).
   */
  async leesVanaf<T>(
    lsn: string,
    organisatieId: string,
    werk: (tx: Queryable) => Promise<T>,
  ): Promise<{ uitkomst: T } | undefined> {
    const replica = this.kies();
    if (!replica) return undefined;
    try {
      const ingehaald = await this.wachtOpReplay(replica, lsn);
      if (!ingehaald) return undefined;
      return { uitkomst: await this.opReplica(replica, organisatieId, werk) };
    } catch (fout) {
      if (isVerbindingsFout(fout)) this.markeer(replica, 'onbereikbaar', null, foutTekst(fout));
      else if (!isHerstelConflict(fout)) throw fout;
      return undefined;
    }
  }

  /** Whether any replicas are configured (then the month preparation asks for the primary's WAL position). */
  get heeftReplicas(): boolean {
    return this.replicas.length > 0;
  }

  private kies(): Replica | undefined {
    const bruikbaar = this.replicas.filter((r) => r.staat === 'ok');
    if (bruikbaar.length === 0) return undefined;
    return bruikbaar[this.volgende++ % bruikbaar.length];
  }

  private opPrimair<T>(organisatieId: string, werk: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.apart(organisatieId, async (tx) => {
      // Allowed after the first query: only going back to read-write is not.
      await tx.query('SET TRANSACTION READ ONLY');
      return werk(tx);
    });
  }

  private opReplica<T>(replica: Replica, organisatieId: string, werk: (tx: Queryable) => Promise<T>): Promise<T> {
    if (!UUID.test(organisatieId)) throw new Error('Ongeldige organisatie-id.');
    return this.metVerbinding(replica, async (client) => {
      await client.query(`START TRANSACTION READ ONLY; SELECT set_config('kib.organisatie', '${organisatieId}', true)`);
      try {
        const uitkomst = await werk({
          query: async (sql, parameters) => (await client.query(sql, parameters)).rows as never,
        });
        await client.query('COMMIT');
        return uitkomst;
      } catch (fout) {
        if (!isVerbindingsFout(fout)) await client.query('ROLLBACK').catch(() => undefined);
        throw fout;
      }
    });
  }

  private wachtOpReplay(replica: Replica, lsn: string): Promise<boolean> {
    return this.metVerbinding(replica, async (client) => {
      for (const tot = Date.now() + INHALEN_MAX_MS; ; await new Promise((r) => setTimeout(r, 25))) {
        const { rows } = await client.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS bij`, [lsn]);
        if (rows[0].bij) return true;
        if (Date.now() >= tot) return false;
      }
    });
  }

  /**
   * A connection of the replica's pool for `werk`. A server that dies between two queries makes the client emit
   * 'error' (unhandled, that would end the process): caught here, and such a connection is not reused.
   */
  private async metVerbinding<T>(replica: Replica, werk: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await replica.pool.connect();
    let kapot = false;
    const bijFout = () => (kapot = true);
    client.on('error', bijFout);
    try {
      return await werk(client);
    } catch (fout) {
      kapot ||= isVerbindingsFout(fout);
      throw fout;
    } finally {
      client.off('error', bijFout);
      client.release(kapot);
    }
  }

  /** One check of every replica at a time; a check still running is not started twice. */
  private controleer(): Promise<void> {
    this.controle ??= Promise.all(this.replicas.map((r) => this.controleerReplica(r))).then(
      () => (this.controle = undefined),
    );
    return this.controle;
  }

  private async controleerReplica(replica: Replica): Promise<void> {
    let rij: { herstel: boolean; achterstand: number | null };
    try {
      rij = (await replica.pool.query(CONTROLE_SQL)).rows[0];
    } catch (fout) {
      this.markeer(replica, 'onbereikbaar', null, foutTekst(fout));
      return;
    }
    if (!rij.herstel) return this.markeer(replica, 'geen-replica', null);
    const achterstand = rij.achterstand === null ? null : Math.max(0, rij.achterstand);
    this.markeer(replica, achterstand !== null && achterstand <= this.maxAchterstandS ? 'ok' : 'achter', achterstand);
  }

  /** Records what was seen; logs only a change of state. */
  private markeer(replica: Replica, staat: ReplicaStaat, achterstandS: number | null, reden?: string): void {
    const vorige = replica.staat;
    replica.staat = staat;
    replica.achterstandS = achterstandS;
    if (staat === vorige) return;
    const lag = achterstandS === null ? 'onbekend' : `${achterstandS.toFixed(1)} s`;
    if (staat === 'ok')
      this.log.log(`Replica ${replica.naam} is bruikbaar: rapportages lezen ervan (achterstand ${lag})`);
    else if (staat === 'achter')
      this.log.warn(
        `Replica ${replica.naam} loopt achter (${lag}, meer dan ${this.maxAchterstandS} s): rapportages lezen van de primaire database`,
      );
    else if (staat === 'onbereikbaar')
      this.log.warn(
        `Replica ${replica.naam} is onbereikbaar${reden ? ` (${reden})` : ''}: rapportages lezen van de primaire database`,
      );
    else this.log.warn(`${replica.naam} is geen replica (niet in recovery): rapportages lezen er niet van`);
  }
}

const foutTekst = (fout: unknown) => (fout instanceof Error ? fout.message : String(fout));
