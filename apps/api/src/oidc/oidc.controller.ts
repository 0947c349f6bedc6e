import { ROLLEN } from '@klant-in-beeld/domain';
import { Body, Controller, Get, Logger, Param, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiFoundResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { sessieCookie } from '../auth/sessie';
import { Actor, HuidigeActor } from '../common/actor';
import { InlogBegrenzing } from '../common/begrenzing';
import { Publiek, Rollen } from '../common/toegang';
import {
  InlogMethodenDto,
  InlogMethodenQuery,
  OidcInstellingDto,
  OidcInstellingInvoerDto,
  UitlogAdresDto,
} from './dto/oidc.dto';
import {
  AANVRAAG_COOKIE_LOKAAL,
  AANVRAAG_COOKIE_VEILIG,
  aanvraagCookie,
  OidcService,
  OidcWeigering,
  type OidcFoutcode,
} from './oidc.service';

/** A 302 without a body: the browser only needs the Location. */
function doorsturen(response: Response, naar: string): void {
  response.status(302).location(naar).end();
}

/**
 * The browser-facing steps of the login through the organisatie's provider answer with redirects only: whatever goes
 * wrong, the medewerker lands on the login page with an error code it explains in Dutch, never on a JSON page.
 */
@ApiTags('auth')
@Controller()
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
  ) {}

  private naarInlogpagina(response: Response, fout: unknown, organisatieCode?: string): void {
    let code: OidcFoutcode = 'sso_mislukt';
    if (fout instanceof OidcWeigering) {
      code = fout.fout;
      organisatieCode = fout.organisatieCode ?? organisatieCode;
    } else this.logger.error({ fout: String(fout) }, 'Inloggen via de OpenID-provider liep vast');
    const query = new URLSearchParams({ fout: code });
    if (organisatieCode) query.set('organisatie', organisatieCode);
    doorsturen(response, `/inloggen?${query}`);
  }

  @Get('auth/methoden')
  @Publiek()
  @UseGuards(InlogBegrenzing)
  @ApiOperation({ summary: 'Hoe medewerkers van een organisatie kunnen inloggen (wachtwoord, eigen account)' })
  @ApiOkResponse({ type: InlogMethodenDto })
  @ApiNotFoundResponse({ description: 'Geen organisatie met deze code' })
  methoden(@Query() query: InlogMethodenQuery): Promise<InlogMethodenDto> {
    return this.oidc.methoden(query.organisatie);
  }

  @Get('auth/uitlogadres')
  @Rollen(...ROLLEN)
  @ApiOperation({
    summary: 'Waar de browser na het uitloggen heen gaat om ook bij de provider van de organisatie uit te loggen',
  })
  @ApiOkResponse({ type: UitlogAdresDto })
  async uitlogAdres(@HuidigeActor() actor: Actor, @Req() request: Request): Promise<UitlogAdresDto> {
    return { url: await this.oidc.uitlogAdres(actor, request) };
  }

  // Before auth/oidc/:organisatieCode, so "callback" is never taken for an organisatie code.
  @Get('auth/oidc/callback')
  @Publiek()
  @UseGuards(InlogBegrenzing)
  @ApiOperation({
    summary:
      'Terugkeer van de provider: controleert code, state en ID-token, zet de sessiecookie en stuurt door naar /',
  })
  @ApiQuery({ name: 'code', required: false, description: 'De autorisatiecode van de provider' })
  @ApiQuery({ name: 'state', required: false, description: 'De state van het verzoek' })
  @ApiQuery({ name: 'error', required: false, description: 'Foutcode van de provider (bijv. access_denied)' })
  @ApiFoundResponse({
    description: 'Ingelogd: naar /; anders naar /inloggen?fout=<code>&organisatie=<code> met de reden',
  })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const cookies = (request.cookies ?? {}) as Record<string, string | undefined>;
    const cookieState = cookies[AANVRAAG_COOKIE_VEILIG] ?? cookies[AANVRAAG_COOKIE_LOKAAL];
    const { naam, opties } = aanvraagCookie(request);
    response.clearCookie(naam, { path: opties.path, secure: opties.secure, sameSite: opties.sameSite });
    try {
      const { accessToken } = await this.oidc.callback(request, cookieState);
      const sessie = sessieCookie(request, this.auth.maxUren);
      response.cookie(sessie.naam, accessToken, sessie.opties);
      doorsturen(response, '/');
    } catch (fout) {
      this.naarInlogpagina(response, fout);
    }
  }

  @Get('auth/oidc/:organisatieCode')
  @Publiek()
  @UseGuards(InlogBegrenzing)
  @ApiOperation({
    summary: 'Inloggen met het account van de organisatie: doorsturen naar haar OpenID-provider (code flow met PKCE)',
  })
  @ApiParam({ name: 'organisatieCode', example: 'sociale-dienst-demo' })
  @ApiFoundResponse({
    description: 'Naar de provider; is inloggen met het eigen account niet ingesteld, dan naar /inloggen?fout=…',
  })
  async start(
    @Param('organisatieCode') organisatieCode: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const { url, state } = await this.oidc.start(organisatieCode, request);
      const { naam, opties } = aanvraagCookie(request);
      response.cookie(naam, state, opties);
      doorsturen(response, url);
    } catch (fout) {
      this.naarInlogpagina(response, fout);
    }
  }

  @Get('instellingen/oidc')
  @Rollen('beheerder')
  @ApiTags('instellingen')
  @ApiOperation({ summary: 'Inloggen met het eigen account van de organisatie (OpenID Connect): de instelling' })
  @ApiOkResponse({ type: OidcInstellingDto })
  leesInstellingen(@HuidigeActor() actor: Actor, @Req() request: Request): Promise<OidcInstellingDto> {
    return this.oidc.leesInstellingen(actor, request);
  }

  @Put('instellingen/oidc')
  @Rollen('beheerder')
  @ApiTags('instellingen')
  @ApiOperation({
    summary: 'Inloggen met het eigen account instellen; haalt het discovery-document van de issuer direct op',
  })
  @ApiOkResponse({ type: OidcInstellingDto })
  @ApiUnprocessableEntityResponse({
    description:
      'Issuer onbereikbaar of geen OpenID-provider (PROVIDER_ONBEREIKBAAR), of wachtwoorden uit zonder provider (SSO_NIET_INGESTELD)',
  })
  wijzigInstellingen(
    @HuidigeActor() actor: Actor,
    @Body() invoer: OidcInstellingInvoerDto,
    @Req() request: Request,
  ): Promise<OidcInstellingDto> {
    return this.oidc.wijzigInstellingen(actor, invoer, request);
  }
}
