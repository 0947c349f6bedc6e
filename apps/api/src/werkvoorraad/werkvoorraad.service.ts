import {
  dagenTussen,
  MAX_UITSTEL_DAGEN,
  vandaag,
  werkvoorraadReden,
  type InBeeldStatus,
  type VeldFout,
  type Urgentie,
  type WerkvoorraadSoort,
} from '@klant-in-beeld/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { NietGevonden, RegelFout, ValidatieFout } from '../common/fouten';
import { Pagina, paginaGrenzen, pagineerSql } from '../common/paginering';
import { ToegangService } from '../toegang/toegang.service';
import {
  TeamKlantmanagerDto,
  TeamOverzichtDto,
  UitstelDto,
  UitstelInvoerDto,
  UitstellenQuery,
  WerkvoorraadDto,
  WerkvoorraadItemDto,
  WerkvoorraadQuery,
} from './dto/werkvoorraad.dto';
import { isEnkeleKlantmanager, WERKVOORRAAD_VOLGORDE, werkvoorraadCte, WerkvoorraadBereik } from './werkvoorraad.sql';
import { Db } from '../database/db';

/** One klantmanager's regular werkvoorraad (TeamKlantmanagerDto plus the open items). */
export type KlantmanagerCijfers = TeamKlantmanagerDto & { openItems: number };

interface ItemRij {
  klant_id: string;
  klant_naam: string;
  klantmanager_id: string | null;
  soort: WerkvoorraadSoort;
  vervaldatum: string;
  referentie_id: string | null;
  omschrijving: string | null;
  urgentie: Urgentie;
  in_beeld_status: InBeeldStatus;
  laatst_gezien: string | null;
  norm_dagen: number;
  campagne_id: string | null;
  toegewezen_aan: string | null;
  uitnodiging_op: string | null;
}

