import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { KeuzeVeld, TekstVeld } from '../../common/validatie';

/** Columns a file may have that the mapping lists (more is refused: a header that wide is not an import). */
export const MAX_KOLOMMEN = 500;

export const IMPORT_SOORTEN = [
  'klanten',
  'contactmomenten',
  'ladder',
  'afspraken',
  'vrijstellingen',
  'overdracht',
] as const;
export type ImportSoort = (typeof IMPORT_SOORTEN)[number];

export const IMPORT_STATUSSEN = ['controleren', 'klaar', 'afgekeurd', 'uitvoeren', 'uitgevoerd', 'mislukt'] as const;
export type ImportStatus = (typeof IMPORT_STATUSSEN)[number];

/** The form fields of the upload (multipart/form-data); the file itself is `bestand`. */
export class ImportInvoerDto {
  @KeuzeVeld(IMPORT_SOORTEN, { beschrijving: 'Wat het bestand bevat', voorbeeld: 'klanten' })
  soort!: ImportSoort;

  @TekstVeld({
    max: 100,
    patroon: /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u,
    patroonMelding: 'mag alleen letters, cijfers, spaties, punt, liggend streepje en underscore bevatten',
    voorbeeld: 'suite4sd',
    beschrijving:
      'Het systeem waar het bestand vandaan komt. Met de regel-id (of de inhoud van de rij) herkent een ' +
      'volgende import dezelfde regels: hetzelfde bestand twee keer importeren verandert de tweede keer niets.',
  })
  bron!: string;
}

/** The OpenAPI body of the upload: the form fields plus the file. */
export class ImportUploadDto extends ImportInvoerDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'CSV (puntkomma of komma, UTF-8 met of zonder BOM) of Excel (.xlsx); eerste rij de kolomnamen. Bij soort ' +
      'overdracht JSON: één overdrachtsdocument, een lijst ervan of JSON Lines (docs/overdracht.md)',
  })
  bestand!: unknown;
}

export class ImportAangemaaktDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}

export class ImportRijenDto {
  @ApiProperty({ description: 'Gegevensrijen in het bestand (zonder de kopregel)', example: 120 })
  totaal!: number;
  @ApiProperty({ description: 'Rijen die een nieuw record worden', example: 100 })
  nieuw!: number;
  @ApiProperty({ description: 'Rijen die een bestaand record wijzigen', example: 15 })
  gewijzigd!: number;
  @ApiProperty({ description: 'Rijen die al precies zo zijn vastgelegd', example: 5 })
  ongewijzigd!: number;
  @ApiProperty({ description: 'Rijen met minstens één fout', example: 0 })
  fout!: number;
}

export class ImportFoutDto {
  @ApiProperty({
    description:
      'Rijnummer zoals in het rekenblad (kopregel is rij 1); bij soort overdracht het nummer van het document',
    example: 14,
  })
  rij!: number;
  @ApiProperty({
    description: 'De kolom (of "bestand" voor het bestand als geheel); bij soort overdracht het JSON-pad',
    example: 'BSN',
  })
  veld!: string;
  @ApiProperty({
    description: 'Wat er mis is, in het Nederlands; noemt nooit de inhoud van een cel',
    example: 'voldoet niet aan de elfproef',
  })
  melding!: string;
}

/** One column of the file's header and the field it is mapped to. */
export class ImportKolomDto {
  @TekstVeld({ max: 500, voorbeeld: 'Burgerservicenummer', beschrijving: 'De kolomnaam zoals in de kopregel' })
  kolom!: string;

  @TekstVeld({
    max: 50,
    nullable: true,
    voorbeeld: 'bsn',
    beschrijving: 'Het veld van de soort (zie velden); null: de kolom wordt niet gebruikt',
  })
  veld!: string | null;
}

export class ImportKoppelingInvoerDto {
  @ApiProperty({
    type: ImportKolomDto,
    isArray: true,
    maxItems: MAX_KOLOMMEN,
    description:
      'De hele koppeling: per kolom van het bestand het veld. Een kolom die hier niet staat wordt niet gebruikt. ' +
      'Een kolomnaam die twee keer in het bestand staat, staat hier ook twee keer, in dezelfde volgorde.',
  })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(MAX_KOLOMMEN, { message: `mag hoogstens ${MAX_KOLOMMEN} kolommen bevatten` })
  @ValidateNested({ each: true })
  @Type(() => ImportKolomDto)
  koppeling!: ImportKolomDto[];
}

/** A field the soort reads. */
export class ImportVeldDto {
  @ApiProperty({ example: 'startdatumUitkering' })
  veld!: string;
  @ApiProperty({
    description: 'De naam die de schermen tonen (de eerste herkende kolomnaam)',
    example: 'Startdatum uitkering',
  })
  naam!: string;
  @ApiProperty({ description: 'Zonder een kolom voor dit veld wordt de import afgekeurd' })
  verplicht!: boolean;
}

export class ImportMedewerkerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'Tamara Teamleider' })
  naam!: string;
}

export class ImportDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: IMPORT_SOORTEN })
  soort!: ImportSoort;
  @ApiProperty({ example: 'suite4sd' })
  bron!: string;
  @ApiProperty({
    enum: IMPORT_STATUSSEN,
    description:
      'controleren (proefrun bezig) → klaar (geen fouten, uit te voeren) of afgekeurd (fouten); uitvoeren → ' +
      'uitgevoerd, of mislukt (niets vastgelegd)',
  })
  status!: ImportStatus;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Voortgang van de huidige stap', example: 1 })
  voortgang!: number;
  @ApiProperty({ type: ImportRijenDto })
  rijen!: ImportRijenDto;
  @ApiProperty({ type: ImportFoutDto, isArray: true, description: 'De eerste 200 fouten; alle in fouten.csv' })
  fouten!: ImportFoutDto[];
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'Opmerkingen die de import niet tegenhouden (zoals een kolom die niet wordt gebruikt)',
  })
  waarschuwingen!: string[];
  @ApiPropertyOptional({ nullable: true, type: String, example: 'klanten.csv' })
  bestandsnaam!: string | null;
  @ApiProperty({ type: ImportMedewerkerDto, description: 'Wie het bestand uploadde' })
  medewerker!: ImportMedewerkerDto;
  @ApiProperty({
    type: ImportKolomDto,
    isArray: true,
    description:
      'De kolommen van het bestand, in volgorde, met het veld waaraan elk gekoppeld is (leeg tot de kopregel gelezen is)',
  })
  koppeling!: ImportKolomDto[];
  @ApiProperty({
    type: ImportVeldDto,
    isArray: true,
    description: 'De velden van de soort, om aan een kolom te koppelen',
  })
  velden!: ImportVeldDto[];
  @ApiProperty({
    description:
      'De koppeling kan worden gewijzigd (PUT koppeling): de proefrun is klaar of afgekeurd en het bestand is er nog',
  })
  koppelingWijzigbaar!: boolean;
  @ApiProperty({ format: 'date-time' })
  aangemaaktOp!: string;
  @ApiProperty({ format: 'date-time' })
  gewijzigdOp!: string;
}
