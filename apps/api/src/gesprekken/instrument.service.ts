import { controleerInstrument, type Instrument, PAD_CODE_PATROON, type VeldFout } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { ValidatieFout } from '../common/fouten';
import { Db, type Queryable } from '../database/db';
import { InstrumentDto, InstrumentInvoerDto } from './dto/instrument.dto';
import { PadDto, PadenDto } from './dto/paden.dto';

/** An instrument version as stored, with its id (gesprekken point at it). */
export interface InstrumentVersie extends InstrumentDto {
  id: string;
}

const KOLOMMEN = `id, versie, naam, bron, domeinen, niveaus, adviesregels, aangemaakt_op AS "aangemaaktOp"`;

/**
 * The organisatie's instrument of the klant-in-beeld-gesprek (docs/gesprek.md) and its dienstverleningspaden. The
 * instrument is versioned: a change inserts version n+1 and the old versions stay as they were, so a past gesprek
 * keeps the names and levels it was scored with.
 */
@Injectable()
export class InstrumentService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async actief(actor: Actor, tx: Queryable = this.db): Promise<InstrumentDto> {
    const { id: _id, ...instrument } = await this.actieveVersie(tx, actor.organisatieId);
    return instrument;
  }

  /** The highest version; the migration gives every organisatie version 1. */
  async actieveVersie(tx: Queryable, organisatieId: string): Promise<InstrumentVersie> {
    const [rij] = await tx.query(
      `SELECT ${KOLOMMEN} FROM leefgebieden_instrument WHERE organisatie_id = $1 ORDER BY versie DESC LIMIT 1`,
      [organisatieId],
    );
    return rij;
  }

  /**
   * A new version (beheerder), checked by libs/domain against the organisatie's categories and paden (400 naming
   * every field). The same content as the active version changes nothing: no new version, no audit record.
   */
  async wijzig(actor: Actor, invoer: InstrumentInvoerDto): Promise<InstrumentDto> {
    return this.db.transaction(async (tx) => {
      await this.vergrendel(tx, actor.organisatieId);
      const nieuw = normaliseer(invoer);
      const categorieen: { code: string }[] = await tx.query(
        `SELECT code FROM dienstverleningscategorie WHERE organisatie_id = $1`,
        [actor.organisatieId],
      );
      const paden = await this.leesPaden(tx, actor.organisatieId);
      const fouten = controleerInstrument(
        nieuw,
        categorieen.map((c) => c.code),
        paden.map((p) => p.code),
      );
      if (fouten.length) throw new ValidatieFout(fouten);

      const { id: _id, versie, aangemaaktOp: _op, ...oud } = await this.actieveVersie(tx, actor.organisatieId);
      if (isDeepStrictEqual(normaliseer({ ...oud, bron: oud.bron ?? undefined }), nieuw)) return this.actief(actor, tx);
      await tx.query(
        `INSERT INTO leefgebieden_instrument (organisatie_id, versie, naam, bron, domeinen, niveaus, adviesregels, medewerker_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          actor.organisatieId,
          versie + 1,
          nieuw.naam,
          nieuw.bron || null,
          JSON.stringify(nieuw.domeinen),
          JSON.stringify(nieuw.niveaus),
          JSON.stringify(nieuw.adviesregels),
          actor.medewerkerId,
        ],
      );
      const wordt = await this.actief(actor, tx);
      await this.audit.wijziging(tx, actor, {
        resource: 'instellingen',
        resourceId: actor.organisatieId,
        klantId: null,
        actie: 'gewijzigd',
        oud: { leefgebieden: { versie, ...oud } },
        nieuw: { leefgebieden: wordt as unknown as Record<string, unknown> },
      });
      return wordt;
    });
  }

  async paden(actor: Actor, tx: Queryable = this.db): Promise<PadenDto> {
    return { paden: await this.leesPaden(tx, actor.organisatieId) };
  }

  private leesPaden(tx: Queryable, organisatieId: string): Promise<PadDto[]> {
    return tx.query(`SELECT code, naam, actief FROM dienstverleningspad WHERE organisatie_id = $1 ORDER BY volgorde`, [
      organisatieId,
    ]);
  }

  /**
   * Replaces the whole list of paden (beheerder), like the categories: an existing code left out is 400 (deactivate
   * it instead, gesprekken point at it), new codes unique and well-formed. One transaction, one change record.
   */
  async wijzigPaden(actor: Actor, invoer: PadenDto): Promise<PadenDto> {
    return this.db.transaction(async (tx) => {
      await this.vergrendel(tx, actor.organisatieId);
      const oud = await this.leesPaden(tx, actor.organisatieId);
      const fouten: VeldFout[] = [];
      const gezien = new Set<string>();
      invoer.paden.forEach((p, i) => {
        if (!PAD_CODE_PATROON.test(p.code))
          fouten.push({ veld: `paden.${i}.code`, melding: 'moet 2 tot 40 kleine letters, cijfers of _ zijn' });
        else if (gezien.has(p.code))
          fouten.push({ veld: `paden.${i}.code`, melding: `code '${p.code}' komt twee keer voor` });
        gezien.add(p.code);
        if (!p.naam.trim()) fouten.push({ veld: `paden.${i}.naam`, melding: 'mag niet leeg zijn' });
      });
      for (const p of oud) {
        if (!gezien.has(p.code))
          fouten.push({
            veld: 'paden',
            melding: `pad '${p.code}' kan niet worden verwijderd; zet het op niet actief`,
          });
      }
      if (fouten.length) throw new ValidatieFout(fouten);

      for (const [volgorde, p] of invoer.paden.entries()) {
        await tx.query(
          `INSERT INTO dienstverleningspad (organisatie_id, code, naam, actief, volgorde) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (organisatie_id, code) DO UPDATE
             SET naam = EXCLUDED.naam, actief = EXCLUDED.actief, volgorde = EXCLUDED.volgorde`,
          [actor.organisatieId, p.code, p.naam.trim(), p.actief, volgorde + 1],
        );
      }
      const nieuw = await this.leesPaden(tx, actor.organisatieId);
      await this.audit.wijziging(tx, actor, {
        resource: 'instellingen',
        resourceId: actor.organisatieId,
        klantId: null,
        actie: 'gewijzigd',
        oud: { paden: oud },
        nieuw: { paden: nieuw },
      });
      return { paden: nieuw };
    });
  }

  /** Settings change one at a time per organisatie (the same lock as the other settings). */
  private vergrendel(tx: Queryable, organisatieId: string) {
    return tx.query(`SELECT 1 FROM organisatie_instelling WHERE organisatie_id = $1 FOR UPDATE`, [organisatieId]);
  }
}

/** The instrument in one canonical form (trimmed names, only the fields a rule has), to store and to compare. */
function normaliseer(invoer: {
  naam: string;
  bron?: string | null;
  domeinen: Instrument['domeinen'];
  niveaus: Instrument['niveaus'];
  adviesregels: Instrument['adviesregels'];
}): Instrument {
  return {
    naam: invoer.naam.trim(),
    bron: invoer.bron?.trim() ?? '',
    domeinen: invoer.domeinen.map((d) => ({ code: d.code, naam: d.naam.trim() })),
    niveaus: invoer.niveaus.map((n) => ({ waarde: n.waarde, naam: n.naam.trim() })),
    adviesregels: {
      regels: invoer.adviesregels.regels.map((r) => ({
        omschrijving: r.omschrijving.trim(),
        minAantal: r.minAantal,
        maxNiveau: r.maxNiveau,
        ...(r.domeinen ? { domeinen: [...r.domeinen] } : {}),
        ...(r.loonwaardeOnder !== undefined && r.loonwaardeOnder !== null
          ? { loonwaardeOnder: r.loonwaardeOnder }
          : {}),
        categorie: r.categorie,
        pad: r.pad,
      })),
      anders: { categorie: invoer.adviesregels.anders.categorie, pad: invoer.adviesregels.anders.pad },
    },
  };
}
