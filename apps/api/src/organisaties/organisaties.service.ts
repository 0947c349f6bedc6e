import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { Pagina, pagineerSql } from '../common/paginering';
import { GemeenteDto, MedewerkerLijstQuery, MedewerkerSamenvattingDto, TeamDto } from './dto/organisatie.dto';
import { Db } from '../database/db';

/** Reference data of the caller's organisatie: gemeenten, teams, medewerkers. Always scoped to the tenant. */
@Injectable()
export class OrganisatiesService {
  constructor(private readonly db: Db) {}

  gemeenten(actor: Actor): Promise<GemeenteDto[]> {
    return this.db.query(
      `SELECT id, cbs_code AS "cbsCode", naam FROM gemeente WHERE organisatie_id = $1 ORDER BY naam`,
      [actor.organisatieId],
    );
  }

  teams(actor: Actor): Promise<TeamDto[]> {
    return this.db.query(`SELECT id, naam FROM team WHERE organisatie_id = $1 ORDER BY naam`, [actor.organisatieId]);
  }

  medewerkers(actor: Actor, query: MedewerkerLijstQuery): Promise<Pagina<MedewerkerSamenvattingDto>> {
    return pagineerSql(
      this.db,
      {
        sql: `SELECT id, naam, rol, team_id AS "teamId", actief
                FROM medewerker
               WHERE organisatie_id = $1
                 AND ($2::text IS NULL OR rol = $2)
                 AND ($3::uuid IS NULL OR team_id = $3)`,
        params: [actor.organisatieId, query.rol ?? null, query.teamId ?? null],
        orderBy: 'actief DESC, naam, id',
      },
      query,
    );
  }
}
