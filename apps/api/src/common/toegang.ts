import type { Rol } from '@klant-in-beeld/domain';
import { API_BASIS } from '../openapi';
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from './actor';
import { UUID_PATROON } from './validatie';
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

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const doelen = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK_SLEUTEL, doelen)) return true;
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_SLEUTEL, doelen);
    if (!rollen) {
      this.logger.error(`Endpoint ${context.getClass().name}.${context.getHandler().name} declareert geen rollen`);
      throw new ForbiddenException();
    }
    const request = context.switchToHttp().getRequest<{
      user?: Omit<Actor, 'traceId'>;
      id?: string;
      method: string;
      route?: { path?: string };
      params?: Record<string, string>;
    }>();
    const rol = request.user?.rol;
    if (!rol || !rollen.includes(rol)) {
      await this.registreerWeigering(request);
      throw new ForbiddenException();
    }
    return true;
  }

  /** A role that may not see client data tried a client's route: that refusal is in the access log too. */
  private async registreerWeigering(request: {
    user?: Omit<Actor, 'traceId'>;
    id?: string;
    method: string;
    route?: { path?: string };
    params?: Record<string, string>;
  }) {
    const pad = request.route?.path ?? '';
    const klantId =
      request.params?.klantId ?? (pad.startsWith(`${API_BASIS}/klanten/:id`) ? request.params?.id : undefined);
    if (!request.user || !klantId || !UUID_PATROON.test(klantId)) return;
    await this.audit.weigering(
      { ...request.user, traceId: String(request.id ?? '') },
      `${request.method} ${pad}`,
      klantId.toLowerCase(),
    );
  }
}
