import { isGeldigeDatum } from '@klant-in-beeld/domain';
import { applyDecorators, ValidationPipe } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  ValidateIf,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidationError,
  ValidationOptions,
} from 'class-validator';
import { ValidatieFout, VeldFout } from './fouten';

/*
 * Field decorators for DTOs: each one validates with a Dutch message and documents the field in OpenAPI, so a
 * DTO reads as a list of fields and their rules.
 */

interface VeldOpties {
  optioneel?: boolean;
  /** Optional and may be explicitly null (to clear it on PATCH). */
  nullable?: boolean;
  beschrijving?: string;
  voorbeeld?: unknown;
}

function basis(opties: VeldOpties, api: Record<string, unknown>): PropertyDecorator[] {
  const optioneel = opties.optioneel || opties.nullable;
  const doc = { description: opties.beschrijving, example: opties.voorbeeld, nullable: opties.nullable, ...api };
  return [
    // Optional means "may be left out", not "may be null": null is only accepted where the field is nullable, else
    // it is checked (and refused with the field's message) instead of reaching a NOT NULL column as a 500.
    opties.nullable
      ? IsOptional()
      : opties.optioneel
        ? ValidateIf((_object, waarde) => waarde !== undefined)
        : IsDefined({ message: 'is verplicht' }),
    optioneel ? ApiPropertyOptional(doc) : ApiProperty(doc),
  ];
}

export function TekstVeld(
  opties: VeldOpties & { max: number; min?: number; patroon?: RegExp; patroonMelding?: string },
) {
  const min = opties.min ?? (opties.optioneel || opties.nullable ? 0 : 1);
  return applyDecorators(
    ...basis(opties, { type: String, maxLength: opties.max, minLength: min || undefined }),
    IsString({ message: 'moet tekst zijn' }),
    MaxLength(opties.max, { message: `mag hoogstens ${opties.max} tekens bevatten` }),
    ...(min > 0
      ? [MinLength(min, { message: min === 1 ? 'mag niet leeg zijn' : `moet minstens ${min} tekens bevatten` })]
      : []),
    ...(opties.patroon
      ? [Matches(opties.patroon, { message: opties.patroonMelding ?? 'heeft niet de juiste vorm' })]
      : []),
  );
}

export function IsDatum(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isDatum', validator: { validate: (waarde) => isGeldigeDatum(waarde) } },
    { message: 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD', ...validationOptions },
  );
}

export function DatumVeld(opties: VeldOpties = {}) {
  return applyDecorators(
    ...basis(opties, { type: String, format: 'date', example: opties.voorbeeld ?? '2026-11-23' }),
    IsDatum(),
  );
}

export function TijdstipVeld(opties: VeldOpties = {}) {
  return applyDecorators(
    ...basis(opties, { type: String, format: 'date-time', example: opties.voorbeeld ?? '2026-11-23T10:30:00+01:00' }),
    ValidateBy(
      {
        name: 'isTijdstip',
        validator: {
          validate: (waarde) =>
            typeof waarde === 'string' &&
            /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(waarde) &&
            isGeldigeDatum(waarde.slice(0, 10)) &&
            !Number.isNaN(Date.parse(waarde)),
        },
      },
      { message: 'moet een tijdstip zijn in ISO 8601 met tijdzone, bijvoorbeeld 2026-11-23T10:30:00+01:00' },
    ),
  );
}

export function KeuzeVeld(lijst: readonly string[], opties: VeldOpties = {}) {
  return applyDecorators(
    ...basis(opties, { enum: [...lijst], type: String }),
    IsIn([...lijst], { message: `moet een van deze waarden zijn: ${lijst.join(', ')}` }),
  );
}

export function KeuzeLijstVeld(lijst: readonly string[], opties: VeldOpties & { min?: number } = {}) {
  return applyDecorators(
    ...basis(opties, { enum: [...lijst], isArray: true, type: String }),
    IsArray({ message: 'moet een lijst zijn' }),
    ArrayMinSize(opties.min ?? 1, { message: `moet minstens ${opties.min ?? 1} waarde bevatten` }),
    ArrayUnique({ message: 'mag geen dubbele waarden bevatten' }),
    IsIn([...lijst], { each: true, message: `mag alleen deze waarden bevatten: ${lijst.join(', ')}` }),
  );
}

export function GeheelGetalVeld(opties: VeldOpties & { min: number; max: number }) {
  return applyDecorators(
    ...basis(opties, { type: Number, minimum: opties.min, maximum: opties.max }),
    IsInt({ message: 'moet een geheel getal zijn' }),
    Min(opties.min, { message: `moet minstens ${opties.min} zijn` }),
    Max(opties.max, { message: `mag hoogstens ${opties.max} zijn` }),
  );
}

