import {
  controleerGesprekContact,
  contactmomentCorrectierecht,
  controleerContactmoment,
  CORRECTIE_MIN_REDEN,
  CORRECTIE_TERMIJN_DAGEN,
  datumInNederland,
  laatsteCorrectiedag,
  type Initiatief,
  type Kanaal,
  type Resultaat,
} from '@klant-in-beeld/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, verschil } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { DomeinFout, NietGevonden, RegelFout, ValidatieFout, VersieConflict, type VeldFout } from '../common/fouten';
import { Pagina, PaginaQuery, pagineerSql } from '../common/paginering';
import { ToegangService } from '../toegang/toegang.service';
import { Contactmoment } from './contactmoment.entity';
import { ContactmomentCorrectieDto, ContactmomentDto, ContactmomentInvoerDto } from './dto/contactmoment.dto';
import { Db } from '../database/db';
import { snakeCase } from 'typeorm/util/StringUtils';

const KOLOMMEN = `c.id, c.klant_id AS "klantId", c.medewerker_id AS "medewerkerId", m.naam AS "medewerkerNaam",
  c.plaatsgevonden_op AS "plaatsgevondenOp", c.kanaal, c.initiatief, c.resultaat, c.onderwerp, c.samenvatting,
  c.telt_als_gezien AS "teltAlsGezien", c.aangemaakt_op AS "aangemaaktOp", c.versie, c.gecorrigeerd_op AS "gecorrigeerdOp",
  c.uitnodiging_id AS "uitnodigingId"`;

/** The fields a correction may change; the rest of a contactmoment (whose, by whom, when registered) never changes. */
const CORRIGEERBAAR = ['plaatsgevondenOp', 'kanaal', 'initiatief', 'resultaat', 'onderwerp', 'samenvatting'] as const;

interface TeCorrigeren {
  klantId: string;
  medewerkerId: string;
  aangemaaktOp: Date;
  versie: number;
  klantmanagerId: string | null;
  klantTeamId: string | null;
  plaatsgevondenOp: Date;
  kanaal: Kanaal;
  initiatief: Initiatief;
  resultaat: Resultaat;
  onderwerp: string;
  samenvatting: string | null;
}

