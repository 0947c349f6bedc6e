import { dagenTussen, maskeerBsn, vandaag, type VeldFout } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, verschil } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Conflict, isUniekSchending, NietGevonden, RegelFout, ValidatieFout } from '../common/fouten';
import { vergrendelVoorWijziging, verstuurdeVelden, werkBij } from '../common/opslag';
import { Pagina, PaginaQuery, pagineerSql } from '../common/paginering';
import {
  HerverdelenDto,
  KlantDto,
  KlantInvoerDto,
  KlantLijstQuery,
  KlantSamenvattingDto,
  KlantWijzigingDto,
} from './dto/klant.dto';
import { TijdlijnItem } from './dto/tijdlijn.dto';
import { inBeeldSql } from './in-beeld.sql';
import { Klant } from './klant.entity';
import { ToegangService } from '../toegang/toegang.service';
import { zichtbaarVoorTeamSql } from '../toegang/toegang.sql';
import { Db, type Queryable } from '../database/db';

const BEWERKBAAR = `id, bsn, voornamen, achternaam, geboortedatum, gemeente_id AS "gemeenteId", adres, telefoon, email, doelgroep,
  startdatum_uitkering AS "startdatumUitkering", dienstverleningscategorie, klantmanager_id AS "klantmanagerId",
  status, uitstroomdatum, uitstroomreden, versie`;

type KlantVelden = Omit<KlantWijzigingDto, 'versie'>;

/** LIKE pattern for a user's search text: % and _ are literal characters, not wildcards. */
function likePatroon(tekst: string): string {
  return tekst.replace(/[\\%_]/g, (teken) => `\\${teken}`);
}

