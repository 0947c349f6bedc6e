import { DOORBREKEN_MIN_REDEN, klantToegang, vandaag, type KlantPositie } from '@klant-in-beeld/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { DomeinFout, NietGevonden, ValidatieFout } from '../common/fouten';
import { Db, type Queryable } from '../database/db';
import { KLANT_POSITIE_SQL } from './toegang.sql';

export class BuitenTeam extends DomeinFout {
  constructor() {
    super(
      HttpStatus.FORBIDDEN,
      'BUITEN_TEAM',
      'Deze klant hoort bij een ander team. Je kunt het dossier alleen openen als je een reden opgeeft (doorbreken).',
    );
  }
}

export class GeenToegang extends DomeinFout {
  constructor() {
    super(HttpStatus.FORBIDDEN, 'GEEN_TOEGANG', 'Je hebt geen toegang tot deze klant.');
  }
}

/** Dossier tables whose rows are reached by their own id (PATCH /api/afspraken/{id} …): the client is looked up first. */
export type DossierTabel = 'afspraak' | 'vrijstelling' | 'contactmoment';

const WAT: Record<DossierTabel, string> = {
  afspraak: 'Afspraak',
  vrijstelling: 'Vrijstelling',
  contactmoment: 'Contactmoment',
};

/**
 * The one access check for client data (like immich's requireAccess): every client-scoped service calls it first.
 * Organisatie (404 outside it, never revealing that the client exists), then the rule of libs/domain: team,
 * doorbreken, campagne (403 BUITEN_TEAM or GEEN_TOEGANG).
 */
@Injectable()
export class ToegangService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async klant(actor: Actor, klantId: string, tx: Queryable = this.db): Promise<void> {
    const [positie]: (KlantPositie & { id: string })[] = await tx.query(KLANT_POSITIE_SQL, [
      klantId,
      actor.organisatieId,
      actor.medewerkerId,
      vandaag(),
    ]);
    const weigering = !positie
      ? new NietGevonden('Klant')
      : { buiten_team: new BuitenTeam(), geen_toegang: new GeenToegang(), toegestaan: undefined }[
          klantToegang(actor, positie)
        ];
    if (weigering) {
      // A refused attempt is part of the access log too (the privacy officer's report counts them).
      await this.audit.weigering(actor, this.db.handeling ?? 'klant.toegang', klantId);
      throw weigering;
    }
  }

  /** For a row reached by its own id: finds its client (404 when unknown in this organisatie), checks it, returns it. */
  async viaRij(actor: Actor, tabel: DossierTabel, id: string, tx: Queryable = this.db): Promise<string> {
    const [rij]: { klantId: string }[] = await tx.query(
      `SELECT klant_id AS "klantId" FROM ${tabel} WHERE id = $1 AND organisatie_id = $2`,
      [id, actor.organisatieId],
    );
    if (!rij) {
      await this.audit.weigering(actor, this.db.handeling ?? `${tabel}.toegang`, null);
      throw new NietGevonden(WAT[tabel]);
    }
    await this.klant(actor, rij.klantId, tx);
    return rij.klantId;
  }

  /**
   * Break the glass: opens a client of another team to this medewerker for the rest of today, with a stated reason
   * that the privacy officer sees. The client must exist in the organisatie (404 otherwise).
   */
  async doorbreek(actor: Actor, klantId: string, reden: string): Promise<{ klantId: string; geldigTot: string }> {
    const tekst = reden.trim();
    if (tekst.length < DOORBREKEN_MIN_REDEN) {
      throw new ValidatieFout([
        {
          veld: 'reden',
          melding: `moet minstens ${DOORBREKEN_MIN_REDEN} tekens bevatten: leg uit waarom je dit dossier opent`,
        },
      ]);
    }
    const dag = vandaag();
    const [klant] = await this.db.query(`SELECT 1 FROM klant WHERE id = $1 AND organisatie_id = $2`, [
      klantId,
      actor.organisatieId,
    ]);
    if (!klant) throw new NietGevonden('Klant');
    await this.db.query(
      `INSERT INTO doorbreking (organisatie_id, klant_id, medewerker_id, reden, datum, trace_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [actor.organisatieId, klantId, actor.medewerkerId, tekst, dag, actor.traceId || null],
    );
    await this.audit.verwerking(actor, 'klant.doorbreken', klantId);
    return { klantId, geldigTot: dag };
  }
}
