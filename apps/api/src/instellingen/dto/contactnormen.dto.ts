import { CATEGORIE_CODE_PATROON, type Dienstverleningscategorie, MAX_CATEGORIEEN } from '@klant-in-beeld/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { GeheelGetalVeld, TekstVeld } from '../../common/validatie';

export class NormDto {
  @GeheelGetalVeld({ min: 1, max: 3650, beschrijving: 'Maximaal aantal dagen tussen twee gesprekken' })
  maxDagen!: number;

  @GeheelGetalVeld({ min: 0, max: 3649, beschrijving: 'De laatste dagen daarvan waarin de klant "bijna uit beeld" is' })
  waarschuwingDagen!: number;
}

export class CategorieNormDto extends NormDto {
  @TekstVeld({
    min: 2,
    max: 40,
    patroon: CATEGORIE_CODE_PATROON,
    patroonMelding: 'moet de code van een dienstverleningscategorie van de organisatie zijn',
    voorbeeld: 'job_ready',
    beschrijving: 'Code uit GET /api/instellingen/dienstverleningscategorieen',
  })
  dienstverleningscategorie!: Dienstverleningscategorie;
}

export class ContactnormenDto {
  @ApiProperty({
    type: CategorieNormDto,
    isArray: true,
    minItems: 1,
    maxItems: MAX_CATEGORIEEN,
    description:
      'Precies één norm per dienstverleningscategorie van de organisatie (ook de niet-actieve); namen, soorten en ' +
      'nieuwe categorieën via /api/instellingen/dienstverleningscategorieen',
  })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMinSize(1, { message: 'moet een norm per categorie bevatten' })
  @ArrayMaxSize(MAX_CATEGORIEEN, { message: `mag hoogstens ${MAX_CATEGORIEEN} normen bevatten` })
  @ValidateNested({ each: true })
  @Type(() => CategorieNormDto)
  normen!: CategorieNormDto[];

  @ApiProperty({ type: NormDto, description: 'Norm voor klanten met een lopende vrijstelling' })
  @IsObject({ message: 'moet een norm zijn met maxDagen en waarschuwingDagen' })
  @ValidateNested()
  @Type(() => NormDto)
  vrijgesteld!: NormDto;

  @GeheelGetalVeld({
    min: 1,
    max: 365,
    beschrijving: 'Binnen zoveel dagen na de startdatum uitkering een intakegesprek',
  })
  intakeDagen!: number;

  @GeheelGetalVeld({ min: 1, max: 730, beschrijving: 'Langste duur van een informele vrijstelling in dagen' })
  maxDuurInformeleVrijstellingDagen!: number;
}
