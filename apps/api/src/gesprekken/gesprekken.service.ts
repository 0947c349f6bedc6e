import {
  adviesVoor,
  campagneLoopt,
  type CampagneStatus,
  vandaag,
  type Adviesregels,
  controleerContactmoment,
  controleerScores,
  type VeldFout,
} from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { RegelFout, ValidatieFout } from '../common/fouten';
import { Pagina, PaginaQuery, pagineerSql } from '../common/paginering';
import { ContactmomentenService } from '../contactmomenten/contactmomenten.service';
import { Db, type Queryable } from '../database/db';
import { ToegangService } from '../toegang/toegang.service';
import { GesprekDto, GesprekInvoerDto } from './dto/gesprek.dto';
import { InstrumentService } from './instrument.service';

export const GESPREK_ONDERWERP = 'Klant-in-beeld-gesprek';

/**
 * One row per gesprek, shaped as GesprekDto: the scores in the order of the gesprek's OWN instrument version, with
 * that version's names, so a later instrument never rewrites what was recorded.
 */
export const GESPREK_SQL = `
  SELECT g.id, g.klant_id AS "klantId", g.gevoerd_op AS "gevoerdOp", c.kanaal, g.medewerker_id AS "medewerkerId",
         m.naam AS "medewerkerNaam", g.contactmoment_id AS "contactmomentId", i.versie AS "instrumentVersie",
         COALESCE((
           SELECT json_agg(json_build_object(
                    'domein', s.domein, 'domeinNaam', COALESCE(d.naam, s.domein), 'niveau', s.niveau,
                    'niveauNaam', COALESCE(n.naam, s.niveau::text), 'toelichting', s.toelichting)
                  ORDER BY COALESCE(d.pos, 1000), s.domein)
             FROM gesprek_score s
             LEFT JOIN LATERAL (SELECT e->>'naam' AS naam, p AS pos FROM jsonb_array_elements(i.domeinen) WITH ORDINALITY AS x (e, p)
                                 WHERE e->>'code' = s.domein) d ON true
             LEFT JOIN LATERAL (SELECT e->>'naam' AS naam FROM jsonb_array_elements(i.niveaus) AS y (e)
                                 WHERE (e->>'waarde')::int = s.niveau) n ON true
            WHERE s.gesprek_id = g.id), '[]'::json) AS scores,
         CASE WHEN g.loonwaarde_percentage IS NULL THEN NULL
              ELSE json_build_object('percentage', g.loonwaarde_percentage, 'methode', g.loonwaarde_methode) END AS loonwaarde,
         json_build_object('categorie', g.berekend_categorie, 'pad', g.berekend_pad) AS advies,
         i.adviesregels AS "__adviesregels", g.loonwaarde_percentage AS "__loonwaarde",
         g.advies_categorie AS "adviesCategorie", g.dienstverleningspad, g.afwijking_reden AS "afwijkingReden",
         g.categorie_overgenomen AS "categorieOvergenomen", g.toelichting, g.campagne_id AS "campagneId",
         g.aangemaakt_op AS "aangemaaktOp"
    FROM gesprek g
    JOIN contactmoment c ON c.id = g.contactmoment_id
    JOIN medewerker m ON m.id = g.medewerker_id
    JOIN leefgebieden_instrument i ON i.id = g.instrument_id`;

export interface GesprekRij extends Omit<GesprekDto, 'advies'> {
  advies: { categorie: string; pad: string };
  __adviesregels: Adviesregels;
  __loonwaarde: number | null;
}

/**
 * The stored advice with the rule that gave it. Only categorie and pad are stored; the rule follows from the
 * gesprek's own scores and its own (never changed) instrument version, so it is worked out again here.
 */
export function alsGesprek(rij: GesprekRij): GesprekDto {
  const { __adviesregels: regels, __loonwaarde: loonwaarde, ...gesprek } = rij;
  const berekend = adviesVoor(gesprek.scores, loonwaarde, regels);
  const regel =
    berekend.categorie === gesprek.advies.categorie && berekend.pad === gesprek.advies.pad ? berekend.regel : null;
  return { ...gesprek, advies: { ...gesprek.advies, regel } };
}

@Injectable()
export class GesprekkenService {
  constructor(
    private readonly db: Db,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
    private readonly instrument: InstrumentService,
    private readonly contactmomenten: ContactmomentenService,
  ) {}

