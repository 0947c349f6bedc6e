import { controleerContactmoment } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { ValidatieFout } from '../common/fouten';
import { Pagina, PaginaQuery, pagineerSql } from '../common/paginering';
import { ToegangService } from '../toegang/toegang.service';
import { Contactmoment } from './contactmoment.entity';
import { ContactmomentDto, ContactmomentInvoerDto } from './dto/contactmoment.dto';
import { Db } from '../database/db';

const KOLOMMEN = `c.id, c.klant_id AS "klantId", c.medewerker_id AS "medewerkerId", m.naam AS "medewerkerNaam",
  c.plaatsgevonden_op AS "plaatsgevondenOp", c.kanaal, c.initiatief, c.resultaat, c.onderwerp, c.samenvatting,
  c.telt_als_gezien AS "teltAlsGezien", c.aangemaakt_op AS "aangemaaktOp"`;

@Injectable()
export class ContactmomentenService {
  constructor(
    private readonly db: Db,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
  ) {}

  async lijst(actor: Actor, klantId: string, query: PaginaQuery): Promise<Pagina<ContactmomentDto>> {
    await this.toegang.klant(actor, klantId);
    const pagina = await pagineerSql<ContactmomentDto>(
      this.db,
      {
        sql: `SELECT ${KOLOMMEN} FROM contactmoment c JOIN medewerker m ON m.id = c.medewerker_id
               WHERE c.klant_id = $1 AND c.organisatie_id = $2`,
        params: [klantId, actor.organisatieId],
        orderBy: '"plaatsgevondenOp" DESC, "aangemaaktOp" DESC',
      },
      query,
    );
    await this.audit.verwerking(actor, 'contactmomenten.inzien', klantId);
    return pagina;
  }

  /**
   * Registers a contact. In the same transaction a trigger moves klant.laatst_gezien_op when it counts as gezien,
   * so the client's in-beeld status and the werkvoorraad are right the moment this returns.
   */
  async maak(actor: Actor, klantId: string, invoer: ContactmomentInvoerDto): Promise<ContactmomentDto> {
    const fouten = controleerContactmoment(invoer, new Date());
    if (fouten.length) throw new ValidatieFout(fouten);
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      const { identifiers } = await tx.getRepository(Contactmoment).insert({
        organisatieId: actor.organisatieId,
        klantId,
        medewerkerId: actor.medewerkerId,
        plaatsgevondenOp: new Date(invoer.plaatsgevondenOp),
        kanaal: invoer.kanaal,
        initiatief: invoer.initiatief,
        resultaat: invoer.resultaat,
        onderwerp: invoer.onderwerp,
        samenvatting: invoer.samenvatting ?? null,
      });
      const id: string = identifiers[0].id;
      await this.audit.wijziging(tx, actor, { resource: 'contactmoment', resourceId: id, klantId, actie: 'aangemaakt', nieuw: { ...invoer } });
      return this.lees(tx, id);
    });
  }

  private async lees(tx: EntityManager, id: string): Promise<ContactmomentDto> {
    const [rij] = await tx.query(`SELECT ${KOLOMMEN} FROM contactmoment c JOIN medewerker m ON m.id = c.medewerker_id WHERE c.id = $1`, [id]);
    return rij;
  }
}
