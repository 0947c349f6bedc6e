import {
  controleerPlanDatums,
  datumInNederland,
  datumInWoorden,
  DOEL_STATUS_LABELS,
  type VeldFout,
} from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { NietGevonden, ValidatieFout, VersieConflict } from '../common/fouten';
import { LeesbaarPdf } from '../common/pdf';
import { Db, type Queryable } from '../database/db';
import { ToegangService } from '../toegang/toegang.service';
import { DoelInvoerDto, PlanDto, PlanInvoerDto } from './dto/plan.dto';
import { InstrumentService } from './instrument.service';

interface DoelRij {
  id: string;
  omschrijving: string;
  leefgebied: string | null;
  streefdatum: string;
  status: string;
}

/**
 * The plan van aanpak (docs/gesprek.md): one living plan per client with its doelen, the afspraken linked to them and
 * an evaluatiedatum. A PUT replaces the whole plan under optimistic locking (versie 0 creates it); its history is the
 * change audit.
 */
@Injectable()
export class PlanService {
  constructor(
    private readonly db: Db,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
    private readonly instrument: InstrumentService,
  ) {}

  async lees(actor: Actor, klantId: string): Promise<PlanDto> {
    await this.toegang.klant(actor, klantId);
    const plan = await this.leesPlan(this.db, actor, klantId);
    await this.audit.verwerking(actor, 'plan.inzien', klantId);
    return plan;
  }

  private async leesPlan(tx: Queryable, actor: Actor, klantId: string): Promise<PlanDto> {
    const [plan] = await tx.query(
      `SELECT p.id, p.klant_id AS "klantId", p.evaluatiedatum, p.versie, m.naam AS "medewerkerNaam",
              p.aangemaakt_op AS "aangemaaktOp", p.gewijzigd_op AS "gewijzigdOp"
         FROM plan p JOIN medewerker m ON m.id = p.medewerker_id
        WHERE p.klant_id = $1 AND p.organisatie_id = $2`,
      [klantId, actor.organisatieId],
    );
    if (!plan) {
      return {
        id: null,
        klantId,
        evaluatiedatum: null,
        versie: 0,
        doelen: [],
        medewerkerNaam: null,
        aangemaaktOp: null,
        gewijzigdOp: null,
      };
    }
    const { domeinen } = await this.instrument.actieveVersie(tx, actor.organisatieId);
    const doelen = await tx.query(
      `SELECT d.id, d.omschrijving, d.leefgebied, d.streefdatum, d.status,
              COALESCE((SELECT json_agg(json_build_object('id', a.id, 'soort', a.soort, 'omschrijving', a.omschrijving,
                                                          'einddatum', a.einddatum, 'status', a.status)
                                        ORDER BY a.einddatum, a.aangemaakt_op)
                          FROM afspraak a WHERE a.doel_id = d.id), '[]'::json) AS afspraken
         FROM plan_doel d WHERE d.plan_id = $1 ORDER BY d.volgorde`,
      [plan.id],
    );
    const naam = new Map(domeinen.map((d) => [d.code, d.naam]));
    return {
      ...plan,
      doelen: doelen.map((d: DoelRij) => ({
        ...d,
        leefgebiedNaam: d.leefgebied ? (naam.get(d.leefgebied) ?? d.leefgebied) : null,
      })),
    };
  }

  /**
   * Saves the whole plan: versie must be the one read (0 while there is none), else 409; a doel id that is not a doel
   * of this plan is 404; doelen left out are removed (their afspraken stay, unlinked by the foreign key). Leefgebied
   * from the active instrument, dates by libs/domain. One change record with the old and the new plan.
   */
  async slaOp(actor: Actor, klantId: string, invoer: PlanInvoerDto): Promise<PlanDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      // The client's row serialises two first saves of the same plan (plan.klant_id is unique).
      await tx.query(`SELECT 1 FROM klant WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`, [
        klantId,
        actor.organisatieId,
      ]);
      const [bestaand]: { id: string; versie: number }[] = await tx.query(
        `SELECT id, versie FROM plan WHERE klant_id = $1 AND organisatie_id = $2 FOR UPDATE`,
        [klantId, actor.organisatieId],
      );
      if ((bestaand?.versie ?? 0) !== invoer.versie) throw new VersieConflict();
      const oud = bestaand ? await this.leesPlan(tx, actor, klantId) : null;
      const oudeDoelen = new Map<string, DoelRij>((oud?.doelen ?? []).map((d) => [d.id, d]));

