import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One entry of the dossier's tijdlijn; besides these fields it carries the fields of its source record. */
export class TijdlijnItemDto {
  @ApiProperty({ enum: ['contactmoment', 'ladder', 'afspraak', 'vrijstelling'] }) soort!: 'contactmoment' | 'ladder' | 'afspraak' | 'vrijstelling';
  @ApiProperty({ description: 'Tijdstip (contactmoment) of datum JJJJ-MM-DD (de andere soorten)' }) datum!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ format: 'uuid' }) medewerkerId?: string;
  @ApiPropertyOptional() medewerkerNaam?: string;
  @ApiPropertyOptional({ description: 'Bij een afspraak: de soort afspraak' }) afspraakSoort?: string;
  @ApiPropertyOptional({ description: 'Bij een vrijstelling: formeel of informeel' }) vrijstellingSoort?: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'Bij een contactmoment: wanneer het laatst is gecorrigeerd' })
  gecorrigeerdOp?: string | null;
}
