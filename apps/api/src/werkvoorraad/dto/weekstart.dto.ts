import { ApiProperty } from '@nestjs/swagger';
import { DatumVeld } from '../../common/validatie';

export class WeekstartQuery {
  @DatumVeld({
    optioneel: true,
    voorbeeld: '2027-01-11',
    beschrijving: 'Een dag in de week; afgerond op de maandag ervan. Standaard deze week',
  })
  week?: string;
}

export class WeekstartCijfersDto {
  @ApiProperty({ description: 'Campagnegesprekken gepland deze week (uitnodigingen, niet afgezegd)' }) gepland!: number;
  @ApiProperty({ description: 'Campagnegesprekken gevoerd deze week' }) gevoerd!: number;
  @ApiProperty({ description: 'Uitnodigingen deze week waarop de klant niet verscheen' }) noShows!: number;
  @ApiProperty({ description: 'Deelnemers van lopende campagnes die nog uitgenodigd moeten worden' })
  tePlannen!: number;
  @ApiProperty({ description: 'Open items in de gewone werkvoorraad (zonder campagne-items)' }) openItems!: number;
  @ApiProperty({ description: 'Klanten in de caseload die uit beeld zijn' }) uitBeeld!: number;
  @ApiProperty({ description: 'Klanten in de caseload die bijna uit beeld zijn' }) bijnaUitBeeld!: number;
}

export class WeekstartMedewerkerDto extends WeekstartCijfersDto {
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({
    enum: ['klantmanager', 'teamleider', 'extern'],
    description: 'Een extern staat erbij als die deelnemers van klanten van dit team heeft',
  })
  rol!: 'klantmanager' | 'teamleider' | 'extern';
}

export class WeekstartDto {
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty() teamNaam!: string;
  @ApiProperty({ format: 'date', description: 'Maandag van de week' }) week!: string;
  @ApiProperty({ format: 'date', description: 'Zondag van de week' }) weekEinde!: string;
  @ApiProperty({ format: 'date', description: 'De stand van werkvoorraad en nog te plannen is die van vandaag' })
  peildatum!: string;
  @ApiProperty({ type: WeekstartMedewerkerDto, isArray: true }) medewerkers!: WeekstartMedewerkerDto[];
  @ApiProperty({ type: WeekstartCijfersDto }) totaal!: WeekstartCijfersDto;
}
