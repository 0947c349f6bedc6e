import {
  VRIJSTELLING_OMVANG,
  VRIJSTELLING_REDENEN,
  VRIJSTELLING_SOORTEN,
  VrijstellingOmvang,
  VrijstellingReden,
  VrijstellingSoort,
} from '@klant-in-beeld/domain';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsUrl } from 'class-validator';
import { DatumVeld, GeheelGetalVeld, KeuzeLijstVeld, KeuzeVeld, TekstVeld } from '../../common/validatie';

export class VrijstellingInvoerDto {
  @KeuzeVeld(VRIJSTELLING_SOORTEN, {
    beschrijving: 'formeel: met beschikking; informeel: gedocumenteerde rustperiode, altijd met einddatum',
  })
  soort!: VrijstellingSoort;

  @KeuzeLijstVeld(VRIJSTELLING_OMVANG)
  omvang!: VrijstellingOmvang[];

  @KeuzeVeld(VRIJSTELLING_REDENEN)
  reden!: VrijstellingReden;

  @DatumVeld()
  ingangsdatum!: string;

  @DatumVeld({
    nullable: true,
    beschrijving: 'Verplicht bij informeel, hoogstens het maximum van de organisatie na de ingangsdatum',
  })
  einddatum?: string | null;

  @DatumVeld({ beschrijving: 'Altijd verplicht: wanneer wordt de vrijstelling opnieuw bekeken' })
  herbeoordelingsdatum!: string;

  @TekstVeld({ nullable: true, max: 100, beschrijving: 'Verplicht bij formeel' })
  beschikkingKenmerk?: string | null;

  @DatumVeld({ nullable: true, beschrijving: 'Verplicht bij formeel' })
  beschikkingDatum?: string | null;

  @TekstVeld({ nullable: true, max: 500, beschrijving: 'URL van het ZGW-besluit' })
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'moet een volledige URL zijn (https://…)' },
  )
  besluitUrl?: string | null;

  @TekstVeld({ nullable: true, max: 5000 })
  toelichting?: string | null;
}

export class VrijstellingWijzigingDto extends PartialType(VrijstellingInvoerDto, { skipNullProperties: false }) {
  @DatumVeld({ nullable: true, beschrijving: 'Intrekken: vanaf deze dag geldt de vrijstelling niet meer' })
  ingetrokkenOp?: string | null;

  @GeheelGetalVeld({ min: 1, max: 2_147_483_647, beschrijving: 'De versie die je hebt gelezen (optimistic locking)' })
  versie!: number;
}

export class VrijstellingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ enum: VRIJSTELLING_SOORTEN }) soort!: VrijstellingSoort;
  @ApiProperty({ enum: VRIJSTELLING_OMVANG, isArray: true }) omvang!: VrijstellingOmvang[];
  @ApiProperty({ enum: VRIJSTELLING_REDENEN }) reden!: VrijstellingReden;
  @ApiProperty({ format: 'date' }) ingangsdatum!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) einddatum!: string | null;
  @ApiProperty({ format: 'date' }) herbeoordelingsdatum!: string;
  @ApiProperty({ nullable: true, type: String }) beschikkingKenmerk!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) beschikkingDatum!: string | null;
  @ApiProperty({ nullable: true, type: String }) besluitUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) toelichting!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) ingetrokkenOp!: string | null;
  @ApiProperty({ description: 'Geldt vandaag' }) actief!: boolean;
  @ApiProperty() versie!: number;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
}
