import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Response } from 'express';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { csvRegel } from '../common/formule';
import { NietGevonden, RegelFout, ValidatieFout, type VeldFout } from '../common/fouten';
import { type Pagina, type PaginaQuery, pagineerSql } from '../common/paginering';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { Db, type Queryable } from '../database/db';
import { AuditService } from '../audit/audit.service';
import type {
  ImportDto,
  ImportFoutDto,
  ImportInvoerDto,
  ImportKolomDto,
  ImportKoppelingInvoerDto,
  ImportSoort,
  ImportStatus,
} from './dto/import.dto';
import { BestandFout, openBestand } from './lezer';
import { SOORTEN } from './soorten';
import type { Kolom, SoortDefinitie, SqlContext, Tellingen } from './soorten/soort';
import { kopSleutel } from './waarden';

/** The errors that come with GET /api/importen/{id}; all of them in fouten.csv. */
const FOUTEN_IN_ANTWOORD = 200;
/** Errors are written in batches of this many rows (never one statement per row). */
const FOUTEN_PER_KEER = 5_000;
/** How often progress is written while a file is read. */
const VOORTGANG_MS = 500;
/** A teamleider without a team imports into no team: no klantmanager and no client of a team qualifies. */
const GEEN_TEAM = '00000000-0000-0000-0000-000000000000';

export const IMPORT_MAX_MB_STANDAARD = 200;
/** A kept upload (for a re-run with another mapping) is removed after this long if the job was never executed. */
const BEWAAR_MS = 24 * 60 * 60 * 1000;

/** The header row mapped to the soort's fields: which cell holds which field, and what was not understood. */
interface Koppeling {
  index: Map<string, number>;
  koppen: Map<string, string>;
  waarschuwingen: string[];
  ontbrekend: Kolom[];
  /** Every non-empty column of the header, in order, with its field (null: not used); stored with the job. */
  kolommen: ImportKolomDto[];
}

/**
 * Maps the header to the soort's fields: recognised by name (loosely), or — after PUT koppeling — as the user chose,
 * `handmatig` holding the field of each non-empty header column in order.
 */
export function koppelKolommen(kolommen: Kolom[], kopregel: string[], handmatig?: (string | null)[]): Koppeling {
  const index = new Map<string, number>();
  const koppen = new Map<string, string>();
  const waarschuwingen: string[] = [];
  const gekoppeld: ImportKolomDto[] = [];
  const namen = new Map<string, Kolom>();
  const perVeld = new Map(kolommen.map((k) => [k.veld, k]));
  for (const kolom of kolommen) {
    for (const naam of [kolom.veld, ...kolom.namen])
      if (!namen.has(kopSleutel(naam))) namen.set(kopSleutel(naam), kolom);
  }
  let n = 0;
  kopregel.forEach((kop, i) => {
    const tekst = kop.trim();
    if (tekst === '') return;
    const kolom = handmatig ? perVeld.get(handmatig[n] ?? '') : namen.get(kopSleutel(tekst));
    n++;
    let veld: string | null = null;
    if (!kolom) waarschuwingen.push(`Kolom "${tekst.slice(0, 100)}" wordt niet gebruikt.`);
    else if (index.has(kolom.veld))
      waarschuwingen.push(`Kolom "${tekst.slice(0, 100)}" staat er twee keer; alleen de eerste wordt gebruikt.`);
    else {
      index.set(kolom.veld, i);
      koppen.set(kolom.veld, tekst);
      veld = kolom.veld;
    }
    gekoppeld.push({ kolom: tekst, veld });
  });
  const ontbrekend = kolommen.filter((k) => k.verplicht && !index.has(k.veld));
  return { index, koppen, waarschuwingen, ontbrekend, kolommen: gekoppeld };
}

