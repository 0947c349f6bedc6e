import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { Pagina, pagineerSql } from '../common/paginering';
import { VerwerkingenQuery, VerwerkingDto, WijzigingDto, WijzigingenQuery } from './dto/audit.dto';
import { Db, type Queryable } from '../database/db';

/** The processing activity (register van verwerkingsactiviteiten) every dossier read belongs to. */
export const VERWERKINGSACTIVITEIT = 'Re-integratie en begeleiding Participatiewet';

export type Handeling =
  | 'klanten.zoeken'
  | 'klant.inzien'
  | 'tijdlijn.inzien'
  | 'contactmomenten.inzien'
  | 'ladder.inzien'
  | 'afspraken.inzien'
  | 'vrijstellingen.inzien'
  | 'bsn.tonen'
  | 'klant.doorbreken';

export interface Wijziging {
  resource: 'klant' | 'contactmoment' | 'ladder_meting' | 'afspraak' | 'vrijstelling' | 'contactnormen' | 'uitstel';
  resourceId: string;
  klantId: string | null;
  actie: 'aangemaakt' | 'gewijzigd';
  oud?: Record<string, unknown> | null;
  nieuw?: Record<string, unknown> | null;
}

/** Only the fields that differ, old and new side by side (what the change audit stores for an update). */
export function verschil(oud: Record<string, unknown>, nieuw: Record<string, unknown>): { oud: Record<string, unknown>; nieuw: Record<string, unknown> } {
  const o: Record<string, unknown> = {};
  const n: Record<string, unknown> = {};
  for (const sleutel of Object.keys(nieuw)) {
    if (JSON.stringify(oud[sleutel] ?? null) !== JSON.stringify(nieuw[sleutel] ?? null)) {
      o[sleutel] = oud[sleutel] ?? null;
      n[sleutel] = nieuw[sleutel] ?? null;
    }
  }
  return { oud: o, nieuw: n };
}

/**
 * Change audit and access log. Both tables are append-only in the database itself (triggers refuse UPDATE,
 * DELETE and TRUNCATE). Writes happen in the caller's transaction, so a change and its audit record stand or fall
 * together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  async wijziging(tx: EntityManager, actor: Actor, w: Wijziging): Promise<void> {
    await tx.query(
      `INSERT INTO wijziging (organisatie_id, medewerker_id, klant_id, resource, resource_id, actie, oud, nieuw, trace_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [actor.organisatieId, actor.medewerkerId, w.klantId, w.resource, w.resourceId, w.actie, w.oud ?? null, w.nieuw ?? null, actor.traceId || null],
    );
  }

  /** A read of personal data (Logboek Dataverwerkingen). `klantId` null for a search over many clients. */
  async verwerking(actor: Actor, handeling: Handeling, klantId: string | null, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `INSERT INTO verwerking (organisatie_id, trace_id, verwerkingsactiviteit, handeling, klant_id, medewerker_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [actor.organisatieId, actor.traceId || 'onbekend', VERWERKINGSACTIVITEIT, handeling, klantId, actor.medewerkerId],
    );
  }

  verwerkingen(actor: Actor, query: VerwerkingenQuery): Promise<Pagina<VerwerkingDto>> {
    return pagineerSql<VerwerkingDto>(
      this.db,
      {
        sql: `SELECT id, tijdstip, medewerker_id AS "medewerkerId", klant_id AS "klantId", handeling,
                     verwerkingsactiviteit, resultaat, trace_id AS "traceId"
                FROM verwerking
               WHERE organisatie_id = $1
                 AND ($2::uuid IS NULL OR klant_id = $2)
                 AND ($3::uuid IS NULL OR medewerker_id = $3)
                 AND ($4::date IS NULL OR tijdstip >= ($4::date::timestamp AT TIME ZONE 'Europe/Amsterdam'))
                 AND ($5::date IS NULL OR tijdstip < (($5::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))`,
        params: [actor.organisatieId, query.klantId ?? null, query.medewerkerId ?? null, query.van ?? null, query.tot ?? null],
        orderBy: 'tijdstip DESC, id DESC',
      },
      query,
      ({ id: _id, ...rij }) => rij as unknown as VerwerkingDto,
    );
  }

  wijzigingen(actor: Actor, query: WijzigingenQuery): Promise<Pagina<WijzigingDto>> {
    return pagineerSql<WijzigingDto>(
      this.db,
      {
        sql: `SELECT id, tijdstip, medewerker_id AS "medewerkerId", klant_id AS "klantId", resource, resource_id AS "resourceId",
                     actie, jsonb_build_object('oud', oud, 'nieuw', nieuw) AS wijzigingen, trace_id AS "traceId"
                FROM wijziging
               WHERE organisatie_id = $1
                 AND ($2::uuid IS NULL OR klant_id = $2)
                 AND ($3::uuid IS NULL OR medewerker_id = $3)
                 AND ($4::date IS NULL OR tijdstip >= ($4::date::timestamp AT TIME ZONE 'Europe/Amsterdam'))
                 AND ($5::date IS NULL OR tijdstip < (($5::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))`,
        params: [actor.organisatieId, query.klantId ?? null, query.medewerkerId ?? null, query.van ?? null, query.tot ?? null],
        orderBy: 'tijdstip DESC, id DESC',
      },
      query,
      ({ id: _id, ...rij }) => rij as unknown as WijzigingDto,
    );
  }
}
