import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLLEN, Rol } from '@klant-in-beeld/domain';
import { TekstVeld } from '../../common/validatie';

export class LoginDto {
  @TekstVeld({ max: 100, voorbeeld: 'km1' })
  gebruikersnaam!: string;

  @TekstVeld({ max: 200, voorbeeld: 'demo' })
  wachtwoord!: string;
}

export class TotpLoginDto {
  @TekstVeld({ max: 2000, beschrijving: 'Het tussenToken uit het antwoord op POST /api/auth/login (5 minuten geldig)' })
  tussenToken!: string;

  @TekstVeld({
    max: 10,
    patroon: /^\d{6}$/,
    patroonMelding: 'moet 6 cijfers zijn',
    voorbeeld: '123456',
    beschrijving: 'De code uit de authenticator-app',
  })
  code!: string;
}

export class MedewerkerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() gebruikersnaam!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ROLLEN }) rol!: Rol;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId!: string | null;
  @ApiProperty({ format: 'uuid' }) organisatieId!: string;
  @ApiPropertyOptional({ description: 'Naam van de organisatie, voor weergave' }) organisatieNaam?: string;
  @ApiPropertyOptional({
    description:
      'Code van de organisatie: hoe haar medewerkers inloggen (GET /api/auth/methoden), ook na een verlopen sessie',
    example: 'sociale-dienst-demo',
  })
  organisatieCode?: string;
  @ApiPropertyOptional({ description: 'Naam van het team, voor weergave', nullable: true, type: String }) teamNaam?:
    string | null;
  @ApiProperty({ description: 'Tweestapsverificatie (TOTP) staat aan' }) totpActief!: boolean;
  @ApiProperty({ description: 'De rol vraagt tweestapsverificatie (beheerder, privacy)' }) totpVerplicht!: boolean;
}

export class TotpInrichtingDto {
  @ApiProperty({ description: 'Het geheim in base32, om met de hand in te voeren' }) geheim!: string;
  @ApiProperty({ description: 'otpauth://-URI (RFC 6238), dezelfde als in de QR-code' }) otpauthUri!: string;
  @ApiProperty({ description: 'QR-code als data:-URL (PNG)' }) qrCode!: string;
}

/**
 * The answer to a login: either the session (accessToken and medewerker), or the second step that is needed first:
 * `totp` (give the code) or `totp_instellen` (the role requires TOTP and the account has none: set it up, then
 * give the code).
 */
export class IngelogdDto {
  @ApiProperty({
    description: 'JWT; stuur mee als Authorization: Bearer <accessToken>. Hoort bij een sessie op de server.',
  })
  accessToken!: string;

  @ApiProperty({ type: MedewerkerDto })
  medewerker!: MedewerkerDto;
}

export class TotpStapDto {
  @ApiProperty({ enum: ['totp'] })
  tweedeStap!: 'totp';

  @ApiProperty({ description: 'Voor POST /api/v1/auth/login/totp; 5 minuten geldig' })
  tussenToken!: string;
}

export class TotpInstellenStapDto {
  @ApiProperty({ enum: ['totp_instellen'] })
  tweedeStap!: 'totp_instellen';

  @ApiProperty({ description: 'Voor POST /api/v1/auth/login/totp; 5 minuten geldig' })
  tussenToken!: string;

  @ApiProperty({
    type: TotpInrichtingDto,
    description: 'De rol vraagt tweestapsverificatie en die is nog niet ingesteld',
  })
  totp!: TotpInrichtingDto;
}

export class NieuwWachtwoordStapDto {
  @ApiProperty({
    enum: ['nieuw_wachtwoord'],
    description: 'Ingelogd met een eenmalige code: kies eerst een eigen wachtwoord',
  })
  tweedeStap!: 'nieuw_wachtwoord';

  @ApiProperty({ description: 'Voor POST /api/v1/auth/login/nieuw-wachtwoord; 15 minuten geldig' })
  tussenToken!: string;
}

/**
 * The password step: logged in, or one more step: the authenticator app (to set up first, or to give the code), or
 * a new password after a one-time code.
 */
export type LoginAntwoord = IngelogdDto | TotpStapDto | TotpInstellenStapDto | NieuwWachtwoordStapDto;

export class NieuwWachtwoordLoginDto {
  @TekstVeld({
    max: 2000,
    beschrijving: 'Het tussenToken uit het antwoord op POST /api/auth/login (15 minuten geldig)',
  })
  tussenToken!: string;

  @TekstVeld({ max: 200, beschrijving: 'Minstens 12 tekens, geen veelgebruikt wachtwoord, niet de gebruikersnaam' })
  nieuwWachtwoord!: string;
}

export class TotpBevestigenDto {
  @TekstVeld({ max: 10, patroon: /^\d{6}$/, patroonMelding: 'moet 6 cijfers zijn', voorbeeld: '123456' })
  code!: string;
}

export class WachtwoordWijzigenDto {
  @TekstVeld({ max: 200 })
  huidigWachtwoord!: string;

  @TekstVeld({ max: 200, beschrijving: 'Minstens 12 tekens, geen veelgebruikt wachtwoord' })
  nieuwWachtwoord!: string;
}
