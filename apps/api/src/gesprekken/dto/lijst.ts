import { applyDecorators, type Type as Klasse } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsObject, ValidateIf, ValidateNested } from 'class-validator';

/** A list of objects of `type`, each validated, so a bad `scores[3].niveau` is reported as `scores.3.niveau`. */
export function ObjectLijstVeld(
  type: Klasse<unknown>,
  opties: { min: number; max: number; beschrijving?: string; optioneel?: boolean; wat: string },
) {
  const doc = { type, isArray: true, minItems: opties.min, maxItems: opties.max, description: opties.beschrijving };
  return applyDecorators(
    opties.optioneel ? ValidateIf((_object, waarde) => waarde !== undefined) : IsDefined({ message: 'is verplicht' }),
    opties.optioneel ? ApiPropertyOptional(doc) : ApiProperty(doc),
    IsArray({ message: 'moet een lijst zijn' }),
    ...(opties.min > 0
      ? [
          ArrayMinSize(opties.min, {
            message: `moet minstens ${opties.min === 1 ? 'één' : opties.min} ${opties.wat} bevatten`,
          }),
        ]
      : []),
    ArrayMaxSize(opties.max, { message: `mag hoogstens ${opties.max} ${opties.wat} bevatten` }),
    IsObject({ each: true, message: `mag alleen ${opties.wat} (objecten) bevatten` }),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}

/** One nested object of `type` (optional: may be left out, or null where `nullable`). */
export function ObjectVeld(
  type: Klasse<unknown>,
  opties: { beschrijving?: string; optioneel?: boolean; nullable?: boolean; melding: string },
) {
  const doc = { type, description: opties.beschrijving, nullable: opties.nullable };
  return applyDecorators(
    opties.nullable
      ? ValidateIf((_object, waarde) => waarde !== undefined && waarde !== null)
      : opties.optioneel
        ? ValidateIf((_object, waarde) => waarde !== undefined)
        : IsDefined({ message: 'is verplicht' }),
    opties.optioneel || opties.nullable ? ApiPropertyOptional(doc) : ApiProperty(doc),
    IsObject({ message: opties.melding }),
    ValidateNested(),
    Type(() => type),
  );
}