/** A COPY text-format field: backslash, tab and line ends escaped. */
function copyVeld(tekst: string): string {
  return tekst.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** The rows of a job (its own, for a teamleider) as the API returns them. */
const TAAK_KOLOMMEN = `t.id, t.soort, t.bron, t.status, t.voortgang, t.bestandsnaam, t.waarschuwingen, t.koppeling,
  t.totaal, t.nieuw, t.gewijzigd, t.ongewijzigd, t.fout, t.aangemaakt_op AS "aangemaaktOp", t.gewijzigd_op AS "gewijzigdOp",
  t.medewerker_id AS "medewerkerId", (SELECT m.naam FROM medewerker m WHERE m.id = t.medewerker_id) AS "medewerkerNaam"`;

interface TaakRij {
  id: string;
  soort: ImportSoort;
  bron: string;
  status: ImportStatus;
  voortgang: number;
  bestandsnaam: string | null;
  waarschuwingen: string[];
  koppeling: ImportKolomDto[];
  medewerkerId: string;
  medewerkerNaam: string | null;
  totaal: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  fout: number;
  aangemaaktOp: Date | string;
  gewijzigdOp: Date | string;
}

function alsDto(t: TaakRij, fouten: ImportFoutDto[], bestandAanwezig: boolean): ImportDto {
  const soort = SOORTEN[t.soort];
  return {
    id: t.id,
    soort: t.soort,
    bron: t.bron,
    status: t.status,
    voortgang: Number(t.voortgang),
    rijen: { totaal: t.totaal, nieuw: t.nieuw, gewijzigd: t.gewijzigd, ongewijzigd: t.ongewijzigd, fout: t.fout },
    fouten,
    waarschuwingen: t.waarschuwingen,
    bestandsnaam: t.bestandsnaam,
    medewerker: { id: t.medewerkerId, naam: t.medewerkerNaam ?? '' },
    koppeling: t.koppeling,
    velden: (soort?.kolommen ?? []).map((k) => ({ veld: k.veld, naam: k.namen[0] ?? k.veld, verplicht: k.verplicht })),
    koppelingWijzigbaar: (t.status === 'klaar' || t.status === 'afgekeurd') && bestandAanwezig,
    aangemaaktOp: new Date(t.aangemaaktOp).toISOString(),
    gewijzigdOp: new Date(t.gewijzigdOp).toISOString(),
  };
}

/** Refusal of an execution whose checks found errors after all (the database changed since the dry run). */
class AlsnogAfgekeurd extends Error {}

/**
 * Import jobs (docs/import.md). A job runs in the background after its request: first the dry run (read, check,
 * count) in one transaction, then — on request — the execution in one transaction. The request answers 202 at once;
 * GET shows status and progress. A restart marks a job that was still running `mislukt` (kib_importen_afbreken):
 * its transaction went with the process, so nothing of it was written.
 */
@Injectable()
export class ImportenService implements OnApplicationBootstrap {
  private readonly log = new Logger(ImportenService.name);
  /** Jobs running in this process; awaited by tests and on shutdown. */
  private readonly lopend = new Set<Promise<void>>();
  /** Uploads a dry run of this process is reading: never swept. */
  private readonly inGebruik = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get map(): string {
    return this.config.importMap ?? join(process.cwd(), '.data', 'importen');
  }

  /** Where a job's upload is kept until it is executed (or swept after BEWAAR_MS). */
  bestandPad(id: string): string {
    return join(this.map, id);
  }

  get maxBytes(): number {
    return Math.round((this.config.importMaxMb ?? IMPORT_MAX_MB_STANDAARD) * 1024 * 1024);
  }

  async onApplicationBootstrap(): Promise<void> {
    mkdirSync(this.map, { recursive: true });
    // Uploads of a previous run belong to jobs that are now mislukt.
    for (const bestand of readdirSync(this.map)) rmSync(join(this.map, bestand), { force: true });
    const [{ aantal }] = await this.db.bron.query(`SELECT kib_importen_afbreken() AS aantal`);
    if (aantal > 0) this.log.warn(`${aantal} onderbroken import(s) gemarkeerd als mislukt; er is niets van vastgelegd`);
  }

  /** Uploads never executed do not pile up: older than BEWAAR_MS and not being read, they go. */
  private ruimOp(): void {
    const grens = Date.now() - BEWAAR_MS;
    for (const naam of readdirSync(this.map)) {
      const pad = join(this.map, naam);
      if (this.inGebruik.has(pad)) continue;
      try {
        if (statSync(pad).mtimeMs < grens) rmSync(pad, { force: true });
      } catch {
        // Removed meanwhile.
      }
    }
  }

  private async verwijderBestand(id: string): Promise<void> {
    await unlink(this.bestandPad(id)).catch(() => undefined);
  }

  /** Every job of this process has finished (tests wait for this). */
  async klaar(): Promise<void> {
    while (this.lopend.size > 0) await Promise.allSettled([...this.lopend]);
  }

  private achtergrond(werk: () => Promise<void>): void {
    const taak = werk().catch((fout) => this.log.error(fout instanceof Error ? fout.stack : String(fout)));
    this.lopend.add(taak);
    void taak.finally(() => this.lopend.delete(taak));
  }

  private teamVan(actor: Actor): string | null {
    return actor.rol === 'teamleider' ? (actor.teamId ?? GEEN_TEAM) : null;
  }

  /** The job, if the actor may see it: the beheerder every job of the organisatie, a teamleider their own. */
  private async taak(tx: Queryable, actor: Actor, id: string, voorUpdate = false): Promise<TaakRij> {
    const [taak]: TaakRij[] = await tx.query(
      `SELECT ${TAAK_KOLOMMEN} FROM import_taak t
        WHERE t.id = $1 AND t.organisatie_id = $2 AND ($3::uuid IS NULL OR t.medewerker_id = $3)${voorUpdate ? ' FOR UPDATE' : ''}`,
      [id, actor.organisatieId, actor.rol === 'beheerder' ? null : actor.medewerkerId],
    );
    if (!taak) throw new NietGevonden('Import');
    return taak;
  }

  async start(
    actor: Actor,
    invoer: ImportInvoerDto,
    bestand: { pad: string; naam: string | null },
  ): Promise<{ id: string }> {
    const soort = SOORTEN[invoer.soort];
    if (!soort) {
      await unlink(bestand.pad).catch(() => undefined);
      throw new RegelFout('SOORT_NIET_ONDERSTEUND', `Importeren van soort "${invoer.soort}" kan nog niet.`, [
        { veld: 'soort', melding: 'wordt nog niet ondersteund' },
      ]);
    }
    const id = await this.db.apart(actor.organisatieId, async (tx) => {
      const [{ id }] = await tx.query(
        `INSERT INTO import_taak (organisatie_id, medewerker_id, soort, bron, bestandsnaam) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [actor.organisatieId, actor.medewerkerId, invoer.soort, invoer.bron, bestand.naam?.slice(0, 255) ?? null],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'import',
        resourceId: id,
        klantId: null,
        actie: 'aangemaakt',
        nieuw: { soort: invoer.soort, bron: invoer.bron, bestandsnaam: bestand.naam, status: 'controleren' },
      });
      return id as string;
    });
    // Named after its job, so a re-run with another mapping finds it.
    await rename(bestand.pad, this.bestandPad(id));
    this.ruimOp();
    this.achtergrond(() => this.controleer(actor, id, invoer.bron, soort));
    return { id };
  }

  private async zetVoortgang(actor: Actor, id: string, voortgang: number): Promise<void> {
    await this.db.apart(actor.organisatieId, (tx) =>
      tx.query(
        `UPDATE import_taak SET voortgang = $2, gewijzigd_op = now() WHERE id = $1 AND status IN ('controleren', 'uitvoeren')`,
        [id, Math.max(0, Math.min(1, voortgang))],
      ),
    );
  }

  private async eindig(
    actor: Actor,
    id: string,
    status: ImportStatus,
    extra: { fouten?: { rij: number; veld: string; melding: string }[] } = {},
  ): Promise<void> {
    await this.db.apart(actor.organisatieId, async (tx) => {
      await tx.query(`DELETE FROM import_rij WHERE import_id = $1`, [id]);
      if (extra.fouten?.length) {
        await tx.query(`DELETE FROM import_fout WHERE import_id = $1`, [id]);
        await this.schrijfFouten(tx, actor, id, extra.fouten);
      }
      await tx.query(
        `UPDATE import_taak SET status = $2, voortgang = 1, gewijzigd_op = now(),
                fout = (SELECT count(DISTINCT rij) FROM import_fout WHERE import_id = $1)
          WHERE id = $1`,
        [id, status],
      );
    });
  }

  private async schrijfFouten(
    tx: Queryable,
    actor: Actor,
    id: string,
    fouten: { rij: number; veld: string; melding: string }[],
  ): Promise<void> {
    if (fouten.length === 0) return;
    await tx.query(
      `INSERT INTO import_fout (organisatie_id, import_id, rij, veld, melding)
       SELECT $1, $2, f.rij, f.veld, f.melding FROM unnest($3::int[], $4::text[], $5::text[]) AS f (rij, veld, melding)`,
      [actor.organisatieId, id, fouten.map((f) => f.rij), fouten.map((f) => f.veld), fouten.map((f) => f.melding)],
    );
  }

  private sqlContext(tx: Queryable, actor: Actor, id: string, bron: string, koppen: Map<string, string>): SqlContext {
    return {
      tx,
      importId: id,
      bron,
      actor,
      teamId: this.teamVan(actor),
      kop: (veld) => koppen.get(veld) ?? veld,
    };
  }

  /** The dry run: read and check every row, stage the good ones, count what executing would do. */
  private async controleer(
    actor: Actor,
    id: string,
    bron: string,
    soort: SoortDefinitie,
    handmatig?: (string | null)[],
  ): Promise<void> {
    const pad = this.bestandPad(id);
    this.inGebruik.add(pad);
    let bewaren = false;
    try {
      const bestand = await (soort.open ?? openBestand)(pad);
      const [instelling] = await this.db.apart(actor.organisatieId, (tx) =>
        tx.query(
          `SELECT max_duur_informele_vrijstelling_dagen AS max FROM organisatie_instelling WHERE organisatie_id = $1`,
          [actor.organisatieId],
        ),
      );
      const ctx = { nu: new Date(), maxDuurInformeelDagen: instelling?.max ?? 183 };

      const kop = await bestand.regels.next();
      if (kop.done) throw new BestandFout('Het bestand bevat geen kopregel en geen gegevens.');
      const koppeling = koppelKolommen(soort.kolommen, kop.value.cellen, handmatig);
      // From here on the file can be checked again with another mapping.
      bewaren = true;
      await this.db.apart(actor.organisatieId, (tx) =>
        tx.query(`UPDATE import_taak SET waarschuwingen = $2, koppeling = $3 WHERE id = $1`, [
          id,
          koppeling.waarschuwingen,
          JSON.stringify(koppeling.kolommen),
        ]),
      );
      if (koppeling.ontbrekend.length > 0) {
        await bestand.regels.return(undefined);
        await this.eindig(actor, id, 'afgekeurd', {
          fouten: koppeling.ontbrekend.map((k) => ({
            rij: kop.value.rij,
            veld: k.namen[0],
            melding: handmatig
              ? `geen kolom gekoppeld aan dit verplichte veld (kies een kolom voor "${k.namen[0]}")`
              : `kolom ontbreekt (verwacht een kolom "${k.namen[0]}")`,
          })),
        });
        return;
      }

      await this.db.apart(actor.organisatieId, async (tx) => {
        const verbinding = (await tx.queryRunner!.connect()) as PoolClient;
        await tx.query(`CREATE TEMP TABLE import_laden (rij integer, sleutel text, gegevens jsonb) ON COMMIT DROP`);
        const copy = verbinding.query(copyFrom(`COPY import_laden (rij, sleutel, gegevens) FROM STDIN`));
        const klaar = once(copy, 'finish');
        let totaal = 0;
        let foutBuffer: { rij: number; veld: string; melding: string }[] = [];
        let laatst = Date.now();
        try {
          for await (const regel of bestand.regels) {
            totaal++;
            const cellen: Record<string, string> = {};
            for (const [veld, i] of koppeling.index) cellen[veld] = regel.cellen[i] ?? '';
            const uitkomst = soort.lees(cellen, ctx);
            if ('fouten' in uitkomst) {
              for (const f of uitkomst.fouten)
                foutBuffer.push({ rij: regel.rij, veld: koppeling.koppen.get(f.veld) ?? f.veld, melding: f.melding });
            } else {
              const lijn = `${regel.rij}\t${copyVeld(uitkomst.sleutel)}\t${copyVeld(JSON.stringify(uitkomst.gegevens))}\n`;
              if (!copy.write(lijn)) await once(copy, 'drain');
            }
            if (foutBuffer.length >= FOUTEN_PER_KEER) {
              // The COPY holds the connection: errors go through a connection of their own, committed with the job's end.
              const batch = foutBuffer;
              foutBuffer = [];
              await this.db.apart(actor.organisatieId, (apart) => this.schrijfFouten(apart, actor, id, batch));
            }
            if (Date.now() - laatst > VOORTGANG_MS) {
              laatst = Date.now();
              await this.zetVoortgang(actor, id, bestand.voortgang() * 0.8);
            }
          }
        } finally {
          copy.end();
          await klaar;
        }
        await this.schrijfFouten(tx, actor, id, foutBuffer);
        if (totaal === 0) throw new BestandFout('Het bestand bevat een kopregel maar geen gegevens.');
        await tx.query(
          `INSERT INTO import_rij (organisatie_id, import_id, rij, sleutel, gegevens)
           SELECT $1, $2, rij, sleutel, gegevens FROM import_laden`,
          [actor.organisatieId, id],
        );
        await this.zetVoortgang(actor, id, 0.85);
        const sql = this.sqlContext(tx, actor, id, bron, koppeling.koppen);
        await this.dubbelen(sql, soort);
        const soortWaarschuwingen = (await soort.controles(sql)) ?? [];
        await this.zetVoortgang(actor, id, 0.95);
        const tellingen = await soort.tel(sql);
        const [{ fout }] = await tx.query(
          `SELECT count(DISTINCT rij)::int AS fout FROM import_fout WHERE import_id = $1`,
          [id],
        );
        const goed = fout === 0;
        if (!goed) await tx.query(`DELETE FROM import_rij WHERE import_id = $1`, [id]);
        await tx.query(
          `UPDATE import_taak SET status = $2, voortgang = 1, totaal = $3, nieuw = $4, gewijzigd = $5, ongewijzigd = $6,
                  fout = $7, waarschuwingen = $8, koppen = $9, gewijzigd_op = now()
            WHERE id = $1`,
          [
            id,
            goed ? 'klaar' : 'afgekeurd',
            totaal,
            goed ? tellingen.nieuw : 0,
            goed ? tellingen.gewijzigd : 0,
            goed ? tellingen.ongewijzigd : 0,
            fout,
            [...koppeling.waarschuwingen, ...soortWaarschuwingen],
            Object.fromEntries(koppeling.koppen),
          ],
        );
      });
    } catch (fout) {
      // A file that cannot be read stays unreadable with any mapping; a failed job is not run again.
      bewaren = false;
      if (fout instanceof BestandFout) {
        await this.eindig(actor, id, 'afgekeurd', { fouten: [{ rij: 1, veld: 'bestand', melding: fout.message }] });
      } else {
        await this.eindig(actor, id, 'mislukt').catch(() => undefined);
        throw fout;
      }
    } finally {
      this.inGebruik.delete(pad);
      if (!bewaren) await unlink(pad).catch(() => undefined);
    }
  }

  /**
   * A new mapping of the file's columns to the soort's fields; the dry run runs again with it (the kept upload).
   * Only after a dry run (klaar or afgekeurd); the body is the whole mapping, columns matched by name in order.
   */
  async wijzigKoppeling(actor: Actor, id: string, invoer: ImportKoppelingInvoerDto): Promise<ImportDto> {
    const { taak, soort, handmatig } = await this.db.apart(actor.organisatieId, async (tx) => {
      const taak = await this.taak(tx, actor, id, true);
      if (taak.status !== 'klaar' && taak.status !== 'afgekeurd') {
        throw new RegelFout(
          'IMPORT_NIET_TE_KOPPELEN',
          `De koppeling kan alleen na een proefrun worden gewijzigd (status "klaar" of "afgekeurd"); de status is "${taak.status}".`,
        );
      }
      const soort = SOORTEN[taak.soort];
      if (!soort || !existsSync(this.bestandPad(id))) {
        throw new RegelFout(
          'IMPORT_BESTAND_WEG',
          'Het bestand van deze import is er niet meer (het wordt na een dag of een herstart verwijderd). Upload het opnieuw.',
        );
      }
      const fouten: VeldFout[] = [];
      const velden = new Set(soort.kolommen.map((k) => k.veld));
      const gekoppeld = new Map<string, string>();
      // The n-th entry for a name is the n-th column of that name in the file.
      const vrij = new Map<string, number[]>();
      taak.koppeling.forEach((k, i) => vrij.set(k.kolom, [...(vrij.get(k.kolom) ?? []), i]));
      const handmatig: (string | null)[] = taak.koppeling.map(() => null);
      invoer.koppeling.forEach(({ kolom, veld }, i) => {
        const plek = vrij.get(kolom.trim())?.shift();
        if (plek === undefined)
          fouten.push({ veld: `koppeling.${i}.kolom`, melding: 'staat niet (zo vaak) in het bestand' });
        if (veld === null) return;
        if (!velden.has(veld))
          fouten.push({ veld: `koppeling.${i}.veld`, melding: `"${veld}" is geen veld van soort ${taak.soort}` });
        else if (gekoppeld.has(veld))
          fouten.push({
            veld: `koppeling.${i}.veld`,
            melding: `"${veld}" is al gekoppeld aan kolom "${gekoppeld.get(veld)}"`,
          });
        else {
          gekoppeld.set(veld, kolom.trim());
          if (plek !== undefined) handmatig[plek] = veld;
        }
      });
      if (fouten.length > 0) throw new ValidatieFout(fouten);
      const nieuw = taak.koppeling.map((k, i) => ({ kolom: k.kolom, veld: handmatig[i] }));
      await tx.query(`DELETE FROM import_rij WHERE import_id = $1`, [id]);
      await tx.query(`DELETE FROM import_fout WHERE import_id = $1`, [id]);
      await tx.query(
        `UPDATE import_taak SET status = 'controleren', voortgang = 0, totaal = 0, nieuw = 0, gewijzigd = 0,
                ongewijzigd = 0, fout = 0, waarschuwingen = '{}', koppeling = $2, koppen = '{}', gewijzigd_op = now()
          WHERE id = $1`,
        [id, JSON.stringify(nieuw)],
      );
      await this.audit.wijziging(tx, actor, {
        resource: 'import',
        resourceId: id,
        klantId: null,
        actie: 'gewijzigd',
        oud: { status: taak.status, koppeling: taak.koppeling },
        nieuw: { status: 'controleren', koppeling: nieuw },
      });
      const leeg = { totaal: 0, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 0 };
      return {
        taak: { ...taak, ...leeg, status: 'controleren' as const, voortgang: 0, waarschuwingen: [], koppeling: nieuw },
        soort,
        handmatig,
      };
    });
    this.achtergrond(() => this.controleer(actor, id, taak.bron, soort, handmatig));
    return alsDto(taak, [], true);
  }

  /** Two rows with the same key (BSN, or Id / the same content): every later one is an error. */
  private async dubbelen(sql: SqlContext, soort: SoortDefinitie): Promise<void> {
    const opKop = sql.kop(soort.sleutelVeld) !== soort.sleutelVeld || soort.sleutelVeld === 'bsn';
    await sql.tx.query(
      `INSERT INTO import_fout (organisatie_id, import_id, rij, veld, melding)
       SELECT $2, $1, d.rij, $3, $4 || d.eerste
         FROM (SELECT rij, min(rij) OVER (PARTITION BY sleutel) AS eerste FROM import_rij WHERE import_id = $1) d
        WHERE d.rij <> d.eerste`,
      [
        sql.importId,
        sql.actor.organisatieId,
        opKop ? sql.kop(soort.sleutelVeld) : 'rij',
        opKop ? 'komt ook voor in rij ' : 'is precies gelijk aan rij ',
      ],
    );
  }

  async uitvoeren(actor: Actor, id: string): Promise<ImportDto> {
    const taak = await this.db.apart(actor.organisatieId, async (tx) => {
      const taak = await this.taak(tx, actor, id, true);
      if (taak.status !== 'klaar') {
        throw new RegelFout(
          'IMPORT_NIET_KLAAR',
          taak.status === 'uitgevoerd'
            ? 'Deze import is al uitgevoerd.'
            : `Deze import kan niet worden uitgevoerd: de status is "${taak.status}" (alleen een goedgekeurde proefrun, status "klaar").`,
        );
      }
      await tx.query(`UPDATE import_taak SET status = 'uitvoeren', voortgang = 0, gewijzigd_op = now() WHERE id = $1`, [
        id,
      ]);
      await this.audit.wijziging(tx, actor, {
        resource: 'import',
        resourceId: id,
        klantId: null,
        actie: 'gewijzigd',
        oud: { status: 'klaar' },
        nieuw: { status: 'uitvoeren' },
      });
      return { ...taak, status: 'uitvoeren' as const, voortgang: 0 };
    });
    const soort = SOORTEN[taak.soort]!;
    this.achtergrond(() => this.voerUit(actor, id, taak.bron, soort));
    return alsDto(taak, [], true);
  }

  /** All rows or none: checks again (the database may have changed since the dry run), then writes, in one transaction. */
  private async voerUit(actor: Actor, id: string, bron: string, soort: SoortDefinitie): Promise<void> {
    try {
      let tellingen: Tellingen | undefined;
      await this.db.apart(actor.organisatieId, async (tx: EntityManager) => {
        await tx.query(`SELECT set_config('kib.import', 'aan', true)`);
        await tx.query(`DELETE FROM import_fout WHERE import_id = $1`, [id]);
        const [{ koppen }] = await tx.query(`SELECT koppen FROM import_taak WHERE id = $1`, [id]);
        const sql = this.sqlContext(tx, actor, id, bron, new Map(Object.entries(koppen as Record<string, string>)));
        await soort.controles(sql);
        const [{ fout }] = await tx.query(`SELECT count(*)::int AS fout FROM import_fout WHERE import_id = $1`, [id]);
        if (fout > 0) {
          const fouten = await tx.query(
            `SELECT rij, veld, melding FROM import_fout WHERE import_id = $1 ORDER BY rij, id`,
            [id],
          );
          throw Object.assign(new AlsnogAfgekeurd(), { fouten });
        }
        // Executing: the upload is no longer needed (a refusal above keeps it for a re-run).
        await this.verwijderBestand(id);
        await this.zetVoortgang(actor, id, 0.2);
        tellingen = await soort.voerUit(sql);
        await tx.query(`DELETE FROM import_rij WHERE import_id = $1`, [id]);
        await tx.query(
          `UPDATE import_taak SET status = 'uitgevoerd', voortgang = 1, nieuw = $2, gewijzigd = $3, ongewijzigd = $4,
                  gewijzigd_op = now()
            WHERE id = $1`,
          [id, tellingen.nieuw, tellingen.gewijzigd, tellingen.ongewijzigd],
        );
      });
    } catch (fout) {
      if (fout instanceof AlsnogAfgekeurd) {
        await this.eindig(actor, id, 'afgekeurd', { fouten: (fout as AlsnogAfgekeurd & { fouten: [] }).fouten });
        return;
      }
      await this.verwijderBestand(id);
      await this.eindig(actor, id, 'mislukt').catch(() => undefined);
      throw fout;
    }
  }

  async vind(actor: Actor, id: string): Promise<ImportDto> {
    const taak = await this.taak(this.db, actor, id);
    const fouten: ImportFoutDto[] = await this.db.query(
      `SELECT rij, veld, melding FROM import_fout WHERE import_id = $1 ORDER BY rij, id LIMIT ${FOUTEN_IN_ANTWOORD}`,
      [id],
    );
    return alsDto(taak, fouten, existsSync(this.bestandPad(id)));
  }

  async lijst(actor: Actor, query: PaginaQuery): Promise<Pagina<ImportDto>> {
    return pagineerSql<ImportDto>(
      this.db,
      {
        sql: `SELECT ${TAAK_KOLOMMEN} FROM import_taak t WHERE t.organisatie_id = $1 AND ($2::uuid IS NULL OR t.medewerker_id = $2)`,
        params: [actor.organisatieId, actor.rol === 'beheerder' ? null : actor.medewerkerId],
        orderBy: '"aangemaaktOp" DESC, id',
      },
      query,
      (rij) => alsDto(rij as unknown as TaakRij, [], existsSync(this.bestandPad((rij as unknown as TaakRij).id))),
    );
  }

  /** Every error as CSV (semicolons, UTF-8 with BOM), fetched in pages; cells neutralised against formulas. */
  async foutenCsv(actor: Actor, id: string, response: Response): Promise<void> {
    await this.taak(this.db, actor, id);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="import-${id}-fouten.csv"`);
    response.write('\uFEFF' + csvRegel(['Rij', 'Veld', 'Melding']));
    let na = { rij: -1, id: '0' };
    for (;;) {
      const rijen: { id: string; rij: number; veld: string; melding: string }[] = await this.db.query(
        `SELECT id, rij, veld, melding FROM import_fout WHERE import_id = $1 AND (rij, id) > ($2, $3::bigint)
          ORDER BY rij, id LIMIT 10000`,
        [id, na.rij, na.id],
      );
      if (rijen.length === 0) break;
      const blok = rijen.map((r) => csvRegel([r.rij, r.veld, r.melding])).join('');
      if (!response.write(blok)) await once(response, 'drain');
      na = { rij: rijen[rijen.length - 1].rij, id: rijen[rijen.length - 1].id };
    }
    response.end();
  }
}
