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
  a.resultaat_toelichting AS "resultaatToelichting", a.versie, a.medewerker_id AS "medewerkerId", m.naam AS "medewerkerNaam",
  a.aangemaakt_op AS "aangemaaktOp", a.gewijzigd_op AS "gewijzigdOp"`;

const BEWERKBAAR = `id, klant_id AS "klantId", soort, omschrijving, startdatum, einddatum, status,
  resultaat_toelichting AS "resultaatToelichting", versie`;

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

  private async lees(tx: Queryable, actor: Actor, id: string): Promise<AfspraakDto> {
    const [rij] = await tx.query(
      `SELECT ${KOLOMMEN} FROM afspraak a JOIN medewerker m ON m.id = a.medewerker_id WHERE a.id = $1 AND a.organisatie_id = $2`,
      [id, actor.organisatieId],
    );
    if (!rij) throw new NietGevonden('Afspraak');
    return rij;
  }
}
