import { isGeldigBsn, maskeerBsn } from '@klant-in-beeld/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { NietGevonden, ValidatieFout } from '../common/fouten';
import { Pagina, pagineerSql } from '../common/paginering';
import { Db, type Queryable } from '../database/db';
import {
  VerwerkingDto,
  VerwerkingenQuery,
  VerwerkingsactiviteitDto,
  WijzigingDto,
  WijzigingenQuery,
} from './dto/audit.dto';

/**
 * The register of processing activities (verwerkingsactiviteiten) every organisatie starts with; the migration
 * 1795441000000-Privacy inserts the same rows (a test compares them). Every access record names one.
 */
export const VERWERKINGSACTIVITEITEN = {
  re_integratie: 'Re-integratie en begeleiding Participatiewet',
  rapportage: 'Beleidsinformatie en verantwoording',
  privacytoezicht: 'Toezicht op de verwerking van persoonsgegevens',
  bewaartermijn: 'Bewaren en vernietigen',
} as const;
export type Verwerkingsactiviteit = keyof typeof VERWERKINGSACTIVITEITEN;

/** What was done, in the words of the access log ('klant.inzien'); a refused attempt names the route it tried. */
export type Handeling = string;

/**
 * Work nobody asked for in the moment (the nightly bewaartermijn run) is done and recorded as this medewerker id;
 * the logs show it by this name.
 */
export const SYSTEEM_MEDEWERKER = '00000000-0000-0000-0000-000000000000';
export const SYSTEEM_NAAM = 'Klant in Beeld (automatisch)';

/** The change records the beheerder may read: settings and organisation, never client data. */
export const BEHEER_RESOURCES = [
  'instellingen',
  'contactnormen',
  'bewaartermijn',
  'medewerker',
  'team',
  'gemeente',
  'brief_sjabloon',
] as const;

export interface Wijziging {
  resource:
    | 'klant'
    | 'contactmoment'
    | 'ladder_meting'
    | 'afspraak'
    | 'vrijstelling'
    | 'contactnormen'
    | 'instellingen'
    | 'uitstel'
    | 'bewaartermijn'
    | 'medewerker'
    | 'team'
    | 'gemeente'
    | 'import'
    | 'gesprek'
    | 'plan'
    | 'campagne'
    | 'uitnodiging'
    | 'brief_sjabloon';
  resourceId: string;
  klantId: string | null;
  actie: 'aangemaakt' | 'gewijzigd' | 'verwijderd';
  oud?: Record<string, unknown> | null;
  nieuw?: Record<string, unknown> | null;
}

