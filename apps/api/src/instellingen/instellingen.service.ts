import { controleerCategorieen, controleerNorm, type VeldFout } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { ValidatieFout } from '../common/fouten';
import { CategorieDto, CategorieenDto } from './dto/categorieen.dto';
import { ContactnormenDto } from './dto/contactnormen.dto';
import { Db, type Queryable } from '../database/db';

/**
 * The organisatie's dienstverleningscategorieën (name, actief, norm, afspraak soorten; docs/categorieen.md), the
 * vrijgesteld norm and the intake period. The v1 contactnormen endpoints read and write the same rows.
 */
@Injectable()
export class InstellingenService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  contactnormen(actor: Actor, tx: Queryable = this.db): Promise<ContactnormenDto> {
    return this.lees(tx, actor.organisatieId);
  }

  async categorieen(actor: Actor, tx: Queryable = this.db): Promise<CategorieenDto> {
    return { categorieen: await this.leesCategorieen(tx, actor.organisatieId) };
  }

  private leesCategorieen(tx: Queryable, organisatieId: string): Promise<CategorieDto[]> {
    return tx.query(
      `SELECT c.code, c.naam, c.actief, n.max_dagen AS "maxDagen", n.waarschuwing_dagen AS "waarschuwingDagen",
              c.afspraak_soorten AS "afspraakSoorten"
         FROM dienstverleningscategorie c
         JOIN contactnorm n ON n.organisatie_id = c.organisatie_id AND n.categorie = c.code
        WHERE c.organisatie_id = $1
        ORDER BY c.volgorde`,
      [organisatieId],
    );
  }

  private async lees(tx: Queryable, organisatieId: string): Promise<ContactnormenDto> {
    const categorieen = await this.leesCategorieen(tx, organisatieId);
    const [vrijgesteld] = await tx.query(
      `SELECT max_dagen AS "maxDagen", waarschuwing_dagen AS "waarschuwingDagen" FROM contactnorm
        WHERE organisatie_id = $1 AND categorie = 'vrijgesteld'`,
      [organisatieId],
    );
    const [instelling] = await tx.query(
      `SELECT intake_dagen AS "intakeDagen", max_duur_informele_vrijstelling_dagen AS "maxDuurInformeleVrijstellingDagen"
         FROM organisatie_instelling WHERE organisatie_id = $1`,
      [organisatieId],
    );
    return {
      normen: categorieen.map((c) => ({
        dienstverleningscategorie: c.code,
        maxDagen: c.maxDagen,
        waarschuwingDagen: c.waarschuwingDagen,
      })),
      vrijgesteld,
      intakeDagen: instelling.intakeDagen,
      maxDuurInformeleVrijstellingDagen: instelling.maxDuurInformeleVrijstellingDagen,
    };
  }

  /** Settings change one at a time per organisatie: the row lock serialises both PUTs. */
  private vergrendel(tx: Queryable, organisatieId: string) {
    return tx.query(`SELECT 1 FROM organisatie_instelling WHERE organisatie_id = $1 FOR UPDATE`, [organisatieId]);
  }

  /**
   * Replaces all norms at once (beheerder, v1): every category of the organisatie exactly once (active or not),
   * warning window below the norm. Names, soorten and new categories go through wijzigCategorieen.
   */
  async wijzigContactnormen(actor: Actor, invoer: ContactnormenDto): Promise<ContactnormenDto> {
    const fouten: VeldFout[] = [];
    invoer.normen.forEach((n, i) => fouten.push(...controleerNorm(n, `normen.${i}`)));
    fouten.push(...controleerNorm(invoer.vrijgesteld, 'vrijgesteld'));

    return this.db.transaction(async (tx) => {
      await this.vergrendel(tx, actor.organisatieId);
      const oud = await this.lees(tx, actor.organisatieId);
      const codes = oud.normen.map((n) => n.dienstverleningscategorie);
      invoer.normen.forEach((n, i) => {
        if (!codes.includes(n.dienstverleningscategorie))
          fouten.push({
            veld: `normen.${i}.dienstverleningscategorie`,
            melding: 'is geen dienstverleningscategorie van de organisatie',
          });
      });
      codes.forEach((categorie) => {
        const aantal = invoer.normen.filter((n) => n.dienstverleningscategorie === categorie).length;
        if (aantal !== 1) fouten.push({ veld: 'normen', melding: `moet precies één norm voor ${categorie} bevatten` });
      });
      if (fouten.length) throw new ValidatieFout(fouten);

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

  /**
   * Replaces the whole list of categories (beheerder): new codes are added, existing ones renamed, (de)activated,
   * reordered and given their norm and soorten. An existing code left out is 400 (deactivate it instead), so clients
   * and reports never point at a category that is gone. One transaction, one change record.
   */
  async wijzigCategorieen(actor: Actor, invoer: CategorieenDto): Promise<CategorieenDto> {
    return this.db.transaction(async (tx) => {
      await this.vergrendel(tx, actor.organisatieId);
      const oud = await this.leesCategorieen(tx, actor.organisatieId);
      const fouten = controleerCategorieen(
        invoer.categorieen,
        oud.map((c) => c.code),
      );
      if (fouten.length) throw new ValidatieFout(fouten);

      for (const [volgorde, c] of invoer.categorieen.entries()) {
        // The category first: the norm's foreign key needs it; the category's own check on its norm waits for commit.
        await tx.query(
          `INSERT INTO dienstverleningscategorie (organisatie_id, code, naam, actief, volgorde, afspraak_soorten)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (organisatie_id, code) DO UPDATE
             SET naam = EXCLUDED.naam, actief = EXCLUDED.actief, volgorde = EXCLUDED.volgorde,
                 afspraak_soorten = EXCLUDED.afspraak_soorten`,
          [actor.organisatieId, c.code, c.naam.trim(), c.actief, volgorde + 1, c.afspraakSoorten],
        );
        await tx.query(
          `INSERT INTO contactnorm (organisatie_id, categorie, max_dagen, waarschuwing_dagen) VALUES ($1, $2, $3, $4)
           ON CONFLICT (organisatie_id, categorie) DO UPDATE
             SET max_dagen = EXCLUDED.max_dagen, waarschuwing_dagen = EXCLUDED.waarschuwing_dagen`,
          [actor.organisatieId, c.code, c.maxDagen, c.waarschuwingDagen],
        );
      }
      const nieuw = await this.leesCategorieen(tx, actor.organisatieId);
      await this.audit.wijziging(tx, actor, {
        resource: 'instellingen',
        resourceId: actor.organisatieId,
        klantId: null,
        actie: 'gewijzigd',
        oud: { categorieen: oud },
        nieuw: { categorieen: nieuw },
      });
      return { categorieen: nieuw };
    });
  }
}
