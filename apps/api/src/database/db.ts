import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Anything SQL can be sent to: the request's Db, or an EntityManager inside a transaction. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T>;
}

interface Context {
  organisatieId: string;
  /** The route being served ('GET /api/klanten/:id'): names a refused attempt in the access log. */
  handeling?: string;
  /** Only reads of client data (GET): its commit need not wait for the disk (see verzoek()). */
  alleenLezen?: boolean;
  /** Opened on the first query, so a request that never reaches the database holds no connection. */
  runner?: Promise<QueryRunner>;
}

const context = new AsyncLocalStorage<Context>();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sets the organisatie for row-level security for the rest of the transaction only (SET LOCAL). */
async function zetOrganisatie(tx: Queryable, organisatieId: string): Promise<void> {
  await tx.query(`SELECT set_config('kib.organisatie', $1, true)`, [organisatieId]);
}

/**
 * The database as services use it: always within one organisatie. The database's row-level security lets the
 * application role see only rows of the organisatie set for the current transaction, so every piece of work runs
 * in a transaction that sets it first:
 * - a request (OrganisatieInterceptor): all its queries share one transaction, committed when the handler has
 *   finished and before the answer goes out, rolled back when it throws; `transaction()` inside it is a savepoint;
 * - `apart()`: work that must commit on its own (a report month, a refusal that must be logged even though the
 *   request fails) or run beside the request's connection in parallel.
 * Using the database outside either is a programming error and fails loudly instead of silently seeing nothing.
 */
@Injectable()
export class Db implements Queryable {
  constructor(@InjectDataSource() readonly bron: DataSource) {}

  /**
   * Runs `werk` as one unit of work of an organisatie (a request, a background step). For a GET the transaction
   * commits with synchronous_commit off: it writes only access records, and a database crash within the next
   * fraction of a second could lose the last of those, never a change to a dossier (docs/privacy.md).
   */
  async verzoek<T>(
    organisatieId: string,
    werk: () => Promise<T>,
    opties: { handeling?: string; alleenLezen?: boolean } = {},
  ): Promise<T> {
    const ctx: Context = { organisatieId, ...opties };
    let uitkomst: T;
    try {
      uitkomst = await context.run(ctx, werk);
    } catch (fout) {
      await this.sluit(ctx, 'terugdraaien');
      throw fout;
    }
    await this.sluit(ctx, 'vastleggen');
    return uitkomst;
  }

  private async sluit(ctx: Context, hoe: 'vastleggen' | 'terugdraaien'): Promise<void> {
    if (!ctx.runner) return;
    const runner = await ctx.runner.catch(() => undefined);
    if (!runner) return;
    try {
      // Straight to the connection: every request pays this, and TypeORM's events around it are not used here.
      const verbinding = (await runner.connect()) as PoolClient;
      if (hoe === 'vastleggen') await verbinding.query('COMMIT');
      else await verbinding.query('ROLLBACK').catch(() => undefined);
      Object.assign(runner, { isTransactionActive: false, transactionDepth: 0 });
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  private runner(): Promise<QueryRunner> {
    const ctx = context.getStore();
    if (!ctx) throw new Error('Database gebruikt buiten een organisatie: gebruik Db.verzoek() of Db.apart().');
    ctx.runner ??= (async () => {
      const runner = this.bron.createQueryRunner();
      try {
        await runner.connect();
        // One round trip instead of two (every request pays it): open the transaction and set the organisatie in
        // one simple query. The id is inlined, so it must be exactly a UUID.
        if (!UUID.test(ctx.organisatieId)) throw new Error('Ongeldige organisatie-id.');
        await ((await runner.connect()) as PoolClient).query(
          `START TRANSACTION; SELECT set_config('kib.organisatie', '${ctx.organisatieId}', true)${ctx.alleenLezen ? '; SET LOCAL synchronous_commit = off' : ''}`,
        );
        // What startTransaction() records, so nested transaction() calls become savepoints and commit works.
        Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
        return runner;
      } catch (fout) {
        await runner.release().catch(() => undefined);
        throw fout;
      }
    })();
    return ctx.runner;
  }

  /** The route of the current request, for the access log. */
  get handeling(): string | undefined {
    return context.getStore()?.handeling;
  }

  /** The organisatie of the current unit of work. */
  get organisatieId(): string {
    const ctx = context.getStore();
    if (!ctx) throw new Error('Geen organisatie in deze context.');
    return ctx.organisatieId;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async query<T = any>(sql: string, parameters?: unknown[]): Promise<T> {
    return (await this.runner()).query(sql, parameters);
  }

  /** A savepoint in the request's transaction: all of `werk` or none of it, and the request can go on after a refusal. */
  async transaction<T>(werk: (tx: EntityManager) => Promise<T>): Promise<T> {
    return (await this.runner()).manager.transaction(werk);
  }

  /** The EntityManager of the request's transaction (repositories, and code that checks `queryRunner`). */
  async manager(): Promise<EntityManager> {
    return (await this.runner()).manager;
  }

  /** The pg connection of the request's transaction, for named prepared statements. */
  async verbinding(): Promise<PoolClient> {
    return (await this.runner()).connect() as Promise<PoolClient>;
  }

  /** Work on its own connection and transaction with the organisatie set; commits when `werk` resolves. */
  apart<T>(organisatieId: string, werk: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.bron.transaction(async (tx) => {
      await zetOrganisatie(tx, organisatieId);
      return werk(tx);
    });
  }
}
