import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { DatumVeld, UuidVeld } from '../../common/validatie';

export class RapportFilterQuery {
  @UuidVeld({ optioneel: true })
  gemeenteId?: string;

  @UuidVeld({ optioneel: true, beschrijving: 'Klanten van de klantmanagers van dit team (op de peildatum)' })
  teamId?: string;
}

export class KerncijfersQuery extends RapportFilterQuery {
  @DatumVeld({
    optioneel: true,
    beschrijving:
      'Standaard vandaag; een datum in het verleden geeft de toestand van toen. Voor beleid alleen een maandeinde in het verleden, standaard het laatste',
  })
  peildatum?: string;
}

export class PeriodeQuery extends RapportFilterQuery {
  @DatumVeld({
    optioneel: true,
    beschrijving: 'Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde',
  })
  van?: string;

  @DatumVeld({
    optioneel: true,
    beschrijving: 'Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste',
  })
  tot?: string;
}

/** A count, or null when suppressed (beleid: below 5, or hidden so that no count below 5 can be worked out). */
type Aantal = number | null;

class InBeeldDto {
  @ApiProperty({ nullable: true, type: Number }) in_beeld!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) bijna_uit_beeld!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) uit_beeld!: Aantal;
}

class VrijstellingenDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten met een geldende formele vrijstelling' })
  formeel!: Aantal;
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten met een geldende informele vrijstelling' })
  informeel!: Aantal;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Informele vrijstellingen voorbij hun einddatum, niet afgesloten',
  })
  informeelVerlopen!: Aantal;
}

class PeriodeDto {
  @ApiProperty({ format: 'date', description: 'Exclusief' }) van!: string;
  @ApiProperty({ format: 'date', description: 'Inclusief (de peildatum)' }) tot!: string;
}

const aantallen = (sleutels: string[]) =>
  ({
    type: 'object',
    properties: Object.fromEntries(sleutels.map((s) => [s, { type: 'number', nullable: true }])),
    additionalProperties: false,
  }) as unknown as ApiPropertyOptions;

export class KerncijfersDto {
  @ApiProperty({ format: 'date' }) peildatum!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten met een uitkering op de peildatum' })
  caseload!: Aantal;
  @ApiProperty({
    ...aantallen(['<50', '50-74', '75-99', '100-150', '>150']),
    description: 'Aantal klantmanagers per caseloadgrootte',
  })
  caseloadPerKlantmanager!: Record<string, Aantal>;
  @ApiProperty({ type: InBeeldDto }) inBeeld!: InBeeldDto;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Aandeel (0–1) minstens één keer gesproken in de 12 maanden tot de peildatum',
  })
  gesprokenLaatste12Maanden!: number | null;
  @ApiProperty({
    ...aantallen(['0', '1', '2', '3', '>3']),
    description: 'Klanten naar aantal gesprekken in 12 maanden',
  })
  gesprekkenVerdeling12Maanden!: Record<string, Aantal>;
  @ApiProperty({ nullable: true, type: Number, description: 'Aandeel (0–1) met een lopende afspraak op de peildatum' })
  metLopendeAfspraak!: number | null;
  @ApiProperty({ type: VrijstellingenDto }) vrijstellingen!: VrijstellingenDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Geldende vrijstellingen per reden: { reden: { formeel, informeel } }',
  })
  vrijstellingenPerReden!: Record<string, { formeel: Aantal; informeel: Aantal }>;
  @ApiProperty({ ...aantallen(['1', '2', '3', '4', '5', '6']), description: 'Klanten per huidige trede' })
  ladder!: Record<string, Aantal>;
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten zonder ladder-meting' }) ladderOnbekend!: Aantal;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Percentage (0–100) no-shows van de geplande gesprekken in 12 maanden',
  })
  noShowPercentage!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'Uitstroom per reden in de 12 maanden tot de peildatum',
  })
  uitstroom!: Record<string, Aantal>;
  @ApiProperty({ type: PeriodeDto, description: 'De periode van de 12-maandscijfers' }) periode!: PeriodeDto;
  @ApiPropertyOptional({
    description:
      'Waar: aantallen zijn weggelaten (rol beleid): alle onder de 5 en zo veel andere dat die niet terug te rekenen zijn',
  })
  onderdrukt!: boolean;
}