  /**
   * A gesprek of a campagne: the client must be a deelnemer (400) and the campagne running (422). Its contactmoment
   * is the outcome of the latest open invitation, if there is one (returned, to link it).
   */
  private async campagneVanGesprek(
    tx: EntityManager,
    actor: Actor,
    klantId: string,
    campagneId: string | undefined,
    fouten: VeldFout[],
  ): Promise<string | null> {
    if (campagneId === undefined) return null;
    const [c]: { status: CampagneStatus; startdatum: string; einddatum: string; deelnemer: boolean }[] = await tx.query(
      `SELECT c.status, to_char(c.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(c.einddatum, 'YYYY-MM-DD') AS einddatum,
                EXISTS (SELECT 1 FROM campagne_deelnemer d WHERE d.campagne_id = c.id AND d.klant_id = $3) AS deelnemer
           FROM campagne c WHERE c.id = $1 AND c.organisatie_id = $2`,
      [campagneId, actor.organisatieId, klantId],
    );
    if (!c) {
      fouten.push({ veld: 'campagneId', melding: 'campagne bestaat niet' });
      return null;
    }
    if (!c.deelnemer) {
      fouten.push({ veld: 'campagneId', melding: 'deze klant is geen deelnemer van deze campagne' });
      return null;
    }
    if (fouten.length) return null;
    if (!campagneLoopt(c, vandaag()))
      throw new RegelFout('CAMPAGNE_LOOPT_NIET', 'Deze campagne loopt niet (meer): een gesprek kan er niet meer bij.');
    const [open]: { id: string }[] = await tx.query(
      `SELECT u.id FROM uitnodiging u
        WHERE u.campagne_id = $1 AND u.klant_id = $2
          AND NOT EXISTS (SELECT 1 FROM contactmoment c WHERE c.uitnodiging_id = u.id
                           AND c.kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen')
                           AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd'))
        ORDER BY u.poging DESC LIMIT 1`,
      [campagneId, klantId],
    );
    return open?.id ?? null;
  }

  async lijst(actor: Actor, klantId: string, query: PaginaQuery): Promise<Pagina<GesprekDto>> {
    await this.toegang.klant(actor, klantId);
    const pagina = await pagineerSql<GesprekDto>(
      this.db,
      {
        sql: `${GESPREK_SQL} WHERE g.klant_id = $1 AND g.organisatie_id = $2`,
        params: [klantId, actor.organisatieId],
        orderBy: '"gevoerdOp" DESC, "aangemaaktOp" DESC',
      },
      query,
      (rij) => alsGesprek(rij as unknown as GesprekRij),
    );
    await this.audit.verwerking(actor, 'gesprekken.inzien', klantId);
    return pagina;
  }

