import { ApiProperty } from '@nestjs/swagger';
import { ROLLEN, Rol } from '@klant-in-beeld/domain';
import { PaginaQuery } from '../../common/paginering';
import { KeuzeVeld, UuidVeld } from '../../common/validatie';

export class GemeenteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'GM0193' }) cbsCode!: string;
  @ApiProperty({ example: 'Zwolle' }) naam!: string;
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Team Noord' }) naam!: string;
}

export class MedewerkerLijstQuery extends PaginaQuery {
  @KeuzeVeld(ROLLEN, { optioneel: true })
  rol?: Rol;

  @UuidVeld({ optioneel: true })
  teamId?: string;
}

export class MedewerkerSamenvattingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ROLLEN }) rol!: Rol;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId!: string | null;
  @ApiProperty() actief!: boolean;
}
