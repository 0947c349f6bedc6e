import { Initiatief, INITIATIEVEN, Kanaal, KANALEN, Resultaat, RESULTATEN } from '@klant-in-beeld/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KeuzeVeld, TekstVeld, TijdstipVeld } from '../../common/validatie';

export class ContactmomentInvoerDto {
  @TijdstipVeld({ beschrijving: 'Wanneer het contact plaatsvond; niet meer dan een uur in de toekomst' })
  plaatsgevondenOp!: string;

  @KeuzeVeld(KANALEN, { voorbeeld: 'gesprek_op_locatie' })
  kanaal!: Kanaal;

  @KeuzeVeld(INITIATIEVEN, { voorbeeld: 'gemeente' })
  initiatief!: Initiatief;

  @KeuzeVeld(RESULTATEN, { voorbeeld: 'gesproken', beschrijving: 'Alleen een gesprek met resultaat gesproken telt als gezien' })
  resultaat!: Resultaat;

  @TekstVeld({ max: 200, voorbeeld: 'Voortgang plan van aanpak' })
  onderwerp!: string;

  @TekstVeld({ optioneel: true, max: 10_000 })
  samenvatting?: string;
}

export class ContactmomentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiPropertyOptional() medewerkerNaam?: string;
  @ApiProperty({ format: 'date-time' }) plaatsgevondenOp!: string;
  @ApiProperty({ enum: KANALEN }) kanaal!: Kanaal;
  @ApiProperty({ enum: INITIATIEVEN }) initiatief!: Initiatief;
  @ApiProperty({ enum: RESULTATEN }) resultaat!: Resultaat;
  @ApiProperty() onderwerp!: string;
  @ApiProperty({ nullable: true, type: String }) samenvatting!: string | null;
  @ApiProperty({ description: 'Telt als gezien: een gesprek dat heeft plaatsgevonden' }) teltAlsGezien!: boolean;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
}
