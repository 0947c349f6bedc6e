import { controleerVrijstelling, vandaag } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, verschil } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { NietGevonden, ValidatieFout } from '../common/fouten';
import { vergrendelVoorWijziging, verstuurdeVelden, werkBij } from '../common/opslag';
import { Pagina, PaginaQuery, pagineerSql } from '../common/paginering';
import { ToegangService } from '../toegang/toegang.service';
import { VrijstellingDto, VrijstellingInvoerDto, VrijstellingWijzigingDto } from './dto/vrijstelling.dto';
import { Vrijstelling } from './vrijstelling.entity';
import { Db, type Queryable } from '../database/db';

const KOLOMMEN = `v.id, v.klant_id AS "klantId", v.soort, v.omvang, v.reden, v.ingangsdatum, v.einddatum,
  v.herbeoordelingsdatum, v.beschikking_kenmerk AS "beschikkingKenmerk", v.beschikking_datum AS "beschikkingDatum",
  v.besluit_url AS "besluitUrl", v.toelichting, v.ingetrokken_op AS "ingetrokkenOp",
  vrijstelling_actief(v.ingangsdatum, v.einddatum, v.ingetrokken_op, $2::date) AS actief,
  v.versie, v.medewerker_id AS "medewerkerId", m.naam AS "medewerkerNaam", v.aangemaakt_op AS "aangemaaktOp"`;

const BEWERKBAAR = `id, klant_id AS "klantId", soort, omvang, reden, ingangsdatum, einddatum, herbeoordelingsdatum,
  beschikking_kenmerk AS "beschikkingKenmerk", beschikking_datum AS "beschikkingDatum", besluit_url AS "besluitUrl",
  toelichting, ingetrokken_op AS "ingetrokkenOp", versie`;

@Injectable()
export class VrijstellingenService {
  constructor(
    private readonly db: Db,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
  ) {}

  async lijst(actor: Actor, klantId: string, query: PaginaQuery): Promise<Pagina<VrijstellingDto>> {
    await this.toegang.klant(actor, klantId);
    const pagina = await pagineerSql<VrijstellingDto>(
      this.db,
      {
        sql: `SELECT ${KOLOMMEN} FROM vrijstelling v JOIN medewerker m ON m.id = v.medewerker_id WHERE v.klant_id = $1 AND v.organisatie_id = $3`,
        params: [klantId, vandaag(), actor.organisatieId],
        orderBy: 'actief DESC, ingangsdatum DESC, "aangemaaktOp" DESC',
      },
      query,
    );
    await this.audit.verwerking(actor, 'vrijstellingen.inzien', klantId);
    return pagina;
  }

  async vind(actor: Actor, id: string): Promise<VrijstellingDto> {
    await this.toegang.viaRij(actor, 'vrijstelling', id);
    const vrijstelling = await this.lees(this.db, actor, id);
    await this.audit.verwerking(actor, 'vrijstellingen.inzien', vrijstelling.klantId);
    return vrijstelling;
  }

  async maak(actor: Actor, klantId: string, invoer: VrijstellingInvoerDto): Promise<VrijstellingDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      await this.controleerRegels(tx, actor, invoer);
      const { identifiers } = await tx.getRepository(Vrijstelling).insert({
        organisatieId: actor.organisatieId,
        klantId,
        medewerkerId: actor.medewerkerId,
        soort: invoer.soort,
        omvang: invoer.omvang,
        reden: invoer.reden,
        ingangsdatum: invoer.ingangsdatum,
        einddatum: invoer.einddatum ?? null,
        herbeoordelingsdatum: invoer.herbeoordelingsdatum,
        beschikkingKenmerk: invoer.beschikkingKenmerk ?? null,
        beschikkingDatum: invoer.beschikkingDatum ?? null,
        besluitUrl: invoer.besluitUrl ?? null,
        toelichting: invoer.toelichting ?? null,
      });
      const id: string = identifiers[0].id;
      await this.audit.wijziging(tx, actor, {
        resource: 'vrijstelling',
        resourceId: id,
        klantId,
        actie: 'aangemaakt',
        nieuw: { ...invoer },
      });
      return this.lees(tx, actor, id);
    });
  }

  async wijzig(actor: Actor, id: string, invoer: VrijstellingWijzigingDto): Promise<VrijstellingDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.viaRij(actor, 'vrijstelling', id, tx);
      const oud = await vergrendelVoorWijziging<VrijstellingDto>(tx, {
        tabel: 'vrijstelling',
        kolommen: BEWERKBAAR,
        id,
        organisatieId: actor.organisatieId,
        versie: invoer.versie,
        wat: 'Vrijstelling',
      });
      const gewijzigd = verstuurdeVelden(invoer, ['versie']);
      await this.controleerRegels(tx, actor, { ...oud, ...gewijzigd });
      const { oud: was, nieuw: wordt } = verschil(oud as unknown as Record<string, unknown>, gewijzigd);
      if (Object.keys(wordt).length > 0) {
        await werkBij(tx, 'vrijstelling', id, wordt);
        await this.audit.wijziging(tx, actor, {
          resource: 'vrijstelling',
          resourceId: id,
          klantId: oud.klantId,
          actie: 'gewijzigd',
          oud: was,
          nieuw: wordt,
        });
      }
      return this.lees(tx, actor, id);
    });
  }

  /** The rules of libs/domain, with the organisatie's own maximum for informal exemptions. */
  private async controleerRegels(
    tx: EntityManager,
    actor: Actor,
    v: Parameters<typeof controleerVrijstelling>[0],
  ): Promise<void> {
    const [{ max }] = await tx.query(
      `SELECT max_duur_informele_vrijstelling_dagen AS max FROM organisatie_instelling WHERE organisatie_id = $1`,
      [actor.organisatieId],
    );
    const fouten = controleerVrijstelling(v, max);
    if (fouten.length) throw new ValidatieFout(fouten);
  }

  private async lees(tx: Queryable, actor: Actor, id: string): Promise<VrijstellingDto> {
    const [rij] = await tx.query(
      `SELECT ${KOLOMMEN} FROM vrijstelling v JOIN medewerker m ON m.id = v.medewerker_id WHERE v.id = $1 AND v.organisatie_id = $3`,
      [id, vandaag(), actor.organisatieId],
    );
    if (!rij) throw new NietGevonden('Vrijstelling');
    return rij;
  }
}
