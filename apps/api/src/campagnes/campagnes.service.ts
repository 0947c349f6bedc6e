import {
  type CampagneCriteria,
  campagneLoopt,
  controleerCampagnePeriode,
  controleerCriteria,
  onderdruk,
  opkomstAandeel,
  vandaag,
  type VeldFout,
} from '@klant-in-beeld/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { DomeinFout, NietGevonden, RegelFout, ValidatieFout, VersieConflict } from '../common/fouten';
import { Pagina, paginaGrenzen } from '../common/paginering';
import { Db, type Queryable } from '../database/db';
import { COHORT_SQL, cohortParameters } from './cohort.sql';
import { DEELNEMERS_SQL, TRECHTER_SQL } from './deelnemers.sql';
import {
  CampagneCriteriaDto,
  CampagneDto,
  CampagneInvoerDto,
  CampagneLijstQuery,
  CampagneWijzigingDto,
  VoorbeeldDto,
} from './dto/campagne.dto';

export interface CampagneRij {
  id: string;
  naam: string;
  doel: string | null;
  status: CampagneDto['status'];
  criteria: CampagneCriteria;
  startdatum: string;
  einddatum: string;
  maxUitnodigingen: number;
  aangemaaktDoor: string;
  gestartOp: string | null;
  afgeslotenOp: string | null;
  versie: number;
  externeMedewerkerIds: string[];
}

const CAMPAGNE_SQL = `
  SELECT c.id, c.naam, c.doel, c.status, c.criteria, to_char(c.startdatum, 'YYYY-MM-DD') AS startdatum,
         to_char(c.einddatum, 'YYYY-MM-DD') AS einddatum, c.max_uitnodigingen AS "maxUitnodigingen",
         c.aangemaakt_door AS "aangemaaktDoor", c.gestart_op AS "gestartOp", c.afgesloten_op AS "afgeslotenOp",
         c.versie, c.aangemaakt_op AS "aangemaaktOp",
         coalesce((SELECT array_agg(ce.medewerker_id ORDER BY ce.medewerker_id) FROM campagne_extern ce
                    WHERE ce.campagne_id = c.id), '{}') AS "externeMedewerkerIds"
    FROM campagne c`;

/** 403 for an extern medewerker on a campagne that is not running or that they are not on. */
export class GeenCampagneToegang extends DomeinFout {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'GEEN_TOEGANG',
      'U heeft alleen toegang tot lopende campagnes waarop u als extern medewerker staat.',
    );
  }
}

const TRECHTER_LEEG = {
  cohort: 0,
  uitgenodigd: 0,
  nagebeld: 0,
  verschenen: 0,
  noShow: 0,
  gesprekGevoerd: 0,
  planGemaakt: 0,
  metNabellenUitnodigingen: 0,
  metNabellenVerschenen: 0,
  zonderNabellenUitnodigingen: 0,
  zonderNabellenVerschenen: 0,
};

