import type { Rol } from '@klant-in-beeld/domain';
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';

export const ROLLEN_SLEUTEL = 'kib:rollen';
export const PUBLIEK_SLEUTEL = 'kib:publiek';

/** The roles that may call an endpoint. Every endpoint that is not @Publiek() must say this. */
export function Rollen(...rollen: Rol[]) {
  return applyDecorators(
    SetMetadata(ROLLEN_SLEUTEL, rollen),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Niet ingelogd' }),
    ApiForbiddenResponse({ description: `Alleen voor: ${rollen.join(', ')}` }),
  );
}

/** No login needed (login itself, health). */
export const Publiek = () => SetMetadata(PUBLIEK_SLEUTEL, true);

/** Fails closed: an endpoint that forgot to declare its roles is refused for everybody. */
@Injectable()
export class RollenGuard implements CanActivate {
  private readonly logger = new Logger(RollenGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const doelen = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK_SLEUTEL, doelen)) return true;
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_SLEUTEL, doelen);
    if (!rollen) {
      this.logger.error(`Endpoint ${context.getClass().name}.${context.getHandler().name} declareert geen rollen`);
      throw new ForbiddenException();
    }
    const rol = context.switchToHttp().getRequest<{ user?: { rol: Rol } }>().user?.rol;
    if (!rol || !rollen.includes(rol)) throw new ForbiddenException();
    return true;
  }
}
