import {
  AFSPRAAK_SOORT_LABELS,
  DOEL_STATUS_LABELS,
  type DoelStatus,
  KANAAL_LABELS,
  RESULTAAT_LABELS,
  TREDE_LABELS,
  VRIJSTELLING_REDEN_LABELS,
} from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { NietGevonden } from '../common/fouten';
import { LeesbaarPdf } from '../common/pdf';
import { Db } from '../database/db';
import type { GesprekDto } from '../gesprekken/dto/gesprek.dto';
import { alsGesprek, GESPREK_SQL } from '../gesprekken/gesprekken.service';
import { AuditService } from './audit.service';

/** Everything the system holds on one client, and who read or changed it (AVG art. 15). */
export interface Inzage {
  opgesteldOp: string;
  organisatie: string;
  klant: Record<string, unknown>;
  toewijzingen: Record<string, unknown>[];
  contactmomenten: Record<string, unknown>[];
  ladder: Record<string, unknown>[];
  afspraken: Record<string, unknown>[];
  vrijstellingen: Record<string, unknown>[];
  /** Klant-in-beeld-gesprekken with their scores (names of the gesprek's own instrument version). */
  gesprekken: GesprekDto[];
  plan: Record<string, unknown> | null;
  verwerkingen: Record<string, unknown>[];
  wijzigingen: Record<string, unknown>[];
  doorbrekingen: Record<string, unknown>[];
}

const datum = (waarde: unknown) =>
  waarde
    ? new Date(String(waarde)).toLocaleDateString('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
    : '—';
const moment = (waarde: unknown) =>
  waarde
    ? new Date(String(waarde)).toLocaleString('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        dateStyle: 'long',
        timeStyle: 'short',
      })
    : '—';
const label = (lijst: Record<string, string>, code: unknown) => lijst[String(code)] ?? String(code ?? '—');

