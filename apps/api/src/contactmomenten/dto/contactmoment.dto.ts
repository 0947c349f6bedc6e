import {
  CORRECTIE_MIN_REDEN,
  CORRECTIE_TERMIJN_DAGEN,
  Initiatief,
  INITIATIEVEN,
  Kanaal,
  KANALEN,
  Resultaat,
  RESULTATEN,
} from '@klant-in-beeld/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { GeheelGetalVeld, KeuzeVeld, TekstVeld, TijdstipVeld, UuidVeld } from '../../common/validatie';

export class ContactmomentInvoerDto {
  @TijdstipVeld({ beschrijving: 'Wanneer het contact plaatsvond; niet meer dan een uur in de toekomst' })
  plaatsgevondenOp!: string;

  @KeuzeVeld(KANALEN, { voorbeeld: 'gesprek_op_locatie' })
  kanaal!: Kanaal;

  @KeuzeVeld(INITIATIEVEN, { voorbeeld: 'gemeente' })
  initiatief!: Initiatief;

  @KeuzeVeld(RESULTATEN, {
    voorbeeld: 'gesproken',
    beschrijving: 'Alleen een gesprek met resultaat gesproken telt als gezien',
  })
  resultaat!: Resultaat;

  @TekstVeld({ max: 200, voorbeeld: 'Voortgang plan van aanpak' })
  onderwerp!: string;

  @TekstVeld({ optioneel: true, max: 10_000 })
  samenvatting?: string;

  @UuidVeld({
    optioneel: true,
    beschrijving:
      'Uitnodiging (campagne) van deze klant waar dit contact bij hoort: de uitkomst van het gesprek (gesprekskanaal met ' +
      'gesproken, no_show of afgezegd) of nabellen (telefoon)',
  })
  uitnodigingId?: string;
}

/** A correction: the fields to change (the others stay), why, and the versie that was read. */
export class ContactmomentCorrectieDto extends PartialType(
  OmitType(ContactmomentInvoerDto, ['uitnodigingId'] as const),
  {
    skipNullProperties: false,
  },
) {
  @TekstVeld({
    min: CORRECTIE_MIN_REDEN,
    max: 2000,
    voorbeeld: 'Verkeerde datum ingevuld: het gesprek was een dag eerder',
    beschrijving: `Waarom het contactmoment wordt gecorrigeerd (minstens ${CORRECTIE_MIN_REDEN} tekens); komt met de oude waarden in de audit`,
  })
  reden!: string;

  @GeheelGetalVeld({ min: 1, max: 2_147_483_647, beschrijving: 'De versie die je hebt gelezen (optimistic locking)' })
  versie!: number;
}

export class ContactmomentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiPropertyOptional() medewerkerNaam?: string;
  @ApiProperty({ format: 'date-time' }) plaatsgevondenOp!: string;
  @ApiProperty({ enum: KANALEN }) kanaal!: Kanaal;
  @ApiProperty({ enum: INITIATIEVEN }) initiatief!: Initiatief;
  @ApiProperty({ enum: RESULTATEN }) resultaat!: Resultaat;
  @ApiProperty() onderwerp!: string;
  @ApiProperty({ nullable: true, type: String }) samenvatting!: string | null;
  @ApiProperty({ description: 'Telt als gezien: een gesprek dat heeft plaatsgevonden' }) teltAlsGezien!: boolean;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
  @ApiProperty() versie!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'De uitnodiging (campagne) waar dit contact bij hoort',
  })
  uitnodigingId!: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: `Wanneer het laatst is gecorrigeerd (tot ${CORRECTIE_TERMIJN_DAGEN} dagen na vastleggen); de oude waarden staan in de audit`,
  })
  gecorrigeerdOp!: string | null;
}