      const fouten: VeldFout[] = [];
      const gezien = new Set<string>();
      for (const [i, d] of invoer.doelen.entries()) {
        if (!d.id) continue;
        if (!oudeDoelen.has(d.id)) throw new NietGevonden('Doel');
        if (gezien.has(d.id)) fouten.push({ veld: `doelen.${i}.id`, melding: 'komt twee keer voor' });
        gezien.add(d.id);
      }
      const { domeinen } = await this.instrument.actieveVersie(tx, actor.organisatieId);
      const codes = new Set(domeinen.map((d) => d.code));
      invoer.doelen.forEach((d, i) => {
        if (d.leefgebied && !codes.has(d.leefgebied))
          fouten.push({
            veld: `doelen.${i}.leefgebied`,
            melding: `leefgebied '${d.leefgebied}' staat niet in het instrument`,
          });
        if (!d.omschrijving.trim()) fouten.push({ veld: `doelen.${i}.omschrijving`, melding: 'mag niet leeg zijn' });
      });
      const [laatste]: { gevoerdOp: Date }[] = await tx.query(
        `SELECT max(gevoerd_op) AS "gevoerdOp" FROM gesprek WHERE klant_id = $1 AND organisatie_id = $2`,
        [klantId, actor.organisatieId],
      );
      fouten.push(
        ...controleerPlanDatums(
          {
            evaluatiedatum: invoer.evaluatiedatum,
            doelen: invoer.doelen.map((d) => ({
              streefdatum: d.streefdatum,
              gewijzigd: !d.id || oudeDoelen.get(d.id)?.streefdatum !== d.streefdatum,
            })),
          },
          laatste?.gevoerdOp ? datumInNederland(laatste.gevoerdOp) : null,
        ),
      );
      if (fouten.length) throw new ValidatieFout(fouten);

