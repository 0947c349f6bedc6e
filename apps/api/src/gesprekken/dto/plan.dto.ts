import {
  AFSPRAAK_SOORTEN,
  AFSPRAAK_STATUSSEN,
  type AfspraakSoort,
  type AfspraakStatus,
  DOEL_OMSCHRIJVING_MAX,
  DOEL_STATUSSEN,
  type DoelStatus,
  MAX_DOELEN,
} from '@klant-in-beeld/domain';
import { ApiProperty } from '@nestjs/swagger';
import { DatumVeld, GeheelGetalVeld, KeuzeVeld, TekstVeld, UuidVeld } from '../../common/validatie';
import { ObjectLijstVeld } from './lijst';

export class DoelInvoerDto {
  @UuidVeld({ optioneel: true, beschrijving: 'Id van een bestaand doel van dit plan; weglaten voor een nieuw doel' })
  id?: string;

  @TekstVeld({ max: DOEL_OMSCHRIJVING_MAX, voorbeeld: 'Ik rond de taalcursus A2 af' })
  omschrijving!: string;

  @TekstVeld({
    nullable: true,
    max: 40,
    voorbeeld: 'werk_opleiding',
    beschrijving: 'Code van een leefgebied van het actieve instrument',
  })
  leefgebied?: string | null;

  @DatumVeld({
    voorbeeld: '2027-03-01',
    beschrijving: 'Een nieuwe of verschoven streefdatum ligt niet voor het laatste gesprek',
  })
  streefdatum!: string;

  @KeuzeVeld(DOEL_STATUSSEN, { voorbeeld: 'lopend' })
  status!: DoelStatus;
}

export class PlanInvoerDto {
  @DatumVeld({
    voorbeeld: '2027-02-01',
    beschrijving: 'Wanneer het plan samen wordt bekeken; niet voor het laatste gesprek',
  })
  evaluatiedatum!: string;

  @GeheelGetalVeld({
    min: 0,
    max: 2_147_483_647,
    voorbeeld: 0,
    beschrijving: 'De versie die je hebt gelezen (0: er is nog geen plan)',
  })
  versie!: number;

  @ObjectLijstVeld(DoelInvoerDto, {
    min: 0,
    max: MAX_DOELEN,
    wat: 'doelen',
    beschrijving: 'Alle doelen van het plan, in volgorde; een weggelaten doel wordt verwijderd (de afspraken blijven)',
  })
  doelen!: DoelInvoerDto[];
}

export class PlanAfspraakDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: AFSPRAAK_SOORTEN }) soort!: AfspraakSoort;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ format: 'date' }) einddatum!: string;
  @ApiProperty({ enum: AFSPRAAK_STATUSSEN }) status!: AfspraakStatus;
}

export class PlanDoelDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ nullable: true, type: String }) leefgebied!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Naam uit het actieve instrument' })
  leefgebiedNaam!: string | null;
  @ApiProperty({ format: 'date' }) streefdatum!: string;
  @ApiProperty({ enum: DOEL_STATUSSEN }) status!: DoelStatus;
  @ApiProperty({ type: PlanAfspraakDto, isArray: true, description: 'De afspraken die bij dit doel horen' })
  afspraken!: PlanAfspraakDto[];
}

export class PlanDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: nog geen plan' })
  id!: string | null;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) evaluatiedatum!: string | null;
  @ApiProperty({ description: '0: nog geen plan (een PUT met versie 0 maakt het)' }) versie!: number;
  @ApiProperty({ type: PlanDoelDto, isArray: true }) doelen!: PlanDoelDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Wie het plan het laatst opstelde of wijzigde' })
  medewerkerNaam!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) aangemaaktOp!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) gewijzigdOp!: string | null;
}
