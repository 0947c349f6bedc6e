import { LEEFGEBIED_CODE_PATROON, MAX_LEEFGEBIEDEN, MAX_NIVEAUS, PAD_CODE_PATROON } from '@klant-in-beeld/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, ValidateIf } from 'class-validator';
import { GeheelGetalVeld, TekstVeld } from '../../common/validatie';
import { ObjectLijstVeld, ObjectVeld } from './lijst';

const CODE = {
  min: 2,
  max: 40,
  patroonMelding: 'moet 2 tot 40 kleine letters, cijfers of _ zijn en met een letter beginnen',
};

export class LeefgebiedDto {
  @TekstVeld({ ...CODE, patroon: LEEFGEBIED_CODE_PATROON, voorbeeld: 'financien', beschrijving: 'Vaste code' })
  code!: string;

  @TekstVeld({ max: 100, voorbeeld: 'Financiën' })
  naam!: string;
}

export class NiveauDto {
  @GeheelGetalVeld({ min: 0, max: 99, voorbeeld: 1, beschrijving: 'Hoger is zelfredzamer' })
  waarde!: number;

  @TekstVeld({ max: 100, voorbeeld: 'Acute problematiek' })
  naam!: string;
}

export class AdviesUitkomstDto {
  @TekstVeld({ ...CODE, voorbeeld: 'job_ready', beschrijving: 'Code van een dienstverleningscategorie' })
  categorie!: string;

  @TekstVeld({ ...CODE, patroon: PAD_CODE_PATROON, voorbeeld: 'intensief_naar_werk', beschrijving: 'Code van een pad' })
  pad!: string;
}

export class AdviesRegelDto extends AdviesUitkomstDto {
  @TekstVeld({ max: 200, voorbeeld: 'Twee of meer leefgebieden op niveau 2 of lager' })
  omschrijving!: string;

  @GeheelGetalVeld({ min: 1, max: MAX_LEEFGEBIEDEN, voorbeeld: 2, beschrijving: 'Minstens zoveel leefgebieden…' })
  minAantal!: number;

  @GeheelGetalVeld({ min: 0, max: 99, voorbeeld: 2, beschrijving: '…op dit niveau of lager' })
  maxNiveau!: number;

  @ApiProperty({
    type: String,
    isArray: true,
    required: false,
    maxItems: MAX_LEEFGEBIEDEN,
    description: 'Alleen deze leefgebieden tellen mee (weglaten: alle)',
  })
  @ValidateIf((_object, waarde) => waarde !== undefined)
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(MAX_LEEFGEBIEDEN, { message: `mag hoogstens ${MAX_LEEFGEBIEDEN} leefgebieden bevatten` })
  @ArrayUnique({ message: 'mag geen dubbele leefgebieden bevatten' })
  @IsString({ each: true, message: 'mag alleen codes van leefgebieden bevatten' })
  domeinen?: string[];

  @GeheelGetalVeld({
    optioneel: true,
    min: 1,
    max: 100,
    voorbeeld: 30,
    beschrijving: 'Alleen als de geschatte loonwaarde lager is dan dit percentage (of niet geschat)',
  })
  loonwaardeOnder?: number;
}

export class AdviesregelsDto {
  @ObjectLijstVeld(AdviesRegelDto, {
    min: 0,
    max: 50,
    wat: 'regels',
    beschrijving: 'Op volgorde: de eerste regel die past bepaalt het advies',
  })
  regels!: AdviesRegelDto[];

  @ObjectVeld(AdviesUitkomstDto, {
    melding: 'moet een object zijn met categorie en pad',
    beschrijving: 'Het advies als geen regel past',
  })
  anders!: AdviesUitkomstDto;
}

/** The instrument as the beheerder saves it (PUT /api/instellingen/leefgebieden). */
export class InstrumentInvoerDto {
  @TekstVeld({ max: 100, voorbeeld: 'Zelfredzaamheid-Matrix (ZRM)' })
  naam!: string;

  @TekstVeld({ optioneel: true, max: 300, voorbeeld: 'Zelfredzaamheid-Matrix 2017, GGD Amsterdam (zrm.nl)' })
  bron?: string;

  @ObjectLijstVeld(LeefgebiedDto, {
    min: 1,
    max: MAX_LEEFGEBIEDEN,
    wat: 'leefgebieden',
    beschrijving: 'De leefgebieden in de volgorde van het scherm',
  })
  domeinen!: LeefgebiedDto[];

  @ObjectLijstVeld(NiveauDto, { min: 2, max: MAX_NIVEAUS, wat: 'niveaus', beschrijving: 'De niveaus, laag naar hoog' })
  niveaus!: NiveauDto[];

  @ObjectVeld(AdviesregelsDto, { melding: 'moet een object zijn met regels en anders' })
  adviesregels!: AdviesregelsDto;
}

/** The active (highest) version of the instrument. */
export class InstrumentDto {
  @ApiProperty({ description: 'Versie van het instrument; de hoogste is actief', example: 1 })
  versie!: number;

  @ApiProperty({ example: 'Zelfredzaamheid-Matrix (ZRM)' })
  naam!: string;

  @ApiProperty({ nullable: true, type: String, example: 'Zelfredzaamheid-Matrix 2017, GGD Amsterdam (zrm.nl)' })
  bron!: string | null;

  @ApiProperty({ type: LeefgebiedDto, isArray: true })
  domeinen!: LeefgebiedDto[];

  @ApiProperty({ type: NiveauDto, isArray: true })
  niveaus!: NiveauDto[];

  @ApiProperty({ type: AdviesregelsDto })
  adviesregels!: AdviesregelsDto;

  @ApiProperty({ format: 'date-time' })
  aangemaaktOp!: string;
}
