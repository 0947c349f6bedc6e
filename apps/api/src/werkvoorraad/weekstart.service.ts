import { campagneLoopt, maandagVan, plusDagen, vandaag } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DEELNEMERS_SQL } from '../campagnes/deelnemers.sql';
import type { Actor } from '../common/actor';
import { Db } from '../database/db';
import { WeekstartCijfersDto, WeekstartDto, WeekstartMedewerkerDto } from './dto/weekstart.dto';
import { WerkvoorraadService } from './werkvoorraad.service';

type CampagneCijfers = Pick<WeekstartCijfersDto, 'gepland' | 'gevoerd' | 'noShows' | 'tePlannen'>;
const CAMPAGNE_VELDEN = ['gepland', 'gevoerd', 'noShows', 'tePlannen'] as const;
const ALLE_VELDEN = [...CAMPAGNE_VELDEN, 'openItems', 'uitBeeld', 'bijnaUitBeeld'] as const;

/**
 * Per medewerker of one campagne: the week's invitations and gesprekken and who still has deelnemers to invite. The
 * statuses and invitation outcomes come from DEELNEMERS_SQL (its CTEs `uf` and `dl`), never derived again here.
 * $1 campagne, $2 Monday, $3 team members, $4 whether te_plannen counts (the campagne runs today).
 * An extern counts for the team only with deelnemers who are clients of the team.
 */
const WEEK_SQL = `
  ${DEELNEMERS_SQL},
  week AS (SELECT ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam') AS van,
                  (($2::date + 7)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS tot),
  feit AS (
    SELECT uf.medewerker_id, uf.klant_id, 'gepland' AS soort FROM uf, week
     WHERE uf.datum_tijd >= week.van AND uf.datum_tijd < week.tot AND uf.uitkomst IS DISTINCT FROM 'afgezegd'
    UNION ALL
    SELECT uf.medewerker_id, uf.klant_id, 'no_show' FROM uf, week
     WHERE uf.datum_tijd >= week.van AND uf.datum_tijd < week.tot AND uf.uitkomst = 'no_show'
    UNION ALL
    SELECT g.medewerker_id, g.klant_id, 'gevoerd' FROM gesprek g, week
     WHERE g.campagne_id = $1 AND g.gevoerd_op >= week.van AND g.gevoerd_op < week.tot
    UNION ALL
    -- Who invites: the deelnemer's medewerker, else the client's klantmanager (as the werkvoorraad item).
    SELECT coalesce(dl.medewerker_id, k.klantmanager_id), dl.klant_id, 'te_plannen'
      FROM dl JOIN klant k ON k.id = dl.klant_id
     WHERE $4 AND dl.status = 'te_plannen'
  )
  SELECT f.medewerker_id AS "medewerkerId", m.naam, m.rol,
         count(*) FILTER (WHERE f.soort = 'gepland')::int AS gepland,
         count(*) FILTER (WHERE f.soort = 'gevoerd')::int AS gevoerd,
         count(*) FILTER (WHERE f.soort = 'no_show')::int AS "noShows",
         count(*) FILTER (WHERE f.soort = 'te_plannen')::int AS "tePlannen"
    FROM feit f
    JOIN medewerker m ON m.id = f.medewerker_id
    JOIN klant k ON k.id = f.klant_id
   WHERE f.medewerker_id = ANY ($3::uuid[]) OR (m.rol = 'extern' AND k.klantmanager_id = ANY ($3::uuid[]))
   GROUP BY f.medewerker_id, m.naam, m.rol`;

interface CampagneRij extends CampagneCijfers {
  medewerkerId: string;
  naam: string;
  rol: WeekstartMedewerkerDto['rol'];
}

/** The teamleider's Monday view (Halte Werk's weekstart): the campagne next to the regular work, per medewerker. */
@Injectable()
export class WeekstartService {
  constructor(
    private readonly db: Db,
    private readonly werkvoorraad: WerkvoorraadService,
    private readonly audit: AuditService,
  ) {}

  async weekstart(actor: Actor, teamId: string, dag?: string): Promise<WeekstartDto> {
    const { teamNaam, leden } = await this.werkvoorraad.teamVan(actor, teamId);
    const peildatum = vandaag();
    const week = maandagVan(dag ?? peildatum);
    const weekEinde = plusDagen(week, 6);
    const werk = await this.werkvoorraad.klantmanagerCijfers(actor.organisatieId, leden, peildatum);

    // The campagnes with work in this week, and those running today (their deelnemers still to invite).
    const campagnes: { id: string; status: 'lopend' | 'afgesloten'; startdatum: string; einddatum: string }[] =
      await this.db.query(
        `SELECT id, status, startdatum::text, einddatum::text FROM campagne
          WHERE organisatie_id = $1 AND status <> 'concept'
            AND ((startdatum <= $3::date AND einddatum >= $2::date)
                 OR (status = 'lopend' AND startdatum <= $4::date AND einddatum >= $4::date))
          ORDER BY id`,
        [actor.organisatieId, week, weekEinde, peildatum],
      );
    const perMedewerker = new Map<string, WeekstartMedewerkerDto>();
    for (const rij of werk) {
      perMedewerker.set(rij.medewerkerId, {
        medewerkerId: rij.medewerkerId,
        naam: rij.naam,
        rol: 'klantmanager',
        gepland: 0,
        gevoerd: 0,
        noShows: 0,
        tePlannen: 0,
        openItems: rij.openItems,
        uitBeeld: rij.uitBeeld,
        bijnaUitBeeld: rij.bijnaUitBeeld,
      });
    }
    for (const campagne of campagnes) {
      const loopt = campagneLoopt(campagne, peildatum);
      const rijen: CampagneRij[] = await this.db.query(WEEK_SQL, [campagne.id, week, leden, loopt]);
      for (const rij of rijen) {
        const bestaand = perMedewerker.get(rij.medewerkerId) ?? {
          medewerkerId: rij.medewerkerId,
          naam: rij.naam,
          rol: rij.rol,
          gepland: 0,
          gevoerd: 0,
          noShows: 0,
          tePlannen: 0,
          openItems: 0,
          uitBeeld: 0,
          bijnaUitBeeld: 0,
        };
        for (const veld of CAMPAGNE_VELDEN) bestaand[veld] += rij[veld];
        perMedewerker.set(rij.medewerkerId, bestaand);
      }
    }
    // The team's klantmanagers first (by name), then the others who held campagne work (teamleider, extern).
    const medewerkers = [...perMedewerker.values()].sort(
      (a, b) =>
        Number(a.rol !== 'klantmanager') - Number(b.rol !== 'klantmanager') || a.naam.localeCompare(b.naam, 'nl'),
    );
    const totaal = Object.fromEntries(
      ALLE_VELDEN.map((veld) => [veld, medewerkers.reduce((som, m) => som + m[veld], 0)]),
    ) as unknown as WeekstartCijfersDto;
    // Counts per medewerker, no client: the read is recorded without a data subject.
    await this.audit.verwerking(actor, 'team.weekstart', null);
    return { teamId, teamNaam, week, weekEinde, peildatum, medewerkers, totaal };
  }
}
