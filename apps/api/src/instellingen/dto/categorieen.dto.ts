import { AFSPRAAK_SOORTEN, type AfspraakSoort, CATEGORIE_CODE_PATROON, MAX_CATEGORIEEN } from '@klant-in-beeld/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { JaNeeVeld, KeuzeLijstVeld, TekstVeld } from '../../common/validatie';
import { NormDto } from './contactnormen.dto';

export class CategorieDto extends NormDto {
  @TekstVeld({
    min: 2,
    max: 40,
    patroon: CATEGORIE_CODE_PATROON,
    patroonMelding: 'moet 2 tot 40 kleine letters, cijfers of _ zijn en met een letter beginnen',
    voorbeeld: 'job_ready',
    beschrijving: 'Vaste code van de categorie (niet "vrijgesteld"); verandert nooit, ook niet bij een nieuwe naam',
  })
  code!: string;

  @TekstVeld({ max: 100, voorbeeld: 'Job ready (0–13 weken)', beschrijving: 'De naam die de schermen tonen' })
  naam!: string;

  @JaNeeVeld({
    beschrijving: 'Niet actief: kan niet meer gekozen worden; klanten die hem hebben houden hem en zijn norm',
  })
  actief!: boolean;

  @KeuzeLijstVeld(AFSPRAAK_SOORTEN, {
    beschrijving: 'De soorten afspraak die de klantmanager voor klanten in deze categorie eerst aangeboden krijgt',
  })
  afspraakSoorten!: AfspraakSoort[];
}

export class CategorieenDto {
  @ApiProperty({
    type: CategorieDto,
    isArray: true,
    minItems: 1,
    maxItems: MAX_CATEGORIEEN,
    description:
      'Alle categorieën van de organisatie, in de volgorde van de schermen. Bij PUT de hele lijst: een bestaande ' +
      'code weglaten kan niet (zet hem op niet actief), minstens één categorie is actief.',
  })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMinSize(1, { message: 'moet minstens één categorie bevatten' })
  @ArrayMaxSize(MAX_CATEGORIEEN, { message: `mag hoogstens ${MAX_CATEGORIEEN} categorieën bevatten` })
  @ValidateNested({ each: true })
  @Type(() => CategorieDto)
  categorieen!: CategorieDto[];
}
