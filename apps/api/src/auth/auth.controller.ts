import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { NietGevonden } from '../common/fouten';
import { Publiek, Rollen } from '../common/toegang';
import { AuthService } from './auth.service';
import { LoginAntwoordDto, LoginDto, MedewerkerDto } from './dto/login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { SESSIE_COOKIE, SESSIE_DUUR_SECONDEN } from './sessie';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @Publiek()
  @UseGuards(LoginThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Inloggen met gebruikersnaam en wachtwoord' })
  @ApiOkResponse({ type: LoginAntwoordDto })
  @ApiUnauthorizedResponse({ description: 'Gebruikersnaam of wachtwoord onjuist (zelfde melding voor beide)' })
  @ApiTooManyRequestsResponse({ description: 'Te veel pogingen in een minuut' })
  async login(@Body() invoer: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const antwoord = await this.auth.login(invoer);
    response.cookie(SESSIE_COOKIE, antwoord.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure,
      path: '/api',
      maxAge: SESSIE_DUUR_SECONDEN * 1000,
    });
    return antwoord;
  }

  @Post('auth/logout')
  @Publiek()
  @HttpCode(204)
  @ApiOperation({ summary: 'Uitloggen (wist de sessiecookie van de webapp)' })
  logout(@Res({ passthrough: true }) response: Response): void {
    response.clearCookie(SESSIE_COOKIE, { path: '/api' });
  }

  @Get('me')
  @Rollen('klantmanager', 'teamleider', 'beleid', 'beheerder')
  @ApiOperation({ summary: 'De ingelogde medewerker' })
  @ApiOkResponse({ type: MedewerkerDto })
  async me(@HuidigeActor() actor: Actor): Promise<MedewerkerDto> {
    const medewerker = await this.auth.medewerker(actor.medewerkerId);
    if (!medewerker) throw new NietGevonden('Medewerker');
    return medewerker;
  }
}
