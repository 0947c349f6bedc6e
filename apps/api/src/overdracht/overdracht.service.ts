import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { NietGevonden, RegelFout } from '../common/fouten';
import { Db } from '../database/db';
import { ToegangService } from '../toegang/toegang.service';
import { OVERDRACHT_FORMAAT, OVERDRACHT_VERSIE } from './formaat';

/** A medewerker as the target knows them: by e-mail and gebruikersnaam, never by an id of the source. */
const MEDEWERKER = (m: string) =>
  `CASE WHEN ${m}.id IS NULL THEN NULL ELSE jsonb_build_object('gebruikersnaam', ${m}.gebruikersnaam, 'naam', ${m}.naam, 'email', ${m}.email) END`;

/**
 * GET /api/klanten/{id}/overdracht: the whole dossier as one JSON document that `soort: "overdracht"` imports in
 * another organisatie (docs/overdracht.md, docs/overdracht.schema.json). Contains the full BSN: the access rule of
 * the dossier applies, and the export is logged in the access log.
 */
@Injectable()
export class OverdrachtService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly toegang: ToegangService,
  ) {}

  async document(actor: Actor, klantId: string): Promise<Record<string, unknown>> {
    await this.toegang.klant(actor, klantId);
    const q = (sql: string) => this.db.query(sql, [klantId, actor.organisatieId]);
    const [klant] = await q(
      `SELECT k.bsn, k.voornamen, k.achternaam, to_char(k.geboortedatum, 'YYYY-MM-DD') AS geboortedatum,
              jsonb_build_object('cbsCode', g.cbs_code, 'naam', g.naam) AS gemeente, k.adres, k.telefoon, k.email,
              k.doelgroep, to_char(k.startdatum_uitkering, 'YYYY-MM-DD') AS "startdatumUitkering",
              jsonb_build_object('code', c.code, 'naam', c.naam) AS dienstverleningscategorie,
              ${MEDEWERKER('m')} AS klantmanager, k.status, to_char(k.uitstroomdatum, 'YYYY-MM-DD') AS uitstroomdatum,
              k.uitstroomreden, k.geanonimiseerd_op AS "geanonimiseerdOp"
         FROM klant k
         JOIN gemeente g ON g.id = k.gemeente_id
         JOIN dienstverleningscategorie c ON c.organisatie_id = k.organisatie_id AND c.code = k.dienstverleningscategorie
         LEFT JOIN medewerker m ON m.id = k.klantmanager_id
        WHERE k.id = $1 AND k.organisatie_id = $2`,
    );
    if (!klant) throw new NietGevonden('Klant');
    // An anonymised client has no BSN left: there is no dossier to hand over.
    if (!klant.bsn)
      throw new RegelFout(
        'GEANONIMISEERD',
        'Van deze klant zijn de gegevens verwijderd: de bewaartermijn is verstreken.',
      );
    const { geanonimiseerdOp: _g, ...klantGegevens } = klant;
    const [organisatie] = await this.db.query(`SELECT code, naam FROM organisatie WHERE id = $1`, [
      actor.organisatieId,
    ]);
    const document = {
      formaat: OVERDRACHT_FORMAAT,
      versie: OVERDRACHT_VERSIE,
      opgesteldOp: new Date().toISOString(),
      bron: { organisatie: { code: organisatie.code, naam: organisatie.naam } },
      klant: klantGegevens,
      toewijzingen: await q(
        `SELECT t.van, t.tot, ${MEDEWERKER('m')} AS klantmanager
           FROM klant_toewijzing t LEFT JOIN medewerker m ON m.id = t.klantmanager_id
          WHERE t.klant_id = $1 AND t.organisatie_id = $2 ORDER BY t.van, t.id`,
      ),
      contactmomenten: await q(
        `SELECT x.id AS "bronId", x.plaatsgevonden_op AS "plaatsgevondenOp", x.kanaal, x.initiatief, x.resultaat, x.onderwerp,
                x.samenvatting, ${MEDEWERKER('m')} AS medewerker
           FROM contactmoment x JOIN medewerker m ON m.id = x.medewerker_id
          WHERE x.klant_id = $1 AND x.organisatie_id = $2 ORDER BY x.plaatsgevonden_op, x.id`,
      ),
      ladderMetingen: await q(
        `SELECT x.id AS "bronId", x.trede, x.doeltrede, to_char(x.gemeten_op, 'YYYY-MM-DD') AS "gemetenOp", x.toelichting,
                ${MEDEWERKER('m')} AS medewerker
           FROM ladder_meting x JOIN medewerker m ON m.id = x.medewerker_id
          WHERE x.klant_id = $1 AND x.organisatie_id = $2 ORDER BY x.gemeten_op, x.aangemaakt_op, x.id`,
      ),
      afspraken: await q(
        `SELECT x.id AS "bronId", x.soort, x.omschrijving, to_char(x.startdatum, 'YYYY-MM-DD') AS startdatum,
                to_char(x.einddatum, 'YYYY-MM-DD') AS einddatum, x.status, x.resultaat_toelichting AS "resultaatToelichting",
                ${MEDEWERKER('m')} AS medewerker
           FROM afspraak x JOIN medewerker m ON m.id = x.medewerker_id
          WHERE x.klant_id = $1 AND x.organisatie_id = $2 ORDER BY x.startdatum, x.aangemaakt_op, x.id`,
      ),
      vrijstellingen: await q(
        `SELECT x.id AS "bronId", x.soort, x.omvang, x.reden, to_char(x.ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum,
                to_char(x.einddatum, 'YYYY-MM-DD') AS einddatum, to_char(x.herbeoordelingsdatum, 'YYYY-MM-DD') AS herbeoordelingsdatum,
                x.beschikking_kenmerk AS "beschikkingKenmerk", to_char(x.beschikking_datum, 'YYYY-MM-DD') AS "beschikkingDatum",
                x.besluit_url AS "besluitUrl", x.toelichting, to_char(x.ingetrokken_op, 'YYYY-MM-DD') AS "ingetrokkenOp",
                ${MEDEWERKER('m')} AS medewerker
           FROM vrijstelling x JOIN medewerker m ON m.id = x.medewerker_id
          WHERE x.klant_id = $1 AND x.organisatie_id = $2 ORDER BY x.ingangsdatum, x.aangemaakt_op, x.id`,
      ),
    };
    for (const rij of document.toewijzingen as { van: Date | string; tot: Date | string | null }[]) {
      rij.van = new Date(rij.van).toISOString();
      rij.tot = rij.tot === null ? null : new Date(rij.tot).toISOString();
    }
    for (const rij of document.contactmomenten as { plaatsgevondenOp: Date | string }[])
      rij.plaatsgevondenOp = new Date(rij.plaatsgevondenOp).toISOString();
    // A transfer of the whole dossier, full BSN included: an export in the access log (the monthly report counts it).
    await this.audit.verwerking(actor, 'klant.overdracht_export', klantId);
    return document;
  }
}
