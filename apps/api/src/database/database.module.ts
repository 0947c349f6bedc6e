import { Global, Module } from '@nestjs/common';
import { Db } from './db';
import { OrganisatieInterceptor } from './organisatie.interceptor';

/** The organisatie-scoped database access every service uses (Db) and the interceptor that scopes each request. */
@Global()
@Module({ providers: [Db, OrganisatieInterceptor], exports: [Db, OrganisatieInterceptor] })
export class DatabaseModule {}
