import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config.token';
import type { AppConfig } from '../config';
import type { Actor } from '../common/actor';
import { AuthService, TokenInhoud } from './auth.service';
import { tokenUitCookie } from './sessie';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), tokenUitCookie]),
      // A KeyObject, not the string: jsonwebtoken otherwise tries (and fails) to parse the string as a public key on
      // every verification, ~0.6 ms per request (docs/performance.md).
      // (passport-jwt types say string | Buffer; it hands the value to jsonwebtoken, which accepts a KeyObject.)
      secretOrKey: createSecretKey(Buffer.from(config.jwtGeheim)) as unknown as string,
      algorithms: ['HS256'],
    });
  }

  /** The signature only proves the token was ours: the session on the server decides whether it still counts. */
  async validate(inhoud: TokenInhoud): Promise<Omit<Actor, 'traceId'> | false> {
    return (await this.auth.controleerSessie(inhoud)) ?? false;
  }
}
