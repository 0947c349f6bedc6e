import type { Rol } from '@klant-in-beeld/domain';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The logged-in medewerker making this request: who, in which organisatie (the tenant scope), in which role. */
export interface Actor {
  medewerkerId: string;
  organisatieId: string;
  teamId: string | null;
  rol: Rol;
  naam: string;
  /** The server-side session of this request's token. */
  sessieId?: string;
  /** Request id, also written to the access log (Logboek Dataverwerkingen trace id). */
  traceId: string;
}

export const HuidigeActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ user: Omit<Actor, 'traceId'>; id?: string }>();
  return { ...request.user, traceId: String(request.id ?? '') };
});
