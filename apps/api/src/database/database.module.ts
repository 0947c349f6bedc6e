import { Global, Module } from '@nestjs/common';
import { Db } from './db';
import { OrganisatieInterceptor } from './organisatie.interceptor';
import { RapportLezer } from './rapport-lezer';

/**
 * The organisatie-scoped database access every service uses (Db), the interceptor that scopes each request, and
 * where reports read (RapportLezer: a streaming replica when one is usable).
 */
@Global()
@Module({
  providers: [Db, OrganisatieInterceptor, RapportLezer],
  exports: [Db, OrganisatieInterceptor, RapportLezer],
})
export class DatabaseModule {}
