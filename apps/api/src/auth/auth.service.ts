import { TOTP_VERPLICHT_ROLLEN, type Rol } from '@klant-in-beeld/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomeinFout, SessieVerlopen, ValidatieFout } from '../common/fouten';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { Db, type Queryable } from '../database/db';
import { lijktOpHerstelcode, normaliseerHerstelcode } from '../organisaties/herstelcode';
import {
  IngelogdDto,
  type LoginAntwoord,
  LoginDto,
  MedewerkerDto,
  NieuwWachtwoordLoginDto,
  TotpLoginDto,
} from './dto/login.dto';
import { Geheimen } from './geheimen';
import { controleerTotp, nieuwTotpGeheim, totpInrichting } from './totp';
import { wachtwoordProbleem } from './wachtwoordbeleid';

/** What a session token carries: who, in which organisatie, which session on the server. */
export interface TokenInhoud {
  sub: string;
  org: string;
  sid: string;
}

/** The short-lived token between the password and the TOTP step. */
interface TussenInhoud {
  sub: string;
  org: string;
  naam: string;
  stap: 'totp' | 'nieuw_wachtwoord';
}

const ONJUIST = 'Gebruikersnaam of wachtwoord is onjuist.';
const TE_VEEL = 'Te veel mislukte inlogpogingen. Wacht een kwartier en probeer het dan opnieuw.';
const TUSSENSTAP_MINUTEN = 5;
/** Choosing a good password takes longer than typing a code. */
const NIEUW_WACHTWOORD_MINUTEN = 15;
const STAP_VERLOPEN = 'De inlogstap is verlopen. Log opnieuw in met je gebruikersnaam en wachtwoord.';

/**
 * Login throttling (OWASP ASVS 2.2.1) on failed attempts, stored so it holds across restarts and instances:
 * - per user name and address: a person mistyping, or one attacker from one address;
 * - per user name over all addresses, slower: guessing from many addresses. Addresses from which this user logged in
 *   successfully in the last 30 days are exempt, so a stranger elsewhere cannot lock the user out at work.
 */
const GRENS_NAAM_ADRES = { pogingen: 10, minuten: 15 };
const GRENS_NAAM = { pogingen: 100, minuten: 60 };
const BEKEND_ADRES_DAGEN = 30;

export const standaardSessie = { inactiefMinuten: 30, maxUren: 9 };

