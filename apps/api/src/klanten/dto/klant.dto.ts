import {
  CATEGORIE_CODE_PATROON,
  Dienstverleningscategorie,
  Doelgroep,
  DOELGROEPEN,
  IN_BEELD_STATUSSEN,
  InBeeldStatus,
  isGeldigBsn,
  KLANT_STATUSSEN,
  KlantStatus,
  UITSTROOMREDENEN,
  Uitstroomreden,
} from '@klant-in-beeld/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateBy, ValidateNested } from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { PaginaQuery } from '../../common/paginering';
import {
  DatumVeld,
  EmailVeld,
  GeheelGetalVeld,
  KeuzeVeld,
  TekstVeld,
  UuidLijstVeld,
  UuidVeld,
} from '../../common/validatie';

function BsnVeld() {
  return applyDecorators(
    ApiProperty({
      description: 'Burgerservicenummer: 9 cijfers, voldoet aan de elfproef',
      example: '111222333',
      pattern: '^[0-9]{9}$',
    }),
    ValidateBy(
      { name: 'isBsn', validator: { validate: (waarde) => isGeldigBsn(waarde) } },
      { message: 'is geen geldig burgerservicenummer (9 cijfers die aan de elfproef voldoen)' },
    ),
  );
}

export class AdresDto {
  @TekstVeld({ max: 200, voorbeeld: 'Grote Markt' })
  straat!: string;

  @TekstVeld({ max: 20, voorbeeld: '12a' })
  huisnummer!: string;

  @TekstVeld({
    max: 7,
    patroon: /^[1-9][0-9]{3} ?[A-Za-z]{2}$/,
    patroonMelding: 'moet een Nederlandse postcode zijn, zoals 8011 AB',
    voorbeeld: '8011 AB',
  })
  postcode!: string;

  @TekstVeld({ max: 100, voorbeeld: 'Zwolle' })
  woonplaats!: string;
}

function AdresVeld() {
  return applyDecorators(
    ApiPropertyOptional({ type: AdresDto, nullable: true }),
    IsOptional(),
    IsObject({ message: 'moet een adres zijn met straat, huisnummer, postcode en woonplaats' }),
    ValidateNested(),
    Type(() => AdresDto),
  );
}

/** Fields of a client as they are entered (POST /api/klanten). */
export class KlantInvoerDto {
  @BsnVeld()
  bsn!: string;

  @TekstVeld({ max: 200, voorbeeld: 'Johanna Maria' })
  voornamen!: string;

  @TekstVeld({ max: 200, voorbeeld: 'de Vries' })
  achternaam!: string;

  @DatumVeld({ voorbeeld: '1980-05-17' })
  geboortedatum!: string;

  @UuidVeld()
  gemeenteId!: string;

  @KeuzeVeld(DOELGROEPEN)
  doelgroep!: Doelgroep;

  @DatumVeld({ voorbeeld: '2026-11-02' })
  startdatumUitkering!: string;

  // Not an enum: the organisatie has its own categories. The form is checked here, whether the code is one of the
  // organisatie's active categories by the service (400 on this field), as for gemeenteId.
  @TekstVeld({
    min: 2,
    max: 40,
    patroon: CATEGORIE_CODE_PATROON,
    patroonMelding: 'moet de code van een actieve dienstverleningscategorie van de organisatie zijn',
    voorbeeld: 'job_ready',
    beschrijving: 'Code van een actieve categorie uit GET /api/instellingen/dienstverleningscategorieen',
  })
  dienstverleningscategorie!: Dienstverleningscategorie;

  @UuidVeld({ nullable: true, beschrijving: 'Leeg: de klant komt bij de teamleider als "zonder klantmanager"' })
  klantmanagerId?: string | null;

  @AdresVeld()
  adres?: AdresDto | null;

  @TekstVeld({
    nullable: true,
    max: 30,
    patroon: /^\+?[0-9 ()-]{6,30}$/,
    patroonMelding: 'moet een telefoonnummer zijn, zoals 06-12345678',
    voorbeeld: '06-12345678',
  })
  telefoon?: string | null;

  @EmailVeld({ nullable: true })
  email?: string | null;
}

/**
 * PATCH /api/klanten/{id}: any subset of the fields, the uitstroom, and always the versie that was read. The
 * klantmanager changes only through POST /api/klanten/herverdelen (the teamleider, within the team).
 */
export class KlantWijzigingDto extends PartialType(OmitType(KlantInvoerDto, ['klantmanagerId'] as const), {
  skipNullProperties: false,
}) {
  @KeuzeVeld(KLANT_STATUSSEN, { optioneel: true })
  status?: KlantStatus;

  @DatumVeld({ nullable: true, beschrijving: 'Verplicht bij status uitgestroomd' })
  uitstroomdatum?: string | null;

  @KeuzeVeld(UITSTROOMREDENEN, { nullable: true, beschrijving: 'Verplicht bij status uitgestroomd' })
  uitstroomreden?: Uitstroomreden | null;

  @GeheelGetalVeld({ min: 1, max: 2_147_483_647, beschrijving: 'De versie die je hebt gelezen (optimistic locking)' })
  versie!: number;
}

