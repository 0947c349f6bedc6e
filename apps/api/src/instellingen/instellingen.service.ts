import { controleerNorm, DIENSTVERLENINGSCATEGORIEEN, type VeldFout } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { ValidatieFout } from '../common/fouten';
import { ContactnormenDto } from './dto/contactnormen.dto';
import { Db, type Queryable } from '../database/db';

/** The organisatie's contact norms per dienstverleningscategorie, the vrijgesteld norm and the intake period. */
@Injectable()
export class InstellingenService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  contactnormen(actor: Actor, tx: Queryable = this.db): Promise<ContactnormenDto> {
    return this.lees(tx, actor.organisatieId);
  }

  private async lees(tx: Queryable, organisatieId: string): Promise<ContactnormenDto> {
    const normen: { categorie: string; maxDagen: number; waarschuwingDagen: number }[] = await tx.query(
      `SELECT categorie, max_dagen AS "maxDagen", waarschuwing_dagen AS "waarschuwingDagen" FROM contactnorm WHERE organisatie_id = $1`,
      [organisatieId],
    );
    const [instelling] = await tx.query(
      `SELECT intake_dagen AS "intakeDagen", max_duur_informele_vrijstelling_dagen AS "maxDuurInformeleVrijstellingDagen"
         FROM organisatie_instelling WHERE organisatie_id = $1`,
      [organisatieId],
    );
    const norm = (categorie: string) => {
      const rij = normen.find((n) => n.categorie === categorie)!;
      return { maxDagen: rij.maxDagen, waarschuwingDagen: rij.waarschuwingDagen };
    };
    return {
      normen: DIENSTVERLENINGSCATEGORIEEN.map((dienstverleningscategorie) => ({
        dienstverleningscategorie,
        ...norm(dienstverleningscategorie),
      })),
      vrijgesteld: norm('vrijgesteld'),
      intakeDagen: instelling.intakeDagen,
      maxDuurInformeleVrijstellingDagen: instelling.maxDuurInformeleVrijstellingDagen,
    };
  }

  /** Replaces all norms at once (beheerder); every category exactly once, warning window below the norm. */
  async wijzigContactnormen(actor: Actor, invoer: ContactnormenDto): Promise<ContactnormenDto> {
    const fouten: VeldFout[] = [];
    DIENSTVERLENINGSCATEGORIEEN.forEach((categorie) => {
      const aantal = invoer.normen.filter((n) => n.dienstverleningscategorie === categorie).length;
      if (aantal !== 1) fouten.push({ veld: 'normen', melding: `moet precies één norm voor ${categorie} bevatten` });
    });
    invoer.normen.forEach((n, i) => fouten.push(...controleerNorm(n, `normen.${i}`)));
    fouten.push(...controleerNorm(invoer.vrijgesteld, 'vrijgesteld'));
    if (fouten.length) throw new ValidatieFout(fouten);

    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM organisatie_instelling WHERE organisatie_id = $1 FOR UPDATE`, [
        actor.organisatieId,
      ]);
      const oud = await this.lees(tx, actor.organisatieId);
      for (const n of [
        ...invoer.normen.map((n) => ({ categorie: n.dienstverleningscategorie as string, ...n })),
        { categorie: 'vrijgesteld', ...invoer.vrijgesteld },
      ]) {
        await tx.query(
          `UPDATE contactnorm SET max_dagen = $3, waarschuwing_dagen = $4 WHERE organisatie_id = $1 AND categorie = $2`,
          [actor.organisatieId, n.categorie, n.maxDagen, n.waarschuwingDagen],
        );
      }
      await tx.query(
        `UPDATE organisatie_instelling SET intake_dagen = $2, max_duur_informele_vrijstelling_dagen = $3 WHERE organisatie_id = $1`,
        [actor.organisatieId, invoer.intakeDagen, invoer.maxDuurInformeleVrijstellingDagen],
      );
      const nieuw = await this.lees(tx, actor.organisatieId);
      await this.audit.wijziging(tx, actor, {
        resource: 'contactnormen',
        resourceId: actor.organisatieId,
        klantId: null,
        actie: 'gewijzigd',
        oud: oud as unknown as Record<string, unknown>,
        nieuw: nieuw as unknown as Record<string, unknown>,
      });
      return nieuw;
    });
  }
}
