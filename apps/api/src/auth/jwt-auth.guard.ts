import { createSecretKey, type KeyObject } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DatabaseOnbereikbaar, DomeinFout, isDatabaseOnbereikbaar } from '../common/fouten';
import { PUBLIEK_SLEUTEL } from '../common/toegang';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { AuthService, type TokenInhoud } from './auth.service';
import { tokenUitCookie } from './sessie';

function bearerToken(request: Request): string | null {
  const kop = request.headers.authorization;
  return typeof kop === 'string' && /^Bearer /i.test(kop) ? kop.slice(7).trim() : null;
}

/**
 * Global: every endpoint needs a valid session unless it is marked @Publiek(). The token (Authorization header, or
 * the web app's cookie) is only a signed reference to a session on the server; the session decides. An ended
 * session says so (SESSIE_VERLOPEN); a database that cannot be asked is 503, never "not logged in".
 *
 * Written out rather than through passport: passport keeps one strategy per process, so a second app instance in
 * the same process (as tests start) would silently authenticate the first one's requests against its own database.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  // A KeyObject, not the string: jsonwebtoken otherwise tries (and fails) to parse the string as a public key on
  // every verification, ~0.6 ms per request (docs/performance.md).
  private readonly sleutel: KeyObject;

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sleutel = createSecretKey(Buffer.from(config.jwtGeheim));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK_SLEUTEL, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const token = bearerToken(request) ?? tokenUitCookie(request);
    if (!token) throw new UnauthorizedException();
    const inhoud = await this.jwt
      .verifyAsync<TokenInhoud>(token, { secret: this.sleutel as unknown as string, algorithms: ['HS256'] })
      .catch(() => undefined);
    if (!inhoud) throw new UnauthorizedException();
    try {
      const gebruiker = await this.auth.controleerSessie(inhoud);
      if (!gebruiker) throw new UnauthorizedException();
      request.user = gebruiker;
      return true;
    } catch (fout) {
      if (fout instanceof DomeinFout || fout instanceof UnauthorizedException) throw fout;
      if (isDatabaseOnbereikbaar(fout)) throw new DatabaseOnbereikbaar();
      throw fout;
    }
  }
}
