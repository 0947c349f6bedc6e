import { TOTP_VERPLICHT_ROLLEN } from '@klant-in-beeld/domain';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { Actor } from '../common/actor';
import { Conflict, RegelFout, ValidatieFout } from '../common/fouten';
import { Db } from '../database/db';
import { alsAdres, AuthService } from './auth.service';
import { TotpInrichtingDto, WachtwoordWijzigenDto } from './dto/login.dto';
import { controleerTotp, nieuwTotpGeheim, totpInrichting } from './totp';
import { wachtwoordProbleem } from './wachtwoordbeleid';

/** "Mijn gegevens": the medewerker's own second step (TOTP) and password. */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
  ) {}

  /** Starts setting up TOTP: a new secret that becomes active when a first code confirms it. */
  async totpInstellen(actor: Actor): Promise<TotpInrichtingDto> {
    const [m]: { totpActief: boolean; gebruikersnaam: string; organisatieNaam: string }[] = await this.db.query(
      `SELECT m.totp_actief AS "totpActief", m.gebruikersnaam, o.naam AS "organisatieNaam"
         FROM medewerker m JOIN organisatie o ON o.id = m.organisatie_id WHERE m.id = $1 FOR UPDATE OF m`,
      [actor.medewerkerId],
    );
    if (m.totpActief)
      throw new Conflict(
        'TOTP_ACTIEF',
        'Tweestapsverificatie staat al aan. Zet hem eerst uit om een nieuwe app te koppelen.',
      );
    const geheim = nieuwTotpGeheim();
    await this.db.query(`UPDATE medewerker SET totp_geheim = $2, totp_laatste_stap = NULL WHERE id = $1`, [
      actor.medewerkerId,
      this.auth.geheimen.versleutel(geheim),
    ]);
    return totpInrichting(geheim, m.gebruikersnaam, m.organisatieNaam);
  }

  async totpBevestigen(actor: Actor, code: string): Promise<void> {
    const [m]: { totpActief: boolean; totpGeheim: string | null }[] = await this.db.query(
      `SELECT totp_actief AS "totpActief", totp_geheim AS "totpGeheim" FROM medewerker WHERE id = $1 FOR UPDATE`,
      [actor.medewerkerId],
    );
    if (m.totpActief) throw new Conflict('TOTP_ACTIEF', 'Tweestapsverificatie staat al aan.');
    if (!m.totpGeheim)
      throw new RegelFout('TOTP_NIET_GESTART', 'Begin eerst met instellen: dan krijg je de QR-code voor je app.');
    const stap = await controleerTotp(this.auth.geheimen.ontsleutel(m.totpGeheim), code, null);
    if (stap === undefined)
      throw new ValidatieFout([
        { veld: 'code', melding: 'klopt niet; kijk in je authenticator-app en probeer de nieuwste code' },
      ]);
    await this.db.query(`UPDATE medewerker SET totp_actief = true, totp_laatste_stap = $2 WHERE id = $1`, [
      actor.medewerkerId,
      stap,
    ]);
  }

  async totpUitzetten(actor: Actor): Promise<void> {
    if (TOTP_VERPLICHT_ROLLEN.includes(actor.rol)) {
      throw new RegelFout(
        'TOTP_VERPLICHT',
        'Voor jouw rol is tweestapsverificatie verplicht; je kunt hem niet uitzetten.',
      );
    }
    await this.db.query(
      `UPDATE medewerker SET totp_actief = false, totp_geheim = NULL, totp_laatste_stap = NULL WHERE id = $1`,
      [actor.medewerkerId],
    );
  }

  /** A new password under the policy; the medewerker's other sessions end (a stolen session does not outlive it). */
  async wijzigWachtwoord(actor: Actor, invoer: WachtwoordWijzigenDto, ip: string | undefined): Promise<void> {
    const [m]: { gebruikersnaam: string; wachtwoordHash: string }[] = await this.db.query(
      `SELECT gebruikersnaam, wachtwoord_hash AS "wachtwoordHash" FROM medewerker WHERE id = $1 FOR UPDATE`,
      [actor.medewerkerId],
    );
    if (!(await argon2.verify(m.wachtwoordHash, invoer.huidigWachtwoord).catch(() => false))) {
      await this.auth.registreerPoging(m.gebruikersnaam, alsAdres(ip), false);
      throw new ValidatieFout([{ veld: 'huidigWachtwoord', melding: 'klopt niet' }]);
    }
    const probleem = wachtwoordProbleem(invoer.nieuwWachtwoord, m.gebruikersnaam);
    if (probleem) throw new ValidatieFout([{ veld: 'nieuwWachtwoord', melding: probleem }]);
    if (invoer.nieuwWachtwoord === invoer.huidigWachtwoord) {
      throw new ValidatieFout([{ veld: 'nieuwWachtwoord', melding: 'moet anders zijn dan je huidige wachtwoord' }]);
    }
    const hash = await argon2.hash(invoer.nieuwWachtwoord, { type: argon2.argon2id });
    await this.db.query(`UPDATE medewerker SET wachtwoord_hash = $2, wachtwoord_gewijzigd_op = now() WHERE id = $1`, [
      actor.medewerkerId,
      hash,
    ]);
    await this.db.query(
      `UPDATE sessie SET beeindigd_op = now(), reden_einde = 'wachtwoord_gewijzigd'
        WHERE medewerker_id = $1 AND beeindigd_op IS NULL AND id IS DISTINCT FROM $2::uuid`,
      [actor.medewerkerId, actor.sessieId ?? null],
    );
  }
}
