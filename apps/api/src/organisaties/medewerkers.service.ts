import {
  overdrachtOverzicht,
  ROL_LABELS,
  ROLLEN_MET_TEAM,
  verdeelOverTeam,
  type Ontvanger,
  type Rol,
  type Toewijzing,
} from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, verschil } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import {
  Conflict,
  isUniekSchending,
  NietGevonden,
  RegelFout,
  ValidatieFout,
  VersieConflict,
  type VeldFout,
} from '../common/fouten';
import { Pagina, pagineerSql } from '../common/paginering';
import { Db, type Queryable } from '../database/db';
import {
  EenmaligeCodeDto,
  MedewerkerInvoerDto,
  MedewerkerLijstQuery,
  MedewerkerSamenvattingDto,
  MedewerkerWijzigingDto,
  NieuweMedewerkerDto,
  OverdrachtKeuze,
  OverdrachtVoorbeeldDto,
} from './dto/organisatie.dto';
import { hashHerstelcode, HERSTELCODE_UREN, nieuweHerstelcode } from './herstelcode';

/** LIKE pattern for a user's search text: % and _ are literal characters, not wildcards. */
export function likePatroon(tekst: string): string {
  return tekst.replace(/[\\%_]/g, (teken) => `\\${teken}`);
}

const SAMENVATTING = `
  SELECT m.id, m.naam, m.rol, m.team_id AS "teamId", m.actief, m.gebruikersnaam, m.email, t.naam AS "teamNaam",
         (m.wachtwoord_hash IS NOT NULL OR m.herstelcode_hash IS NOT NULL) AS lokaal,
         CASE WHEN m.herstelcode_verloopt_op > now() THEN m.herstelcode_verloopt_op END AS "codeVerlooptOp",
         (SELECT count(*)::int FROM klant k
           WHERE k.organisatie_id = m.organisatie_id AND k.klantmanager_id = m.id AND k.status = 'actief') AS "aantalKlanten",
         m.versie
    FROM medewerker m LEFT JOIN team t ON t.id = m.team_id`;

const heeftTeam = (rol: Rol) => (ROLLEN_MET_TEAM as readonly Rol[]).includes(rol);

interface MedewerkerRij {
  id: string;
  naam: string;
  rol: Rol;
  teamId: string | null;
  actief: boolean;
  email: string | null;
  versie: number;
}

/**
 * Beheer of medewerkers (docs/beheer.md): create, change, deactivate with the leaver hand-over, reactivate, and
 * one-time codes for local accounts. Every change is in the change audit under resource `medewerker`; moved clients
 * each get a `klant` record.
 */