/** An address as PostgreSQL's inet takes it (IPv4-mapped IPv6 as plain IPv4). */
export function alsAdres(ip: string | undefined): string {
  if (!ip) return '0.0.0.0';
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

@Injectable()
export class AuthService {
  /** Verified against when the user does not exist, so both failures take the same time. */
  private readonly dummyHash = argon2.hash('geen-echte-gebruiker', { type: argon2.argon2id });
  readonly geheimen: Geheimen;
  readonly inactiefMinuten: number;
  readonly maxUren: number;

  constructor(
    private readonly db: Db,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.geheimen = new Geheimen(config.geheimenSleutel);
    this.inactiefMinuten = config.sessieInactiefMinuten ?? standaardSessie.inactiefMinuten;
    this.maxUren = config.sessieMaxUren ?? standaardSessie.maxUren;
  }

  async login(invoer: LoginDto, ip: string | undefined): Promise<LoginAntwoord> {
    const naam = invoer.gebruikersnaam.trim().toLowerCase();
    const adres = alsAdres(ip);
    await this.controleerBegrenzing(naam, adres);
    const [gevonden]: {
      medewerkerId: string;
      organisatieId: string;
      wachtwoordHash: string | null;
      actief: boolean;
      herstelcodeHash: string | null;
      herstelcodeVerlooptOp: Date | null;
    }[] = await this.db.bron.query(
      `SELECT medewerker_id AS "medewerkerId", organisatie_id AS "organisatieId", wachtwoord_hash AS "wachtwoordHash", actief,
              herstelcode_hash AS "herstelcodeHash", herstelcode_verloopt_op AS "herstelcodeVerlooptOp"
         FROM kib_inlog_zoek($1)`,
      [naam],
    );
    const klopt = await argon2
      .verify(gevonden?.wachtwoordHash ?? (await this.dummyHash), invoer.wachtwoord)
      .catch(() => false);
    // Not the password: perhaps the one-time code a beheerder handed out (a new account, a forgotten password).
    const code =
      !klopt &&
      gevonden?.herstelcodeHash &&
      gevonden.herstelcodeVerlooptOp &&
      gevonden.herstelcodeVerlooptOp.getTime() > Date.now() &&
      lijktOpHerstelcode(invoer.wachtwoord) &&
      (await argon2.verify(gevonden.herstelcodeHash, normaliseerHerstelcode(invoer.wachtwoord)).catch(() => false));
    const gelukt = Boolean(gevonden && (klopt || code) && gevonden.actief);
    if (!gelukt) {
      await this.registreerPoging(naam, adres, false);
      throw new DomeinFout(401, 'ONJUISTE_INLOG', ONJUIST);
    }
    await this.db.apart(gevonden.organisatieId, (tx) => this.weigerAlsAlleenSso(tx, gevonden.organisatieId));
    if (code) {
      const tussen: TussenInhoud = {
        sub: gevonden.medewerkerId,
        org: gevonden.organisatieId,
        naam,
        stap: 'nieuw_wachtwoord',
      };
      return {
        tweedeStap: 'nieuw_wachtwoord' as const,
        tussenToken: await this.jwt.signAsync(tussen, { expiresIn: NIEUW_WACHTWOORD_MINUTEN * 60 }),
      };
    }
    return this.db.apart(gevonden.organisatieId, (tx) =>
      this.naWachtwoord(tx, gevonden.medewerkerId, gevonden.organisatieId, naam, adres),
    );
  }

  /**
   * An organisatie that switched local passwords off: its people log in through its provider. Checked only after the
   * password (or one-time code), so the answer does not tell who exists (docs/oidc.md).
   */
  private async weigerAlsAlleenSso(tx: EntityManager, organisatieId: string): Promise<void> {
    const [o]: { naam: string; wachtwoordToegestaan: boolean }[] = await tx.query(
      `SELECT o.naam, coalesce(i.wachtwoord_toegestaan, true) AS "wachtwoordToegestaan"
         FROM organisatie o LEFT JOIN oidc_instelling i ON i.organisatie_id = o.id WHERE o.id = $1`,
      [organisatieId],
    );
    if (!o.wachtwoordToegestaan) {
      throw new DomeinFout(
        403,
        'ALLEEN_SSO',
        `Bij ${o.naam} log je niet in met een wachtwoord van Klant in Beeld. Gebruik de knop "Inloggen met je account van ${o.naam}".`,
      );
    }
  }

  /** After the password (or a new one): the authenticator step when there is or must be one, else the session. */
  private async naWachtwoord(
    tx: EntityManager,
    medewerkerId: string,
    organisatieId: string,
    naam: string,
    adres: string,
  ): Promise<LoginAntwoord> {
    const [m]: { rol: Rol; totpActief: boolean; gebruikersnaam: string; organisatieNaam: string }[] = await tx.query(
      `SELECT m.rol, m.totp_actief AS "totpActief", m.gebruikersnaam, o.naam AS "organisatieNaam"
         FROM medewerker m JOIN organisatie o ON o.id = m.organisatie_id WHERE m.id = $1 FOR UPDATE OF m`,
      [medewerkerId],
    );
    const tussen: TussenInhoud = { sub: medewerkerId, org: organisatieId, naam, stap: 'totp' };
    const tussenToken = await this.jwt.signAsync(tussen, { expiresIn: TUSSENSTAP_MINUTEN * 60 });
    if (m.totpActief) return { tweedeStap: 'totp' as const, tussenToken };
    if (TOTP_VERPLICHT_ROLLEN.includes(m.rol)) {
      // Required but not set up: the secret waits (inactive) until the first code confirms it.
      const geheim = nieuwTotpGeheim();
      await tx.query(`UPDATE medewerker SET totp_geheim = $2, totp_laatste_stap = NULL WHERE id = $1`, [
        medewerkerId,
        this.geheimen.versleutel(geheim),
      ]);
      return {
        tweedeStap: 'totp_instellen' as const,
        tussenToken,
        totp: await totpInrichting(geheim, m.gebruikersnaam, m.organisatieNaam),
      };
    }
    await this.registreerPoging(naam, adres, true);
    return this.maakSessie(tx, medewerkerId, organisatieId, adres);
  }

  /**
   * After logging in with a one-time code: the medewerker's own password (policy in wachtwoordbeleid.ts). The code
   * is used up; then the login goes on as after a password (TOTP for the roles that require it).
   */
  async loginNieuwWachtwoord(invoer: NieuwWachtwoordLoginDto, ip: string | undefined): Promise<LoginAntwoord> {
    const tussen = await this.jwt.verifyAsync<TussenInhoud>(invoer.tussenToken).catch(() => undefined);
    if (!tussen || tussen.stap !== 'nieuw_wachtwoord' || !tussen.sub || !tussen.org)
      throw new DomeinFout(401, 'TUSSENSTAP_VERLOPEN', STAP_VERLOPEN);
    const adres = alsAdres(ip);
    await this.controleerBegrenzing(tussen.naam, adres);
    return this.db.apart(tussen.org, async (tx) => {
      const [m]: { actief: boolean; gebruikersnaam: string; codeOpen: boolean }[] = await tx.query(
        `SELECT actief, gebruikersnaam, (herstelcode_hash IS NOT NULL AND herstelcode_verloopt_op > now()) AS "codeOpen"
           FROM medewerker WHERE id = $1 FOR UPDATE`,
        [tussen.sub],
      );
      // The code was used already (or replaced, or expired): this step cannot be taken twice.
      if (!m?.actief || !m.codeOpen) throw new DomeinFout(401, 'TUSSENSTAP_VERLOPEN', STAP_VERLOPEN);
      const probleem = wachtwoordProbleem(invoer.nieuwWachtwoord, m.gebruikersnaam);
      if (probleem) throw new ValidatieFout([{ veld: 'nieuwWachtwoord', melding: probleem }]);
      const hash = await argon2.hash(invoer.nieuwWachtwoord, { type: argon2.argon2id });
      await tx.query(
        `UPDATE medewerker SET wachtwoord_hash = $2, wachtwoord_gewijzigd_op = now(), herstelcode_hash = NULL,
                herstelcode_verloopt_op = NULL
          WHERE id = $1`,
        [tussen.sub, hash],
      );
      return this.naWachtwoord(tx, tussen.sub, tussen.org, tussen.naam, adres);
    });
  }

  /** The second step: the code from the authenticator app (also confirms a TOTP being set up at login). */
  async loginTotp(invoer: TotpLoginDto, ip: string | undefined): Promise<IngelogdDto> {
    const tussen = await this.jwt.verifyAsync<TussenInhoud>(invoer.tussenToken).catch(() => undefined);
    if (!tussen || tussen.stap !== 'totp' || !tussen.sub || !tussen.org) {
      throw new DomeinFout(401, 'TUSSENSTAP_VERLOPEN', STAP_VERLOPEN);
    }
    const adres = alsAdres(ip);
    await this.controleerBegrenzing(tussen.naam, adres);
    const sessie = await this.db.apart(tussen.org, async (tx) => {
      const [m]: { actief: boolean; totpGeheim: string | null; laatsteStap: number | null }[] = await tx.query(
        `SELECT actief, totp_geheim AS "totpGeheim", totp_laatste_stap AS "laatsteStap" FROM medewerker WHERE id = $1 FOR UPDATE`,
        [tussen.sub],
      );
      if (!m?.actief || !m.totpGeheim) return undefined;
      const stap = await controleerTotp(
        this.geheimen.ontsleutel(m.totpGeheim),
        invoer.code,
        m.laatsteStap === null ? null : Number(m.laatsteStap),
      );
      if (stap === undefined) return undefined;
      await tx.query(`UPDATE medewerker SET totp_actief = true, totp_laatste_stap = $2 WHERE id = $1`, [
        tussen.sub,
        stap,
      ]);
      return this.maakSessie(tx, tussen.sub, tussen.org, adres);
    });
    await this.registreerPoging(tussen.naam, adres, sessie !== undefined);
    if (!sessie)
      throw new DomeinFout(
        401,
        'ONJUISTE_CODE',
        'De code klopt niet of is al gebruikt. Kijk in je authenticator-app en probeer het opnieuw.',
      );
    return sessie;
  }

  /** The server-side session and its token; also used by the login through the organisatie's provider (oidc/). */
  async maakSessie(
    tx: EntityManager,
    medewerkerId: string,
    organisatieId: string,
    adres: string,
  ): Promise<IngelogdDto> {
    const [{ id }] = await tx.query(
      `INSERT INTO sessie (organisatie_id, medewerker_id, adres) VALUES ($1, $2, $3) RETURNING id`,
      [organisatieId, medewerkerId, adres],
    );
    // Ended sessions older than a month are no longer needed.
    await tx.query(`DELETE FROM sessie WHERE medewerker_id = $1 AND beeindigd_op < now() - interval '30 days'`, [
      medewerkerId,
    ]);
    const inhoud: TokenInhoud = { sub: medewerkerId, org: organisatieId, sid: id };
    const accessToken = await this.jwt.signAsync(inhoud, { expiresIn: this.maxUren * 60 * 60 });
    const medewerker = await this.medewerker(tx, medewerkerId);
    return { accessToken, medewerker: medewerker! };
  }

  /** Ends the session of this token (when it is one); logging out twice, or with a bad token, is no error. */
  async logout(token: string | null): Promise<void> {
    if (!token) return;
    const inhoud = await this.jwt.verifyAsync<TokenInhoud>(token, { ignoreExpiration: true }).catch(() => undefined);
    if (!inhoud?.sid || !inhoud.org) return;
    await this.db.apart(inhoud.org, (tx) =>
      tx.query(
        `UPDATE sessie SET beeindigd_op = now(), reden_einde = 'uitgelogd' WHERE id = $1 AND beeindigd_op IS NULL`,
        [inhoud.sid],
      ),
    );
  }

  /**
   * Every authenticated request: one query checks the session and the medewerker together (and ends the session
   * when its time is up). Throws SessieVerlopen for an ended session.
   */
  async controleerSessie(inhoud: TokenInhoud): Promise<Omit<Actor, 'traceId'> | undefined> {
    if (!inhoud.sid) return undefined;
    const [rij]: {
      status: string;
      reden: string | null;
      medewerkerId: string;
      organisatieId: string;
      teamId: string | null;
      rol: Rol;
      naam: string;
    }[] = await this.db.bron.query(
      `SELECT status, reden, medewerker_id AS "medewerkerId", organisatie_id AS "organisatieId", team_id AS "teamId", rol, naam
           FROM kib_sessie_controleer($1, $2, $3)`,
      [inhoud.sid, this.inactiefMinuten, this.maxUren],
    );
    if (rij.status === 'beeindigd') throw new SessieVerlopen(rij.reden);
    if (rij.status !== 'geldig' || rij.organisatieId !== inhoud.org || rij.medewerkerId !== inhoud.sub)
      return undefined;
    return {
      medewerkerId: rij.medewerkerId,
      organisatieId: rij.organisatieId,
      teamId: rij.teamId,
      rol: rij.rol,
      naam: rij.naam,
      sessieId: inhoud.sid,
    };
  }

  /** The medewerker as the API shows it, or undefined when unknown or no longer active. */
  async medewerker(tx: Queryable, id: string): Promise<MedewerkerDto | undefined> {
    const rijen: (Omit<MedewerkerDto, 'totpVerplicht'> & { rol: Rol })[] = await tx.query(
      `SELECT m.id, m.gebruikersnaam, m.naam, m.rol, m.team_id AS "teamId", m.organisatie_id AS "organisatieId",
              o.naam AS "organisatieNaam", o.code AS "organisatieCode", t.naam AS "teamNaam",
              m.totp_actief AS "totpActief"
         FROM medewerker m
         JOIN organisatie o ON o.id = m.organisatie_id
         LEFT JOIN team t ON t.id = m.team_id
        WHERE m.id = $1 AND m.actief`,
      [id],
    );
    return rijen[0] && { ...rijen[0], totpVerplicht: TOTP_VERPLICHT_ROLLEN.includes(rijen[0].rol) };
  }

  /** 429 before any password check when this name has failed too often (see the limits above). */
  private async controleerBegrenzing(naam: string, adres: string): Promise<void> {
    const [t]: { vanAdres: number; overal: number; bekend: boolean }[] = await this.db.bron.query(
      `SELECT count(*) FILTER (WHERE NOT gelukt AND adres = $2 AND tijdstip > now() - make_interval(mins => $3)) AS "vanAdres",
              count(*) FILTER (WHERE NOT gelukt AND tijdstip > now() - make_interval(mins => $4)) AS overal,
              coalesce(bool_or(gelukt AND adres = $2 AND tijdstip > now() - make_interval(days => $5)), false) AS bekend
         FROM inlogpoging WHERE gebruikersnaam = $1 AND tijdstip > now() - make_interval(days => $5)`,
      [naam, adres, GRENS_NAAM_ADRES.minuten, GRENS_NAAM.minuten, BEKEND_ADRES_DAGEN],
    );
    if (t.vanAdres >= GRENS_NAAM_ADRES.pogingen || (!t.bekend && t.overal >= GRENS_NAAM.pogingen)) {
      throw new DomeinFout(429, 'TE_VEEL_POGINGEN', TE_VEEL);
    }
  }

  async registreerPoging(naam: string, adres: string, gelukt: boolean): Promise<void> {
    await this.db.bron.query(`INSERT INTO inlogpoging (gebruikersnaam, adres, gelukt) VALUES ($1, $2, $3)`, [
      naam,
      adres,
      gelukt,
    ]);
    // Keep a month: enough for the known addresses above.
    if (gelukt)
      await this.db.bron.query(
        `DELETE FROM inlogpoging WHERE gebruikersnaam = $1 AND tijdstip < now() - make_interval(days => $2)`,
        [naam, BEKEND_ADRES_DAGEN],
      );
  }
}