      const planId = await this.schrijf(tx, actor, klantId, bestaand?.id ?? null, invoer, oudeDoelen);
      const nieuw = await this.leesPlan(tx, actor, klantId);
      await this.audit.wijziging(tx, actor, {
        resource: 'plan',
        resourceId: planId,
        klantId,
        actie: bestaand ? 'gewijzigd' : 'aangemaakt',
        oud: oud ? alsAudit(oud) : undefined,
        nieuw: alsAudit(nieuw),
      });
      return nieuw;
    });
  }

  private async schrijf(
    tx: EntityManager,
    actor: Actor,
    klantId: string,
    planId: string | null,
    invoer: PlanInvoerDto,
    oudeDoelen: Map<string, DoelRij>,
  ): Promise<string> {
    if (!planId) {
      [{ id: planId }] = await tx.query(
        `INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum) VALUES ($1, $2, $3, $4) RETURNING id`,
        [actor.organisatieId, klantId, actor.medewerkerId, invoer.evaluatiedatum],
      );
    } else {
      await tx.query(
        `UPDATE plan SET evaluatiedatum = $2, medewerker_id = $3, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
        [planId, invoer.evaluatiedatum, actor.medewerkerId],
      );
    }
    const blijven = invoer.doelen.filter((d) => d.id).map((d) => d.id as string);
    // Removing a doel unlinks its afspraken (ON DELETE SET NULL (doel_id)); the afspraken themselves stay.
    await tx.query(`DELETE FROM plan_doel WHERE plan_id = $1 AND NOT (id = ANY ($2::uuid[]))`, [planId, blijven]);
    for (const [i, d] of invoer.doelen.entries()) {
      const waarden = doelWaarden(d);
      if (d.id) {
        const was = oudeDoelen.get(d.id) as DoelRij;
        const gewijzigd =
          was.omschrijving !== waarden.omschrijving ||
          was.leefgebied !== waarden.leefgebied ||
          was.streefdatum !== waarden.streefdatum ||
          was.status !== waarden.status;
        await tx.query(
          `UPDATE plan_doel SET omschrijving = $2, leefgebied = $3, streefdatum = $4, status = $5, volgorde = $6,
                  gewijzigd_op = CASE WHEN $7 THEN now() ELSE gewijzigd_op END
            WHERE id = $1`,
          [d.id, waarden.omschrijving, waarden.leefgebied, waarden.streefdatum, waarden.status, i + 1, gewijzigd],
        );
      } else {
        await tx.query(
          `INSERT INTO plan_doel (organisatie_id, klant_id, plan_id, omschrijving, leefgebied, streefdatum, status, volgorde)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            actor.organisatieId,
            klantId,
            planId,
            waarden.omschrijving,
            waarden.leefgebied,
            waarden.streefdatum,
            waarden.status,
            i + 1,
          ],
        );
      }
    }
    return planId as string;
  }

  /**
   * "Mijn plan": one A4 page in plain Dutch (B1) for the client, with the doelen and their afspraken, when we look at
   * it together again, and who to call.
   */
  async alsPdf(actor: Actor, klantId: string): Promise<Buffer> {
    await this.toegang.klant(actor, klantId);
    const plan = await this.leesPlan(this.db, actor, klantId);
    const [klant]: { naam: string; klantmanager: string | null }[] = await this.db.query(
      `SELECT concat_ws(' ', k.voornamen, k.achternaam) AS naam, m.naam AS klantmanager
         FROM klant k LEFT JOIN medewerker m ON m.id = k.klantmanager_id
        WHERE k.id = $1 AND k.organisatie_id = $2`,
      [klantId, actor.organisatieId],
    );
    await this.audit.verwerking(actor, 'plan.pdf', klantId);
    const klantmanager = klant.klantmanager ?? plan.medewerkerNaam;
    const pdf = new LeesbaarPdf('Mijn plan', `Plan van aanpak van ${klant.naam}`);
    pdf.kop1('Mijn plan').alinea(`Dit is het plan van ${klant.naam}. Hierin staat wat we samen hebben afgesproken.`);
    pdf.kop2('Wat we hebben afgesproken');
    const doelen = plan.doelen.filter((d) => d.status !== 'vervallen');
    if (doelen.length === 0) pdf.alinea('We hebben nog geen doelen opgeschreven.');
    pdf.punten(
      doelen.map((d) => ({
        tekst:
          d.status === 'lopend'
            ? `${d.omschrijving} — vóór ${datumInWoorden(d.streefdatum)}`
            : `${d.omschrijving} — ${DOEL_STATUS_LABELS[d.status].toLowerCase()}`,
        onder: d.afspraken
          .filter((a) => a.status === 'lopend')
          .map((a) => `${a.omschrijving} (tot ${datumInWoorden(a.einddatum)})`),
      })),
    );
    pdf.kop2('Wanneer kijken we er samen weer naar?');
    pdf.alinea(
      plan.evaluatiedatum
        ? `Rond ${datumInWoorden(plan.evaluatiedatum)} bespreken we samen hoe het gaat.`
        : 'We spreken samen af wanneer we het plan weer bespreken.',
    );
    pdf.kop2('Je klantmanager');
    pdf.alinea(klantmanager ? `Je klantmanager is ${klantmanager}.` : 'Je krijgt binnenkort een vaste klantmanager.');
    pdf.alinea(
      `Heb je een vraag, of lukt iets niet? Bel of mail ${klantmanager ? `${klantmanager}` : 'ons'}. We helpen je graag.`,
    );
    return pdf.alsBuffer();
  }
}

function doelWaarden(d: DoelInvoerDto) {
  return {
    omschrijving: d.omschrijving.trim(),
    leefgebied: d.leefgebied ?? null,
    streefdatum: d.streefdatum,
    status: d.status,
  };
}

/** The plan as the change audit keeps it: what was agreed, without names and read-only fields. */
function alsAudit(plan: PlanDto): Record<string, unknown> {
  return {
    versie: plan.versie,
    evaluatiedatum: plan.evaluatiedatum,
    doelen: plan.doelen.map((d) => ({
      id: d.id,
      omschrijving: d.omschrijving,
      leefgebied: d.leefgebied,
      streefdatum: d.streefdatum,
      status: d.status,
    })),
  };
}
