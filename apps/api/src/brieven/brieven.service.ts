import {
  briefDatum,
  briefWaarden,
  campagneLoopt,
  controleerSjabloon,
  SAMENVOEGVELDEN,
  STANDAARD_BRIEF,
  vandaag,
  VOORBEELD_WAARDEN,
  vulSjabloon,
} from '@klant-in-beeld/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { DomeinFout, NietGevonden, ValidatieFout, VersieConflict } from '../common/fouten';
import { LeesbaarPdf } from '../common/pdf';
import { Db, type Queryable } from '../database/db';
import { zichtbaarVoorTeamSql } from '../toegang/toegang.sql';
import { BriefInvoerDto, BriefSjabloonDto, BriefVoorbeeldInvoerDto, BrievenDto, MAX_LOGO_BYTES } from './dto/brief.dto';

interface Opmaak {
  afzender: string;
  onderwerp: string;
  inhoud: string;
  logo: Buffer | null;
}

/** One letter to print: the filled template and the client's address block. */
interface Brief {
  klantNaam: string;
  adres: string[];
  datum: string;
  onderwerp: string;
  inhoud: string;
  afzender: string;
  logo: Buffer | null;
}

const STANDAARD_AFZENDER = '';

/** One row of the letters query in brievenPdf. */
interface BriefRij {
  klantId: string;
  voornamen: string;
  achternaam: string;
  adres: { straat?: string; huisnummer?: string; postcode?: string; woonplaats?: string } | null;
  gemeente: string;
  organisatie: string;
  medewerker: string;
  locatie: string;
  uitnodigingDatum: string;
  tijd: string;
  onderwerp: string | null;
  inhoud: string | null;
  afzender: string | null;
  logo: Buffer | null;
}

