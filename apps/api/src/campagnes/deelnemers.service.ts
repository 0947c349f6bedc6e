import { campagneLoopt, controleerUitnodiging, vandaag, type VeldFout } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Conflict, RegelFout, ValidatieFout } from '../common/fouten';
import { Pagina, pagineerSql } from '../common/paginering';
import { ContactmomentenService } from '../contactmomenten/contactmomenten.service';
import { ContactmomentDto } from '../contactmomenten/dto/contactmoment.dto';
import { Db } from '../database/db';
import { ToegangService } from '../toegang/toegang.service';
import { zichtbaarVoorTeamSql } from '../toegang/toegang.sql';
import { CampagneRij, CampagnesService } from './campagnes.service';
import { DEELNEMERS_SQL } from './deelnemers.sql';
import {
  DeelnemerDto,
  DeelnemerQuery,
  NabelInvoerDto,
  UitnodigingDto,
  UitnodigingInvoerDto,
  VerdeelInvoerDto,
  VerdelingDto,
} from './dto/campagne.dto';

export const BRIEF_ONDERWERP = 'Uitnodiging klant-in-beeld-gesprek';
export const NABEL_ONDERWERP = 'Nabellen uitnodiging klant-in-beeld-gesprek';

function alsDeelnemer(r: Record<string, unknown>): DeelnemerDto {
  const d: DeelnemerDto = {
    klantId: r.klant_id as string,
    klantNaam: r.klant_naam as string,
    medewerkerId: (r.medewerker_id as string | null) ?? null,
    medewerkerNaam: (r.medewerker_naam as string | null) ?? null,
    status: r.status as DeelnemerDto['status'],
    pogingen: r.pogingen as number,
  };
  if (r.uitnodiging_id)
    d.uitnodiging = {
      id: r.uitnodiging_id as string,
      datumTijd: new Date(r.datum_tijd as string).toISOString(),
      duurMinuten: r.duur_minuten as number,
      locatie: r.locatie as string,
      medewerkerId: r.uitnodiging_medewerker_id as string,
      nagebeld: r.laatste_nagebeld as boolean,
      nabelPoging: r.nabel_poging as boolean,
      uitkomst: (r.uitkomst as 'gesproken' | 'no_show' | 'afgezegd' | null) ?? null,
    };
  if (r.gesprek_id) d.gesprekId = r.gesprek_id as string;
  return d;
}

@Injectable()
export class DeelnemersService {
  constructor(
    private readonly db: Db,
    private readonly campagnes: CampagnesService,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
    private readonly contactmomenten: ContactmomentenService,
  ) {}

  async lijst(actor: Actor, id: string, query: DeelnemerQuery): Promise<Pagina<DeelnemerDto>> {
    const campagne = await this.campagnes.rij(this.db, actor, id);
    await this.campagnes.magLezen(actor, campagne);
    const params: unknown[] = [id, query.status ?? null, query.medewerkerId ?? null, query.zoek?.trim() || null];
    let zicht = '';
    // A klantmanager sees the deelnemers they may open (the access rule as SQL); extern and teamleider all of them.
    if (actor.rol === 'klantmanager') {
      params.push(actor.medewerkerId, actor.teamId, vandaag());
      zicht = ` AND ${zichtbaarVoorTeamSql({ medewerkerId: '$5', teamId: '$6', vandaag: '$7' })}`;
    }
    const pagina = await pagineerSql(
      this.db,
      {
        sql: `${DEELNEMERS_SQL}
          SELECT dl.klant_id, k.voornamen || ' ' || k.achternaam AS klant_naam, k.achternaam AS __achternaam,
                 dl.medewerker_id, m.naam AS medewerker_naam, dl.status, dl.pogingen, dl.uitnodiging_id, dl.datum_tijd,
                 dl.duur_minuten, dl.locatie, dl.uitnodiging_medewerker_id, dl.uitkomst, dl.nabel_poging,
                 coalesce((SELECT bool_or(c.resultaat = 'gesproken') FROM contactmoment c
                            WHERE c.uitnodiging_id = dl.uitnodiging_id AND c.kanaal = 'telefoon'), false) AS laatste_nagebeld,
                 dl.gesprek_id
            FROM dl JOIN klant k ON k.id = dl.klant_id LEFT JOIN medewerker m ON m.id = dl.medewerker_id
           WHERE ($2::text IS NULL OR dl.status = $2) AND ($3::uuid IS NULL OR dl.medewerker_id = $3)
             AND ($4::text IS NULL OR (k.voornamen || ' ' || k.achternaam) ILIKE '%' || $4 || '%' OR k.bsn = $4)${zicht}`,
        params,
        orderBy: '__achternaam, klant_naam, klant_id',
      },
      query,
      (r) => alsDeelnemer(r),
    );
    // Every client shown is a read of personal data (an extern's reads are what the privacy officer checks).
    await this.audit.verwerking(
      actor,
      'campagne.deelnemers',
      pagina.items.map((d) => d.klantId),
    );
    return pagina;
  }