@Injectable()
export class WerkvoorraadService {
  constructor(
    private readonly db: Db,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Whose werkvoorraad: a klantmanager sees their own; a teamleider their team (with the clients that have no
   * klantmanager), or one klantmanager of the team.
   */
  private async bereik(
    actor: Actor,
    query: Pick<WerkvoorraadQuery, 'medewerkerId' | 'teamId'>,
  ): Promise<WerkvoorraadBereik> {
    const basis = { organisatieId: actor.organisatieId };
    if (actor.rol === 'extern') {
      if ((query.medewerkerId && query.medewerkerId !== actor.medewerkerId) || query.teamId)
        throw new ForbiddenException();
      return { ...basis, klantmanagerIds: [actor.medewerkerId], metZonderKlantmanager: false, alleenCampagne: true };
    }
    if (actor.rol === 'klantmanager') {
      if ((query.medewerkerId && query.medewerkerId !== actor.medewerkerId) || query.teamId)
        throw new ForbiddenException();
      return { ...basis, klantmanagerIds: [actor.medewerkerId], metZonderKlantmanager: false };
    }
    if (query.medewerkerId) {
      const [lid] = await this.db.query(
        `SELECT team_id AS "teamId" FROM medewerker WHERE id = $1 AND organisatie_id = $2`,
        [query.medewerkerId, actor.organisatieId],
      );
      if (!lid) throw new NietGevonden('Medewerker');
      if (lid.teamId !== actor.teamId) throw new ForbiddenException();
      return { ...basis, klantmanagerIds: [query.medewerkerId], metZonderKlantmanager: false };
    }
    const teamId = query.teamId ?? actor.teamId;
    if (query.teamId) await this.controleerTeam(actor, query.teamId);
    return { ...basis, klantmanagerIds: teamId ? await this.teamleden(teamId) : [], metZonderKlantmanager: true };
  }

  private async controleerTeam(actor: Actor, teamId: string): Promise<string> {
    const [team] = await this.db.query(`SELECT naam FROM team WHERE id = $1 AND organisatie_id = $2`, [
      teamId,
      actor.organisatieId,
    ]);
    if (!team) throw new NietGevonden('Team');
    if (teamId !== actor.teamId) throw new ForbiddenException();
    return team.naam;
  }

  private async teamleden(teamId: string): Promise<string[]> {
    const rijen: { id: string }[] = await this.db.query(`SELECT id FROM medewerker WHERE team_id = $1`, [teamId]);
    return rijen.map((r) => r.id);
  }

  async werkvoorraad(actor: Actor, query: WerkvoorraadQuery): Promise<WerkvoorraadDto> {
    const peildatum = vandaag();
    const { page, pageSize, offset } = paginaGrenzen(query);
    const bereik = await this.bereik(actor, query);
    const cte = werkvoorraadCte(bereik, peildatum);
    const [resultaat] = await this.vraagMetBewaardPlan<{
      items: ItemRij[];
      totaal: number;
      perSoort: WerkvoorraadDto['perSoort'];
    }>(
      isEnkeleKlantmanager(bereik) ? 'werkvoorraad-klantmanager' : undefined,
      `${cte.sql},
       gefilterd AS (SELECT * FROM zichtbaar WHERE $6::text IS NULL OR soort = $6)
       SELECT (SELECT coalesce(json_object_agg(soort, n), '{}') FROM (SELECT soort, count(*) AS n FROM zichtbaar GROUP BY soort) s) AS "perSoort",
              (SELECT count(*) FROM gefilterd) AS totaal,
              (SELECT coalesce(json_agg(p ORDER BY ${WERKVOORRAAD_VOLGORDE}), '[]')
                 FROM (SELECT * FROM gefilterd ORDER BY ${WERKVOORRAAD_VOLGORDE} LIMIT $7 OFFSET $8) p) AS items`,
      [...cte.params, query.soort ?? null, pageSize, offset],
    );
    // Names and reasons of the clients on this page are personal data: each is a data subject of this read.
    await this.audit.verwerking(
      actor,
      'werkvoorraad.inzien',
      resultaat.items.map((rij) => rij.klant_id),
    );
    return {
      items: resultaat.items.map((rij) => this.naarItem(rij, peildatum)),
      totaal: resultaat.totaal,
      page,
      pageSize,
      perSoort: resultaat.perSoort,
      peildatum,
    };
  }

  /**
   * Runs a query; with a name, as a named prepared statement on the request's connection, so PostgreSQL keeps the
   * plan for the next call on that (pooled) connection instead of planning the large worklist SQL every time (docs/performance.md).
   */
  private async vraagMetBewaardPlan<T>(naam: string | undefined, sql: string, params: unknown[]): Promise<T[]> {
    if (!naam) return this.db.query(sql, params);
    const client = await this.db.verbinding();
    // The name must stand for exactly one SQL text: derive it from the text.
    const { rows } = await client.query({
      name: `${naam}-${createHash('sha1').update(sql).digest('hex').slice(0, 12)}`,
      text: sql,
      values: params,
    });
    return rows as T[];
  }

  private naarItem(rij: ItemRij, peildatum: string): WerkvoorraadItemDto {
    return {
      klantId: rij.klant_id,
      klantNaam: rij.klant_naam,
      soort: rij.soort,
      vervaldatum: rij.vervaldatum,
      urgentie: rij.urgentie,
      reden: werkvoorraadReden({
        soort: rij.soort,
        vervaldatum: rij.vervaldatum,
        peildatum,
        laatstGezien: rij.laatst_gezien,
        normDagen: rij.norm_dagen,
        omschrijving: rij.omschrijving,
      }),
      referentieId: rij.referentie_id,
      klantmanagerId: rij.klantmanager_id,
      inBeeldStatus: rij.in_beeld_status,
      laatstGezien: rij.laatst_gezien,
      normDagen: rij.norm_dagen,
      ...(rij.campagne_id
        ? {
            campagneId: rij.campagne_id,
            toegewezenAan: rij.toegewezen_aan ?? undefined,
            ...(rij.uitnodiging_op ? { uitnodigingOp: new Date(rij.uitnodiging_op).toISOString() } : {}),
          }
        : {}),
    };
  }

  /** Hides one open item until `totDatum` (it comes back on that day), with a reason; audited. */
  async stelUit(actor: Actor, invoer: UitstelInvoerDto): Promise<UitstelDto> {
    const peildatum = vandaag();
    const dagen = dagenTussen(peildatum, invoer.totDatum);
    const fouten: VeldFout[] = [];
    if (dagen < 1 || dagen > MAX_UITSTEL_DAGEN)
      fouten.push({ veld: 'totDatum', melding: `moet tussen morgen en ${MAX_UITSTEL_DAGEN} dagen vooruit liggen` });
    if (!invoer.reden.trim()) fouten.push({ veld: 'reden', melding: 'mag niet leeg zijn' });
    if (fouten.length) throw new ValidatieFout(fouten);
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, invoer.klantId, tx);
      const cte = werkvoorraadCte(
        {
          organisatieId: actor.organisatieId,
          klantmanagerIds: [],
          metZonderKlantmanager: true,
          klantId: invoer.klantId,
        },
        peildatum,
      );
      const open = await tx.query(
        `${cte.sql} SELECT 1 FROM zichtbaar WHERE soort = $6 AND referentie_id IS NOT DISTINCT FROM $7::uuid`,
        [...cte.params, invoer.soort, invoer.referentieId ?? null],
      );
      if (open.length === 0) {
        throw new RegelFout(
          'GEEN_OPEN_ITEM',
          'Dit item staat niet (meer) open in de werkvoorraad van deze klant, of is al uitgesteld.',
        );
      }
      const [{ id }] = await tx.query(
        `INSERT INTO werkvoorraad_uitstel (organisatie_id, klant_id, soort, referentie_id, tot_datum, reden, medewerker_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          actor.organisatieId,
          invoer.klantId,
          invoer.soort,
          invoer.referentieId ?? null,
          invoer.totDatum,
          invoer.reden.trim(),
          actor.medewerkerId,
        ],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'uitstel',
        resourceId: id,
        klantId: invoer.klantId,
        actie: 'aangemaakt',
        nieuw: { ...invoer },
      });
      const [rij] = await tx.query(`${UITSTEL_SELECT} WHERE u.id = $1`, [id, peildatum]);
      return rij;
    });
  }

  /** For the teamleider: what was postponed in the team, by whom and why. */
  async uitstellen(actor: Actor, query: UitstellenQuery): Promise<Pagina<UitstelDto>> {
    const bereik = await this.bereik(actor, {});
    const pagina = await pagineerSql<UitstelDto>(
      this.db,
      {
        sql: `${UITSTEL_SELECT}
               WHERE u.organisatie_id = $1
                 AND (k.klantmanager_id = ANY ($3::uuid[]) OR k.klantmanager_id IS NULL)
                 AND (NOT $4 OR u.tot_datum > $2::date)`,
        params: [actor.organisatieId, vandaag(), bereik.klantmanagerIds, query.lopend === 'true'],
        orderBy: '"aangemaaktOp" DESC, id',
      },
      query,
    );
    await this.audit.verwerking(
      actor,
      'uitstel.inzien',
      pagina.items.map((u) => u.klantId),
    );
    return pagina;
  }

  /** The team whose weekstart a teamleider asks for: 404 for another organisatie's, 403 for another team. */
  async teamVan(actor: Actor, teamId: string): Promise<{ teamNaam: string; leden: string[] }> {
    const teamNaam = await this.controleerTeam(actor, teamId);
    return { teamNaam, leden: await this.teamleden(teamId) };
  }

  /**
   * The regular werkvoorraad per klantmanager of a team (the active klantmanagers, and anyone who still has a
   * caseload): one count of the worklist SQL for the team overview and the campagne weekstart alike.
   */
  async klantmanagerCijfers(organisatieId: string, leden: string[], peildatum: string): Promise<KlantmanagerCijfers[]> {
    const cte = werkvoorraadCte({ organisatieId, klantmanagerIds: leden, metZonderKlantmanager: false }, peildatum);
    return this.db.query(
      `${cte.sql},
       per_km AS (
         SELECT klantmanager_id, count(*) AS caseload,
                count(*) FILTER (WHERE in_beeld_status = 'in_beeld') AS in_beeld,
                count(*) FILTER (WHERE in_beeld_status = 'bijna_uit_beeld') AS bijna,
                count(*) FILTER (WHERE in_beeld_status = 'uit_beeld') AS uit
           FROM beeld GROUP BY klantmanager_id),
       verlopen AS (SELECT klantmanager_id, count(*) AS n FROM zichtbaar WHERE urgentie = 'verlopen' GROUP BY klantmanager_id),
       -- The regular work of their caseload; campagne items are counted by the weekstart itself.
       open_items AS (SELECT klantmanager_id, count(*) AS n FROM zichtbaar WHERE campagne_id IS NULL GROUP BY klantmanager_id),
       gesprekken AS (
         SELECT c.medewerker_id, count(*) AS n FROM contactmoment c
          WHERE c.organisatie_id = $1 AND c.telt_als_gezien AND c.medewerker_id = ANY ($3::uuid[])
            AND c.plaatsgevonden_op >= (date_trunc('week', $2::date)::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
            AND c.plaatsgevonden_op < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
          GROUP BY c.medewerker_id)
       SELECT m.id AS "medewerkerId", m.naam, coalesce(p.caseload, 0)::int AS caseload, coalesce(p.in_beeld, 0)::int AS "inBeeld",
              coalesce(p.bijna, 0)::int AS "bijnaUitBeeld", coalesce(p.uit, 0)::int AS "uitBeeld", coalesce(v.n, 0)::int AS "verlopenItems",
              coalesce(g.n, 0)::int AS "gesprekkenDezeWeek", coalesce(oi.n, 0)::int AS "openItems"
         FROM medewerker m
         LEFT JOIN per_km p ON p.klantmanager_id = m.id
         LEFT JOIN verlopen v ON v.klantmanager_id = m.id
         LEFT JOIN open_items oi ON oi.klantmanager_id = m.id
         LEFT JOIN gesprekken g ON g.medewerker_id = m.id
        -- A deactivated klantmanager has handed over the caseload (docs/beheer.md) and is no longer listed.
        WHERE m.id = ANY ($3::uuid[]) AND ((m.rol = 'klantmanager' AND m.actief) OR p.caseload > 0)
        ORDER BY m.naam`,
      cte.params,
    );
  }

  /** The weekstart view: per klantmanager of the team caseload, in beeld, overdue items, conversations this week. */
  async teamOverzicht(actor: Actor, teamId: string): Promise<TeamOverzichtDto> {
    const teamNaam = await this.controleerTeam(actor, teamId);
    const peildatum = vandaag();
    const leden = await this.teamleden(teamId);
    const klantmanagers = (await this.klantmanagerCijfers(actor.organisatieId, leden, peildatum)).map(
      ({ openItems: _open, ...rij }) => rij,
    );
    const [{ zonder, uitgesteld }] = await this.db.query(
      `SELECT (SELECT count(*) FROM klant WHERE organisatie_id = $1 AND status = 'actief' AND klantmanager_id IS NULL) AS zonder,
              (SELECT count(*) FROM werkvoorraad_uitstel u JOIN klant k ON k.id = u.klant_id
                WHERE u.organisatie_id = $1 AND u.tot_datum > $2::date
                  AND (k.klantmanager_id = ANY ($3::uuid[]) OR k.klantmanager_id IS NULL)) AS uitgesteld`,
      [actor.organisatieId, peildatum, leden],
    );
    // Counts per klantmanager, no client: the read is recorded without a data subject.
    await this.audit.verwerking(actor, 'team.overzicht', null);
    return { teamId, teamNaam, peildatum, klantmanagers, zonderKlantmanager: zonder, uitgesteld };
  }
}

const UITSTEL_SELECT = `
  SELECT u.id, u.klant_id AS "klantId", k.voornamen || ' ' || k.achternaam AS "klantNaam", u.soort, u.referentie_id AS "referentieId",
         u.tot_datum AS "totDatum", u.reden, u.medewerker_id AS "medewerkerId", m.naam AS "medewerkerNaam",
         u.aangemaakt_op AS "aangemaaktOp", u.tot_datum > $2::date AS lopend
    FROM werkvoorraad_uitstel u
    JOIN klant k ON k.id = u.klant_id
    JOIN medewerker m ON m.id = u.medewerker_id`;