@Injectable()
export class InzageService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async verzamel(actor: Actor, klantId: string): Promise<Inzage> {
    const q = (sql: string) => this.db.query(sql, [klantId, actor.organisatieId]);
    const [klant] = await q(
      `SELECT k.id, k.bsn, k.voornamen, k.achternaam, k.geboortedatum, g.naam AS gemeente, k.adres, k.telefoon, k.email, k.doelgroep,
              k.startdatum_uitkering AS "startdatumUitkering", k.dienstverleningscategorie, m.naam AS klantmanager, k.status,
              k.uitstroomdatum, k.uitstroomreden, k.aangemaakt_op AS "aangemaaktOp", k.geanonimiseerd_op AS "geanonimiseerdOp"
         FROM klant k JOIN gemeente g ON g.id = k.gemeente_id LEFT JOIN medewerker m ON m.id = k.klantmanager_id
        WHERE k.id = $1 AND k.organisatie_id = $2`,
    );
    if (!klant) throw new NietGevonden('Klant');
    const [{ organisatie }] = await this.db.query(`SELECT naam AS organisatie FROM organisatie WHERE id = $1`, [
      actor.organisatieId,
    ]);
    const inzage: Inzage = {
      opgesteldOp: new Date().toISOString(),
      organisatie,
      klant,
      toewijzingen: await q(
        `SELECT t.van, t.tot, m.naam AS klantmanager FROM klant_toewijzing t LEFT JOIN medewerker m ON m.id = t.klantmanager_id
          WHERE t.klant_id = $1 AND t.organisatie_id = $2 ORDER BY t.van`,
      ),
      contactmomenten: await q(
        `SELECT c.plaatsgevonden_op AS "plaatsgevondenOp", c.kanaal, c.initiatief, c.resultaat, c.onderwerp, c.samenvatting, m.naam AS medewerker
           FROM contactmoment c JOIN medewerker m ON m.id = c.medewerker_id WHERE c.klant_id = $1 AND c.organisatie_id = $2 ORDER BY c.plaatsgevonden_op`,
      ),
      ladder: await q(
        `SELECT l.gemeten_op AS "gemetenOp", l.trede, l.doeltrede, l.toelichting, m.naam AS medewerker
           FROM ladder_meting l JOIN medewerker m ON m.id = l.medewerker_id WHERE l.klant_id = $1 AND l.organisatie_id = $2 ORDER BY l.gemeten_op`,
      ),
      afspraken: await q(
        `SELECT a.soort, a.omschrijving, a.startdatum, a.einddatum, a.status, a.resultaat_toelichting AS "resultaatToelichting", m.naam AS medewerker
           FROM afspraak a JOIN medewerker m ON m.id = a.medewerker_id WHERE a.klant_id = $1 AND a.organisatie_id = $2 ORDER BY a.startdatum`,
      ),
      vrijstellingen: await q(
        `SELECT v.soort, v.omvang, v.reden, v.ingangsdatum, v.einddatum, v.herbeoordelingsdatum, v.beschikking_kenmerk AS "beschikkingKenmerk",
                v.toelichting, v.ingetrokken_op AS "ingetrokkenOp", m.naam AS medewerker
           FROM vrijstelling v JOIN medewerker m ON m.id = v.medewerker_id WHERE v.klant_id = $1 AND v.organisatie_id = $2 ORDER BY v.ingangsdatum`,
      ),
      gesprekken: (
        await q(`${GESPREK_SQL} WHERE g.klant_id = $1 AND g.organisatie_id = $2 ORDER BY g.gevoerd_op, g.aangemaakt_op`)
      ).map(alsGesprek),
      plan:
        (
          await q(
            `SELECT p.evaluatiedatum, p.versie, p.aangemaakt_op AS "aangemaaktOp", p.gewijzigd_op AS "gewijzigdOp",
                    m.naam AS medewerker,
                    COALESCE((SELECT json_agg(json_build_object('omschrijving', d.omschrijving, 'leefgebied', d.leefgebied,
                                                                'streefdatum', d.streefdatum, 'status', d.status) ORDER BY d.volgorde)
                                FROM plan_doel d WHERE d.plan_id = p.id), '[]'::json) AS doelen
               FROM plan p JOIN medewerker m ON m.id = p.medewerker_id WHERE p.klant_id = $1 AND p.organisatie_id = $2`,
          )
        )[0] ?? null,
      verwerkingen: await q(
        `SELECT v.tijdstip, m.naam AS medewerker, m.rol, v.handeling, v.verwerkingsactiviteit, v.resultaat
           FROM verwerking v JOIN medewerker m ON m.id = v.medewerker_id WHERE v.klant_id = $1 AND v.organisatie_id = $2 ORDER BY v.tijdstip`,
      ),
      wijzigingen: await q(
        `SELECT w.tijdstip, m.naam AS medewerker, w.resource, w.actie, w.oud, w.nieuw
           FROM wijziging w JOIN medewerker m ON m.id = w.medewerker_id WHERE w.klant_id = $1 AND w.organisatie_id = $2 ORDER BY w.tijdstip`,
      ),
      doorbrekingen: await q(
        `SELECT d.tijdstip, m.naam AS medewerker, d.reden FROM doorbreking d JOIN medewerker m ON m.id = d.medewerker_id
          WHERE d.klant_id = $1 AND d.organisatie_id = $2 ORDER BY d.tijdstip`,
      ),
    };
    await this.audit.verwerking(actor, 'klant.inzage_export', klantId, { activiteit: 'privacytoezicht' });
    return inzage;
  }

  /** The same, as a letter-like PDF in plain language for the client. */
  async alsPdf(inzage: Inzage): Promise<Buffer> {
    const k = inzage.klant;
    const pdf = new LeesbaarPdf(`Uw gegevens bij ${inzage.organisatie}`, 'Inzage in persoonsgegevens (AVG artikel 15)');
    pdf
      .kop1(`Uw gegevens bij ${inzage.organisatie}`)
      .alinea(
        `U heeft gevraagd welke gegevens wij over u bewaren. In dit overzicht staat alles wat er over u in Klant in Beeld staat: uw gegevens, de gesprekken en afspraken met uw klantmanager, en wie uw gegevens heeft bekeken of veranderd. Opgesteld op ${moment(inzage.opgesteldOp)}.`,
      )
      .alinea(
        'Klopt er iets niet? Dan mag u vragen om het te verbeteren. Neem daarvoor contact op met uw klantmanager of met de functionaris gegevensbescherming.',
        { zacht: true },
      )
      .kop2('Uw gegevens')
      .gegevens([
        ['Naam', `${k.voornamen} ${k.achternaam}`],
        ['Burgerservicenummer', k.bsn ? String(k.bsn) : '—'],
        ['Geboortedatum', datum(k.geboortedatum)],
        ['Gemeente', k.gemeente as string],
        [
          'Adres',
          k.adres
            ? `${(k.adres as Record<string, string>).straat} ${(k.adres as Record<string, string>).huisnummer}, ${(k.adres as Record<string, string>).postcode} ${(k.adres as Record<string, string>).woonplaats}`
            : '—',
        ],
        ['Telefoon', k.telefoon as string],
        ['E-mail', k.email as string],
        ['Uitkering sinds', datum(k.startdatumUitkering)],
        ['Uw klantmanager', (k.klantmanager as string) ?? 'nog niet bekend'],
        ['Uitkering gestopt', k.uitstroomdatum ? datum(k.uitstroomdatum) : 'nee'],
      ]);
    pdf.kop2(`Gesprekken en contact (${inzage.contactmomenten.length})`);
    if (inzage.contactmomenten.length === 0) pdf.alinea('Er staan geen gesprekken of contacten.');
    for (const c of inzage.contactmomenten) {
      pdf.alinea(
        `${moment(c.plaatsgevondenOp)} — ${label(KANAAL_LABELS, c.kanaal)}, ${label(RESULTAAT_LABELS, c.resultaat).toLowerCase()}: ${c.onderwerp}${c.samenvatting ? `. ${c.samenvatting}` : ''} (${c.medewerker})`,
      );
    }
    pdf.kop2(`Afspraken (${inzage.afspraken.length})`);
    if (inzage.afspraken.length === 0) pdf.alinea('Er staan geen afspraken.');
    for (const a of inzage.afspraken) {
      pdf.alinea(
        `${datum(a.startdatum)} tot ${datum(a.einddatum)} — ${label(AFSPRAAK_SOORT_LABELS, a.soort)}: ${a.omschrijving} (${a.status})`,
      );
    }
    pdf.kop2(`Participatieladder (${inzage.ladder.length})`);
    for (const l of inzage.ladder)
      pdf.alinea(
        `${datum(l.gemetenOp)} — trede ${l.trede}: ${label(TREDE_LABELS as Record<string, string>, l.trede)}${l.toelichting ? `. ${l.toelichting}` : ''}`,
      );
    pdf.kop2(`Vrijstellingen (${inzage.vrijstellingen.length})`);
    for (const v of inzage.vrijstellingen) {
      pdf.alinea(
        `${datum(v.ingangsdatum)} tot ${v.einddatum ? datum(v.einddatum) : 'nader te bepalen'} — ${v.soort === 'formeel' ? 'met beschikking' : 'zonder beschikking'}, reden: ${label(VRIJSTELLING_REDEN_LABELS, v.reden).toLowerCase()}`,
      );
    }
    pdf.kop2(`Klant-in-beeld-gesprekken (${inzage.gesprekken.length})`);
    for (const g of inzage.gesprekken) {
      const scores = g.scores.map((s) => `${s.domeinNaam}: ${s.niveauNaam.toLowerCase()}`).join('; ');
      const loonwaarde = g.loonwaarde
        ? ` Geschatte loonwaarde: ${g.loonwaarde.percentage}% (${g.loonwaarde.methode}).`
        : '';
      pdf.alinea(
        `${moment(g.gevoerdOp)} (${g.medewerkerNaam}) — ${scores}.${loonwaarde} Gekozen: ${g.adviesCategorie}, pad ${g.dienstverleningspad}${g.afwijkingReden ? ` (anders dan het advies, omdat: ${g.afwijkingReden})` : ''}.${g.toelichting ? ` ${g.toelichting}` : ''}`,
      );
    }
    pdf.kop2('Plan van aanpak');
    if (!inzage.plan) pdf.alinea('Er is geen plan van aanpak.');
    else {
      const plan = inzage.plan as { evaluatiedatum: string; doelen: Record<string, string>[] };
      pdf.alinea(`We bekijken het plan samen op ${datum(plan.evaluatiedatum)}.`);
      for (const d of plan.doelen)
        pdf.alinea(
          `${d.omschrijving} — streefdatum ${datum(d.streefdatum)} (${DOEL_STATUS_LABELS[d.status as DoelStatus] ?? d.status})`,
        );
    }
    pdf.kop2(`Wie uw gegevens bekeek (${inzage.verwerkingen.length})`);
    pdf.alinea('Elke keer dat een medewerker uw gegevens opent, leggen wij dat vast.', { zacht: true });
    for (const v of inzage.verwerkingen)
      pdf.alinea(
        `${moment(v.tijdstip)} — ${v.medewerker}: ${v.handeling}${v.resultaat === 'geweigerd' ? ' (geweigerd)' : ''}`,
      );
    pdf.kop2(`Wie uw gegevens veranderde (${inzage.wijzigingen.length})`);
    for (const w of inzage.wijzigingen) pdf.alinea(`${moment(w.tijdstip)} — ${w.medewerker}: ${w.resource} ${w.actie}`);
    if (inzage.doorbrekingen.length > 0) {
      pdf.kop2('Ingezien door een medewerker van een ander team');
      for (const d of inzage.doorbrekingen)
        pdf.alinea(`${moment(d.tijdstip)} — ${d.medewerker}, met als reden: ${d.reden}`);
    }
    return pdf.alsBuffer();
  }
}
