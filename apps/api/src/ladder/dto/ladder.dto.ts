import { ApiProperty } from '@nestjs/swagger';
import { DatumVeld, GeheelGetalVeld, TekstVeld } from '../../common/validatie';

export class LadderMetingInvoerDto {
  @GeheelGetalVeld({ min: 1, max: 6, beschrijving: 'Trede op de participatieladder (1 geïsoleerd … 6 betaald werk)' })
  trede!: number;

  @GeheelGetalVeld({ optioneel: true, min: 1, max: 6, beschrijving: 'De trede waar de klant naartoe werkt' })
  doeltrede?: number;

  @DatumVeld({ beschrijving: 'Datum van de meting; niet in de toekomst' })
  gemetenOp!: string;

  @TekstVeld({ optioneel: true, max: 2000 })
  toelichting?: string;
}

export class LadderMetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ minimum: 1, maximum: 6 }) trede!: number;
  @ApiProperty({ nullable: true, type: Number }) doeltrede!: number | null;
  @ApiProperty({ format: 'date' }) gemetenOp!: string;
  @ApiProperty({ nullable: true, type: String }) toelichting!: string | null;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
}