/** Only the fields that differ, old and new side by side (what the change audit stores for an update). */
export function verschil(
  oud: Record<string, unknown>,
  nieuw: Record<string, unknown>,
): { oud: Record<string, unknown>; nieuw: Record<string, unknown> } {
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

function metGemaskeerdBsn(w: { oud: Record<string, unknown> | null; nieuw: Record<string, unknown> | null }) {
  const maskeer = (waarden: Record<string, unknown> | null) =>
    waarden && typeof waarden.bsn === 'string' && /^\d{9}$/.test(waarden.bsn)
      ? { ...waarden, bsn: maskeerBsn(waarden.bsn) }
      : waarden;
  return { oud: maskeer(w.oud), nieuw: maskeer(w.nieuw) };
}

interface VerwerkingOpties {
  activiteit?: Verwerkingsactiviteit;
  resultaat?: 'gelukt' | 'geweigerd';
  tx?: Queryable;
}

/**
 * Change audit and access log (shaped after the Logboek Dataverwerkingen: trace id, processing activity, data
 * subject, medewerker, result, time). Both tables are append-only in the database itself. Writes happen in the
 * caller's transaction, so a change or a read and its record stand or fall together; a refused attempt is recorded
 * on its own transaction, because the request's is rolled back.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  async wijziging(tx: EntityManager | Queryable, actor: Actor, w: Wijziging): Promise<void> {
    await tx.query(
      `INSERT INTO wijziging (organisatie_id, medewerker_id, klant_id, resource, resource_id, actie, oud, nieuw, trace_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        actor.organisatieId,
        actor.medewerkerId,
        w.klantId,
        w.resource,
        w.resourceId,
        w.actie,
        w.oud ?? null,
        w.nieuw ?? null,
        actor.traceId || null,
      ],
    );
  }

  /**
   * A processing of personal data: one record per data subject (client), set-based in one statement. `klanten`
   * null (or an empty list) records the act itself without a subject, e.g. a search that found nobody.
   */
  async verwerking(
    actor: Actor,
    handeling: Handeling,
    klanten: string | readonly string[] | null,
    opties: VerwerkingOpties = {},
  ): Promise<void> {
    const ids = klanten === null ? [] : typeof klanten === 'string' ? [klanten] : [...new Set(klanten)];
    const activiteit = opties.activiteit ?? 're_integratie';
    await (opties.tx ?? this.db).query(
      `INSERT INTO verwerking (organisatie_id, trace_id, verwerkingsactiviteit, activiteit, handeling, klant_id, medewerker_id, resultaat)
       SELECT $1, $2, $3, $4, $5, k, $6, $7 FROM unnest(CASE WHEN cardinality($8::uuid[]) = 0 THEN ARRAY[NULL]::uuid[] ELSE $8::uuid[] END) AS k`,
      [
        actor.organisatieId,
        actor.traceId || 'onbekend',
        VERWERKINGSACTIVITEITEN[activiteit],
        activiteit,
        handeling,
        actor.medewerkerId,
        opties.resultaat ?? 'gelukt',
        ids,
      ],
    );
  }

  /** A refused attempt (403, 404) on a client, recorded even though the request fails and its transaction rolls back. */
  async weigering(actor: Actor, handeling: Handeling, klantId: string | null): Promise<void> {
    await this.db
      .apart(actor.organisatieId, (tx) => this.verwerking(actor, handeling, klantId, { resultaat: 'geweigerd', tx }))
      .catch(() => undefined); // the refusal itself must still reach the user, also when logging it fails
  }

  verwerkingsactiviteiten(actor: Actor): Promise<VerwerkingsactiviteitDto[]> {
    return this.db.query(
      `SELECT code, naam, doel, grondslag FROM verwerkingsactiviteit WHERE organisatie_id = $1 ORDER BY code`,
      [actor.organisatieId],
    );
  }

  async verwerkingen(actor: Actor, query: VerwerkingenQuery): Promise<Pagina<VerwerkingDto>> {
    const pagina = await pagineerSql<VerwerkingDto>(
      this.db,
      {
        sql: `SELECT v.id, v.tijdstip, v.medewerker_id AS "medewerkerId", coalesce(m.naam, $8) AS "medewerkerNaam", v.klant_id AS "klantId",
                     k.voornamen || ' ' || k.achternaam AS "klantNaam", v.handeling,
                     coalesce(v.activiteit, 're_integratie') AS verwerkingsactiviteit, v.verwerkingsactiviteit AS "verwerkingsactiviteitNaam",
                     v.resultaat, v.trace_id AS "traceId"
                FROM verwerking v
                LEFT JOIN medewerker m ON m.id = v.medewerker_id
                LEFT JOIN klant k ON k.id = v.klant_id AND k.organisatie_id = v.organisatie_id
               WHERE v.organisatie_id = $1
                 AND ($2::uuid IS NULL OR v.klant_id = $2)
                 AND ($3::uuid IS NULL OR v.medewerker_id = $3)
                 AND ($4::date IS NULL OR v.tijdstip >= ($4::date::timestamp AT TIME ZONE 'Europe/Amsterdam'))
                 AND ($5::date IS NULL OR v.tijdstip < (($5::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))
                 AND ($6::text IS NULL OR v.handeling = $6)
                 AND ($7::text IS NULL OR v.resultaat = $7)`,
        params: [
          actor.organisatieId,
          query.klantId ?? null,
          query.medewerkerId ?? null,
          query.van ?? null,
          query.tot ?? null,
          query.handeling ?? null,
          query.resultaat ?? null,
          SYSTEEM_NAAM,
        ],
        orderBy: 'tijdstip DESC, id DESC',
      },
      query,
      ({ id: _id, ...rij }) => rij as unknown as VerwerkingDto,
    );
    // Reading the log is itself a processing: of the clients it shows.
    await this.verwerking(
      actor,
      'audit.verwerkingen',
      pagina.items.map((v) => v.klantId).filter((id): id is string => id !== null),
      { activiteit: 'privacytoezicht' },
    );
    return pagina;
  }

  /** The privacy officer reads every change record; the beheerder only those of settings and organisation. */
  async wijzigingen(actor: Actor, query: WijzigingenQuery): Promise<Pagina<WijzigingDto>> {
    const alleenBeheer = actor.rol !== 'privacy';
    if (
      alleenBeheer &&
      (query.klantId || (query.resource && !(BEHEER_RESOURCES as readonly string[]).includes(query.resource)))
    ) {
      throw new ForbiddenException();
    }
    const pagina = await pagineerSql<WijzigingDto>(
      this.db,
      {
        sql: `SELECT w.id, w.tijdstip, w.medewerker_id AS "medewerkerId", coalesce(m.naam, $9) AS "medewerkerNaam", w.klant_id AS "klantId",
                     w.resource, w.resource_id AS "resourceId", w.actie, jsonb_build_object('oud', w.oud, 'nieuw', w.nieuw) AS wijzigingen,
                     w.trace_id AS "traceId"
                FROM wijziging w LEFT JOIN medewerker m ON m.id = w.medewerker_id
               WHERE w.organisatie_id = $1
                 AND ($2::uuid IS NULL OR w.klant_id = $2)
                 AND ($3::uuid IS NULL OR w.medewerker_id = $3)
                 AND ($4::date IS NULL OR w.tijdstip >= ($4::date::timestamp AT TIME ZONE 'Europe/Amsterdam'))
                 AND ($5::date IS NULL OR w.tijdstip < (($5::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))
                 AND ($6::text IS NULL OR w.resource = $6)
                 AND (NOT $7 OR w.resource = ANY ($8::text[]))`,
        params: [
          actor.organisatieId,
          query.klantId ?? null,
          query.medewerkerId ?? null,
          query.van ?? null,
          query.tot ?? null,
          query.resource ?? null,
          alleenBeheer,
          [...BEHEER_RESOURCES],
          SYSTEEM_NAAM,
        ],
        orderBy: 'tijdstip DESC, id DESC',
      },
      query,
      // The BSN in a change record is masked too: the whole number only through the logged bsn-inzage.
      ({ id: _id, wijzigingen, ...rij }) =>
        ({
          ...rij,
          wijzigingen: metGemaskeerdBsn(wijzigingen as WijzigingDto['wijzigingen']),
        }) as unknown as WijzigingDto,
    );
    const klanten = pagina.items.map((w) => w.klantId).filter((id): id is string => id !== null);
    await this.verwerking(actor, 'audit.wijzigingen', klanten, {
      activiteit: alleenBeheer ? 'rapportage' : 'privacytoezicht',
    });
    return pagina;
  }

  /** The privacy officer finds a client by the whole BSN (to filter the log or answer an inzageverzoek); logged. */
  async klantOpBsn(actor: Actor, bsn: string): Promise<{ klantId: string; naam: string }> {
    if (!isGeldigBsn(bsn))
      throw new ValidatieFout([
        { veld: 'bsn', melding: 'is geen geldig burgerservicenummer (9 cijfers die aan de elfproef voldoen)' },
      ]);
    const [klant]: { klantId: string; naam: string }[] = await this.db.query(
      `SELECT id AS "klantId", voornamen || ' ' || achternaam AS naam FROM klant WHERE organisatie_id = $1 AND bsn = $2`,
      [actor.organisatieId, bsn],
    );
    if (!klant) {
      await this.weigering(actor, 'audit.klant_op_bsn', null);
      throw new NietGevonden('Een klant met dit BSN');
    }
    await this.verwerking(actor, 'audit.klant_op_bsn', klant.klantId, { activiteit: 'privacytoezicht' });
    return klant;
  }
}