@Injectable()
export class CampagnesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** Checks shape and existence of the criteria: every unknown code or id is named (criteria.teamIds.0). */
  async controleerCriteria(tx: Queryable, actor: Actor, criteria: CampagneCriteriaDto): Promise<VeldFout[]> {
    const fouten = controleerCriteria(criteria);
    const onbekend = async (veld: 'categorieen' | 'gemeenteIds' | 'teamIds', sql: string) => {
      const lijst = criteria[veld];
      if (!Array.isArray(lijst) || lijst.length === 0) return;
      const rijen: { w: string }[] = await tx.query(sql, [actor.organisatieId, lijst]);
      const bekend = new Set(rijen.map((r) => r.w));
      lijst.forEach((w, i) => {
        if (!bekend.has(w)) fouten.push({ veld: `criteria.${veld}.${i}`, melding: 'bestaat niet in deze organisatie' });
      });
    };
    await onbekend(
      'categorieen',
      `SELECT code AS w FROM dienstverleningscategorie WHERE organisatie_id = $1 AND code = ANY ($2::text[])`,
    );
    await onbekend(
      'gemeenteIds',
      `SELECT id::text AS w FROM gemeente WHERE organisatie_id = $1 AND id = ANY ($2::uuid[])`,
    );
    await onbekend('teamIds', `SELECT id::text AS w FROM team WHERE organisatie_id = $1 AND id = ANY ($2::uuid[])`);
    return fouten;
  }

  async voorbeeld(actor: Actor, criteria: CampagneCriteriaDto): Promise<VoorbeeldDto> {
    const fouten = await this.controleerCriteria(this.db, actor, criteria);
    if (fouten.length) throw new ValidatieFout(fouten);
    const params = cohortParameters(actor.organisatieId, vandaag(), criteria);
    const perGemeente: { gemeenteId: string; naam: string; aantal: number }[] = await this.db.query(
      `SELECT co.gemeente_id AS "gemeenteId", g.naam, count(*)::int AS aantal
         FROM (${COHORT_SQL}) co JOIN gemeente g ON g.id = co.gemeente_id
        GROUP BY co.gemeente_id, g.naam ORDER BY g.naam, co.gemeente_id`,
      params,
    );
    const perTeam: { teamId: string | null; naam: string; aantal: number }[] = await this.db.query(
      `SELECT co.team_id AS "teamId", coalesce(t.naam, 'Zonder klantmanager') AS naam, count(*)::int AS aantal
         FROM (${COHORT_SQL}) co LEFT JOIN team t ON t.id = co.team_id
        GROUP BY co.team_id, t.naam ORDER BY t.naam NULLS LAST, co.team_id`,
      params,
    );
    return { aantal: perGemeente.reduce((som, g) => som + g.aantal, 0), perGemeente, perTeam };
  }

  async maak(actor: Actor, invoer: CampagneInvoerDto): Promise<CampagneDto> {
    return this.db.transaction(async (tx) => {
      const fouten = [
        ...(await this.controleerCriteria(tx, actor, invoer.criteria)),
        ...controleerCampagnePeriode(invoer),
      ];
      if (!invoer.naam.trim()) fouten.push({ veld: 'naam', melding: 'mag niet leeg zijn' });
      if (fouten.length) throw new ValidatieFout(fouten);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO campagne (organisatie_id, naam, doel, criteria, startdatum, einddatum, max_uitnodigingen, aangemaakt_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          actor.organisatieId,
          invoer.naam.trim(),
          invoer.doel?.trim() || null,
          JSON.stringify(invoer.criteria),
          invoer.startdatum,
          invoer.einddatum,
          invoer.maxUitnodigingen ?? 2,
          actor.medewerkerId,
        ],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'campagne',
        resourceId: id,
        klantId: null,
        actie: 'aangemaakt',
        nieuw: { ...invoer },
      });
      return this.alsDto(tx, actor, await this.rij(tx, actor, id));
    });
  }

  async lijst(actor: Actor, query: CampagneLijstQuery): Promise<Pagina<CampagneDto>> {
    const { page, pageSize, offset } = paginaGrenzen(query);
    const params: unknown[] = [actor.organisatieId, query.status ?? null];
    // An extern medewerker sees only the running campagnes they are on; the other roles all of the organisatie.
    let extra = '';
    if (actor.rol === 'extern') {
      params.push(actor.medewerkerId, vandaag());
      extra = ` AND c.status = 'lopend' AND c.startdatum <= $4::date AND c.einddatum >= $4::date
                AND EXISTS (SELECT 1 FROM campagne_extern ce WHERE ce.campagne_id = c.id AND ce.medewerker_id = $3)`;
    }
    const rijen: (CampagneRij & { __totaal: number })[] = await this.db.query(
      `SELECT *, count(*) OVER () AS "__totaal" FROM (${CAMPAGNE_SQL}
        WHERE c.organisatie_id = $1 AND ($2::text IS NULL OR c.status = $2)${extra}) lijst
        ORDER BY "aangemaaktOp" DESC, id LIMIT ${pageSize} OFFSET ${offset}`,
      params,
    );
    const items: CampagneDto[] = [];
    for (const { __totaal: _t, ...rij } of rijen) items.push(await this.alsDto(this.db, actor, rij));
    let totaal = Number(rijen[0]?.__totaal ?? 0);
    if (rijen.length === 0 && offset > 0) {
      const [{ n }] = await this.db.query(
        `SELECT count(*)::int AS n FROM (${CAMPAGNE_SQL} WHERE c.organisatie_id = $1 AND ($2::text IS NULL OR c.status = $2)${extra}) l`,
        params,
      );
      totaal = n;
    }
    return { items, totaal, page, pageSize };
  }

  async leesVoor(actor: Actor, id: string): Promise<CampagneDto> {
    const rij = await this.rij(this.db, actor, id);
    await this.magLezen(actor, rij);
    return this.alsDto(this.db, actor, rij);
  }

  /** An extern medewerker works only in a running campagne they are on (403, logged); the other roles in all. */
  async magLezen(actor: Actor, rij: CampagneRij): Promise<void> {
    if (actor.rol !== 'extern') return;
    if (!campagneLoopt(rij, vandaag()) || !rij.externeMedewerkerIds.includes(actor.medewerkerId)) {
      await this.audit.weigering(actor, 'campagne.inzien', null);
      throw new GeenCampagneToegang();
    }
  }

  /** The campagne row of this organisatie (404 otherwise), optionally locked. */
  async rij(tx: Queryable, actor: Actor, id: string, opties: { lock?: boolean } = {}): Promise<CampagneRij> {
    if (opties.lock)
      await tx.query(`SELECT 1 FROM campagne WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`, [
        id,
        actor.organisatieId,
      ]);
    const [rij]: CampagneRij[] = await tx.query(`${CAMPAGNE_SQL} WHERE c.id = $1 AND c.organisatie_id = $2`, [
      id,
      actor.organisatieId,
    ]);
    if (!rij) throw new NietGevonden('Campagne');
    return rij;
  }

  async alsDto(tx: Queryable, actor: Actor, rij: CampagneRij): Promise<CampagneDto> {
    let t = TRECHTER_LEEG;
    let cohortGrootte: number;
    let paden: Record<string, number> = {};
    if (rij.status === 'concept') {
      const [{ n }] = await tx.query(
        `SELECT count(*)::int AS n FROM (${COHORT_SQL}) co`,
        cohortParameters(actor.organisatieId, vandaag(), rij.criteria),
      );
      cohortGrootte = n;
    } else {
      [t] = await tx.query(TRECHTER_SQL, [rij.id]);
      cohortGrootte = t.cohort;
      const padRijen: { pad: string; n: number }[] = await tx.query(
        `${DEELNEMERS_SQL} SELECT dienstverleningspad AS pad, count(*)::int AS n FROM dl
          WHERE gesprek_id IS NOT NULL GROUP BY dienstverleningspad ORDER BY dienstverleningspad`,
        [rij.id],
      );
      paden = Object.fromEntries(padRijen.map((p) => [p.pad, p.n]));
    }
    const cellen: Record<string, number> = {
      cohort: cohortGrootte,
      uitgenodigd: t.uitgenodigd,
      nagebeld: t.nagebeld,
      verschenen: t.verschenen,
      noShow: t.noShow,
      gesprekGevoerd: t.gesprekGevoerd,
      planGemaakt: t.planGemaakt,
      metNabellenUitnodigingen: t.metNabellenUitnodigingen,
      metNabellenVerschenen: t.metNabellenVerschenen,
      zonderNabellenUitnodigingen: t.zonderNabellenUitnodigingen,
      zonderNabellenVerschenen: t.zonderNabellenVerschenen,
      ...Object.fromEntries(Object.entries(paden).map(([pad, n]) => [`pad:${pad}`, n])),
    };
    // Beleid sees figures only: every count below 5 (and what would give it away) is suppressed, as in the reports.
    const verborgen =
      actor.rol === 'beleid' && rij.status !== 'concept'
        ? onderdruk({
            cellen,
            relaties: Object.keys(paden).length
              ? [{ delen: Object.keys(paden).map((p) => `pad:${p}`), totaal: 'gesprekGevoerd' }]
              : [],
          }).verborgen
        : new Set<string>();
    const c = (naam: string): number | null => (verborgen.has(naam) ? null : cellen[naam]);
    const deel = (u: string, v: string) => {
      const uitnodigingen = c(u);
      const verschenen = c(v);
      return {
        uitnodigingen,
        verschenen,
        percentage:
          uitnodigingen === null || verschenen === null
            ? null
            : (() => {
                const a = opkomstAandeel({ uitnodigingen, verschenen });
                return a === null ? null : Math.round(a * 1000) / 10;
              })(),
      };
    };
    return {
      id: rij.id,
      naam: rij.naam,
      doel: rij.doel,
      status: rij.status,
      criteria: rij.criteria,
      startdatum: rij.startdatum,
      einddatum: rij.einddatum,
      maxUitnodigingen: rij.maxUitnodigingen,
      cohortGrootte: c('cohort'),
      trechter: {
        cohort: rij.status === 'concept' ? 0 : c('cohort'),
        uitgenodigd: c('uitgenodigd'),
        nagebeld: c('nagebeld'),
        verschenen: c('verschenen'),
        noShow: c('noShow'),
        gesprekGevoerd: c('gesprekGevoerd'),
        planGemaakt: c('planGemaakt'),
      },
      opkomst: {
        metNabellen: deel('metNabellenUitnodigingen', 'metNabellenVerschenen'),
        zonderNabellen: deel('zonderNabellenUitnodigingen', 'zonderNabellenVerschenen'),
      },
      paden: Object.fromEntries(Object.keys(paden).map((p) => [p, c(`pad:${p}`)])),
      externeMedewerkerIds: rij.externeMedewerkerIds,
      aangemaaktDoor: rij.aangemaaktDoor,
      gestartOp: rij.gestartOp ? new Date(rij.gestartOp).toISOString() : null,
      afgeslotenOp: rij.afgeslotenOp ? new Date(rij.afgeslotenOp).toISOString() : null,
      versie: rij.versie,
      onderdrukt: verborgen.size > 0,
    };
  }

  async wijzig(actor: Actor, id: string, invoer: CampagneWijzigingDto): Promise<CampagneDto> {
    return this.db.transaction(async (tx) => {
      const oud = await this.rij(tx, actor, id, { lock: true });
      const fouten: VeldFout[] = [];
      if (oud.status !== 'concept') {
        if (invoer.criteria !== undefined)
          fouten.push({ veld: 'criteria', melding: 'kan alleen worden gewijzigd zolang de campagne concept is' });
        if (invoer.startdatum !== undefined)
          fouten.push({ veld: 'startdatum', melding: 'kan alleen worden gewijzigd zolang de campagne concept is' });
      }
      if (invoer.criteria !== undefined) fouten.push(...(await this.controleerCriteria(tx, actor, invoer.criteria)));
      if (invoer.naam !== undefined && !invoer.naam.trim())
        fouten.push({ veld: 'naam', melding: 'mag niet leeg zijn' });
      const startdatum = invoer.startdatum ?? oud.startdatum;
      const einddatum = invoer.einddatum ?? oud.einddatum;
      if (invoer.startdatum !== undefined || invoer.einddatum !== undefined)
        fouten.push(...controleerCampagnePeriode({ startdatum, einddatum }));
      if (invoer.externeMedewerkerIds?.length) {
        const rijen: { id: string }[] = await tx.query(
          `SELECT id::text AS id FROM medewerker WHERE organisatie_id = $1 AND rol = 'extern' AND actief
              AND id::text = ANY ($2::text[])`,
          [actor.organisatieId, invoer.externeMedewerkerIds],
        );
        const bekend = new Set(rijen.map((r) => r.id));
        invoer.externeMedewerkerIds.forEach((m, i) => {
          if (!bekend.has(m.toLowerCase()))
            fouten.push({
              veld: `externeMedewerkerIds.${i}`,
              melding: 'is geen actieve medewerker met rol extern in deze organisatie',
            });
        });
      }
      if (fouten.length) throw new ValidatieFout(fouten);
      if (oud.versie !== invoer.versie) throw new VersieConflict();

      const nieuw: Record<string, unknown> = {};
      const sets: string[] = [];
      const zet = (kolom: string, veld: string, waarde: unknown) => {
        nieuw[veld] = waarde;
        sets.push(`${kolom} = $${sets.length + 2}`);
      };
      if (invoer.naam !== undefined) zet('naam', 'naam', invoer.naam.trim());
      if (invoer.doel !== undefined) zet('doel', 'doel', invoer.doel?.trim() || null);
      if (invoer.einddatum !== undefined) zet('einddatum', 'einddatum', invoer.einddatum);
      if (invoer.startdatum !== undefined) zet('startdatum', 'startdatum', invoer.startdatum);
      if (invoer.maxUitnodigingen !== undefined) zet('max_uitnodigingen', 'maxUitnodigingen', invoer.maxUitnodigingen);
      if (invoer.criteria !== undefined) zet('criteria', 'criteria', JSON.stringify(invoer.criteria));
      await tx.query(
        `UPDATE campagne SET ${[...sets, 'versie = versie + 1', 'gewijzigd_op = now()'].join(', ')} WHERE id = $1`,
        [id, ...Object.values(nieuw)],
      );
      if (invoer.externeMedewerkerIds !== undefined) {
        const ids = invoer.externeMedewerkerIds.map((m) => m.toLowerCase());
        await tx.query(
          `DELETE FROM campagne_extern WHERE campagne_id = $1 AND NOT (medewerker_id = ANY ($2::uuid[]))`,
          [id, ids],
        );
        await tx.query(
          `INSERT INTO campagne_extern (campagne_id, organisatie_id, medewerker_id)
           SELECT $1, $2, m FROM unnest($3::uuid[]) AS m ON CONFLICT DO NOTHING`,
          [id, actor.organisatieId, ids],
        );
        nieuw.externeMedewerkerIds = ids;
      }
      if (invoer.criteria !== undefined) nieuw.criteria = invoer.criteria;
      await this.audit.wijziging(tx, actor, {
        resource: 'campagne',
        resourceId: id,
        klantId: null,
        actie: 'gewijzigd',
        oud: {
          naam: oud.naam,
          doel: oud.doel,
          einddatum: oud.einddatum,
          startdatum: oud.startdatum,
          maxUitnodigingen: oud.maxUitnodigingen,
          criteria: oud.criteria,
          externeMedewerkerIds: oud.externeMedewerkerIds,
        },
        nieuw,
      });
      return this.alsDto(tx, actor, await this.rij(tx, actor, id));
    });
  }

  /** Freezes today's cohort with each client's start situation; the deelnemer's medewerker is their klantmanager. */
  async starten(actor: Actor, id: string, versie: number): Promise<CampagneDto> {
    return this.db.transaction(async (tx) => {
      const oud = await this.rij(tx, actor, id, { lock: true });
      if (oud.versie !== versie) throw new VersieConflict();
      if (oud.status !== 'concept')
        throw new RegelFout('CAMPAGNE_NIET_CONCEPT', 'Alleen een campagne in concept kan worden gestart.');
      const n = cohortParameters(actor.organisatieId, vandaag(), oud.criteria).length;
      const ingevoegd: { klant_id: string }[] = await tx.query(
        `INSERT INTO campagne_deelnemer (campagne_id, organisatie_id, klant_id, medewerker_id, start_categorie,
                                         start_trede, start_laatst_gezien_op, start_gemeente_id, start_team_id,
                                         start_klantmanager_id)
         SELECT $${n + 1}, $1, co.klant_id, co.klantmanager_id, co.dienstverleningscategorie, co.trede,
                co.laatst_gezien_op, co.gemeente_id, co.team_id, co.klantmanager_id
           FROM (${COHORT_SQL}) co
         RETURNING klant_id`,
        [...cohortParameters(actor.organisatieId, vandaag(), oud.criteria), id],
      );
      if (ingevoegd.length === 0)
        throw new RegelFout(
          'CAMPAGNE_COHORT_LEEG',
          'Er vallen vandaag geen klanten in het cohort van deze criteria. Pas de criteria aan voordat u de campagne start.',
        );
      await tx.query(
        `UPDATE campagne SET status = 'lopend', gestart_op = now(), versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
        [id],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'campagne',
        resourceId: id,
        klantId: null,
        actie: 'gewijzigd',
        oud: { status: 'concept' },
        nieuw: { status: 'lopend', cohortGrootte: ingevoegd.length },
      });
      return this.alsDto(tx, actor, await this.rij(tx, actor, id));
    });
  }

  async afsluiten(actor: Actor, id: string, versie: number): Promise<CampagneDto> {
    return this.db.transaction(async (tx) => {
      const oud = await this.rij(tx, actor, id, { lock: true });
      if (oud.versie !== versie) throw new VersieConflict();
      if (oud.status !== 'lopend')
        throw new RegelFout('CAMPAGNE_LOOPT_NIET', 'Alleen een lopende campagne kan worden afgesloten.');
      await tx.query(
        `UPDATE campagne SET status = 'afgesloten', afgesloten_op = now(), versie = versie + 1, gewijzigd_op = now()
          WHERE id = $1`,
        [id],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'campagne',
        resourceId: id,
        klantId: null,
        actie: 'gewijzigd',
        oud: { status: 'lopend' },
        nieuw: { status: 'afgesloten' },
      });
      return this.alsDto(tx, actor, await this.rij(tx, actor, id));
    });
  }
}