@Injectable()
export class MedewerkersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  lijst(actor: Actor, query: MedewerkerLijstQuery): Promise<Pagina<MedewerkerSamenvattingDto>> {
    return pagineerSql(
      this.db,
      {
        sql: `${SAMENVATTING}
               WHERE m.organisatie_id = $1
                 AND ($2::text IS NULL OR m.rol = $2)
                 AND ($3::uuid IS NULL OR m.team_id = $3)
                 AND ($4::boolean IS NULL OR m.actief = $4)
                 AND ($5::text IS NULL OR m.naam ILIKE '%' || $5 || '%' OR m.gebruikersnaam ILIKE '%' || $5 || '%'
                      OR m.email ILIKE '%' || $5 || '%')`,
        params: [
          actor.organisatieId,
          query.rol ?? null,
          query.teamId ?? null,
          query.actief === undefined ? null : query.actief === 'true',
          query.zoek?.trim() ? likePatroon(query.zoek.trim()) : null,
        ],
        orderBy: 'actief DESC, naam, id',
      },
      query,
    );
  }

  async lees(actor: Actor, id: string, tx: Queryable = this.db): Promise<MedewerkerSamenvattingDto> {
    const [rij] = await tx.query(`${SAMENVATTING} WHERE m.id = $1 AND m.organisatie_id = $2`, [
      id,
      actor.organisatieId,
    ]);
    if (!rij) throw new NietGevonden('Medewerker');
    return rij;
  }

  async maak(actor: Actor, invoer: MedewerkerInvoerDto): Promise<NieuweMedewerkerDto> {
    return this.db.transaction(async (tx) => {
      const teamId = heeftTeam(invoer.rol) ? (invoer.teamId ?? null) : invoer.teamId;
      const fouten = await this.controleerTeam(tx, actor, invoer.rol, teamId ?? null, true);
      if (fouten.length) throw new ValidatieFout(fouten);
      const lokaal = invoer.lokaal ?? true;
      const code = lokaal ? nieuweHerstelcode() : undefined;
      let id: string;
      try {
        [{ id }] = await tx.query(
          `INSERT INTO medewerker (organisatie_id, team_id, gebruikersnaam, naam, rol, email, herstelcode_hash, herstelcode_verloopt_op)
           VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::text IS NULL THEN NULL ELSE now() + make_interval(hours => $8) END)
           RETURNING id`,
          [
            actor.organisatieId,
            teamId ?? null,
            invoer.gebruikersnaam.trim().toLowerCase(),
            invoer.naam.trim(),
            invoer.rol,
            invoer.email.trim(),
            code ? await hashHerstelcode(code) : null,
            HERSTELCODE_UREN,
          ],
        );
      } catch (fout) {
        throw this.alsDubbel(fout);
      }
      const medewerker = await this.lees(actor, id, tx);
      await this.audit.wijziging(tx, actor, {
        resource: 'medewerker',
        resourceId: id,
        klantId: null,
        actie: 'aangemaakt',
        nieuw: {
          gebruikersnaam: medewerker.gebruikersnaam,
          naam: medewerker.naam,
          rol: medewerker.rol,
          teamId: medewerker.teamId,
          email: medewerker.email,
          lokaal,
        },
      });
      return {
        medewerker,
        ...(code && medewerker.codeVerlooptOp
          ? { eenmaligeCode: { code, verlooptOp: new Date(medewerker.codeVerlooptOp).toISOString() } }
          : {}),
      };
    });
  }

  async wijzig(actor: Actor, id: string, invoer: MedewerkerWijzigingDto): Promise<MedewerkerSamenvattingDto> {
    return this.db.transaction(async (tx) => {
      const [oud]: MedewerkerRij[] = await tx.query(
        `SELECT id, naam, rol, team_id AS "teamId", actief, email, versie
           FROM medewerker WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`,
        [id, actor.organisatieId],
      );
      if (!oud) throw new NietGevonden('Medewerker');
      if (oud.versie !== invoer.versie) throw new VersieConflict();

      const rol = invoer.rol ?? oud.rol;
      const actief = invoer.actief ?? oud.actief;
      // A role without a team loses it; a role with one keeps the current team unless another is given.
      const teamId = heeftTeam(rol)
        ? invoer.teamId !== undefined
          ? invoer.teamId
          : oud.teamId
        : (invoer.teamId ?? null);
      const nieuw = {
        naam: invoer.naam?.trim() ?? oud.naam,
        rol,
        teamId: heeftTeam(rol) ? teamId : null,
        actief,
        email: invoer.email?.trim() ?? oud.email,
      };
      const teamControleren = teamId !== oud.teamId || (actief && !oud.actief);
      const fouten = await this.controleerTeam(tx, actor, rol, teamId, teamControleren);
      fouten.push(...this.keuzeFouten(invoer));
      if (fouten.length) throw new ValidatieFout(fouten);

      if (oud.rol === 'beheerder' && oud.actief && (rol !== 'beheerder' || !actief)) {
        const anderen = await tx.query(
          `SELECT id FROM medewerker WHERE organisatie_id = $1 AND rol = 'beheerder' AND actief AND id <> $2 FOR UPDATE`,
          [actor.organisatieId, id],
        );
        if (anderen.length === 0)
          throw new RegelFout(
            'LAATSTE_BEHEERDER',
            'Dit is de laatste actieve functioneel beheerder. Maak eerst iemand anders beheerder.',
          );
      }

      // A klantmanager who stops being one in this team (leaves, changes role or team) hands over the caseload.
      const vertrekt =
        oud.rol === 'klantmanager' && oud.actief && (!actief || rol !== 'klantmanager' || nieuw.teamId !== oud.teamId);
      let verplaatst = 0;
      if (vertrekt) verplaatst = await this.draagOver(tx, actor, oud, invoer);

      const { oud: was, nieuw: wordt } = verschil(
        { naam: oud.naam, rol: oud.rol, teamId: oud.teamId, actief: oud.actief, email: oud.email },
        nieuw,
      );
      if (Object.keys(wordt).length > 0) {
        try {
          await tx.query(
            `UPDATE medewerker SET naam = $2, rol = $3, team_id = $4, actief = $5, email = $6, versie = versie + 1 WHERE id = $1`,
            [id, nieuw.naam, nieuw.rol, nieuw.teamId, nieuw.actief, nieuw.email],
          );
        } catch (fout) {
          throw this.alsDubbel(fout);
        }
        await this.audit.wijziging(tx, actor, {
          resource: 'medewerker',
          resourceId: id,
          klantId: null,
          actie: 'gewijzigd',
          oud: was,
          nieuw: verplaatst > 0 ? { ...wordt, klantenOverdragen: verplaatst } : wordt,
        });
      }
      return this.lees(actor, id, tx);
    });
  }

  /** Who would get how many, without changing anything (the same checks as the hand-over itself). */
  async overdrachtVoorbeeld(actor: Actor, id: string, keuze: OverdrachtKeuze): Promise<OverdrachtVoorbeeldDto> {
    const [m]: MedewerkerRij[] = await this.db.query(
      `SELECT id, naam, rol, team_id AS "teamId", actief, email, versie FROM medewerker WHERE id = $1 AND organisatie_id = $2`,
      [id, actor.organisatieId],
    );
    if (!m) throw new NietGevonden('Medewerker');
    const fouten = this.keuzeFouten(keuze);
    if (fouten.length) throw new ValidatieFout(fouten);
    const klanten = await this.actieveKlanten(this.db, actor, id, false);
    if (!keuze.naarKlantmanagerId && !keuze.verdelenOverTeam) return { aantalKlanten: klanten.length, ontvangers: [] };
    const { toewijzingen, ontvangers } = await this.verdeling(this.db, actor, m, keuze, klanten);
    return {
      aantalKlanten: klanten.length,
      ontvangers: overdrachtOverzicht(toewijzingen, ontvangers).map((o) => ({
        medewerkerId: o.id,
        naam: o.naam,
        aantal: o.aantal,
        caseloadNa: o.caseloadNa,
      })),
    };
  }

  /** A new one-time code (shown once); only its hash is kept. The medewerker's sessions end. */
  async wachtwoordHerstel(actor: Actor, id: string): Promise<EenmaligeCodeDto> {
    return this.db.transaction(async (tx) => {
      const [m]: { actief: boolean; lokaal: boolean }[] = await tx.query(
        `SELECT actief, (wachtwoord_hash IS NOT NULL OR herstelcode_hash IS NOT NULL) AS lokaal
           FROM medewerker WHERE id = $1 AND organisatie_id = $2 FOR UPDATE`,
        [id, actor.organisatieId],
      );
      if (!m) throw new NietGevonden('Medewerker');
      if (!m.actief)
        throw new RegelFout('GEDEACTIVEERD', 'Deze medewerker is gedeactiveerd. Heractiveer eerst het account.');
      if (!m.lokaal)
        throw new RegelFout(
          'GEEN_LOKAAL_ACCOUNT',
          'Deze medewerker logt alleen in via de eigen inlogdienst (SSO) en heeft geen wachtwoord.',
        );
      const code = nieuweHerstelcode();
      // (A CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
      const [{ verlooptOp }]: { verlooptOp: Date }[] = await tx.query(
        `WITH u AS (
           UPDATE medewerker SET herstelcode_hash = $2, herstelcode_verloopt_op = now() + make_interval(hours => $3)
            WHERE id = $1 RETURNING herstelcode_verloopt_op)
         SELECT herstelcode_verloopt_op AS "verlooptOp" FROM u`,
        [id, await hashHerstelcode(code), HERSTELCODE_UREN],
      );
      await tx.query(
        `UPDATE sessie SET beeindigd_op = now(), reden_einde = 'wachtwoord_gewijzigd'
          WHERE medewerker_id = $1 AND beeindigd_op IS NULL`,
        [id],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'medewerker',
        resourceId: id,
        klantId: null,
        actie: 'gewijzigd',
        nieuw: { eenmaligeCodeUitgegeven: true, codeVerlooptOp: verlooptOp.toISOString() },
      });
      return { code, verlooptOp: verlooptOp.toISOString() };
    });
  }

  private keuzeFouten(keuze: OverdrachtKeuze): VeldFout[] {
    return keuze.naarKlantmanagerId && keuze.verdelenOverTeam
      ? [{ veld: 'verdelenOverTeam', melding: 'kan niet samen met naarKlantmanagerId: kies één van beide' }]
      : [];
  }

  /** 400 on teamId: required for klantmanager and teamleider, absent for the others, and an active team of ours. */
  private async controleerTeam(
    tx: Queryable,
    actor: Actor,
    rol: Rol,
    teamId: string | null,
    bestaanControleren: boolean,
  ): Promise<VeldFout[]> {
    if (!heeftTeam(rol)) {
      return teamId
        ? [
            {
              veld: 'teamId',
              melding: `hoort niet bij de rol ${ROL_LABELS[rol]}: alleen klantmanagers en teamleiders hebben een team`,
            },
          ]
        : [];
    }
    if (!teamId) return [{ veld: 'teamId', melding: `is verplicht voor de rol ${ROL_LABELS[rol]}` }];
    if (!bestaanControleren) return [];
    const [team]: { gearchiveerd: boolean }[] = await tx.query(
      `SELECT gearchiveerd_op IS NOT NULL AS gearchiveerd FROM team WHERE id = $1 AND organisatie_id = $2`,
      [teamId, actor.organisatieId],
    );
    if (!team) return [{ veld: 'teamId', melding: 'is geen team van deze organisatie' }];
    if (team.gearchiveerd) return [{ veld: 'teamId', melding: 'is gearchiveerd; kies een ander team' }];
    return [];
  }

  private actieveKlanten(
    tx: Queryable,
    actor: Actor,
    medewerkerId: string,
    vergrendel: boolean,
  ): Promise<{ id: string }[]> {
    return tx.query(
      `SELECT id FROM klant WHERE organisatie_id = $1 AND klantmanager_id = $2 AND status = 'actief'
        ORDER BY achternaam, voornamen, id ${vergrendel ? 'FOR UPDATE' : ''}`,
      [actor.organisatieId, medewerkerId],
    );
  }

  /** The successor, or the team's other active klantmanagers, and who gets which client. */
  private async verdeling(
    tx: Queryable,
    actor: Actor,
    vertrekker: MedewerkerRij,
    keuze: OverdrachtKeuze,
    klanten: { id: string }[],
  ): Promise<{ toewijzingen: Toewijzing<{ id: string }>[]; ontvangers: Ontvanger[] }> {
    const ontvangers: Ontvanger[] = await tx.query(
      `SELECT m.id, m.naam,
              (SELECT count(*)::int FROM klant k
                WHERE k.organisatie_id = m.organisatie_id AND k.klantmanager_id = m.id AND k.status = 'actief') AS caseload
         FROM medewerker m
        WHERE m.organisatie_id = $1 AND m.rol = 'klantmanager' AND m.actief AND m.id <> $2
          AND (CASE WHEN $3::uuid IS NOT NULL THEN m.id = $3 ELSE m.team_id = $4 END)
        ORDER BY m.naam, m.id`,
      [actor.organisatieId, vertrekker.id, keuze.naarKlantmanagerId ?? null, vertrekker.teamId],
    );
    if (keuze.naarKlantmanagerId && ontvangers.length === 0) {
      throw new ValidatieFout([
        {
          veld: 'naarKlantmanagerId',
          melding:
            keuze.naarKlantmanagerId === vertrekker.id
              ? 'is de medewerker zelf; kies een andere klantmanager'
              : 'is geen actieve klantmanager van deze organisatie',
        },
      ]);
    }
    if (ontvangers.length === 0 && klanten.length > 0) {
      throw new RegelFout(
        'GEEN_ONTVANGERS',
        'Er is in dit team geen andere actieve klantmanager om de klanten over te verdelen. Kies een opvolger.',
      );
    }
    return { toewijzingen: verdeelOverTeam(klanten, ontvangers), ontvangers };
  }

  /**
   * Moves the leaver's active clients in one statement: the trigger on klant.klantmanager_id keeps the assignment
   * history, and the same statement writes one change-audit record per client. Returns how many moved.
   */
  private async draagOver(tx: EntityManager, actor: Actor, vertrekker: MedewerkerRij, keuze: OverdrachtKeuze) {
    const klanten = await this.actieveKlanten(tx, actor, vertrekker.id, true);
    if (klanten.length === 0) return 0;
    if (!keuze.naarKlantmanagerId && !keuze.verdelenOverTeam) {
      throw new RegelFout(
        'OVERDRACHT_NODIG',
        `Deze klantmanager heeft nog ${klanten.length} actieve klant${klanten.length === 1 ? '' : 'en'}. ` +
          'Kies een opvolger of verdeel de klanten over het team.',
      );
    }
    // The receivers' rows are locked so their caseloads cannot change under the spread.
    const { toewijzingen } = await this.verdeling(tx, actor, vertrekker, keuze, klanten);
    await tx.query(`SELECT 1 FROM medewerker WHERE id = ANY ($1::uuid[]) FOR UPDATE`, [
      [...new Set(toewijzingen.map((t) => t.naarId))],
    ]);
    const rijen: unknown[] = await tx.query(
      `WITH toewijzing AS (SELECT * FROM unnest($3::uuid[], $4::uuid[]) AS t (klant_id, naar_id)),
            verplaatst AS (
              UPDATE klant k SET klantmanager_id = t.naar_id, versie = k.versie + 1, gewijzigd_op = now()
                FROM toewijzing t
               WHERE k.organisatie_id = $1 AND k.id = t.klant_id AND k.klantmanager_id = $2 AND k.status = 'actief'
              RETURNING k.id, k.klantmanager_id)
       INSERT INTO wijziging (organisatie_id, medewerker_id, klant_id, resource, resource_id, actie, oud, nieuw, trace_id)
       SELECT $1, $5, v.id, 'klant', v.id, 'gewijzigd', jsonb_build_object('klantmanagerId', $2::uuid),
              jsonb_build_object('klantmanagerId', v.klantmanager_id), $6
         FROM verplaatst v
       RETURNING id`,
      [
        actor.organisatieId,
        vertrekker.id,
        toewijzingen.map((t) => t.klant.id),
        toewijzingen.map((t) => t.naarId),
        actor.medewerkerId,
        actor.traceId || null,
      ],
    );
    if (rijen.length !== klanten.length) throw new Error('Overdracht onvolledig: niet elke klant is verplaatst.');
    return rijen.length;
  }

  private alsDubbel(fout: unknown): unknown {
    if (isUniekSchending(fout, 'medewerker_gebruikersnaam_key'))
      return new Conflict('GEBRUIKERSNAAM_BESTAAT', 'Deze gebruikersnaam is al in gebruik.', [
        { veld: 'gebruikersnaam', melding: 'is al in gebruik' },
      ]);
    if (isUniekSchending(fout, 'medewerker_email_key'))
      return new Conflict('EMAIL_BESTAAT', 'Dit e-mailadres is al in gebruik bij een andere medewerker.', [
        { veld: 'email', melding: 'is al in gebruik bij een andere medewerker' },
      ]);
    return fout;
  }
}