export class KlantLijstQuery extends PaginaQuery {
  @TekstVeld({ optioneel: true, max: 100, beschrijving: 'Naam (deel), of een volledig BSN van 9 cijfers' })
  zoek?: string;

  @UuidVeld({ optioneel: true })
  klantmanagerId?: string;

  @KeuzeVeld(['true', 'false'], { optioneel: true, beschrijving: 'true: alleen klanten zonder klantmanager' })
  zonderKlantmanager?: 'true' | 'false';

  @UuidVeld({ optioneel: true })
  gemeenteId?: string;

  @KeuzeVeld(KLANT_STATUSSEN, { optioneel: true })
  status?: KlantStatus;

  @KeuzeVeld(IN_BEELD_STATUSSEN, { optioneel: true })
  inBeeld?: InBeeldStatus;

  @TekstVeld({
    optioneel: true,
    max: 40,
    patroon: CATEGORIE_CODE_PATROON,
    patroonMelding: 'moet de code van een dienstverleningscategorie zijn',
    beschrijving: 'Alleen klanten in deze categorie (een code uit GET /api/instellingen/dienstverleningscategorieen)',
  })
  dienstverleningscategorie?: string;
}

export class KlantSamenvattingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Johanna de Vries' }) naam!: string;
  @ApiProperty({ example: '*****2333' }) bsnGemaskeerd!: string;
  @ApiProperty({ format: 'uuid' }) gemeenteId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) klantmanagerId!: string | null;
  @ApiProperty({
    type: String,
    example: 'job_ready',
    description: 'Code van een dienstverleningscategorie van de organisatie',
  })
  dienstverleningscategorie!: Dienstverleningscategorie;
  @ApiProperty({ enum: KLANT_STATUSSEN }) status!: KlantStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) laatstGezienOp!: string | null;
  @ApiProperty({ enum: IN_BEELD_STATUSSEN }) inBeeldStatus!: InBeeldStatus;
  @ApiProperty({
    description: 'Hoort bij een ander team (alleen bij zoeken op een volledig BSN): openen kan na doorbreken',
  })
  buitenTeam!: boolean;
}

export class DoorbrekenDto {
  @TekstVeld({
    max: 1000,
    voorbeeld: 'Collega is ziek; klant belt over een dringende betaling.',
    beschrijving: 'Waarom je dit dossier buiten je team opent (minstens 10 tekens)',
  })
  reden!: string;
}

export class DoorbrekingDto {
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ format: 'date', description: 'Het dossier is open tot en met deze dag' }) geldigTot!: string;
}

class NormDto {
  @ApiProperty() maxDagen!: number;
  @ApiProperty() waarschuwingDagen!: number;
}

export class KlantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    example: '*****2333',
    description: 'Het volledige BSN alleen via POST /api/klanten/{id}/bsn-inzage (gelogd)',
  })
  bsnGemaskeerd!: string;
  @ApiProperty() voornamen!: string;
  @ApiProperty() achternaam!: string;
  @ApiProperty({ format: 'date' }) geboortedatum!: string;
  @ApiProperty({ format: 'uuid' }) gemeenteId!: string;
  @ApiPropertyOptional({ type: AdresDto, nullable: true }) adres!: AdresDto | null;
  @ApiPropertyOptional({ nullable: true, type: String }) telefoon!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ enum: DOELGROEPEN }) doelgroep!: Doelgroep;
  @ApiProperty({ format: 'date' }) startdatumUitkering!: string;
  @ApiProperty({
    type: String,
    example: 'job_ready',
    description: 'Code van een dienstverleningscategorie van de organisatie',
  })
  dienstverleningscategorie!: Dienstverleningscategorie;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) klantmanagerId!: string | null;
  @ApiProperty({ enum: KLANT_STATUSSEN }) status!: KlantStatus;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) uitstroomdatum!: string | null;
  @ApiPropertyOptional({ enum: UITSTROOMREDENEN, nullable: true }) uitstroomreden!: Uitstroomreden | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) laatstGezienOp!: string | null;
  @ApiProperty({ enum: IN_BEELD_STATUSSEN }) inBeeldStatus!: InBeeldStatus;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 6 }) huidigeTrede!: number | null;
  @ApiProperty() versie!: number;
  @ApiProperty({ type: NormDto, description: 'De contactnorm die nu geldt' }) norm!: NormDto;
  @ApiProperty({ description: 'Heeft nu een lopende vrijstelling' }) vrijgesteld!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) klantmanagerNaam!: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Het team van de klant: dat van de klantmanager (null zonder klantmanager)',
  })
  teamId!: string | null;
  @ApiProperty() gemeenteNaam!: string;
}

export class HerverdelenDto {
  @UuidLijstVeld({ max: 500, beschrijving: 'De klanten die naar de klantmanager gaan (alles of niets)' })
  klantIds!: string[];

  @UuidVeld({ beschrijving: 'Een actieve klantmanager van de eigen organisatie' })
  naarKlantmanagerId!: string;
}

export class HerverdelenAntwoordDto {
  @ApiProperty({ description: 'Aantal klanten dat van klantmanager is gewisseld' }) verplaatst!: number;
}

export class BsnInzageDto {
  @ApiProperty({ example: '999912345' }) bsn!: string;
}
