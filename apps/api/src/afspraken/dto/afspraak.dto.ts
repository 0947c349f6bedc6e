import { AFSPRAAK_SOORTEN, AFSPRAAK_STATUSSEN, AfspraakSoort, AfspraakStatus } from '@klant-in-beeld/domain';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { DatumVeld, GeheelGetalVeld, KeuzeVeld, TekstVeld, UuidVeld } from '../../common/validatie';

export class AfspraakInvoerDto {
  @KeuzeVeld(AFSPRAAK_SOORTEN, { voorbeeld: 'vervolggesprek' })
  soort!: AfspraakSoort;

  @TekstVeld({ max: 2000, voorbeeld: 'Gesprek over de voortgang van de taalcursus' })
  omschrijving!: string;

  @DatumVeld()
  startdatum!: string;

  @DatumVeld({ beschrijving: 'Altijd verplicht ("geen escape"); niet voor de startdatum' })
  einddatum!: string;

  @KeuzeVeld(AFSPRAAK_STATUSSEN, { optioneel: true, beschrijving: 'Standaard lopend' })
  status?: AfspraakStatus;

  @TekstVeld({ nullable: true, max: 5000 })
  resultaatToelichting?: string | null;

  @UuidVeld({
    nullable: true,
    beschrijving: 'Het doel van het plan van aanpak van deze klant waar de afspraak bij hoort',
  })
  doelId?: string | null;
}

export class AfspraakWijzigingDto extends PartialType(AfspraakInvoerDto, { skipNullProperties: false }) {
  @GeheelGetalVeld({ min: 1, max: 2_147_483_647, beschrijving: 'De versie die je hebt gelezen (optimistic locking)' })
  versie!: number;
}

export class AfspraakDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ enum: AFSPRAAK_SOORTEN }) soort!: AfspraakSoort;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ format: 'date' }) startdatum!: string;
  @ApiProperty({ format: 'date' }) einddatum!: string;
  @ApiProperty({ enum: AFSPRAAK_STATUSSEN }) status!: AfspraakStatus;
  @ApiProperty({ nullable: true, type: String }) resultaatToelichting!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Het doel van het plan (of null)' })
  doelId!: string | null;
  @ApiProperty() versie!: number;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
  @ApiProperty({ format: 'date-time' }) gewijzigdOp!: string;
}
