import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';

/** Login with the organisatie's own accounts (OpenID Connect); docs/oidc.md. */
@Module({ imports: [AuthModule], controllers: [OidcController], providers: [OidcService] })
export class OidcModule {}
