import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Db } from './db';

/**
 * Every authenticated request is one unit of work of the caller's organisatie (Db.verzoek): its queries share one
 * transaction in which row-level security lets only that organisatie's rows through. The transaction commits after
 * the handler and before the answer is sent, so a 2xx always means the write is durable.
 */
@Injectable()
export class OrganisatieInterceptor implements NestInterceptor {
  constructor(private readonly db: Db) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context
      .switchToHttp()
      .getRequest<{ user?: { organisatieId?: string }; method: string; route?: { path?: string } }>();
    if (!request.user?.organisatieId) return next.handle();
    const opties = {
      handeling: `${request.method} ${request.route?.path ?? ''}`,
      alleenLezen: request.method === 'GET',
    };
    // next.handle() is called inside the unit of work, so the handler runs in its async context.
    return from(
      this.db.verzoek(
        request.user.organisatieId,
        () => lastValueFrom(next.handle(), { defaultValue: undefined }),
        opties,
      ),
    );
  }
}
