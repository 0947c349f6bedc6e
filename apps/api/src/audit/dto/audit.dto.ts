import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginaQuery } from '../../common/paginering';
import { DatumVeld, UuidVeld } from '../../common/validatie';

class AuditFilter extends PaginaQuery {
  @UuidVeld({ optioneel: true })
  klantId?: string;

  @UuidVeld({ optioneel: true })
  medewerkerId?: string;

  @DatumVeld({ optioneel: true, beschrijving: 'Vanaf deze dag (Nederlandse tijd)' })
  van?: string;

  @DatumVeld({ optioneel: true, beschrijving: 'Tot en met deze dag (Nederlandse tijd)' })
  tot?: string;
}

export class VerwerkingenQuery extends AuditFilter {}
export class WijzigingenQuery extends AuditFilter {}

export class VerwerkingDto {
  @ApiProperty({ format: 'date-time' }) tijdstip!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null bij zoeken over meerdere klanten' }) klantId!: string | null;
  @ApiProperty({ example: 'klant.inzien' }) handeling!: string;
  @ApiProperty({ example: 'Re-integratie en begeleiding Participatiewet' }) verwerkingsactiviteit!: string;
  @ApiProperty({ example: 'gelukt' }) resultaat!: string;
  @ApiProperty({ description: 'Request-id; terug te vinden in de logs' }) traceId!: string;
}

class WijzigingInhoudDto {
  @ApiPropertyOptional({ type: Object, nullable: true }) oud!: Record<string, unknown> | null;
  @ApiPropertyOptional({ type: Object, nullable: true }) nieuw!: Record<string, unknown> | null;
}

export class WijzigingDto {
  @ApiProperty({ format: 'date-time' }) tijdstip!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) klantId!: string | null;
  @ApiProperty({ example: 'afspraak' }) resource!: string;
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty({ enum: ['aangemaakt', 'gewijzigd', 'verwijderd'] }) actie!: string;
  @ApiProperty({ type: WijzigingInhoudDto }) wijzigingen!: WijzigingInhoudDto;
  @ApiProperty({ nullable: true, type: String }) traceId!: string | null;
}