/** Letter templates (per organisatie, optionally per gemeente) and the printable letters of a campagne day. */
@Injectable()
export class BrievenService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async lijst(actor: Actor, tx: Queryable = this.db): Promise<BrievenDto> {
    const rijen: BriefSjabloonDto[] = await tx.query(
      `SELECT gemeente_id AS "gemeenteId", onderwerp, inhoud, afzender, logo IS NOT NULL AS "heeftLogo", versie,
              false AS standaard
         FROM brief_sjabloon WHERE organisatie_id = $1
        ORDER BY gemeente_id NULLS FIRST`,
      [actor.organisatieId],
    );
    const sjablonen =
      rijen[0]?.gemeenteId === null
        ? rijen
        : [
            {
              gemeenteId: null,
              ...STANDAARD_BRIEF,
              afzender: STANDAARD_AFZENDER,
              heeftLogo: false,
              versie: 0,
              standaard: true,
            },
            ...rijen,
          ];
    return { sjablonen, velden: [...SAMENVOEGVELDEN] };
  }

  private async controleerGemeente(tx: Queryable, actor: Actor, gemeenteId: string | null | undefined) {
    if (!gemeenteId) return;
    const [g] = await tx.query(`SELECT 1 FROM gemeente WHERE id = $1 AND organisatie_id = $2`, [
      gemeenteId,
      actor.organisatieId,
    ]);
    if (!g) throw new ValidatieFout([{ veld: 'gemeenteId', melding: 'is geen gemeente van de organisatie' }]);
  }

  private logo(invoer: BriefInvoerDto): Buffer | null | undefined {
    if (invoer.logo === undefined || invoer.logo === null) return invoer.logo;
    const data = Buffer.from(invoer.logo.data, 'base64');
    if (data.length > MAX_LOGO_BYTES) {
      throw new DomeinFout(HttpStatus.PAYLOAD_TOO_LARGE, 'LOGO_TE_GROOT', 'Het logo is te groot: hoogstens 500 kB.', [
        { veld: 'logo.data', melding: 'is te groot: hoogstens 500 kB' },
      ]);
    }
    // The declared type must match the file's own signature, so pdfkit can draw it.
    const png = data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const jpeg = data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
    if ((invoer.logo.type === 'image/png' && !png) || (invoer.logo.type === 'image/jpeg' && !jpeg)) {
      throw new DomeinFout(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'LOGO_SOORT',
        `Het logo is geen ${invoer.logo.type === 'image/png' ? 'PNG' : 'JPEG'}-afbeelding.`,
        [{ veld: 'logo.data', melding: 'is geen PNG- of JPEG-afbeelding van het opgegeven type' }],
      );
    }
    return data;
  }

  async slaOp(actor: Actor, invoer: BriefInvoerDto): Promise<BrievenDto> {
    const fouten = controleerSjabloon(invoer);
    if (fouten.length) throw new ValidatieFout(fouten);
    const logo = this.logo(invoer);
    const gemeenteId = invoer.gemeenteId ?? null;
    return this.db.transaction(async (tx) => {
      await this.controleerGemeente(tx, actor, gemeenteId);
      const [oud] = await tx.query(
        `SELECT id, onderwerp, inhoud, afzender, versie, logo IS NOT NULL AS "heeftLogo" FROM brief_sjabloon
          WHERE organisatie_id = $1 AND gemeente_id IS NOT DISTINCT FROM $2 FOR UPDATE`,
        [actor.organisatieId, gemeenteId],
      );
      if ((oud?.versie ?? 0) !== invoer.versie) throw new VersieConflict();
      let id: string;
      if (oud) {
        await tx.query(
          `UPDATE brief_sjabloon SET onderwerp = $2, inhoud = $3, afzender = $4, versie = versie + 1,
                  logo = CASE WHEN $5 THEN $6::bytea ELSE logo END, logo_type = CASE WHEN $5 THEN $7 ELSE logo_type END,
                  gewijzigd_door = $8, gewijzigd_op = now()
            WHERE id = $1`,
          [
            oud.id,
            invoer.onderwerp,
            invoer.inhoud,
            invoer.afzender,
            logo !== undefined,
            logo ?? null,
            logo ? invoer.logo!.type : null,
            actor.medewerkerId,
          ],
        );
        id = oud.id;
      } else {
        const [nieuw] = await tx.query(
          `INSERT INTO brief_sjabloon (organisatie_id, gemeente_id, onderwerp, inhoud, afzender, logo, logo_type, gewijzigd_door)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            actor.organisatieId,
            gemeenteId,
            invoer.onderwerp,
            invoer.inhoud,
            invoer.afzender,
            logo ?? null,
            logo ? invoer.logo!.type : null,
            actor.medewerkerId,
          ],
        );
        id = nieuw.id;
      }
      await this.audit.wijziging(tx, actor, {
        resource: 'brief_sjabloon',
        resourceId: id,
        klantId: null,
        actie: oud ? 'gewijzigd' : 'aangemaakt',
        oud: oud
          ? { onderwerp: oud.onderwerp, inhoud: oud.inhoud, afzender: oud.afzender, heeftLogo: oud.heeftLogo }
          : null,
        nieuw: {
          gemeenteId,
          onderwerp: invoer.onderwerp,
          inhoud: invoer.inhoud,
          afzender: invoer.afzender,
          logo: logo === undefined ? 'ongewijzigd' : logo === null ? 'verwijderd' : `${logo.length} bytes`,
        },
      });
      return this.lijst(actor, tx);
    });
  }

  async verwijder(actor: Actor, gemeenteId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [oud] = await tx.query(
        // (A CTE: TypeORM answers a bare DELETE … RETURNING with [rows, count].)
        `WITH weg AS (DELETE FROM brief_sjabloon WHERE organisatie_id = $1 AND gemeente_id = $2
                       RETURNING id, onderwerp, inhoud, afzender)
         SELECT * FROM weg`,
        [actor.organisatieId, gemeenteId],
      );
      if (!oud) throw new NietGevonden('De brief van deze gemeente');
      await this.audit.wijziging(tx, actor, {
        resource: 'brief_sjabloon',
        resourceId: oud.id,
        klantId: null,
        actie: 'verwijderd',
        oud: { gemeenteId, onderwerp: oud.onderwerp, inhoud: oud.inhoud, afzender: oud.afzender },
        nieuw: null,
      });
    });
  }

  /** The unsaved letter filled with the example values (the "Bekijk als PDF" button). */
  async voorbeeld(actor: Actor, invoer: BriefVoorbeeldInvoerDto): Promise<Buffer> {
    const fouten = controleerSjabloon(invoer);
    if (fouten.length) throw new ValidatieFout(fouten);
    await this.controleerGemeente(this.db, actor, invoer.gemeenteId);
    const [rij] = await this.db.query(
      `SELECT logo FROM brief_sjabloon WHERE organisatie_id = $1 AND gemeente_id IS NOT DISTINCT FROM $2`,
      [actor.organisatieId, invoer.gemeenteId ?? null],
    );
    const opmaak: Opmaak = { ...invoer, logo: rij?.logo ?? null };
    return this.pdf('Voorbeeld uitnodigingsbrief', [
      this.vul(opmaak, VOORBEELD_WAARDEN, 'Fatima Yilmaz', ['Grote Markt 12a', '8011 AB Zwolle'], vandaag()),
    ]);
  }

  private vul(
    o: Opmaak,
    waarden: Readonly<Record<string, string>>,
    naam: string,
    adres: string[],
    datum: string,
  ): Brief {
    return {
      klantNaam: naam,
      adres,
      datum,
      onderwerp: vulSjabloon(o.onderwerp, waarden),
      inhoud: vulSjabloon(o.inhoud, waarden),
      afzender: o.afzender,
      logo: o.logo,
    };
  }

  /**
   * Every invitation letter registered on `datum` (Dutch date) for this campagne, one page each. Clients the caller
   * may not open are left out; an extern only while the campagne runs.
   */
  async brievenPdf(actor: Actor, campagneId: string, datum: string): Promise<Buffer> {
    const nu = vandaag();
    const [campagne] = await this.db.query(
      `SELECT c.id, c.status, c.startdatum::text AS startdatum, c.einddatum::text AS einddatum, c.naam,
              EXISTS (SELECT 1 FROM campagne_extern ce WHERE ce.campagne_id = c.id AND ce.medewerker_id = $3) AS "isExtern"
         FROM campagne c WHERE c.id = $1 AND c.organisatie_id = $2`,
      [campagneId, actor.organisatieId, actor.medewerkerId],
    );
    if (!campagne) throw new NietGevonden('Campagne');
    const extern = actor.rol === 'extern';
    if (extern && !(campagne.isExtern && campagneLoopt(campagne, nu))) throw new NietGevonden('Campagne');
    const zichtbaar = extern ? 'true' : zichtbaarVoorTeamSql({ medewerkerId: '$4', teamId: '$5', vandaag: '$6' });
    const rijen: BriefRij[] = await this.db.query(
      `SELECT k.id AS "klantId", k.voornamen, k.achternaam, k.adres, g.naam AS gemeente, o.naam AS organisatie,
              m.naam AS medewerker, u.locatie,
              to_char(u.datum_tijd AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "uitnodigingDatum",
              to_char(u.datum_tijd AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS tijd,
              coalesce(bg.onderwerp, bo.onderwerp) AS onderwerp, coalesce(bg.inhoud, bo.inhoud) AS inhoud,
              coalesce(bg.afzender, bo.afzender) AS afzender,
              CASE WHEN bg.id IS NOT NULL THEN bg.logo ELSE bo.logo END AS logo
         FROM contactmoment cm
         JOIN uitnodiging u ON u.id = cm.uitnodiging_id AND u.organisatie_id = cm.organisatie_id
         JOIN klant k ON k.id = u.klant_id AND k.organisatie_id = u.organisatie_id
         JOIN gemeente g ON g.id = k.gemeente_id
         JOIN organisatie o ON o.id = k.organisatie_id
         JOIN medewerker m ON m.id = u.medewerker_id
         LEFT JOIN brief_sjabloon bg ON bg.organisatie_id = k.organisatie_id AND bg.gemeente_id = k.gemeente_id
         LEFT JOIN brief_sjabloon bo ON bo.organisatie_id = k.organisatie_id AND bo.gemeente_id IS NULL
        WHERE u.campagne_id = $1 AND cm.organisatie_id = $2 AND cm.kanaal = 'brief' AND cm.resultaat = 'verstuurd'
          AND (cm.plaatsgevonden_op AT TIME ZONE 'Europe/Amsterdam')::date = $3::date
          AND ${zichtbaar}
        ORDER BY k.achternaam, k.voornamen, u.datum_tijd`,
      extern
        ? [campagneId, actor.organisatieId, datum]
        : [campagneId, actor.organisatieId, datum, actor.medewerkerId, actor.teamId, nu],
    );
    if (rijen.length === 0) {
      throw new DomeinFout(
        HttpStatus.NOT_FOUND,
        'GEEN_BRIEVEN',
        `Er zijn op ${briefDatum(datum, false)} geen uitnodigingsbrieven verstuurd in deze campagne.`,
      );
    }
    const brieven = rijen.map((r: BriefRij) => {
      const waarden = briefWaarden({
        voornamen: r.voornamen,
        achternaam: r.achternaam,
        datum: r.uitnodigingDatum,
        tijd: r.tijd,
        locatie: r.locatie,
        medewerker: r.medewerker,
        gemeente: r.gemeente,
        organisatie: r.organisatie,
        vandaag: datum,
      });
      const opmaak: Opmaak = r.inhoud
        ? { onderwerp: r.onderwerp ?? '', inhoud: r.inhoud, afzender: r.afzender ?? '', logo: r.logo }
        : { ...STANDAARD_BRIEF, afzender: r.organisatie, logo: null };
      return this.vul(opmaak, waarden, waarden['klant.naam'], adresRegels(r.adres), datum);
    });
    await this.audit.verwerking(
      actor,
      'campagne.brieven',
      rijen.map((r) => r.klantId),
    );
    return this.pdf(`Uitnodigingsbrieven ${campagne.naam} ${datum}`, brieven);
  }

  private pdf(titel: string, brieven: Brief[]): Promise<Buffer> {
    const pdf = new LeesbaarPdf(titel, 'Uitnodigingsbrieven');
    brieven.forEach((b, i) => {
      if (i > 0) pdf.nieuwePagina();
      if (b.logo) pdf.afbeelding(b.logo, { hoogte: 56, alt: 'Logo' });
      if (b.afzender) pdf.alinea(b.afzender, { zacht: true });
      pdf.alinea([b.klantNaam, ...b.adres].join('\n'));
      pdf.alinea(`Datum: ${briefDatum(b.datum, false)}`);
      pdf.kop2(b.onderwerp);
      for (const alinea of b.inhoud.split(/\n{2,}/)) pdf.alinea(alinea);
    });
    return pdf.alsBuffer();
  }
}

function adresRegels(adres: { straat?: string; huisnummer?: string; postcode?: string; woonplaats?: string } | null) {
  if (!adres) return [];
  return [
    `${adres.straat ?? ''} ${adres.huisnummer ?? ''}`.trim(),
    `${adres.postcode ?? ''} ${adres.woonplaats ?? ''}`.trim(),
  ];
}
