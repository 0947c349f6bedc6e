import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { DatumVeld, GeheelGetalVeld, KeuzeVeld, TekstVeld, UuidVeld } from '../../common/validatie';

export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
/** The column allows 500 kB; base64 makes that about 667 kB of JSON, within the 1 MB body limit. */
export const MAX_LOGO_BYTES = 500_000;

export class SamenvoegveldDto {
  @ApiProperty({ example: 'klant.naam' }) naam!: string;
  @ApiProperty({ example: 'Volledige naam van de klant' }) omschrijving!: string;
  @ApiProperty({ example: 'Fatima Yilmaz' }) voorbeeld!: string;
}

export class BriefSjabloonDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: de brief van de organisatie' })
  gemeenteId!: string | null;
  @ApiProperty() onderwerp!: string;
  @ApiProperty() inhoud!: string;
  @ApiProperty({ description: 'Afzender en adres, regel voor regel' }) afzender!: string;
  @ApiProperty() heeftLogo!: boolean;
  @ApiProperty({ description: '0 zolang de standaardbrief nog niet is opgeslagen' }) versie!: number;
  @ApiProperty({ description: 'true: de standaardbrief, nog niet aangepast' }) standaard!: boolean;
}

export class BrievenDto {
  @ApiProperty({ type: BriefSjabloonDto, isArray: true }) sjablonen!: BriefSjabloonDto[];
  @ApiProperty({ type: SamenvoegveldDto, isArray: true }) velden!: SamenvoegveldDto[];
}

export class LogoDto {
  @KeuzeVeld(LOGO_TYPES, { beschrijving: 'Soort afbeelding' })
  type!: (typeof LOGO_TYPES)[number];

  @TekstVeld({
    max: 700_000,
    patroon: /^[A-Za-z0-9+/]+={0,2}$/,
    patroonMelding: 'moet een afbeelding in base64 zijn',
    beschrijving: 'De afbeelding in base64 (hoogstens 500 kB)',
    voorbeeld: 'iVBORw0KGgo=',
  })
  data!: string;
}

export class BriefVoorbeeldInvoerDto {
  @UuidVeld({ nullable: true, beschrijving: 'Gemeente (logo); leeg: de organisatie' })
  gemeenteId?: string | null;

  @TekstVeld({
    max: 200,
    beschrijving: 'Onderwerp; mag samenvoegvelden bevatten',
    voorbeeld: 'Uitnodiging voor een gesprek',
  })
  onderwerp!: string;

  @TekstVeld({ max: 10000, beschrijving: 'De tekst van de brief met samenvoegvelden zoals {{klant.naam}}' })
  inhoud!: string;

  @TekstVeld({
    max: 1000,
    min: 0,
    beschrijving: 'Afzender en adres, regel voor regel',
    voorbeeld: 'Gemeente Zwolle\nPostbus 10007',
  })
  afzender!: string;
}

export class BriefInvoerDto extends BriefVoorbeeldInvoerDto {
  @ApiPropertyOptional({ type: LogoDto, nullable: true, description: 'Weglaten: logo blijft; null: logo weg' })
  @IsOptional()
  @IsObject({ message: 'moet een logo zijn met type en data' })
  @ValidateNested()
  @Type(() => LogoDto)
  logo?: LogoDto | null;

  @GeheelGetalVeld({ min: 0, max: 2_000_000_000, beschrijving: 'Versie zoals gelezen; 0 maakt de brief' })
  versie!: number;
}

export class BrievenPdfQuery {
  @DatumVeld({ beschrijving: 'De dag waarop de brieven zijn verstuurd (Nederlandse datum)' })
  datum!: string;
}
