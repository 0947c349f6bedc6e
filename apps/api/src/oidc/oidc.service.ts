import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { AuditService, verschil } from '../audit/audit.service';
import { alsAdres, AuthService, type TokenInhoud } from '../auth/auth.service';
import { isLokaalZonderTls } from '../auth/sessie';
import type { Actor } from '../common/actor';
import { NietGevonden, RegelFout, ValidatieFout, type VeldFout } from '../common/fouten';
import { Db, type Queryable } from '../database/db';
import { API_BASIS } from '../openapi';
import { InlogMethodenDto, OidcInstellingDto, OidcInstellingInvoerDto } from './dto/oidc.dto';
import { isLoopback, oidc, ontdek, ontdekkingsProbleem, type OidcConfiguratie } from './provider';

/** Why a login through the provider did not end in a session; the login page shows each in Dutch. */
export type OidcFoutcode =
  | 'sso_niet_ingesteld'
  | 'sso_provider_onbereikbaar'
  | 'sso_state'
  | 'sso_verlopen'
  | 'sso_provider_fout'
  | 'sso_mislukt'
  | 'sso_geen_email'
  | 'sso_email_niet_bevestigd'
  | 'sso_onbekend_account'
  | 'sso_gedeactiveerd';

/** A login that went wrong: where the browser goes instead of a session. */
export class OidcWeigering extends Error {
  constructor(
    readonly fout: OidcFoutcode,
    readonly organisatieCode?: string,
  ) {
    super(fout);
  }
}

interface Instelling {
  issuer: string | null;
  clientId: string | null;
  clientGeheim: string | null;
  uitloggenBijProvider: boolean;
  wachtwoordToegestaan: boolean;
}

const AANVRAAG_MINUTEN = 10;
/** How long a provider's metadata is reused before it is fetched again (keys rotate; JWKS is fetched on its own). */
const METADATA_MS = 10 * 60_000;
const SCOPE = 'openid email profile';

/** The browser's half of a pending login: the state, httpOnly, sent back on the provider's redirect (Lax). */
export const AANVRAAG_COOKIE_VEILIG = '__Host-kib_oidc';
export const AANVRAAG_COOKIE_LOKAAL = 'kib_oidc';

const hash = (tekst: string) => createHash('sha256').update(tekst).digest('base64url');

/** Where this installation is reached, as the browser sees it (behind TRUST_PROXY the proxy's protocol). */
export function basisUrl(request: Request): string {
  return `${request.protocol}://${request.get('host')}`;
}

export function aanvraagCookie(request: Request) {
  const lokaal = isLokaalZonderTls(request);
  return {
    naam: lokaal ? AANVRAAG_COOKIE_LOKAAL : AANVRAAG_COOKIE_VEILIG,
    // Lax, not Strict: it must come along on the provider's top-level redirect back to the callback.
    opties: {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: !lokaal,
      path: '/',
      maxAge: AANVRAAG_MINUTEN * 60_000,
    },
  };
}

