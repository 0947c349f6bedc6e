import { plusDagen } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { ValidatieFout, type VeldFout } from '../common/fouten';
import { GeenToegang } from '../toegang/toegang.service';
import { Db } from '../database/db';
import { DEELNEMERS_SQL } from './deelnemers.sql';
import { AgendaDto, AgendaItemDto, AgendaQuery } from './dto/campagne.dto';

export const MAX_AGENDA_DAGEN = 92;

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
function tekst(waarde: string): string {
  return waarde.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space. */
function vouw(regel: string): string {
  const delen: string[] = [];
  let rest = Buffer.from(regel, 'utf8');
  let max = 75;
  while (rest.length > max) {
    let n = max;
    while (n > 0 && (rest[n] & 0xc0) === 0x80) n--; // never split a UTF-8 sequence
    delen.push(rest.subarray(0, n).toString('utf8'));
    rest = rest.subarray(n);
    max = 74;
  }
  delen.push(rest.toString('utf8'));
  return delen.join('\r\n ');
}

const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

@Injectable()
export class AgendaService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async lijst(actor: Actor, query: AgendaQuery): Promise<AgendaDto> {
    const fouten: VeldFout[] = [];
    if (query.tot < query.van) fouten.push({ veld: 'tot', melding: 'mag niet vóór van liggen' });
    else if (query.tot > plusDagen(query.van, MAX_AGENDA_DAGEN - 1))
      fouten.push({ veld: 'tot', melding: `mag hoogstens ${MAX_AGENDA_DAGEN} dagen na van liggen` });
    if (fouten.length) throw new ValidatieFout(fouten);
    const medewerkerId = (query.medewerkerId ?? actor.medewerkerId).toLowerCase();
    if (medewerkerId !== actor.medewerkerId) {
      // Only a teamleider may look in the agenda of someone else, and only of a member of their own team.
      const [lid] = await this.db.query(
        `SELECT 1 FROM medewerker WHERE id = $1 AND organisatie_id = $2 AND team_id = $3`,
        [medewerkerId, actor.organisatieId, actor.teamId],
      );
      if (actor.rol !== 'teamleider' || !lid || !actor.teamId) throw new GeenToegang();
    }
    const items: Omit<AgendaItemDto, 'status'>[] = await this.db.query(
      `SELECT u.id AS "uitnodigingId", u.campagne_id AS "campagneId", c.naam AS "campagneNaam", u.klant_id AS "klantId",
              k.voornamen || ' ' || k.achternaam AS "klantNaam", u.medewerker_id AS "medewerkerId",
              u.datum_tijd AS "datumTijd", u.duur_minuten AS "duurMinuten", u.locatie
         FROM uitnodiging u JOIN campagne c ON c.id = u.campagne_id JOIN klant k ON k.id = u.klant_id
        WHERE u.organisatie_id = $1 AND u.medewerker_id = $2
          AND (u.datum_tijd AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $3::date AND $4::date
        ORDER BY u.datum_tijd, u.id`,
      [actor.organisatieId, medewerkerId, query.van, query.tot],
    );
    // The status once per campagne in view, not per row: DEELNEMERS_SQL reads the whole campagne's invitations.
    const perCampagne = new Map<string, string[]>();
    for (const i of items) perCampagne.set(i.campagneId, [...(perCampagne.get(i.campagneId) ?? []), i.klantId]);
    const status = new Map<string, AgendaItemDto['status']>();
    for (const [campagneId, klantIds] of perCampagne) {
      const rijen: { klant_id: string; status: AgendaItemDto['status'] }[] = await this.db.query(
        `${DEELNEMERS_SQL} SELECT klant_id, status FROM dl WHERE klant_id = ANY ($2::uuid[])`,
        [campagneId, klantIds],
      );
      for (const r of rijen) status.set(`${campagneId}:${r.klant_id}`, r.status);
    }
    await this.audit.verwerking(
      actor,
      'agenda.inzien',
      items.map((i) => i.klantId),
    );
    return {
      items: items.map((i) => ({
        ...i,
        datumTijd: new Date(i.datumTijd).toISOString(),
        // Every invitation belongs to a deelnemer (foreign key), so its status is always there.
        status: status.get(`${i.campagneId}:${i.klantId}`)!,
      })),
    };
  }

  async ics(actor: Actor, query: AgendaQuery): Promise<string> {
    const { items } = await this.lijst(actor, query);
    const nu = utc(new Date());
    const regels = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Klant in Beeld//Agenda//NL', 'CALSCALE:GREGORIAN'];
    for (const i of items) {
      const begin = new Date(i.datumTijd);
      regels.push(
        'BEGIN:VEVENT',
        `UID:${i.uitnodigingId}@klant-in-beeld`,
        `DTSTAMP:${nu}`,
        `DTSTART:${utc(begin)}`,
        `DTEND:${utc(new Date(begin.getTime() + i.duurMinuten * 60_000))}`,
        `SUMMARY:${tekst(`Klant-in-beeld-gesprek ${i.klantNaam}`)}`,
        `LOCATION:${tekst(i.locatie)}`,
        `DESCRIPTION:${tekst(`Campagne: ${i.campagneNaam}`)}`,
        'END:VEVENT',
      );
    }
    regels.push('END:VCALENDAR');
    return regels.map(vouw).join('\r\n') + '\r\n';
  }
}
