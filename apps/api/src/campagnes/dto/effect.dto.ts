import { ApiProperty } from '@nestjs/swagger';

type Aantal = number | null;
const ONDERDRUKT = 'null voor beleid als het aantal onderdrukt is';

export class EffectLadderDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Hogere trede dan bij de start' }) omhoog!: Aantal;
  @ApiProperty({ nullable: true, type: Number, description: 'Dezelfde trede als bij de start' }) gelijk!: Aantal;
  @ApiProperty({ nullable: true, type: Number, description: 'Lagere trede dan bij de start' }) omlaag!: Aantal;
  @ApiProperty({ nullable: true, type: Number, description: 'Geen trede bij de start of geen meting tot de horizon' })
  onbekend!: Aantal;
}

export class EffectLeefgebiedDto {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ description: 'Onwaar: leefgebied alleen uit een eerdere versie van het instrument' }) bekend!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Hoger niveau dan bij de start' }) omhoog!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) gelijk!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) omlaag!: Aantal;
}

export class EffectGroepDto {
  @ApiProperty({ nullable: true, type: Number, description: `Deelnemers in deze groep (${ONDERDRUKT})` })
  deelnemers!: Aantal;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Deelnemers die in deze horizon tellen: hun start ligt minstens zoveel maanden voor de peildatum',
  })
  telt!: Aantal;
  @ApiProperty({ type: EffectLadderDto, description: 'Trede op de horizondatum tegen de trede bij de start' })
  ladder!: EffectLadderDto;
  @ApiProperty({ nullable: true, type: Number, description: 'Uitgestroomd op of voor de horizondatum' })
  uitgestroomd!: Aantal;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Uitgestroomd als deel van wie telt (0–1); null als niemand telt of een van beide onderdrukt is',
  })
  uitstroomAandeel!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', nullable: true },
    description: 'Uitgestroomd per uitstroomreden (elke reden, ook 0)',
  })
  uitstroom!: Record<string, Aantal>;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Deelnemers met minstens één leefgebied vergeleken (gescoord bij de start en later opnieuw)',
  })
  leefgebiedenGemeten!: Aantal;
  @ApiProperty({ type: EffectLeefgebiedDto, isArray: true, description: 'Beweging per leefgebied' })
  leefgebieden!: EffectLeefgebiedDto[];
}

export class EffectHorizonDto {
  @ApiProperty({ enum: [6, 12], description: 'Maanden na het campagnegesprek (referentie: na de start)' })
  maanden!: number;
  @ApiProperty({ type: EffectGroepDto, description: 'Deelnemers met een campagnegesprek, vanaf dat gesprek' })
  cohort!: EffectGroepDto;
  @ApiProperty({
    type: EffectGroepDto,
    description: 'Referentiegroep: deelnemers zonder campagnegesprek, vanaf de start van de campagne',
  })
  referentie!: EffectGroepDto;
}

export class CampagneEffectDto {
  @ApiProperty({ format: 'uuid' }) campagneId!: string;
  @ApiProperty({ format: 'date', description: 'Vandaag (Nederlandse datum): wie telt in een horizon' })
  peildatum!: string;
  @ApiProperty({ format: 'date', description: 'Startdatum van het bevroren cohort (gestartOp, Nederlandse datum)' })
  gestartOp!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Deelnemers in het cohort' }) cohort!: Aantal;
  @ApiProperty({ type: EffectHorizonDto, isArray: true, description: 'Na 6 en na 12 maanden' })
  horizonten!: EffectHorizonDto[];
  @ApiProperty({ description: 'Waar: aantallen zijn weggelaten (rol beleid)' }) onderdrukt!: boolean;
}