/**
 * Login with the organisatie's own accounts (OpenID Connect, authorization code flow with PKCE S256, state and
 * nonce; docs/oidc.md). A login through the provider is matched to a pre-created, active medewerker of that
 * organisatie by the verified `email` claim; role and team stay managed in Klant in Beeld.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private readonly metadata = new Map<
    string,
    { sleutel: string; tot: number; configuratie: Promise<OidcConfiguratie> }
  >();

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
  ) {}

  /** The ways in for an organisatie code (the login page); 404 for an unknown code. */
  async methoden(code: string): Promise<InlogMethodenDto> {
    const rij = await this.zoekOrganisatie(code);
    if (!rij) throw new NietGevonden('Organisatie');
    return { wachtwoord: rij.wachtwoord, oidc: rij.oidc, naam: rij.naam };
  }

  private async zoekOrganisatie(
    code: string,
  ): Promise<{ organisatieId: string; naam: string; wachtwoord: boolean; oidc: boolean } | undefined> {
    const [rij] = await this.db.bron.query(
      `SELECT organisatie_id AS "organisatieId", naam, wachtwoord, oidc FROM kib_inlog_methoden($1)`,
      [code],
    );
    return rij;
  }

  private async leesInstelling(tx: Queryable, organisatieId: string): Promise<Instelling> {
    const [rij]: Instelling[] = await tx.query(
      `SELECT issuer, client_id AS "clientId", client_geheim AS "clientGeheim",
              uitloggen_bij_provider AS "uitloggenBijProvider", wachtwoord_toegestaan AS "wachtwoordToegestaan"
         FROM oidc_instelling WHERE organisatie_id = $1`,
      [organisatieId],
    );
    return (
      rij ?? {
        issuer: null,
        clientId: null,
        clientGeheim: null,
        uitloggenBijProvider: false,
        wachtwoordToegestaan: true,
      }
    );
  }

  /** The provider's metadata for this organisatie, fetched once per ten minutes (and again after a change). */
  private configuratie(organisatieId: string, instelling: Instelling): Promise<OidcConfiguratie> {
    const geheim = this.auth.geheimen.ontsleutel(instelling.clientGeheim!);
    const sleutel = hash(`${instelling.issuer}\n${instelling.clientId}\n${geheim}`);
    const bewaard = this.metadata.get(organisatieId);
    if (bewaard && bewaard.sleutel === sleutel && bewaard.tot > Date.now()) return bewaard.configuratie;
    const configuratie = ontdek(instelling.issuer!, instelling.clientId!, geheim);
    this.metadata.set(organisatieId, { sleutel, tot: Date.now() + METADATA_MS, configuratie });
    configuratie.catch(() => this.metadata.delete(organisatieId));
    return configuratie;
  }

  /** Step one: the browser goes to the provider; the pending login is kept under the hash of its state. */
  async start(code: string, request: Request): Promise<{ url: string; state: string }> {
    const organisatie = await this.zoekOrganisatie(code);
    if (!organisatie?.oidc) throw new OidcWeigering('sso_niet_ingesteld', organisatie ? code : undefined);
    // No database connection is held while the provider is asked.
    const instelling = await this.db.apart(organisatie.organisatieId, (tx) =>
      this.leesInstelling(tx, organisatie.organisatieId),
    );
    const configuratie = await this.configuratie(organisatie.organisatieId, instelling).catch((fout) => {
      this.logger.warn({ fout: String(fout), organisatie: code }, 'OpenID-provider niet bereikbaar');
      throw new OidcWeigering('sso_provider_onbereikbaar', code);
    });
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const redirectUri = `${basisUrl(request)}${API_BASIS}/auth/oidc/callback`;
    await this.db.apart(organisatie.organisatieId, (tx) =>
      tx.query(
        `INSERT INTO oidc_aanvraag (state_hash, organisatie_id, code_verifier, nonce, redirect_uri) VALUES ($1, $2, $3, $4, $5)`,
        [hash(state), organisatie.organisatieId, codeVerifier, nonce, redirectUri],
      ),
    );
    const url = oidc.buildAuthorizationUrl(configuratie, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state };
  }

  /**
   * Step two: the provider sent the browser back. The pending login is taken once (a state counts once), must be
   * this browser's (its cookie) and young enough; openid-client checks the code exchange and the ID token (issuer,
   * audience, expiry, signature against the provider's JWKS, nonce). Then the normal session begins.
   */
  async callback(request: Request, cookieState: string | undefined): Promise<{ accessToken: string }> {
    const query = request.query as Record<string, unknown>;
    const state = typeof query.state === 'string' ? query.state : undefined;
    if (!state) throw new OidcWeigering('sso_state');
    const [aanvraag]: {
      organisatieId: string;
      codeVerifier: string;
      nonce: string;
      redirectUri: string;
      verlopen: boolean;
    }[] = await this.db.bron.query(
      `SELECT organisatie_id AS "organisatieId", code_verifier AS "codeVerifier", nonce, redirect_uri AS "redirectUri", verlopen
         FROM kib_oidc_aanvraag_neem($1)`,
      [hash(state)],
    );
    if (!aanvraag) throw new OidcWeigering('sso_verlopen');
    const [{ code }]: { code: string }[] = await this.db.apart(aanvraag.organisatieId, (tx) =>
      tx.query(`SELECT code FROM organisatie WHERE id = $1`, [aanvraag.organisatieId]),
    );
    // Another browser's state (a link someone was sent) never logs this browser in.
    if (!cookieState || cookieState !== state) throw new OidcWeigering('sso_state', code);
    if (aanvraag.verlopen) throw new OidcWeigering('sso_verlopen', code);
    if (typeof query.error === 'string') {
      this.logger.warn({ fout: query.error, organisatie: code }, 'OpenID-provider meldt een fout');
      throw new OidcWeigering('sso_provider_fout', code);
    }

    const adres = alsAdres(request.ip);
    const instelling = await this.db.apart(aanvraag.organisatieId, (tx) =>
      this.leesInstelling(tx, aanvraag.organisatieId),
    );
    if (!instelling.issuer || !instelling.clientId || !instelling.clientGeheim)
      throw new OidcWeigering('sso_niet_ingesteld', code);
    const configuratie = await this.configuratie(aanvraag.organisatieId, instelling).catch(() => {
      throw new OidcWeigering('sso_provider_onbereikbaar', code);
    });
    const terug = new URL(aanvraag.redirectUri);
    terug.search = new URLSearchParams(
      Object.entries(query).filter((paar): paar is [string, string] => typeof paar[1] === 'string'),
    ).toString();
    const tokens = await oidc
      .authorizationCodeGrant(configuratie, terug, {
        pkceCodeVerifier: aanvraag.codeVerifier,
        expectedState: state,
        expectedNonce: aanvraag.nonce,
        idTokenExpected: true,
      })
      .catch((fout: { error?: string; code?: string; message?: string }) => {
        this.logger.warn(
          { fout: fout?.error ?? fout?.code, melding: fout?.message, organisatie: code },
          'Inloggen via de OpenID-provider mislukt',
        );
        throw new OidcWeigering(fout?.error === 'invalid_grant' ? 'sso_verlopen' : 'sso_mislukt', code);
      });
    let claims: Record<string, unknown> = tokens.claims()!;
    // Providers that keep the ID token lean (oidc-provider, Entra ID without optional claims) give the address at the
    // userinfo endpoint, for the same subject.
    if (typeof claims.email !== 'string' && configuratie.serverMetadata().userinfo_endpoint) {
      const sub = String(claims.sub);
      claims = {
        ...claims,
        ...(await oidc.fetchUserInfo(configuratie, tokens.access_token, sub).catch((fout) => {
          this.logger.warn({ fout: String(fout), organisatie: code }, 'Userinfo van de provider mislukt');
          return {};
        })),
        sub,
      };
    }
    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    if (!email) throw new OidcWeigering('sso_geen_email', code);
    // Providers that do not send email_verified (Entra ID) vouch for the address themselves; one that says false is
    // refused: anyone could have typed it.
    if (claims.email_verified === false) throw new OidcWeigering('sso_email_niet_bevestigd', code);
    const idToken = tokens.id_token;
    return this.db.apart(aanvraag.organisatieId, (tx) =>
      this.sessieVoor(tx, email, idToken, aanvraag.organisatieId, adres, code),
    );
  }

  /** The pre-created, active medewerker of this organisatie with that address gets the normal session. */
  private async sessieVoor(
    tx: EntityManager,
    email: string,
    idToken: string | undefined,
    organisatieId: string,
    adres: string,
    code: string,
  ): Promise<{ accessToken: string }> {
    const [medewerker]: { id: string; gebruikersnaam: string; actief: boolean }[] = await tx.query(
      `SELECT id, gebruikersnaam, actief FROM medewerker WHERE lower(email) = lower($1) AND organisatie_id = $2`,
      [email, organisatieId],
    );
    if (!medewerker) throw new OidcWeigering('sso_onbekend_account', code);
    if (!medewerker.actief) throw new OidcWeigering('sso_gedeactiveerd', code);
    const sessie = await this.auth.maakSessie(tx, medewerker.id, organisatieId, adres);
    const { sid } = this.jwt.decode<TokenInhoud>(sessie.accessToken);
    if (idToken)
      await tx.query(`UPDATE sessie SET oidc_id_token = $2 WHERE id = $1`, [
        sid,
        this.auth.geheimen.versleutel(idToken),
      ]);
    await this.auth.registreerPoging(medewerker.gebruikersnaam, adres, true);
    return { accessToken: sessie.accessToken };
  }

  /**
   * Where to send the browser after logout so the provider's session ends too: only for a session that began at the
   * provider, when the organisatie asked for it and the provider offers an end_session_endpoint.
   */
  async uitlogAdres(actor: Actor, request: Request): Promise<string | null> {
    if (!actor.sessieId) return null;
    const [sessie]: { idToken: string | null }[] = await this.db.query(
      `SELECT oidc_id_token AS "idToken" FROM sessie WHERE id = $1`,
      [actor.sessieId],
    );
    if (!sessie?.idToken) return null;
    const instelling = await this.leesInstelling(this.db, actor.organisatieId);
    if (!instelling.uitloggenBijProvider || !instelling.issuer || !instelling.clientGeheim) return null;
    const configuratie = await this.configuratie(actor.organisatieId, instelling).catch(() => undefined);
    if (!configuratie?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuratie, {
      id_token_hint: this.auth.geheimen.ontsleutel(sessie.idToken),
      post_logout_redirect_uri: `${basisUrl(request)}/inloggen`,
    }).href;
  }

  async leesInstellingen(actor: Actor, request: Request): Promise<OidcInstellingDto> {
    const instelling = await this.leesInstelling(this.db, actor.organisatieId);
    const [{ code }]: { code: string }[] = await this.db.query(`SELECT code FROM organisatie WHERE id = $1`, [
      actor.organisatieId,
    ]);
    const basis = basisUrl(request);
    return {
      issuer: instelling.issuer,
      clientId: instelling.clientId,
      clientGeheimIngesteld: instelling.clientGeheim !== null,
      uitloggenBijProvider: instelling.uitloggenBijProvider,
      wachtwoordToegestaan: instelling.wachtwoordToegestaan,
      organisatieCode: code,
      redirectUri: `${basis}${API_BASIS}/auth/oidc/callback`,
      uitlogRedirectUri: `${basis}/inloggen`,
      inlogUrl: `${basis}/inloggen?organisatie=${code}`,
    };
  }

  /**
   * Saves the provider (beheerder). The issuer's discovery document is fetched now, so a wrong address is found
   * when it is typed, not at the first medewerker's login. The secret is never returned nor audited.
   */
  async wijzigInstellingen(
    actor: Actor,
    invoer: OidcInstellingInvoerDto,
    request: Request,
  ): Promise<OidcInstellingDto> {
    const issuer = invoer.issuer?.trim() || null;
    const clientId = invoer.clientId?.trim() || null;
    const fouten: VeldFout[] = [];
    if (issuer && !clientId) fouten.push({ veld: 'clientId', melding: 'is verplicht als er een issuer is' });
    if (clientId && !issuer) fouten.push({ veld: 'issuer', melding: 'is verplicht als er een client id is' });
    if (issuer) {
      const adres = URL.canParse(issuer) ? new URL(issuer) : undefined;
      if (!adres) fouten.push({ veld: 'issuer', melding: 'is geen geldig adres' });
      else if (adres.protocol !== 'https:' && !(adres.protocol === 'http:' && isLoopback(adres)))
        fouten.push({ veld: 'issuer', melding: 'moet met https:// beginnen' });
    }
    if (fouten.length) throw new ValidatieFout(fouten);

    await this.db.query(
      `INSERT INTO oidc_instelling (organisatie_id) VALUES ($1) ON CONFLICT (organisatie_id) DO NOTHING`,
      [actor.organisatieId],
    );
    await this.db.query(`SELECT 1 FROM oidc_instelling WHERE organisatie_id = $1 FOR UPDATE`, [actor.organisatieId]);
    const oud = await this.leesInstelling(this.db, actor.organisatieId);
    const nieuwGeheim = invoer.clientGeheim ? invoer.clientGeheim : undefined;
    const geheim = issuer
      ? (nieuwGeheim ?? (oud.clientGeheim ? this.auth.geheimen.ontsleutel(oud.clientGeheim) : undefined))
      : undefined;
    if (issuer && !geheim)
      throw new ValidatieFout([{ veld: 'clientGeheim', melding: 'is verplicht bij een nieuwe provider' }]);
    if (!invoer.wachtwoordToegestaan && !issuer) {
      throw new RegelFout(
        'SSO_NIET_INGESTELD',
        'Wachtwoorden kunnen pas uit als inloggen met het eigen account (issuer, client id en secret) is ingesteld; anders kan niemand meer inloggen.',
        [{ veld: 'wachtwoordToegestaan', melding: 'kan pas uit als inloggen met het eigen account is ingesteld' }],
      );
    }
    if (issuer) {
      await ontdek(issuer, clientId!, geheim!).catch((fout) => {
        this.logger.warn({ fout: String(fout), issuer }, 'Discovery van de OpenID-provider mislukt');
        throw new RegelFout('PROVIDER_ONBEREIKBAAR', `De provider op ${issuer} kon niet worden gebruikt.`, [
          { veld: 'issuer', melding: ontdekkingsProbleem(fout) },
        ]);
      });
    }
    const versleuteld = issuer ? (nieuwGeheim ? this.auth.geheimen.versleutel(nieuwGeheim) : oud.clientGeheim) : null;
    await this.db.query(
      `UPDATE oidc_instelling SET issuer = $2, client_id = $3, client_geheim = $4, uitloggen_bij_provider = $5,
              wachtwoord_toegestaan = $6, gewijzigd_op = now()
        WHERE organisatie_id = $1`,
      [actor.organisatieId, issuer, clientId, versleuteld, invoer.uitloggenBijProvider, invoer.wachtwoordToegestaan],
    );
    this.metadata.delete(actor.organisatieId);
    const zichtbaar = (i: Instelling, geheimGewijzigd = false) => ({
      issuer: i.issuer,
      clientId: i.clientId,
      clientGeheim: i.clientGeheim === null ? 'niet ingesteld' : geheimGewijzigd ? 'gewijzigd' : 'ingesteld',
      uitloggenBijProvider: i.uitloggenBijProvider,
      wachtwoordToegestaan: i.wachtwoordToegestaan,
    });
    const nieuw = await this.leesInstelling(this.db, actor.organisatieId);
    const { oud: o, nieuw: n } = verschil(
      zichtbaar(oud),
      zichtbaar(nieuw, nieuwGeheim !== undefined && oud.clientGeheim !== null),
    );
    if (Object.keys(n).length > 0)
      await this.audit.wijziging(this.db, actor, {
        resource: 'instellingen',
        resourceId: actor.organisatieId,
        klantId: null,
        actie: 'gewijzigd',
        oud: { onderdeel: 'inloggen (SSO)', ...o },
        nieuw: { onderdeel: 'inloggen (SSO)', ...n },
      });
    return this.leesInstellingen(actor, request);
  }
}