@Injectable()
export class KlantenService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly toegang: ToegangService,
  ) {}

  /**
   * The clients the caller may open (their team's, those without klantmanager, and those they opened today by
   * doorbreken), filtered. A search on a whole BSN also finds a client of another team, marked `buitenTeam`, so
   * the klantmanager can open it with a reason; fewer digits never match a BSN.
   */
  async lijst(actor: Actor, query: KlantLijstQuery): Promise<Pagina<KlantSamenvattingDto>> {
    const inBeeld = inBeeldSql('$2');
    const zoek = query.zoek?.trim() ?? '';
    const opBsn = /^\d{9}$/.test(zoek);
    const zichtbaar = zichtbaarVoorTeamSql({ medewerkerId: '$10', teamId: '$11', vandaag: '$2' });
    const pagina = await pagineerSql<KlantSamenvattingDto>(
      this.db,
      {
        sql: `SELECT k.id, k.voornamen || ' ' || k.achternaam AS naam, k.bsn, k.gemeente_id AS "gemeenteId",
                     k.klantmanager_id AS "klantmanagerId", k.dienstverleningscategorie, k.status,
                     k.laatst_gezien_op AS "laatstGezienOp", ${inBeeld.status} AS "inBeeldStatus",
                     NOT ${zichtbaar} AS "buitenTeam", k.achternaam, k.voornamen
                FROM klant k ${inBeeld.joins}
               WHERE k.organisatie_id = $1
                 AND (${zichtbaar} OR ($4 AND k.bsn = $3))
                 AND ($3::text IS NULL OR (CASE WHEN $4 THEN k.bsn = $3
                                                ELSE (k.voornamen || ' ' || k.achternaam) ILIKE '%' || $3 || '%' END))
                 AND ($5::uuid IS NULL OR k.klantmanager_id = $5)
                 AND (NOT $6 OR k.klantmanager_id IS NULL)
                 AND ($7::uuid IS NULL OR k.gemeente_id = $7)
                 AND ($8::text IS NULL OR k.status = $8)
                 AND ($9::text IS NULL OR ${inBeeld.status} = $9)
                 AND ($12::text IS NULL OR k.dienstverleningscategorie = $12)`,
        params: [
          actor.organisatieId,
          vandaag(),
          zoek ? (opBsn ? zoek : likePatroon(zoek)) : null,
          opBsn,
          query.klantmanagerId ?? null,
          query.zonderKlantmanager === 'true',
          query.gemeenteId ?? null,
          query.status ?? null,
          query.inBeeld ?? null,
          actor.medewerkerId,
          actor.teamId,
          query.dienstverleningscategorie ?? null,
        ],
        orderBy: 'lower(achternaam), lower(voornamen), id',
      },
      query,
      ({ achternaam: _a, voornamen: _v, bsn, ...rij }) =>
        ({ ...rij, bsnGemaskeerd: maskeerBsn(bsn as string | null) }) as KlantSamenvattingDto,
    );
    // A list shows personal data of every client on it: each is a data subject of this processing.
    await this.audit.verwerking(
      actor,
      'klanten.zoeken',
      pagina.items.map((k) => k.id),
    );
    return pagina;
  }

  /** The dossier header; a read of personal data, so it is logged. */
  async vind(actor: Actor, id: string): Promise<KlantDto> {
    await this.toegang.klant(actor, id);
    const klant = await this.lees(actor, id);
    await this.audit.verwerking(actor, 'klant.inzien', id);
    return klant;
  }

  /** Showing the full BSN on screen is its own logged act (Logboek Dataverwerkingen: 'bsn.tonen'). */
  async bsnInzage(actor: Actor, id: string): Promise<{ bsn: string }> {
    await this.toegang.klant(actor, id);
    const [rij] = await this.db.query(`SELECT bsn FROM klant WHERE id = $1 AND organisatie_id = $2`, [
      id,
      actor.organisatieId,
    ]);
    if (!rij) throw new NietGevonden('Klant');
    if (!rij.bsn)
      throw new RegelFout('GEANONIMISEERD', 'Van deze klant is het BSN verwijderd: de bewaartermijn is verstreken.');
    await this.audit.verwerking(actor, 'bsn.tonen', id);
    return { bsn: rij.bsn };
  }

  private async lees(actor: Actor, id: string, tx: Queryable = this.db): Promise<KlantDto> {
    const inBeeld = inBeeldSql('$3');
    const [rij] = await tx.query(
      `SELECT k.id, k.bsn AS "bsnVolledig", k.voornamen, k.achternaam, k.geboortedatum, k.gemeente_id AS "gemeenteId", g.naam AS "gemeenteNaam",
              k.adres, k.telefoon, k.email, k.doelgroep, k.startdatum_uitkering AS "startdatumUitkering",
              k.dienstverleningscategorie, k.klantmanager_id AS "klantmanagerId", m.naam AS "klantmanagerNaam", m.team_id AS "teamId",
              k.status, k.uitstroomdatum, k.uitstroomreden, k.laatst_gezien_op AS "laatstGezienOp",
              ${inBeeld.status} AS "inBeeldStatus",
              (SELECT l.trede FROM ladder_meting l WHERE l.klant_id = k.id ORDER BY l.gemeten_op DESC, l.aangemaakt_op DESC LIMIT 1) AS "huidigeTrede",
              k.versie, n.max_dagen AS "maxDagen", n.waarschuwing_dagen AS "waarschuwingDagen", vr.vrijgesteld
         FROM klant k
         JOIN gemeente g ON g.id = k.gemeente_id
         LEFT JOIN medewerker m ON m.id = k.klantmanager_id
         ${inBeeld.joins}
        WHERE k.id = $1 AND k.organisatie_id = $2`,
      [id, actor.organisatieId, vandaag()],
    );
    if (!rij) throw new NietGevonden('Klant');
    // The full BSN never leaves in a Klant (docs/privacy.md): only masked.
    const { maxDagen, waarschuwingDagen, bsnVolledig, ...klant } = rij;
    return { ...klant, bsnGemaskeerd: maskeerBsn(bsnVolledig), norm: { maxDagen, waarschuwingDagen } };
  }

  async maak(actor: Actor, invoer: KlantInvoerDto): Promise<KlantDto> {
    return this.db.transaction(async (tx) => {
      await this.controleerVerwijzingen(tx, actor, invoer);
      this.controleerRegels(invoer);
      let id: string;
      try {
        const resultaat = await tx.getRepository(Klant).insert({
          ...invoer,
          organisatieId: actor.organisatieId,
          klantmanagerId: invoer.klantmanagerId ?? null,
          adres: invoer.adres ?? null,
          telefoon: invoer.telefoon ?? null,
          email: invoer.email ?? null,
        });
        id = resultaat.identifiers[0].id;
      } catch (fout) {
        if (isUniekSchending(fout, 'klant_organisatie_id_bsn_key')) {
          throw new Conflict('BSN_BESTAAT', 'Er staat al een klant met dit BSN in deze organisatie.', [
            { veld: 'bsn', melding: 'is al geregistreerd bij een andere klant' },
          ]);
        }
        throw fout;
      }
      await this.audit.wijziging(tx, actor, {
        resource: 'klant',
        resourceId: id,
        klantId: id,
        actie: 'aangemaakt',
        nieuw: { ...invoer },
      });
      return this.lees(actor, id, tx);
    });
  }

  async wijzig(actor: Actor, id: string, invoer: KlantWijzigingDto): Promise<KlantDto> {
    return this.db.transaction(async (tx) => {
      await this.toegang.klant(actor, id, tx);
      const oud = await vergrendelVoorWijziging<KlantVelden & { versie: number; id: string }>(tx, {
        tabel: 'klant',
        kolommen: BEWERKBAAR,
        id,
        organisatieId: actor.organisatieId,
        versie: invoer.versie,
        wat: 'Klant',
      });
      const gewijzigd: Partial<KlantVelden> = verstuurdeVelden(invoer, ['versie']);
      // Back to actief clears the uitstroom; the rules below then see the result as a whole.
      if (gewijzigd.status === 'actief') Object.assign(gewijzigd, { uitstroomdatum: null, uitstroomreden: null });
      const nieuw = { ...oud, ...gewijzigd };
      await this.controleerVerwijzingen(tx, actor, gewijzigd, oud.dienstverleningscategorie);
      this.controleerRegels(nieuw as KlantInvoerDto & KlantVelden);
      const { oud: was, nieuw: wordt } = verschil(oud, gewijzigd);
      if (Object.keys(wordt).length > 0) {
        try {
          await werkBij(tx, 'klant', id, wordt);
        } catch (fout) {
          if (isUniekSchending(fout, 'klant_organisatie_id_bsn_key')) {
            throw new Conflict('BSN_BESTAAT', 'Er staat al een klant met dit BSN in deze organisatie.', [
              { veld: 'bsn', melding: 'is al geregistreerd bij een andere klant' },
            ]);
          }
          throw fout;
        }
        await this.audit.wijziging(tx, actor, {
          resource: 'klant',
          resourceId: id,
          klantId: id,
          actie: 'gewijzigd',
          oud: was,
          nieuw: wordt,
        });
      }
      return this.lees(actor, id, tx);
    });
  }

  /**
   * Moves clients to another klantmanager, all or nothing, within the teamleider's own team: the target must be an
   * active klantmanager of that team, and each client one of the team's or without klantmanager. One id that does
   * not fit (unknown, another organisatie's, another team's) and nothing moves. The assignment history (trigger)
   * and the change audit are written per client.
   */
  async herverdeel(actor: Actor, invoer: HerverdelenDto): Promise<{ verplaatst: number }> {
    return this.db.transaction(async (tx) => {
      const fouten: VeldFout[] = [];
      if (!(await this.isKlantmanagerVanTeam(tx, actor, invoer.naarKlantmanagerId))) {
        fouten.push({ veld: 'naarKlantmanagerId', melding: 'is geen actieve klantmanager van je team' });
      }
      const gevonden: { id: string; klantmanagerId: string | null; inTeam: boolean }[] = await tx.query(
        `SELECT k.id, k.klantmanager_id AS "klantmanagerId", (k.klantmanager_id IS NULL OR km.team_id = $3) AS "inTeam"
           FROM klant k LEFT JOIN medewerker km ON km.id = k.klantmanager_id
          WHERE k.organisatie_id = $1 AND k.id = ANY ($2::uuid[]) FOR UPDATE OF k`,
        [actor.organisatieId, invoer.klantIds, actor.teamId],
      );
      const perId = new Map(gevonden.map((k) => [k.id, k]));
      invoer.klantIds.forEach((id, i) => {
        const klant = perId.get(id);
        if (!klant) fouten.push({ veld: `klantIds.${i}`, melding: `klant ${id} is niet gevonden` });
        else if (!klant.inTeam) fouten.push({ veld: `klantIds.${i}`, melding: `klant ${id} hoort bij een ander team` });
      });
      if (fouten.length) throw new ValidatieFout(fouten, 'Er is niets verplaatst: niet alle gegevens kloppen.');

      const teVerplaatsen = gevonden.filter((k) => k.klantmanagerId !== invoer.naarKlantmanagerId);
      if (teVerplaatsen.length === 0) return { verplaatst: 0 };
      await tx.query(
        `UPDATE klant SET klantmanager_id = $1, versie = versie + 1, gewijzigd_op = now() WHERE organisatie_id = $2 AND id = ANY ($3::uuid[])`,
        [invoer.naarKlantmanagerId, actor.organisatieId, teVerplaatsen.map((k) => k.id)],
      );
      for (const klant of teVerplaatsen) {
        await this.audit.wijziging(tx, actor, {
          resource: 'klant',
          resourceId: klant.id,
          klantId: klant.id,
          actie: 'gewijzigd',
          oud: { klantmanagerId: klant.klantmanagerId },
          nieuw: { klantmanagerId: invoer.naarKlantmanagerId },
        });
      }
      return { verplaatst: teVerplaatsen.length };
    });
  }

  /**
   * The gemeente must be the organisatie's, a klantmanager one of the caller's team, a new category an active one of
   * the organisatie (else 400 on that field). A client keeps a category that was deactivated later: `huidigeCategorie`.
   */
  private async controleerVerwijzingen(
    tx: EntityManager,
    actor: Actor,
    invoer: Partial<KlantVelden> & { klantmanagerId?: string | null },
    huidigeCategorie?: string,
  ): Promise<void> {
    const fouten: VeldFout[] = [];
    if (invoer.gemeenteId) {
      const gemeente = await tx.query(`SELECT 1 FROM gemeente WHERE id = $1 AND organisatie_id = $2`, [
        invoer.gemeenteId,
        actor.organisatieId,
      ]);
      if (gemeente.length === 0) fouten.push({ veld: 'gemeenteId', melding: 'is geen gemeente van deze organisatie' });
    }
    if (invoer.klantmanagerId && !(await this.isKlantmanagerVanTeam(tx, actor, invoer.klantmanagerId))) {
      fouten.push({ veld: 'klantmanagerId', melding: 'is geen actieve klantmanager van je team' });
    }
    if (invoer.dienstverleningscategorie !== undefined && invoer.dienstverleningscategorie !== huidigeCategorie) {
      const [categorie] = await tx.query(
        `SELECT actief FROM dienstverleningscategorie WHERE organisatie_id = $1 AND code = $2`,
        [actor.organisatieId, invoer.dienstverleningscategorie],
      );
      if (!categorie)
        fouten.push({
          veld: 'dienstverleningscategorie',
          melding: 'is geen dienstverleningscategorie van de organisatie',
        });
      else if (!categorie.actief)
        fouten.push({ veld: 'dienstverleningscategorie', melding: 'is niet meer actief; kies een actieve categorie' });
    }
    if (fouten.length) throw new ValidatieFout(fouten);
  }

  private async isKlantmanagerVanTeam(tx: Queryable, actor: Actor, medewerkerId: string): Promise<boolean> {
    const rijen = await tx.query(
      `SELECT 1 FROM medewerker WHERE id = $1 AND organisatie_id = $2 AND team_id = $3 AND rol = 'klantmanager' AND actief`,
      [medewerkerId, actor.organisatieId, actor.teamId],
    );
    return rijen.length > 0;
  }

  private controleerRegels(klant: Partial<KlantVelden>): void {
    const fouten: VeldFout[] = [];
    const vandaagNl = vandaag();
    if (klant.geboortedatum && dagenTussen(klant.geboortedatum, vandaagNl) < 0) {
      fouten.push({ veld: 'geboortedatum', melding: 'mag niet in de toekomst liggen' });
    } else if (
      klant.geboortedatum &&
      klant.startdatumUitkering &&
      dagenTussen(klant.geboortedatum, klant.startdatumUitkering) < 0
    ) {
      fouten.push({ veld: 'startdatumUitkering', melding: 'mag niet voor de geboortedatum liggen' });
    }
    if (klant.status === 'uitgestroomd') {
      if (!klant.uitstroomdatum)
        fouten.push({ veld: 'uitstroomdatum', melding: 'is verplicht bij status uitgestroomd' });
      if (!klant.uitstroomreden)
        fouten.push({ veld: 'uitstroomreden', melding: 'is verplicht bij status uitgestroomd' });
      if (
        klant.uitstroomdatum &&
        klant.startdatumUitkering &&
        dagenTussen(klant.startdatumUitkering, klant.uitstroomdatum) < 0
      ) {
        fouten.push({ veld: 'uitstroomdatum', melding: 'mag niet voor de startdatum van de uitkering liggen' });
      }
    } else if (klant.uitstroomdatum || klant.uitstroomreden) {
      fouten.push({
        veld: klant.uitstroomdatum ? 'uitstroomdatum' : 'uitstroomreden',
        melding: 'kan alleen bij status uitgestroomd',
      });
    }
    if (fouten.length) throw new ValidatieFout(fouten);
  }

  /** Everything in the dossier, newest first: contactmomenten, ladder-metingen, afspraken, vrijstellingen. */
  async tijdlijn(actor: Actor, klantId: string, query: PaginaQuery): Promise<Pagina<TijdlijnItem>> {
    await this.toegang.klant(actor, klantId);
    const dag = (kolom: string) => `(${kolom}::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
    const pagina = await pagineerSql<TijdlijnItem>(
      this.db,
      {
        sql: `
          SELECT 'contactmoment' AS soort, c.plaatsgevonden_op AS moment, c.aangemaakt_op,
                 jsonb_build_object('id', c.id, 'datum', c.plaatsgevonden_op, 'kanaal', c.kanaal, 'initiatief', c.initiatief,
                   'resultaat', c.resultaat, 'onderwerp', c.onderwerp, 'samenvatting', c.samenvatting,
                   'teltAlsGezien', c.telt_als_gezien, 'medewerkerId', c.medewerker_id, 'medewerkerNaam', m.naam,
                   'gecorrigeerdOp', c.gecorrigeerd_op) AS gegevens
            FROM contactmoment c JOIN medewerker m ON m.id = c.medewerker_id
           WHERE c.klant_id = $1 AND c.organisatie_id = $2
          UNION ALL
          SELECT 'ladder', ${dag('l.gemeten_op')}, l.aangemaakt_op,
                 jsonb_build_object('id', l.id, 'datum', l.gemeten_op, 'trede', l.trede, 'doeltrede', l.doeltrede,
                   'toelichting', l.toelichting, 'medewerkerId', l.medewerker_id, 'medewerkerNaam', m.naam)
            FROM ladder_meting l JOIN medewerker m ON m.id = l.medewerker_id
           WHERE l.klant_id = $1 AND l.organisatie_id = $2
          UNION ALL
          SELECT 'afspraak', ${dag('a.startdatum')}, a.aangemaakt_op,
                 jsonb_build_object('id', a.id, 'datum', a.startdatum, 'soort', a.soort, 'omschrijving', a.omschrijving,
                   'startdatum', a.startdatum, 'einddatum', a.einddatum, 'status', a.status,
                   'resultaatToelichting', a.resultaat_toelichting, 'medewerkerId', a.medewerker_id, 'medewerkerNaam', m.naam)
            FROM afspraak a JOIN medewerker m ON m.id = a.medewerker_id
           WHERE a.klant_id = $1 AND a.organisatie_id = $2
          UNION ALL
          SELECT 'vrijstelling', ${dag('v.ingangsdatum')}, v.aangemaakt_op,
                 jsonb_build_object('id', v.id, 'datum', v.ingangsdatum, 'soort', v.soort, 'omvang', v.omvang, 'reden', v.reden,
                   'ingangsdatum', v.ingangsdatum, 'einddatum', v.einddatum, 'herbeoordelingsdatum', v.herbeoordelingsdatum,
                   'ingetrokkenOp', v.ingetrokken_op, 'medewerkerId', v.medewerker_id, 'medewerkerNaam', m.naam)
            FROM vrijstelling v JOIN medewerker m ON m.id = v.medewerker_id
           WHERE v.klant_id = $1 AND v.organisatie_id = $2`,
        params: [klantId, actor.organisatieId],
        orderBy: 'moment DESC, aangemaakt_op DESC',
      },
      query,
      // A vrijstelling has its own `soort` (formeel/informeel): keep it as vrijstellingSoort next to the item soort.
      (rij) => {
        const gegevens = rij.gegevens as Record<string, unknown>;
        if (rij.soort === 'vrijstelling') {
          const { soort, ...rest } = gegevens;
          return { soort: 'vrijstelling', ...rest, vrijstellingSoort: soort } as unknown as TijdlijnItem;
        }
        if (rij.soort === 'afspraak') {
          const { soort, ...rest } = gegevens;
          return { soort: 'afspraak', ...rest, afspraakSoort: soort } as unknown as TijdlijnItem;
        }
        return { soort: rij.soort, ...gegevens } as TijdlijnItem;
      },
    );
    await this.audit.verwerking(actor, 'tijdlijn.inzien', klantId);
    return pagina;
  }
}
