import { controleerAfspraakPeriode } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { AuditService, verschil } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { NietGevonden, ValidatieFout } from '../common/fouten';
import { vergrendelVoorWijziging, verstuurdeVelden, werkBij } from '../common/opslag';
import { Pagina, PaginaQuery, pagineerSql } from '../common/paginering';
import { ToegangService } from '../toegang/toegang.service';
import { Afspraak } from './afspraak.entity';
import { AfspraakDto, AfspraakInvoerDto, AfspraakWijzigingDto } from './dto/afspraak.dto';
import { Db, type Queryable } from '../database/db';

const KOLOMMEN = `a.id, a.klant_id AS "klantId", a.soort, a.omschrijving, a.startdatum, a.einddatum, a.status,
  a.resultaat_toelichting AS "resultaatToelichting", a.doel_id AS "doelId", a.versie, a.medewerker_id AS "medewerkerId", m.naam AS "medewerkerNaam",
  a.aangemaakt_op AS "aangemaaktOp", a.gewijzigd_op AS "gewijzigdOp"`;

const BEWERKBAAR = `id, klant_id AS "klantId", soort, omschrijving, startdatum, einddatum, status,
  resultaat_toelichting AS "resultaatToelichting", doel_id AS "doelId", versie`;

@Injectable()
export class AfsprakenService {
  constructor(
    private readonly db: Db,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
  ) {}

  async lijst(actor: Actor, klantId: string, query: PaginaQuery): Promise<Pagina<AfspraakDto>> {
    await this.toegang.klant(actor, klantId);
    const pagina = await pagineerSql<AfspraakDto>(
      this.db,
      {
        sql: `SELECT ${KOLOMMEN} FROM afspraak a JOIN medewerker m ON m.id = a.medewerker_id WHERE a.klant_id = $1 AND a.organisatie_id = $2`,
        params: [klantId, actor.organisatieId],
        // Running ones first (soonest end first), then the rest newest first.
        orderBy: `(status = 'lopend') DESC, CASE WHEN status = 'lopend' THEN einddatum END ASC, startdatum DESC, "aangemaaktOp" DESC`,
      },
      query,
    );
    await this.audit.verwerking(actor, 'afspraken.inzien', klantId);
    return pagina;
  }

  async vind(actor: Actor, id: string): Promise<AfspraakDto> {
    await this.toegang.viaRij(actor, 'afspraak', id);
    const afspraak = await this.lees(this.db, actor, id);
    await this.audit.verwerking(actor, 'afspraken.inzien', afspraak.klantId);
    return afspraak;
  }

  async maak(actor: Actor, klantId: string, invoer: AfspraakInvoerDto): Promise<AfspraakDto> {
    const fouten = controleerAfspraakPeriode(invoer);
    if (fouten.length) throw new ValidatieFout(fouten);
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      if (invoer.doelId) await this.controleerDoel(tx, actor, klantId, invoer.doelId);
      const { identifiers } = await tx.getRepository(Afspraak).insert({
        organisatieId: actor.organisatieId,
        klantId,
        medewerkerId: actor.medewerkerId,
        soort: invoer.soort,
        omschrijving: invoer.omschrijving,
        startdatum: invoer.startdatum,
        einddatum: invoer.einddatum,
        status: invoer.status ?? 'lopend',
        resultaatToelichting: invoer.resultaatToelichting ?? null,
        doelId: invoer.doelId ?? null,
      });
      const id: string = identifiers[0].id;
      await this.audit.wijziging(tx, actor, {
        resource: 'afspraak',
        resourceId: id,
        klantId,
        actie: 'aangemaakt',
        nieuw: { ...invoer },
      });
      return this.lees(tx, actor, id);
    });
  }

  async wijzig(actor: Actor, id: string, invoer: AfspraakWijzigingDto): Promise<AfspraakDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.viaRij(actor, 'afspraak', id, tx);
      const oud = await vergrendelVoorWijziging<AfspraakDto>(tx, {
        tabel: 'afspraak',
        kolommen: BEWERKBAAR,
        id,
        organisatieId: actor.organisatieId,
        versie: invoer.versie,
        wat: 'Afspraak',
      });
      const gewijzigd = verstuurdeVelden(invoer, ['versie']);
      const fouten = controleerAfspraakPeriode({ ...oud, ...gewijzigd });
      if (fouten.length) throw new ValidatieFout(fouten);
      if (gewijzigd.doelId) await this.controleerDoel(tx, actor, oud.klantId, gewijzigd.doelId);
      const { oud: was, nieuw: wordt } = verschil(oud as unknown as Record<string, unknown>, gewijzigd);
      if (Object.keys(wordt).length > 0) {
        await werkBij(tx, 'afspraak', id, wordt);
        await this.audit.wijziging(tx, actor, {
          resource: 'afspraak',
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

  /** A doel of another client (or organisatie) is 404, like any id that is not the caller's to name. */
  private async controleerDoel(tx: Queryable, actor: Actor, klantId: string, doelId: string): Promise<void> {
    const rijen = await tx.query(`SELECT 1 FROM plan_doel WHERE id = $1 AND klant_id = $2 AND organisatie_id = $3`, [
      doelId,
      klantId,
      actor.organisatieId,
    ]);
    if (rijen.length === 0) throw new NietGevonden('Doel');
  }

  private async lees(tx: Queryable, actor: Actor, id: string): Promise<AfspraakDto> {
    const [rij] = await tx.query(
      `SELECT ${KOLOMMEN} FROM afspraak a JOIN medewerker m ON m.id = a.medewerker_id WHERE a.id = $1 AND a.organisatie_id = $2`,
      [id, actor.organisatieId],
    );
    if (!rij) throw new NietGevonden('Afspraak');
    return rij;
  }
}
