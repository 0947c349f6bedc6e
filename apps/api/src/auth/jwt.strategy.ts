import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config.token';
import type { AppConfig } from '../config';
import type { Actor } from '../common/actor';
import { AuthService, TokenInhoud } from './auth.service';
import { SESSIE_COOKIE } from './sessie';

function uitCookie(request: Request): string | null {
  return (request.cookies as Record<string, string> | undefined)?.[SESSIE_COOKIE] ?? null;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), uitCookie]),
      // A KeyObject, not the string: jsonwebtoken otherwise tries (and fails) to parse the string as a public key on
      // every verification, ~0.6 ms per request (docs/performance.md).
      // (passport-jwt types say string | Buffer; it hands the value to jsonwebtoken, which accepts a KeyObject.)
      secretOrKey: createSecretKey(Buffer.from(config.jwtGeheim)) as unknown as string,
      algorithms: ['HS256'],
    });
  }

  /** Looked up on every request, so a deactivated medewerker loses access at once. */
  async validate(inhoud: TokenInhoud): Promise<Omit<Actor, 'traceId'> | false> {
    const medewerker = await this.auth.medewerker(inhoud.sub);
    if (!medewerker || medewerker.organisatieId !== inhoud.org) return false;
    return {
      medewerkerId: medewerker.id,
      organisatieId: medewerker.organisatieId,
      teamId: medewerker.teamId,
      rol: medewerker.rol,
      naam: medewerker.naam,
    };
  }
}
