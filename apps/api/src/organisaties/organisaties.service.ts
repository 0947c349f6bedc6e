import { Injectable } from '@nestjs/common';
import { AuditService, verschil } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Conflict, isUniekSchending, NietGevonden, RegelFout } from '../common/fouten';
import { Pagina, pagineerSql } from '../common/paginering';
import { Db, type Queryable } from '../database/db';
import {
  GemeenteDto,
  GemeenteInvoerDto,
  GemeenteLijstQuery,
  GemeenteWijzigingDto,
  TeamDto,
  TeamInvoerDto,
  TeamLijstQuery,
  TeamWijzigingDto,
} from './dto/organisatie.dto';
import { likePatroon } from './medewerkers.service';

const TEAM = `
  SELECT t.id, t.naam, t.gearchiveerd_op IS NOT NULL AS gearchiveerd,
         (SELECT count(*)::int FROM medewerker m WHERE m.organisatie_id = t.organisatie_id AND m.team_id = t.id AND m.actief) AS "aantalLeden"
    FROM team t`;

const dubbeleTeamnaam = () =>
  new Conflict('TEAM_BESTAAT', 'Er is al een team met deze naam.', [{ veld: 'naam', melding: 'is al in gebruik' }]);

/** Reference data of the caller's organisatie: gemeenten and teams, with their beheer. Always scoped to the tenant. */
@Injectable()
export class OrganisatiesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  gemeenten(actor: Actor, query: GemeenteLijstQuery): Promise<Pagina<GemeenteDto>> {
    return pagineerSql(
      this.db,
      {
        sql: `SELECT id, cbs_code AS "cbsCode", naam FROM gemeente
               WHERE organisatie_id = $1 AND ($2::text IS NULL OR naam ILIKE '%' || $2 || '%' OR cbs_code ILIKE '%' || $2 || '%')`,
        params: [actor.organisatieId, query.zoek?.trim() ? likePatroon(query.zoek.trim()) : null],
        orderBy: 'naam, id',
      },
      query,
    );
  }

  private async gemeente(actor: Actor, id: string, tx: Queryable = this.db): Promise<GemeenteDto> {
    const [rij] = await tx.query(
      `SELECT id, cbs_code AS "cbsCode", naam FROM gemeente WHERE id = $1 AND organisatie_id = $2`,
      [id, actor.organisatieId],
    );
    if (!rij) throw new NietGevonden('Gemeente');
    return rij;
  }

  async maakGemeente(actor: Actor, invoer: GemeenteInvoerDto): Promise<GemeenteDto> {
    return this.db.transaction(async (tx) => {
      let id: string;
      try {
        [{ id }] = await tx.query(
          `INSERT INTO gemeente (organisatie_id, cbs_code, naam) VALUES ($1, $2, $3) RETURNING id`,
          [actor.organisatieId, invoer.cbsCode, invoer.naam.trim()],
        );
      } catch (fout) {
        if (isUniekSchending(fout, 'gemeente_organisatie_id_cbs_code_key'))
          throw new Conflict('GEMEENTE_BESTAAT', 'Deze gemeente staat al in de organisatie.', [
            { veld: 'cbsCode', melding: 'staat al in deze organisatie' },
          ]);
        throw fout;
      }
      await this.audit.wijziging(tx, actor, {
        resource: 'gemeente',
        resourceId: id,
        klantId: null,
        actie: 'aangemaakt',
        nieuw: { cbsCode: invoer.cbsCode, naam: invoer.naam.trim() },
      });
      return this.gemeente(actor, id, tx);
    });
  }

  async wijzigGemeente(actor: Actor, id: string, invoer: GemeenteWijzigingDto): Promise<GemeenteDto> {
    return this.db.transaction(async (tx) => {
      const oud = await this.gemeente(actor, id, tx);
      const { oud: was, nieuw: wordt } = verschil({ naam: oud.naam }, { naam: invoer.naam.trim() });
      if (Object.keys(wordt).length > 0) {
        await tx.query(`UPDATE gemeente SET naam = $2 WHERE id = $1`, [id, wordt.naam]);
        await this.audit.wijziging(tx, actor, {
          resource: 'gemeente',
          resourceId: id,
          klantId: null,
          actie: 'gewijzigd',
          oud: was,
          nieuw: wordt,
        });
      }
      return this.gemeente(actor, id, tx);
    });
  }

  teams(actor: Actor, query: TeamLijstQuery): Promise<Pagina<TeamDto>> {
    const status = query.status ?? 'actief';
    return pagineerSql(
      this.db,
      {
        sql: `${TEAM} WHERE t.organisatie_id = $1
                 AND ($2::text IS NULL OR t.naam ILIKE '%' || $2 || '%')
                 AND ($3 = 'alle' OR (t.gearchiveerd_op IS NOT NULL) = ($3 = 'gearchiveerd'))`,
        params: [actor.organisatieId, query.zoek?.trim() ? likePatroon(query.zoek.trim()) : null, status],
        orderBy: 'gearchiveerd, naam, id',
      },
      query,
    );
  }

  private async team(actor: Actor, id: string, tx: Queryable = this.db): Promise<TeamDto> {
    const [rij] = await tx.query(`${TEAM} WHERE t.id = $1 AND t.organisatie_id = $2`, [id, actor.organisatieId]);
    if (!rij) throw new NietGevonden('Team');
    return rij;
  }

  async maakTeam(actor: Actor, invoer: TeamInvoerDto): Promise<TeamDto> {
    return this.db.transaction(async (tx) => {
      let id: string;
      try {
        [{ id }] = await tx.query(`INSERT INTO team (organisatie_id, naam) VALUES ($1, $2) RETURNING id`, [
          actor.organisatieId,
          invoer.naam.trim(),
        ]);
      } catch (fout) {
        if (isUniekSchending(fout, 'team_organisatie_id_naam_key')) throw dubbeleTeamnaam();
        throw fout;
      }
      await this.audit.wijziging(tx, actor, {
        resource: 'team',
        resourceId: id,
        klantId: null,
        actie: 'aangemaakt',
        nieuw: { naam: invoer.naam.trim() },
      });
      return this.team(actor, id, tx);
    });
  }

  async wijzigTeam(actor: Actor, id: string, invoer: TeamWijzigingDto): Promise<TeamDto> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM team WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`, [id, actor.organisatieId]);
      const oud = await this.team(actor, id, tx);
      const nieuw = { naam: invoer.naam?.trim() ?? oud.naam, gearchiveerd: invoer.gearchiveerd ?? oud.gearchiveerd };
      if (nieuw.gearchiveerd && !oud.gearchiveerd && oud.aantalLeden > 0) {
        throw new RegelFout(
          'TEAM_HEEFT_LEDEN',
          `Dit team heeft nog ${oud.aantalLeden} actieve medewerker${oud.aantalLeden === 1 ? '' : 's'}. ` +
            'Zet hen eerst in een ander team of deactiveer hen.',
        );
      }
      const { oud: was, nieuw: wordt } = verschil({ naam: oud.naam, gearchiveerd: oud.gearchiveerd }, nieuw);
      if (Object.keys(wordt).length > 0) {
        try {
          await tx.query(
            `UPDATE team SET naam = $2,
                    gearchiveerd_op = CASE WHEN NOT $3 THEN NULL ELSE coalesce(gearchiveerd_op, now()) END
              WHERE id = $1`,
            [id, nieuw.naam, nieuw.gearchiveerd],
          );
        } catch (fout) {
          if (isUniekSchending(fout, 'team_organisatie_id_naam_key')) throw dubbeleTeamnaam();
          throw fout;
        }
        await this.audit.wijziging(tx, actor, {
          resource: 'team',
          resourceId: id,
          klantId: null,
          actie: 'gewijzigd',
          oud: was,
          nieuw: wordt,
        });
      }
      return this.team(actor, id, tx);
    });
  }
}