  /**
   * Records a klant-in-beeld-gesprek in one transaction: the contactmoment it also is (through ContactmomentenService,
   * so it counts as gezien and the client is in beeld at once), the gesprek with the computed advice and the choice,
   * its scores, and — when asked — the client's new category, each with its change record.
   */
  async maak(actor: Actor, klantId: string, invoer: GesprekInvoerDto): Promise<GesprekDto> {
    const contact = {
      plaatsgevondenOp: invoer.gevoerdOp,
      kanaal: invoer.kanaal ?? 'gesprek_op_locatie',
      initiatief: 'gemeente' as const,
      resultaat: 'gesproken' as const,
      onderwerp: GESPREK_ONDERWERP,
      ...(invoer.toelichting ? { samenvatting: invoer.toelichting } : {}),
    };
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      const fouten: VeldFout[] = controleerContactmoment(contact, new Date()).map((f) => ({
        ...f,
        veld: f.veld === 'plaatsgevondenOp' ? 'gevoerdOp' : f.veld,
      }));
      const versie = await this.instrument.actieveVersie(tx, actor.organisatieId);
      fouten.push(...controleerScores(invoer.scores, versie));
      const advies = adviesVoor(invoer.scores, invoer.loonwaarde?.percentage ?? null, versie.adviesregels);
      const categorie = invoer.adviesCategorie ?? advies.categorie;
      const pad = invoer.dienstverleningspad ?? advies.pad;
      const [klant]: { dienstverleningscategorie: string }[] = await tx.query(
        `SELECT dienstverleningscategorie FROM klant WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`,
        [klantId, actor.organisatieId],
      );
      fouten.push(...(await this.controleerKeuze(tx, actor, categorie, pad)));
      const reden = invoer.afwijkingReden?.trim() || null;
      if ((categorie !== advies.categorie || pad !== advies.pad) && !reden)
        fouten.push({ veld: 'afwijkingReden', melding: 'is verplicht als de keuze afwijkt van het advies' });
      const uitnodigingId = await this.campagneVanGesprek(tx, actor, klantId, invoer.campagneId, fouten);
      if (fouten.length) throw new ValidatieFout(fouten);

      const contactmomentId = await this.contactmomenten.vastleggen(tx, actor, klantId, {
        ...contact,
        ...(uitnodigingId ? { uitnodigingId } : {}),
      });
      const overnemen = invoer.categorieOvernemen === true && categorie !== klant.dienstverleningscategorie;
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op,
                              loonwaarde_percentage, loonwaarde_methode, berekend_categorie, berekend_pad,
                              advies_categorie, dienstverleningspad, afwijking_reden, categorie_overgenomen, toelichting,
                              campagne_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          actor.organisatieId,
          klantId,
          actor.medewerkerId,
          contactmomentId,
          versie.id,
          new Date(invoer.gevoerdOp),
          invoer.loonwaarde?.percentage ?? null,
          invoer.loonwaarde?.methode.trim() ?? null,
          advies.categorie,
          advies.pad,
          categorie,
          pad,
          reden,
          overnemen,
          invoer.toelichting ?? null,
          invoer.campagneId ?? null,
        ],
      );
      for (const s of invoer.scores) {
        await tx.query(
          `INSERT INTO gesprek_score (gesprek_id, organisatie_id, domein, niveau, toelichting) VALUES ($1, $2, $3, $4, $5)`,
          [id, actor.organisatieId, s.domein, s.niveau, s.toelichting ?? null],
        );
      }
      if (overnemen) {
        // As KlantenService does for a category change: the row and its versie, then the change record on the klant.
        await tx.query(
          `UPDATE klant SET dienstverleningscategorie = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
          [klantId, categorie],
        );
        await this.audit.wijziging(tx, actor, {
          resource: 'klant',
          resourceId: klantId,
          klantId,
          actie: 'gewijzigd',
          oud: { dienstverleningscategorie: klant.dienstverleningscategorie },
          nieuw: { dienstverleningscategorie: categorie, gesprekId: id },
        });
      }
      const gesprek = await this.lees(tx, id);
      await this.audit.wijziging(tx, actor, {
        resource: 'gesprek',
        resourceId: id,
        klantId,
        actie: 'aangemaakt',
        nieuw: {
          ...invoer,
          advies,
          adviesCategorie: categorie,
          dienstverleningspad: pad,
          instrumentVersie: versie.versie,
        },
      });
      return gesprek;
    });
  }

  /** The chosen category and pad must exist and be active in the organisatie (an advice may point at an inactive one). */
  private async controleerKeuze(tx: Queryable, actor: Actor, categorie: string, pad: string): Promise<VeldFout[]> {
    const fouten: VeldFout[] = [];
    const [c] = await tx.query(`SELECT actief FROM dienstverleningscategorie WHERE organisatie_id = $1 AND code = $2`, [
      actor.organisatieId,
      categorie,
    ]);
    if (!c) fouten.push({ veld: 'adviesCategorie', melding: `categorie '${categorie}' bestaat niet` });
    else if (!c.actief)
      fouten.push({ veld: 'adviesCategorie', melding: `categorie '${categorie}' is niet actief; kies een andere` });
    const [p] = await tx.query(`SELECT actief FROM dienstverleningspad WHERE organisatie_id = $1 AND code = $2`, [
      actor.organisatieId,
      pad,
    ]);
    if (!p) fouten.push({ veld: 'dienstverleningspad', melding: `pad '${pad}' bestaat niet` });
    else if (!p.actief)
      fouten.push({ veld: 'dienstverleningspad', melding: `pad '${pad}' is niet actief; kies een ander pad` });
    return fouten;
  }

  private async lees(tx: EntityManager | Queryable, id: string): Promise<GesprekDto> {
    const [rij] = await tx.query(`${GESPREK_SQL} WHERE g.id = $1`, [id]);
    return alsGesprek(rij);
  }
}
