import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLLEN, Rol } from '@klant-in-beeld/domain';
import { TekstVeld } from '../../common/validatie';

export class LoginDto {
  @TekstVeld({ max: 100, voorbeeld: 'km1' })
  gebruikersnaam!: string;

  @TekstVeld({ max: 200, voorbeeld: 'demo' })
  wachtwoord!: string;
}

export class MedewerkerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() gebruikersnaam!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ROLLEN }) rol!: Rol;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId!: string | null;
  @ApiProperty({ format: 'uuid' }) organisatieId!: string;
  @ApiPropertyOptional({ description: 'Naam van de organisatie, voor weergave' }) organisatieNaam?: string;
  @ApiPropertyOptional({ description: 'Naam van het team, voor weergave', nullable: true, type: String }) teamNaam?: string | null;
}

export class LoginAntwoordDto {
  @ApiProperty({ description: 'JWT; stuur mee als Authorization: Bearer <accessToken>. Geldig één werkdag.' })
  accessToken!: string;

  @ApiProperty({ type: MedewerkerDto })
  medewerker!: MedewerkerDto;
}