export class DoorstroomDto {
  @ApiProperty({ format: 'date' }) van!: string;
  @ApiProperty({ format: 'date' }) tot!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number', nullable: true } },
    description:
      '{ vanTrede: { naarTrede: aantal } }; voor beleid alle 36 cellen (ook nullen, die dan onderdrukt zijn), anders alleen de cellen met klanten',
  })
  matrix!: Record<string, Record<string, Aantal>>;
  @ApiProperty({ nullable: true, type: Number }) omhoog!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) gelijk!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) omlaag!: Aantal;
  @ApiProperty() onderdrukt!: boolean;
}

export class TrendDto {
  @ApiProperty({ type: KerncijfersDto, isArray: true }) maanden!: KerncijfersDto[];
  @ApiProperty({
    type: String,
    format: 'date',
    isArray: true,
    description:
      'De afgesloten maanden (peildata) die de voorbereiding op de achtergrond nog voorbereidt; ze ontbreken in maanden. Vraag het later opnieuw.',
  })
  inVoorbereiding!: string[];
}

const BEKEND =
  'Onwaar: komt alleen in een eerdere versie van het instrument voor; de naam is dan de code (of de waarde)';

class RapportNiveauDto {
  @ApiProperty() waarde!: number;
  @ApiProperty() naam!: string;
  @ApiProperty({ description: BEKEND }) bekend!: boolean;
}

class RapportLeefgebiedDto {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ description: BEKEND }) bekend!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten met een score op dit leefgebied' })
  totaal!: Aantal;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: '{ niveauwaarde: klanten } voor elk niveau van niveaus',
  })
  aantallen!: Record<string, Aantal>;
}

class RapportPadDto {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ nullable: true, type: Number }) aantal!: Aantal;
}

export class LeefgebiedenDto {
  @ApiProperty({ format: 'date' }) peildatum!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten met een uitkering op de peildatum' })
  caseload!: Aantal;
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten met een klant-in-beeld-gesprek tot de peildatum' })
  metGesprek!: Aantal;
  @ApiProperty({ type: RapportNiveauDto, isArray: true, description: 'Niveaus van het actieve instrument, oplopend' })
  niveaus!: RapportNiveauDto[];
  @ApiProperty({
    type: RapportLeefgebiedDto,
    isArray: true,
    description: 'Niveaus per leefgebied uit het laatste gesprek van elke klant op of voor de peildatum',
  })
  domeinen!: RapportLeefgebiedDto[];
  @ApiProperty({ type: RapportPadDto, isArray: true, description: 'Klanten per dienstverleningspad (laatste gesprek)' })
  paden!: RapportPadDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Aandeel (0–1) met een plan van aanpak op de peildatum' })
  metPlan!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Aandeel (0–1) met een plan waarvan de evaluatiedatum voor de peildatum ligt',
  })
  evaluatieVerlopen!: number | null;
  @ApiProperty({ description: 'Waar: aantallen zijn weggelaten (rol beleid)' }) onderdrukt!: boolean;
}

class LeefgebiedBewegingDto {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ description: BEKEND }) bekend!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Klanten met een hoger niveau op tot' }) omhoog!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) gelijk!: Aantal;
  @ApiProperty({ nullable: true, type: Number }) omlaag!: Aantal;
}

export class LeefgebiedenBewegingDto {
  @ApiProperty({ format: 'date' }) van!: string;
  @ApiProperty({ format: 'date' }) tot!: string;
  @ApiProperty({
    type: LeefgebiedBewegingDto,
    isArray: true,
    description: 'Per leefgebied: niveau op van → niveau op tot, voor klanten met een later gesprek ertussen',
  })
  domeinen!: LeefgebiedBewegingDto[];
  @ApiProperty({ description: 'Waar: aantallen zijn weggelaten (rol beleid)' }) onderdrukt!: boolean;
}
