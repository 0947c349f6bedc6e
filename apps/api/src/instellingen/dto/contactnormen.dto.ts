import { DIENSTVERLENINGSCATEGORIEEN, Dienstverleningscategorie } from '@klant-in-beeld/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { GeheelGetalVeld, KeuzeVeld } from '../../common/validatie';

export class NormDto {
  @GeheelGetalVeld({ min: 1, max: 3650, beschrijving: 'Maximaal aantal dagen tussen twee gesprekken' })
  maxDagen!: number;

  @GeheelGetalVeld({ min: 0, max: 3649, beschrijving: 'De laatste dagen daarvan waarin de klant "bijna uit beeld" is' })
  waarschuwingDagen!: number;
}

export class CategorieNormDto extends NormDto {
  @KeuzeVeld(DIENSTVERLENINGSCATEGORIEEN)
  dienstverleningscategorie!: Dienstverleningscategorie;
}

export class ContactnormenDto {
  @ApiProperty({ type: CategorieNormDto, isArray: true, description: 'Precies één norm per dienstverleningscategorie' })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMinSize(DIENSTVERLENINGSCATEGORIEEN.length, {
    message: `moet precies ${DIENSTVERLENINGSCATEGORIEEN.length} normen bevatten, één per categorie`,
  })
  @ArrayMaxSize(DIENSTVERLENINGSCATEGORIEEN.length, {
    message: `moet precies ${DIENSTVERLENINGSCATEGORIEEN.length} normen bevatten, één per categorie`,
  })
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
