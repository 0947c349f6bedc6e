import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { PUBLIEK_SLEUTEL } from '../common/toegang';

/** Global: every endpoint needs a valid token unless it is marked @Publiek(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK_SLEUTEL, [context.getHandler(), context.getClass()])) {
      return true;
    }
    return super.canActivate(context);
  }

  override handleRequest<T>(fout: unknown, gebruiker: T): T {
    if (fout || !gebruiker) throw new UnauthorizedException();
    return gebruiker;
  }
}
