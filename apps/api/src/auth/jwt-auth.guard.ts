import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DatabaseOnbereikbaar, DomeinFout, isDatabaseOnbereikbaar } from '../common/fouten';
import { PUBLIEK_SLEUTEL } from '../common/toegang';

/** Global: every endpoint needs a valid session unless it is marked @Publiek(). */
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

  /** An ended session says so (SESSIE_VERLOPEN); a database that cannot be asked is 503, never "not logged in". */
  override handleRequest<T>(fout: unknown, gebruiker: T): T {
    if (fout instanceof DomeinFout) throw fout;
    if (fout && isDatabaseOnbereikbaar(fout)) throw new DatabaseOnbereikbaar();
    if (fout) throw fout;
    if (!gebruiker) throw new UnauthorizedException();
    return gebruiker;
  }
}