/**
 * Any 128-bit id in the 8-4-4-4-12 hex form PostgreSQL's uuid type accepts. Stricter RFC 4122 checks would turn away
 * ids that other systems (or imports) create without version bits, though they name rows just as well.
 */
export const UUID_PATROON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (waarde: unknown) => typeof waarde === 'string' && UUID_PATROON.test(waarde);

export function UuidVeld(opties: VeldOpties = {}) {
  return applyDecorators(
    ...basis(opties, { type: String, format: 'uuid' }),
    ValidateBy({ name: 'isUuid', validator: { validate: isUuid } }, { message: 'moet een geldige id (UUID) zijn' }),
  );
}

export function UuidLijstVeld(opties: VeldOpties & { max: number }) {
  return applyDecorators(
    ...basis(opties, { type: String, format: 'uuid', isArray: true, maxItems: opties.max }),
    IsArray({ message: 'moet een lijst zijn' }),
    ArrayMinSize(1, { message: 'moet minstens één id bevatten' }),
    ArrayMaxSize(opties.max, { message: `mag hoogstens ${opties.max} ids bevatten` }),
    ArrayUnique({ message: 'mag geen dubbele ids bevatten' }),
    ValidateBy(
      { name: 'isUuid', validator: { validate: isUuid } },
      { each: true, message: 'mag alleen geldige ids (UUID) bevatten' },
    ),
  );
}

export function JaNeeVeld(opties: VeldOpties = {}) {
  return applyDecorators(...basis(opties, { type: Boolean }), IsBoolean({ message: 'moet true of false zijn' }));
}

export function EmailVeld(opties: VeldOpties = {}) {
  return applyDecorators(
    ...basis(opties, { type: String, format: 'email', maxLength: 254 }),
    IsString({ message: 'moet tekst zijn' }),
    MaxLength(254, { message: 'mag hoogstens 254 tekens bevatten' }),
    IsEmail({}, { message: 'moet een geldig e-mailadres zijn' }),
  );
}

/** Beyond this a page number is nonsense (and 1e21 would overflow the OFFSET): 100,000 × 200 rows. */
export const MAX_PAGINA = 100_000;

/**
 * Paging (docs/api.md): `?page=1&pageSize=50`, pageSize at most 200, page at most 100,000. Query strings arrive as
 * text, hence @Type.
 */
export function PaginaVelden() {
  return {
    page: applyDecorators(
      ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_PAGINA, default: 1 }),
      IsOptional(),
      Type(() => Number),
      IsInt({ message: 'moet een geheel getal zijn' }),
      Min(1, { message: 'moet minstens 1 zijn' }),
      Max(MAX_PAGINA, { message: `mag hoogstens ${MAX_PAGINA} zijn` }),
    ),
    pageSize: applyDecorators(
      ApiPropertyOptional({ type: Number, minimum: 1, maximum: 200, default: 50 }),
      IsOptional(),
      Type(() => Number),
      IsInt({ message: 'moet een geheel getal zijn' }),
      Min(1, { message: 'moet minstens 1 zijn' }),
      Max(200, { message: 'mag hoogstens 200 zijn' }),
    ),
  };
}

// Messages class-validator produces itself, in English, for checks we do not declare per field.
const VERTALING: Record<string, string> = {
  whitelistValidation: 'is geen bekend veld',
  isDefined: 'is verplicht',
  nestedValidation: 'heeft niet de juiste vorm',
  unknownValue: 'heeft niet de juiste vorm',
};
const VOORRANG = ['whitelistValidation', 'isDefined', 'isNotEmpty'];

function melding(fout: ValidationError): string {
  const constraints = fout.constraints ?? {};
  const naam = VOORRANG.find((c) => c in constraints) ?? Object.keys(constraints)[0];
  return VERTALING[naam] ?? constraints[naam];
}

/** Flattens nested class-validator errors to one `{ veld, melding }` per offending field. */
export function naarVeldFouten(fouten: ValidationError[], prefix = ''): VeldFout[] {
  return fouten.flatMap((fout) => {
    const veld = prefix + (fout.property || 'invoer');
    const eigen =
      fout.constraints && Object.keys(fout.constraints).length > 0 ? [{ veld, melding: melding(fout) }] : [];
    return [...eigen, ...naarVeldFouten(fout.children ?? [], `${veld}.`)];
  });
}

export function maakValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (fouten) => new ValidatieFout(naarVeldFouten(fouten)),
  });
}
