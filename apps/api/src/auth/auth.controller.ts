import { ROLLEN } from '@klant-in-beeld/domain';
import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  getSchemaPath,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { NietGevonden } from '../common/fouten';
import { Publiek, Rollen } from '../common/toegang';
import { Db } from '../database/db';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import {
  IngelogdDto,
  type LoginAntwoord,
  LoginDto,
  MedewerkerDto,
  NieuwWachtwoordLoginDto,
  NieuwWachtwoordStapDto,
  TotpBevestigenDto,
  TotpInrichtingDto,
  TotpInstellenStapDto,
  TotpLoginDto,
  TotpStapDto,
  WachtwoordWijzigenDto,
} from './dto/login.dto';
import { InlogBegrenzing } from '../common/begrenzing';
import { SESSIE_COOKIE_LOKAAL, SESSIE_COOKIE_VEILIG, sessieCookie, tokenUitCookie } from './sessie';

function bearerToken(request: Request): string | null {
  const kop = request.headers.authorization;
  return typeof kop === 'string' && kop.startsWith('Bearer ') ? kop.slice(7) : null;
}

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly db: Db,
  ) {}

  /** The web app's session: the token in an httpOnly cookie, never readable by scripts. */
  private zetCookie<T extends LoginAntwoord>(request: Request, response: Response, antwoord: T): T {
    if ('accessToken' in antwoord) {
      const { naam, opties } = sessieCookie(request, this.auth.maxUren);
      response.cookie(naam, antwoord.accessToken, opties);
    }
    return antwoord;
  }

  @Post('auth/login')
  @Publiek()
  @UseGuards(InlogBegrenzing)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Inloggen met gebruikersnaam en wachtwoord (of eenmalige code); met TOTP volgt een tweede stap',
  })
  @ApiExtraModels(IngelogdDto, TotpStapDto, TotpInstellenStapDto, NieuwWachtwoordStapDto)
  @ApiOkResponse({
    description:
      'Ingelogd, of nog een stap: de authenticator-app, of een eigen wachtwoord kiezen na een eenmalige code',
    schema: {
      oneOf: [IngelogdDto, TotpStapDto, TotpInstellenStapDto, NieuwWachtwoordStapDto].map((dto) => ({
        $ref: getSchemaPath(dto),
      })),
    },
  })
  @ApiUnauthorizedResponse({ description: 'Gebruikersnaam of wachtwoord onjuist (zelfde melding voor beide)' })
  @ApiForbiddenResponse({
    description: 'Deze organisatie logt alleen in met het eigen account (ALLEEN_SSO); na de wachtwoordcontrole',
  })
  @ApiTooManyRequestsResponse({ description: 'Te veel mislukte pogingen' })
  async login(@Body() invoer: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.zetCookie(request, response, await this.auth.login(invoer, request.ip));
  }

  @Post('auth/login/totp')
  @Publiek()
  @UseGuards(InlogBegrenzing)
  @HttpCode(200)
  @ApiOperation({ summary: 'Tweede stap van het inloggen: de code uit de authenticator-app (RFC 6238)' })
  @ApiOkResponse({ type: IngelogdDto })
  @ApiUnauthorizedResponse({
    description: 'Code onjuist of al gebruikt (ONJUISTE_CODE), of de stap is verlopen (TUSSENSTAP_VERLOPEN)',
  })
  async loginTotp(
    @Body() invoer: TotpLoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.zetCookie(request, response, await this.auth.loginTotp(invoer, request.ip));
  }

  @Post('auth/login/nieuw-wachtwoord')
  @Publiek()
  @UseGuards(InlogBegrenzing)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Na inloggen met een eenmalige code: een eigen wachtwoord kiezen; daarna zoals na inloggen',
  })
  @ApiOkResponse({
    description: 'Ingelogd, of nog een stap met de authenticator-app',
    schema: { oneOf: [IngelogdDto, TotpStapDto, TotpInstellenStapDto].map((dto) => ({ $ref: getSchemaPath(dto) })) },
  })
  @ApiUnauthorizedResponse({ description: 'De stap is verlopen of de code is al gebruikt (TUSSENSTAP_VERLOPEN)' })
  async loginNieuwWachtwoord(
    @Body() invoer: NieuwWachtwoordLoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.zetCookie(request, response, await this.auth.loginNieuwWachtwoord(invoer, request.ip));
  }

  @Post('auth/logout')
  @Publiek()
  @HttpCode(204)
  @ApiOperation({ summary: 'Uitloggen: beëindigt de sessie op de server; het token geeft daarna 401' })
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(bearerToken(request) ?? tokenUitCookie(request));
    for (const naam of [SESSIE_COOKIE_VEILIG, SESSIE_COOKIE_LOKAAL])
      response.clearCookie(naam, { path: '/', secure: naam === SESSIE_COOKIE_VEILIG });
  }

  @Get('me')
  @Rollen(...ROLLEN)
  @ApiOperation({ summary: 'De ingelogde medewerker' })
  @ApiOkResponse({ type: MedewerkerDto })
  async me(@HuidigeActor() actor: Actor): Promise<MedewerkerDto> {
    const medewerker = await this.auth.medewerker(this.db, actor.medewerkerId);
    if (!medewerker) throw new NietGevonden('Medewerker');
    return medewerker;
  }

  @Post('me/totp')
  @Rollen(...ROLLEN)
  @HttpCode(200)
  @ApiOperation({ summary: 'Tweestapsverificatie instellen: een nieuw geheim met QR-code (actief na bevestigen)' })
  @ApiOkResponse({ type: TotpInrichtingDto })
  @ApiConflictResponse({ description: 'Tweestapsverificatie staat al aan (TOTP_ACTIEF)' })
  totpInstellen(@HuidigeActor() actor: Actor) {
    return this.account.totpInstellen(actor);
  }

  @Post('me/totp/bevestigen')
  @Rollen(...ROLLEN)
  @HttpCode(204)
  @ApiOperation({ summary: 'Tweestapsverificatie aanzetten met een eerste code uit de app' })
  @ApiNoContentResponse({ description: 'Tweestapsverificatie staat aan' })
  @ApiConflictResponse({ description: 'Tweestapsverificatie staat al aan (TOTP_ACTIEF)' })
  @ApiUnprocessableEntityResponse({ description: 'Nog niet begonnen met instellen (TOTP_NIET_GESTART)' })
  totpBevestigen(@HuidigeActor() actor: Actor, @Body() invoer: TotpBevestigenDto) {
    return this.account.totpBevestigen(actor, invoer.code);
  }

  @Delete('me/totp')
  @Rollen(...ROLLEN)
  @HttpCode(204)
  @ApiOperation({ summary: 'Tweestapsverificatie uitzetten (niet voor beheerder en privacy)' })
  @ApiNoContentResponse({ description: 'Tweestapsverificatie staat uit' })
  @ApiUnprocessableEntityResponse({ description: 'Verplicht voor deze rol (TOTP_VERPLICHT)' })
  totpUitzetten(@HuidigeActor() actor: Actor) {
    return this.account.totpUitzetten(actor);
  }

  @Post('me/wachtwoord')
  @Rollen(...ROLLEN)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Eigen wachtwoord wijzigen (minstens 12 tekens, geen veelgebruikt wachtwoord); andere sessies eindigen',
  })
  @ApiNoContentResponse({ description: 'Wachtwoord gewijzigd' })
  wijzigWachtwoord(@HuidigeActor() actor: Actor, @Body() invoer: WachtwoordWijzigenDto, @Req() request: Request) {
    return this.account.wijzigWachtwoord(actor, invoer, request.ip);
  }
}
