import { dagenTussen, vandaag } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { ValidatieFout } from '../common/fouten';
import { Pagina, PaginaQuery, pagineerSql } from '../common/paginering';
import { ToegangService } from '../toegang/toegang.service';
import { LadderMetingDto, LadderMetingInvoerDto } from './dto/ladder.dto';
import { LadderMeting } from './ladder-meting.entity';
import { Db } from '../database/db';

const KOLOMMEN = `l.id, l.klant_id AS "klantId", l.trede, l.doeltrede, l.gemeten_op AS "gemetenOp", l.toelichting,
  l.medewerker_id AS "medewerkerId", m.naam AS "medewerkerNaam", l.aangemaakt_op AS "aangemaaktOp"`;

/** Participatieladder history; the latest meting is the client's current trede. */
@Injectable()
export class LadderService {
  constructor(
    private readonly db: Db,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
  ) {}

  async lijst(actor: Actor, klantId: string, query: PaginaQuery): Promise<Pagina<LadderMetingDto>> {
    await this.toegang.klant(actor, klantId);
    const pagina = await pagineerSql<LadderMetingDto>(
      this.db,
      {
        sql: `SELECT ${KOLOMMEN} FROM ladder_meting l JOIN medewerker m ON m.id = l.medewerker_id
               WHERE l.klant_id = $1 AND l.organisatie_id = $2`,
        params: [klantId, actor.organisatieId],
        orderBy: '"gemetenOp" DESC, "aangemaaktOp" DESC',
      },
      query,
    );
    await this.audit.verwerking(actor, 'ladder.inzien', klantId);
    return pagina;
  }

  async maak(actor: Actor, klantId: string, invoer: LadderMetingInvoerDto): Promise<LadderMetingDto> {
    if (dagenTussen(vandaag(), invoer.gemetenOp) > 0)
      throw new ValidatieFout([{ veld: 'gemetenOp', melding: 'mag niet in de toekomst liggen' }]);
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      const { identifiers } = await tx.getRepository(LadderMeting).insert({
        organisatieId: actor.organisatieId,
        klantId,
        medewerkerId: actor.medewerkerId,
        trede: invoer.trede,
        doeltrede: invoer.doeltrede ?? null,
        gemetenOp: invoer.gemetenOp,
        toelichting: invoer.toelichting ?? null,
      });
      const id: string = identifiers[0].id;
      await this.audit.wijziging(tx, actor, {
        resource: 'ladder_meting',
        resourceId: id,
        klantId,
        actie: 'aangemaakt',
        nieuw: { ...invoer },
      });
      const [rij] = await tx.query(
        `SELECT ${KOLOMMEN} FROM ladder_meting l JOIN medewerker m ON m.id = l.medewerker_id WHERE l.id = $1`,
        [id],
      );
      return rij;
    });
  }
}
