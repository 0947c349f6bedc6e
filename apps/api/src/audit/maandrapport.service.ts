import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { Db } from '../database/db';
import { AuditService } from './audit.service';
import { RapportDto, RapportMedewerkerDto } from './dto/audit.dto';
import { csvVeld } from '../common/formule';

/**
 * The monthly usage report per medewerker, in the manner of the BKWI reports on Suwinet use: how many client
 * records each medewerker read, how many distinct clients, how many of another team (the client's klantmanager at
 * that moment was in another team), doorbrekingen with their reasons, BSN views, exports and refused attempts.
 */
const RAPPORT_SQL = `
  WITH grens AS (
    SELECT ($2 || '-01')::date::timestamp AT TIME ZONE 'Europe/Amsterdam' AS van,
           (($2 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Amsterdam' AS tot),
  v AS (
    SELECT v.* FROM verwerking v, grens g WHERE v.organisatie_id = $1 AND v.tijdstip >= g.van AND v.tijdstip < g.tot),
  buiten AS (
    SELECT v.id
      FROM v
      JOIN medewerker m ON m.id = v.medewerker_id
      CROSS JOIN LATERAL (SELECT t.klantmanager_id FROM klant_toewijzing t
                           WHERE t.klant_id = v.klant_id AND t.van <= v.tijdstip ORDER BY t.van DESC LIMIT 1) t
      JOIN medewerker km ON km.id = t.klantmanager_id
     WHERE v.klant_id IS NOT NULL AND v.resultaat = 'gelukt' AND coalesce(v.activiteit, 're_integratie') = 're_integratie'
       AND km.team_id IS DISTINCT FROM m.team_id),
  per_medewerker AS (
    SELECT v.medewerker_id,
           count(*) FILTER (WHERE v.klant_id IS NOT NULL AND v.resultaat = 'gelukt') AS inzagen,
           count(DISTINCT v.klant_id) FILTER (WHERE v.resultaat = 'gelukt') AS klanten,
           count(b.id) AS buiten,
           count(*) FILTER (WHERE v.handeling = 'bsn.tonen') AS bsn,
           count(*) FILTER (WHERE v.handeling LIKE '%export%') AS exports,
           count(*) FILTER (WHERE v.resultaat = 'geweigerd') AS geweigerd
      FROM v LEFT JOIN buiten b ON b.id = v.id
     GROUP BY v.medewerker_id),
  doorbraken AS (
    SELECT d.medewerker_id, count(*) AS n,
           json_agg(json_build_object('klantId', d.klant_id, 'klantNaam', k.voornamen || ' ' || k.achternaam, 'tijdstip', d.tijdstip, 'reden', d.reden)
                    ORDER BY d.tijdstip) AS redenen
      FROM doorbreking d JOIN klant k ON k.id = d.klant_id, grens g
     WHERE d.organisatie_id = $1 AND d.tijdstip >= g.van AND d.tijdstip < g.tot
     GROUP BY d.medewerker_id)
  SELECT m.id AS "medewerkerId", m.naam, m.rol, coalesce(p.inzagen, 0) AS inzagen, coalesce(p.klanten, 0) AS klanten,
         coalesce(p.buiten, 0) AS "buitenEigenTeam", coalesce(d.n, 0) AS doorbrekingen, coalesce(p.bsn, 0) AS "bsnInzagen",
         coalesce(p.exports, 0) AS exports, coalesce(p.geweigerd, 0) AS geweigerd, coalesce(d.redenen, '[]') AS "doorbrekingRedenen"
    FROM medewerker m
    LEFT JOIN per_medewerker p ON p.medewerker_id = m.id
    LEFT JOIN doorbraken d ON d.medewerker_id = m.id
   WHERE m.organisatie_id = $1 AND (p.medewerker_id IS NOT NULL OR d.medewerker_id IS NOT NULL)
   ORDER BY coalesce(p.buiten, 0) DESC, m.naam`;

@Injectable()
export class MaandrapportService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async rapport(actor: Actor, maand: string): Promise<RapportDto> {
    const medewerkers: RapportMedewerkerDto[] = await this.db.query(RAPPORT_SQL, [actor.organisatieId, maand]);
    await this.audit.verwerking(actor, 'audit.rapport', null, { activiteit: 'privacytoezicht' });
    return { maand, medewerkers };
  }

  async alsCsv(actor: Actor, maand: string): Promise<string> {
    const { medewerkers } = await this.rapport(actor, maand);
    const kop = [
      'medewerker',
      'rol',
      'inzagen',
      'klanten',
      'buiten eigen team',
      'doorbrekingen',
      'BSN getoond',
      'exports',
      'geweigerd',
      'redenen doorbreken',
    ];
    const regels = medewerkers.map((m) =>
      [
        m.naam,
        m.rol,
        m.inzagen,
        m.klanten,
        m.buitenEigenTeam,
        m.doorbrekingen,
        m.bsnInzagen,
        m.exports,
        m.geweigerd,
        m.doorbrekingRedenen.map((d) => d.reden).join(' | '),
      ]
        .map((waarde) => csvVeld(waarde))
        .join(';'),
    );
    // BOM: Excel then reads the file as UTF-8.
    return `\uFEFF${[kop.join(';'), ...regels].join('\r\n')}\r\n`;
  }
}