  private async lopend(tx: EntityManager, actor: Actor, id: string): Promise<CampagneRij> {
    const campagne = await this.campagnes.rij(tx, actor, id);
    await this.campagnes.magLezen(actor, campagne);
    if (!campagneLoopt(campagne, vandaag()))
      throw new RegelFout(
        'CAMPAGNE_LOOPT_NIET',
        'Deze campagne loopt niet (meer): er kan niet meer in worden gewerkt.',
      );
    return campagne;
  }

  private async deelnemer(tx: EntityManager, id: string, klantId: string): Promise<{ medewerker_id: string | null }> {
    const [d] = await tx.query(
      `SELECT medewerker_id FROM campagne_deelnemer WHERE campagne_id = $1 AND klant_id = $2 FOR UPDATE`,
      [id, klantId],
    );
    if (!d)
      throw new RegelFout('GEEN_DEELNEMER', 'Deze klant is geen deelnemer van deze campagne.', [
        { veld: 'klantId', melding: 'is geen deelnemer van deze campagne' },
      ]);
    return d;
  }

  /** Spreads deelnemers evenly over the given medewerkers, whoever holds the fewest first. */
  async verdelen(actor: Actor, id: string, invoer: VerdeelInvoerDto): Promise<VerdelingDto> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM campagne WHERE id = $1 FOR UPDATE`, [id]);
      const campagne = await this.lopend(tx, actor, id);
      const ids = invoer.medewerkerIds.map((m) => m.toLowerCase());
      const medewerkers: { id: string; naam: string; huidig: number }[] = await tx.query(
        `SELECT m.id::text AS id, m.naam,
                (SELECT count(*)::int FROM campagne_deelnemer d WHERE d.campagne_id = $2 AND d.medewerker_id = m.id) AS huidig
           FROM medewerker m
          WHERE m.organisatie_id = $1 AND m.actief AND m.id::text = ANY ($3::text[])
            AND (m.rol = 'klantmanager'
                 OR (m.rol = 'extern' AND EXISTS (SELECT 1 FROM campagne_extern ce
                                                   WHERE ce.campagne_id = $2 AND ce.medewerker_id = m.id)))`,
        [actor.organisatieId, id, ids],
      );
      const bekend = new Map(medewerkers.map((m) => [m.id, m]));
      const fouten: VeldFout[] = [];
      ids.forEach((m, i) => {
        if (!bekend.has(m))
          fouten.push({
            veld: `medewerkerIds.${i}`,
            melding: 'is geen actieve klantmanager van de organisatie of extern medewerker op deze campagne',
          });
      });
      let klanten: string[];
      if (invoer.klantIds) {
        const gevraagd = invoer.klantIds.map((k) => k.toLowerCase());
        const rijen: { k: string }[] = await tx.query(
          `SELECT klant_id::text AS k FROM campagne_deelnemer WHERE campagne_id = $1 AND klant_id::text = ANY ($2::text[])`,
          [id, gevraagd],
        );
        const deelnemers = new Set(rijen.map((r) => r.k));
        gevraagd.forEach((k, i) => {
          if (!deelnemers.has(k))
            fouten.push({ veld: `klantIds.${i}`, melding: 'is geen deelnemer van deze campagne' });
        });
        klanten = gevraagd;
      } else {
        const rijen: { k: string }[] = await tx.query(
          `${DEELNEMERS_SQL} SELECT klant_id::text AS k FROM dl WHERE status = 'te_plannen' ORDER BY klant_id`,
          [campagne.id],
        );
        klanten = rijen.map((r) => r.k);
      }
      if (fouten.length) throw new ValidatieFout(fouten);

      // Fewest first; ties in the order given, so the same request gives the same spread.
      const volgorde = ids.map((m) => ({ ...bekend.get(m)!, nieuw: 0 }));
      const huidigVan = new Map<string, string | null>();
      if (klanten.length) {
        const rijen: { k: string; m: string | null }[] = await tx.query(
          `SELECT klant_id::text AS k, medewerker_id::text AS m FROM campagne_deelnemer
            WHERE campagne_id = $1 AND klant_id::text = ANY ($2::text[])`,
          [id, klanten],
        );
        rijen.forEach((r) => huidigVan.set(r.k, r.m));
      }
      const toewijzing: { klantId: string; medewerkerId: string }[] = [];
      for (const klantId of klanten) {
        // A client moved away from a medewerker in the list no longer counts for them.
        const van = volgorde.find((m) => m.id === huidigVan.get(klantId));
        if (van) van.huidig -= 1;
        const doel = volgorde.reduce((min, m) => (m.huidig + m.nieuw < min.huidig + min.nieuw ? m : min));
        doel.nieuw += 1;
        toewijzing.push({ klantId, medewerkerId: doel.id });
      }
      if (!invoer.voorbeeld && toewijzing.length) {
        await tx.query(
          `UPDATE campagne_deelnemer d SET medewerker_id = t.m
             FROM unnest($2::uuid[], $3::uuid[]) AS t (k, m)
            WHERE d.campagne_id = $1 AND d.klant_id = t.k`,
          [id, toewijzing.map((t) => t.klantId), toewijzing.map((t) => t.medewerkerId)],
        );
        for (const t of toewijzing)
          await this.audit.wijziging(tx, actor, {
            resource: 'campagne',
            resourceId: id,
            klantId: t.klantId,
            actie: 'gewijzigd',
            oud: { medewerkerId: huidigVan.get(t.klantId) ?? null },
            nieuw: { medewerkerId: t.medewerkerId },
          });
      }
      return {
        verdeling: volgorde.map((m) => ({
          medewerkerId: m.id,
          naam: m.naam,
          huidig: m.huidig,
          nieuw: m.nieuw,
          totaal: m.huidig + m.nieuw,
        })),
        toegewezen: toewijzing.length,
      };
    });
  }

  /**
   * Invites a deelnemer: access first, then the campagne must run, the moment lie ahead within the period, no open
   * invitation, and no overlap with the medewerker's other invitations (serialised on the medewerker row). The letter
   * is an ordinary contactmoment linked to the invitation, in the same transaction.
   */
  async uitnodigen(actor: Actor, id: string, klantId: string, invoer: UitnodigingInvoerDto): Promise<UitnodigingDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      const campagne = await this.lopend(tx, actor, id);
      const deelnemer = await this.deelnemer(tx, id, klantId);
      const fouten = controleerUitnodiging(invoer, campagne, new Date());
      const medewerkerId = (invoer.medewerkerId ?? deelnemer.medewerker_id ?? actor.medewerkerId).toLowerCase();
      const [medewerker]: { id: string }[] = await tx.query(
        `SELECT id FROM medewerker WHERE id = $1 AND organisatie_id = $2 AND actief
            AND rol IN ('klantmanager', 'teamleider', 'extern') FOR UPDATE`,
        [medewerkerId, actor.organisatieId],
      );
      if (!medewerker)
        fouten.push({ veld: 'medewerkerId', melding: 'is geen actieve medewerker die gesprekken voert' });
      if (fouten.length) throw new ValidatieFout(fouten);
      const duurMinuten = invoer.duurMinuten ?? 60;

      const [open]: { id: string; datum_tijd: Date }[] = await tx.query(
        `SELECT u.id, u.datum_tijd FROM uitnodiging u
          WHERE u.campagne_id = $1 AND u.klant_id = $2
            AND NOT EXISTS (SELECT 1 FROM contactmoment c WHERE c.uitnodiging_id = u.id
                             AND c.kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen')
                             AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd'))
          ORDER BY u.poging DESC LIMIT 1`,
        [id, klantId],
      );
      if (open)
        throw new Conflict(
          'OPEN_UITNODIGING',
          `Deze deelnemer heeft al een open uitnodiging (${new Date(open.datum_tijd).toISOString()}) zonder uitkomst. Leg eerst de uitkomst van dat gesprek vast.`,
        );
      const [overlap] = await tx.query(
        `SELECT u.id AS "uitnodigingId", u.datum_tijd AS "datumTijd", u.duur_minuten AS "duurMinuten", u.locatie,
                u.klant_id AS "klantId"
           FROM uitnodiging u
          WHERE u.medewerker_id = $1 AND u.datum_tijd < $2::timestamptz + make_interval(mins => $3)
            AND $2::timestamptz < u.datum_tijd + make_interval(mins => u.duur_minuten::int)
          ORDER BY u.datum_tijd LIMIT 1`,
        [medewerkerId, invoer.datumTijd, duurMinuten],
      );
      if (overlap) {
        const fout = new Conflict(
          'DUBBELE_AFSPRAAK',
          'Deze medewerker heeft op dat moment al een gesprek gepland. Kies een ander tijdstip.',
          [{ veld: 'datumTijd', melding: 'overlapt met een ander gesprek van deze medewerker' }],
        );
        fout.extra = {
          conflict: { ...overlap, datumTijd: new Date(overlap.datumTijd).toISOString() },
        };
        throw fout;
      }
      const [{ n }] = await tx.query(
        `SELECT count(*)::int AS n FROM uitnodiging WHERE campagne_id = $1 AND klant_id = $2`,
        [id, klantId],
      );
      if (n >= campagne.maxUitnodigingen && actor.rol !== 'teamleider')
        throw new RegelFout(
          'MAXIMUM_UITNODIGINGEN',
          `Deze deelnemer is al ${n} keer uitgenodigd (maximum ${campagne.maxUitnodigingen}). Alleen de teamleider kan nog een uitnodiging sturen.`,
        );
      const [u]: { id: string; poging: number }[] = await tx.query(
        `INSERT INTO uitnodiging (organisatie_id, campagne_id, klant_id, medewerker_id, datum_tijd, duur_minuten, locatie,
                                  poging, aangemaakt_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, poging`,
        [
          actor.organisatieId,
          id,
          klantId,
          medewerkerId,
          invoer.datumTijd,
          duurMinuten,
          invoer.locatie.trim(),
          n + 1,
          actor.medewerkerId,
        ],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'uitnodiging',
        resourceId: u.id,
        klantId,
        actie: 'aangemaakt',
        nieuw: { campagneId: id, medewerkerId, datumTijd: invoer.datumTijd, duurMinuten, locatie: invoer.locatie },
      });
      const briefContactmomentId = await this.contactmomenten.vastleggen(tx, actor, klantId, {
        plaatsgevondenOp: new Date().toISOString(),
        kanaal: 'brief',
        initiatief: 'gemeente',
        resultaat: 'verstuurd',
        onderwerp: BRIEF_ONDERWERP,
        uitnodigingId: u.id,
      });
      return {
        id: u.id,
        campagneId: id,
        klantId,
        medewerkerId,
        datumTijd: new Date(invoer.datumTijd).toISOString(),
        duurMinuten,
        locatie: invoer.locatie.trim(),
        poging: u.poging,
        briefContactmomentId,
      };
    });
  }

  /** The call the working day before: a telephone contactmoment on the latest open invitation. */
  async nabellen(actor: Actor, id: string, klantId: string, invoer: NabelInvoerDto): Promise<ContactmomentDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, klantId, tx);
      await this.lopend(tx, actor, id);
      await this.deelnemer(tx, id, klantId);
      const [open]: { id: string }[] = await tx.query(
        `SELECT u.id FROM uitnodiging u
          WHERE u.campagne_id = $1 AND u.klant_id = $2
            AND NOT EXISTS (SELECT 1 FROM contactmoment c WHERE c.uitnodiging_id = u.id
                             AND c.kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen')
                             AND c.resultaat IN ('gesproken', 'no_show', 'afgezegd'))
          ORDER BY u.poging DESC LIMIT 1`,
        [id, klantId],
      );
      if (!open)
        throw new RegelFout(
          'GEEN_OPEN_UITNODIGING',
          'Deze deelnemer heeft geen open uitnodiging om over na te bellen. Nodig de klant eerst uit.',
        );
      const contactId = await this.contactmomenten.vastleggen(tx, actor, klantId, {
        plaatsgevondenOp: new Date().toISOString(),
        kanaal: 'telefoon',
        initiatief: 'gemeente',
        resultaat: invoer.resultaat === 'bereikt' ? 'gesproken' : 'niet_bereikt',
        onderwerp: NABEL_ONDERWERP,
        ...(invoer.notitie?.trim() ? { samenvatting: invoer.notitie.trim() } : {}),
        uitnodigingId: open.id,
      });
      return this.contactmomenten.lees(tx, contactId);
    });
  }
}