/** 403: the client is open to this medewerker, but the correction is not theirs to make. */
export class CorrectieNietToegestaan extends DomeinFout {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'CORRECTIE_NIET_TOEGESTAAN',
      'Alleen wie het contactmoment heeft vastgelegd of een teamleider van het team van de klant kan het corrigeren.',
    );
  }
}

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
      return this.lees(tx, await this.vastleggen(tx, actor, klantId, invoer));
    });
  }

  /**
   * The insert and its audit record inside the caller's transaction, after the caller checked access and the input
   * (controleerContactmoment); the klant-in-beeld-gesprek registers its contactmoment through here. Returns the id.
   */
  async vastleggen(tx: EntityManager, actor: Actor, klantId: string, invoer: ContactmomentInvoerDto): Promise<string> {
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
    await this.audit.wijziging(tx, actor, {
      resource: 'contactmoment',
      resourceId: id,
      klantId,
      actie: 'aangemaakt',
      nieuw: { ...invoer },
    });
    return id;
  }

  /**
   * Corrects a wrongly registered contactmoment: by its author or a teamleider of the client's team (else 403), through
   * the 30th day after it was registered (else 422), with the versie that was read (else 409) and a reason. The
   * change audit keeps the old values next to the new ones and the reason. The same triggers as on insert move
   * klant.laatst_gezien_op and invalidate report months, in this transaction.
   */
  async corrigeer(actor: Actor, id: string, invoer: ContactmomentCorrectieDto): Promise<ContactmomentDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.viaRij(actor, 'contactmoment', id, tx);
      const [oud]: TeCorrigeren[] = await tx.query(
        `SELECT c.klant_id AS "klantId", c.medewerker_id AS "medewerkerId", c.aangemaakt_op AS "aangemaaktOp", c.versie,
                k.klantmanager_id AS "klantmanagerId", km.team_id AS "klantTeamId",
                c.plaatsgevonden_op AS "plaatsgevondenOp", c.kanaal, c.initiatief, c.resultaat, c.onderwerp, c.samenvatting
           FROM contactmoment c JOIN klant k ON k.id = c.klant_id LEFT JOIN medewerker km ON km.id = k.klantmanager_id
          WHERE c.id = $1 AND c.organisatie_id = $2
            FOR UPDATE OF c`,
        [id, actor.organisatieId],
      );
      if (!oud) throw new NietGevonden('Contactmoment');
      const recht = contactmomentCorrectierecht(actor, oud, new Date());
      if (recht === 'niet_bevoegd') throw new CorrectieNietToegestaan();
      if (recht === 'termijn_verstreken') {
        throw new RegelFout(
          'CORRECTIETERMIJN_VERSTREKEN',
          `Een contactmoment kan tot ${CORRECTIE_TERMIJN_DAGEN} dagen na het vastleggen worden gecorrigeerd; dit contactmoment is vastgelegd op ${datumInNederland(oud.aangemaaktOp)} en kon tot en met ${laatsteCorrectiedag(oud.aangemaaktOp)} worden gecorrigeerd.`,
        );
      }
      if (oud.versie !== invoer.versie) throw new VersieConflict();

      const gewijzigd: Record<string, unknown> = {};
      for (const veld of CORRIGEERBAAR) if (invoer[veld] !== undefined) gewijzigd[veld] = invoer[veld];
      // One notation for a moment, so that the same moment written with another offset is no change.
      if (typeof gewijzigd.plaatsgevondenOp === 'string')
        gewijzigd.plaatsgevondenOp = new Date(gewijzigd.plaatsgevondenOp).toISOString();
      const huidig = { ...oud, plaatsgevondenOp: oud.plaatsgevondenOp.toISOString() };
      const fouten: VeldFout[] = controleerContactmoment(
        { ...huidig, ...gewijzigd } as Parameters<typeof controleerContactmoment>[0],
        new Date(),
      );
      // The contactmoment of a klant-in-beeld-gesprek stays a held conversation, and the gesprek keeps its moment.
      const [gesprek]: { id: string }[] = await tx.query(`SELECT id FROM gesprek WHERE contactmoment_id = $1`, [id]);
      if (gesprek)
        fouten.push(
          ...controleerGesprekContact({ ...huidig, ...gewijzigd } as Parameters<typeof controleerGesprekContact>[0]),
        );
      const reden = invoer.reden.trim();
      if (reden.length < CORRECTIE_MIN_REDEN)
        fouten.push({
          veld: 'reden',
          melding: `moet minstens ${CORRECTIE_MIN_REDEN} tekens bevatten: leg uit wat er niet klopte`,
        });
      if (fouten.length) throw new ValidatieFout(fouten);

      const { oud: was, nieuw: wordt } = verschil(huidig as unknown as Record<string, unknown>, gewijzigd);
      const velden = Object.keys(wordt);
      if (velden.length > 0) {
        const sets = velden.map((veld, i) => `${snakeCase(veld)} = $${i + 2}`);
        await tx.query(
          `UPDATE contactmoment SET ${[...sets, 'versie = versie + 1', 'gecorrigeerd_op = now()'].join(', ')} WHERE id = $1`,
          [id, ...velden.map((veld) => wordt[veld])],
        );
        await this.audit.wijziging(tx, actor, {
          resource: 'contactmoment',
          resourceId: id,
          klantId: oud.klantId,
          actie: 'gewijzigd',
          oud: was,
          nieuw: { ...wordt, reden },
        });
        if (gesprek && wordt.plaatsgevondenOp !== undefined)
          await tx.query(`UPDATE gesprek SET gevoerd_op = $2 WHERE id = $1`, [gesprek.id, wordt.plaatsgevondenOp]);
      }
      return this.lees(tx, id);
    });
  }

  private async lees(tx: EntityManager, id: string): Promise<ContactmomentDto> {
    const [rij] = await tx.query(
      `SELECT ${KOLOMMEN} FROM contactmoment c JOIN medewerker m ON m.id = c.medewerker_id WHERE c.id = $1`,
      [id],
    );
    return rij;
  }
}
