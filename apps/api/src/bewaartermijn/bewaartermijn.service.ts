import { plusMaanden, vandaag } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Db, type Queryable } from '../database/db';
import { AnonimiserenDto, BewaartermijnDto, BewaartermijnInvoerDto } from './dto/bewaartermijn.dto';

/** The text that takes the place of removed personal data. */
export const GEANONIMISEERD = 'Geanonimiseerd';

/**
 * The bewaartermijn (docs/privacy.md): clients who left the benefit longer ago than the organisatie's term lose
 * their personal data — name, BSN, address, contact details, every free text — while the rows the reports count
 * keep their dates, codes and treden, so past kerncijfers stay the same. Set-based, in one transaction.
 */
@Injectable()
export class BewaartermijnService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The uitstroomdatum on or before which a client is past the term. */
  private grens(jaren: number, peildatum = vandaag()): string {
    return plusMaanden(peildatum, -12 * jaren);
  }

  async lees(actor: Actor, tx: Queryable = this.db): Promise<BewaartermijnDto> {
    const [instelling] = await tx.query(
      `SELECT bewaartermijn_jaren AS "jarenNaUitstroom", anonimiseren_automatisch AS automatisch,
              laatst_geanonimiseerd_op AS "laatstGeanonimiseerdOp"
         FROM organisatie_instelling WHERE organisatie_id = $1`,
      [actor.organisatieId],
    );
    return {
      ...instelling,
      teAnonimiseren: await this.tel(tx, actor.organisatieId, this.grens(instelling.jarenNaUitstroom)),
    };
  }

  async wijzig(actor: Actor, invoer: BewaartermijnInvoerDto): Promise<BewaartermijnDto> {
    return this.db.transaction(async (tx) => {
      const oud = await this.lees(actor, tx);
      await tx.query(
        `UPDATE organisatie_instelling SET bewaartermijn_jaren = $2, anonimiseren_automatisch = $3 WHERE organisatie_id = $1`,
        [actor.organisatieId, invoer.jarenNaUitstroom, invoer.automatisch],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'bewaartermijn',
        resourceId: actor.organisatieId,
        klantId: null,
        actie: 'gewijzigd',
        oud: { jarenNaUitstroom: oud.jarenNaUitstroom, automatisch: oud.automatisch },
        nieuw: { ...invoer },
      });
      return this.lees(actor, tx);
    });
  }

  private async tel(tx: Queryable, organisatieId: string, grens: string): Promise<number> {
    const [{ n }] = await tx.query(
      `SELECT count(*)::int AS n FROM klant WHERE organisatie_id = $1 AND status = 'uitgestroomd' AND uitstroomdatum <= $2 AND geanonimiseerd_op IS NULL`,
      [organisatieId, grens],
    );
    return n;
  }

  /** A dry run counts; the real run removes the personal data of exactly those clients (the same count). */
  async anonimiseer(actor: Actor, proefrun: boolean): Promise<AnonimiserenDto> {
    const { jarenNaUitstroom } = await this.lees(actor);
    const grens = this.grens(jarenNaUitstroom);
    if (proefrun) return { aantal: await this.tel(this.db, actor.organisatieId, grens), proefrun: true };
    return this.db.transaction(async (tx) => {
      // (In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
      const klanten: { id: string }[] = await tx.query(
        `WITH weg AS (
           UPDATE klant SET bsn = NULL, voornamen = $3, achternaam = 'klant', geboortedatum = date_trunc('year', geboortedatum)::date,
                            adres = NULL, telefoon = NULL, email = NULL, geanonimiseerd_op = now(), versie = versie + 1, gewijzigd_op = now()
            WHERE organisatie_id = $1 AND status = 'uitgestroomd' AND uitstroomdatum <= $2 AND geanonimiseerd_op IS NULL
            RETURNING id)
         SELECT id FROM weg`,
        [actor.organisatieId, grens, `${GEANONIMISEERD}e`],
      );
      const ids = klanten.map((k) => k.id);
      if (ids.length > 0) {
        const p = [actor.organisatieId, ids, GEANONIMISEERD];
        await tx.query(
          `UPDATE contactmoment SET onderwerp = $3, samenvatting = NULL WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[])`,
          p,
        );
        await tx.query(
          `UPDATE ladder_meting SET toelichting = NULL WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[])`,
          p.slice(0, 2),
        );
        await tx.query(
          `UPDATE afspraak SET omschrijving = $3, resultaat_toelichting = NULL WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[])`,
          p,
        );
        await tx.query(
          `UPDATE vrijstelling SET toelichting = NULL, besluit_url = NULL WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[])`,
          p.slice(0, 2),
        );
        await tx.query(
          `UPDATE werkvoorraad_uitstel SET reden = $3 WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[])`,
          p,
        );
        // The klant-in-beeld-gesprek and the plan: the free text goes, the scores and dates stay for the reports. An
        // override keeps a (neutral) reason: the gesprek's check needs one.
        await tx.query(
          `UPDATE gesprek_score SET toelichting = NULL
            WHERE organisatie_id = $1 AND gesprek_id IN (SELECT id FROM gesprek WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[]))`,
          p.slice(0, 2),
        );
        await tx.query(
          `UPDATE gesprek SET toelichting = NULL, afwijking_reden = CASE WHEN afwijking_reden IS NULL THEN NULL ELSE $3 END
            WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[])`,
          p,
        );
        await tx.query(
          `UPDATE plan_doel SET omschrijving = $3 WHERE organisatie_id = $1 AND klant_id = ANY ($2::uuid[])`,
          p,
        );
        // The change audit and the doorbreking reasons held the same data: blanked through the one narrow exception.
        await tx.query(`SELECT kib_anonimiseer_logboeken($1, $2::uuid[])`, p.slice(0, 2));
        await this.audit.verwerking(actor, 'klant.anonimiseren', ids, { activiteit: 'bewaartermijn', tx });
      }
      await tx.query(`UPDATE organisatie_instelling SET laatst_geanonimiseerd_op = $2 WHERE organisatie_id = $1`, [
        actor.organisatieId,
        vandaag(),
      ]);
      await this.audit.wijziging(tx, actor, {
        resource: 'bewaartermijn',
        resourceId: actor.organisatieId,
        klantId: null,
        actie: 'gewijzigd',
        nieuw: { geanonimiseerd: ids.length, uitgestroomdOpOfVoor: grens },
      });
      return { aantal: ids.length, proefrun: false };
    });
  }
}
