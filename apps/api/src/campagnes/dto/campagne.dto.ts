import {
  CAMPAGNE_STATUSSEN,
  type CampagneStatus,
  DEELNEMER_STATUSSEN,
  type DeelnemerStatus,
  MAX_UITNODIGINGEN_GRENS,
  NABEL_RESULTATEN,
  type NabelResultaat,
} from '@klant-in-beeld/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginaQuery } from '../../common/paginering';
import {
  DatumVeld,
  GeheelGetalVeld,
  JaNeeVeld,
  KeuzeVeld,
  TekstVeld,
  TijdstipVeld,
  UuidLijstVeld,
  UuidVeld,
} from '../../common/validatie';
import { ObjectVeld } from '../../gesprekken/dto/lijst';
import { IsArray, IsString, ArrayUnique, ArrayMaxSize, ValidateIf } from 'class-validator';
import { applyDecorators } from '@nestjs/common';

/** A list of codes (dienstverleningscategorieën): whether they exist is checked against the organisatie. */
function CodeLijstVeld(beschrijving: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, isArray: true, maxItems: 50, description: beschrijving }),
    ValidateIf((_object, waarde) => waarde !== undefined),
    IsArray({ message: 'moet een lijst zijn' }),
    ArrayMaxSize(50, { message: 'mag hoogstens 50 waarden bevatten' }),
    ArrayUnique({ message: 'mag geen dubbele waarden bevatten' }),
    IsString({ each: true, message: 'mag alleen codes (tekst) bevatten' }),
  );
}

export class CampagneCriteriaDto {
  @GeheelGetalVeld({
    optioneel: true,
    min: 1,
    max: 120,
    voorbeeld: 12,
    beschrijving:
      'Niet gesproken (geen contact dat als gezien telt) in minstens zoveel maanden; nooit gesproken telt mee',
  })
  nietGesprokenMaanden?: number;

  @CodeLijstVeld('Codes van dienstverleningscategorieën van de organisatie')
  categorieen?: string[];

  @GeheelGetalVeld({
    optioneel: true,
    min: 0,
    max: 600,
    voorbeeld: 24,
    beschrijving: 'De uitkering loopt minstens zoveel maanden',
  })
  minUitkeringsduurMaanden?: number;

  @UuidLijstVeld({ optioneel: true, max: 100, beschrijving: 'Gemeenten van de organisatie' })
  gemeenteIds?: string[];

  @UuidLijstVeld({ optioneel: true, max: 100, beschrijving: 'Teams van de klantmanager van de klant' })
  teamIds?: string[];
}

export class VoorbeeldInvoerDto {
  @ObjectVeld(CampagneCriteriaDto, { melding: 'moet een object zijn met de selectiecriteria' })
  criteria!: CampagneCriteriaDto;
}

export class VoorbeeldGemeenteDto {
  @ApiProperty({ format: 'uuid' }) gemeenteId!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() aantal!: number;
}

export class VoorbeeldTeamDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: klanten zonder klantmanager' })
  teamId!: string | null;
  @ApiProperty() naam!: string;
  @ApiProperty() aantal!: number;
}

export class VoorbeeldDto {
  @ApiProperty({ description: 'Aantal klanten dat vandaag in het cohort zou vallen' }) aantal!: number;
  @ApiProperty({ type: VoorbeeldGemeenteDto, isArray: true }) perGemeente!: VoorbeeldGemeenteDto[];
  @ApiProperty({ type: VoorbeeldTeamDto, isArray: true }) perTeam!: VoorbeeldTeamDto[];
}

export class CampagneInvoerDto {
  @TekstVeld({ max: 200, voorbeeld: 'Herscreening 2027', beschrijving: 'Naam van de campagne' })
  naam!: string;

  @TekstVeld({ optioneel: true, max: 2000, beschrijving: 'Waarom deze campagne' })
  doel?: string;

  @ObjectVeld(CampagneCriteriaDto, { melding: 'moet een object zijn met de selectiecriteria' })
  criteria!: CampagneCriteriaDto;

  @DatumVeld({ beschrijving: 'Eerste dag van de looptijd' })
  startdatum!: string;

  @DatumVeld({ voorbeeld: '2027-03-31', beschrijving: 'Laatste dag van de looptijd; niet vóór de startdatum' })
  einddatum!: string;

  @GeheelGetalVeld({
    optioneel: true,
    min: 1,
    max: MAX_UITNODIGINGEN_GRENS,
    voorbeeld: 2,
    beschrijving: 'Uitnodigingen per deelnemer voordat een no-show naar de teamleider gaat (standaard 2)',
  })
  maxUitnodigingen?: number;
}

export class CampagneWijzigingDto {
  @GeheelGetalVeld({ min: 1, max: 2_000_000_000, voorbeeld: 1, beschrijving: 'Versie zoals gelezen' })
  versie!: number;

  @TekstVeld({ optioneel: true, max: 200 })
  naam?: string;

  @TekstVeld({ nullable: true, max: 2000, beschrijving: 'null wist het doel' })
  doel?: string | null;

  @DatumVeld({ optioneel: true, voorbeeld: '2027-03-31' })
  einddatum?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: 100,
    description: 'De medewerkers met rol extern die aan deze campagne werken (vervangt de lijst; [] maakt hem leeg)',
  })
  @ValidateIf((_object, waarde) => waarde !== undefined)
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(100, { message: 'mag hoogstens 100 ids bevatten' })
  @ArrayUnique({ message: 'mag geen dubbele ids bevatten' })
  @IsString({ each: true, message: 'mag alleen geldige ids (UUID) bevatten' })
  externeMedewerkerIds?: string[];

  @GeheelGetalVeld({ optioneel: true, min: 1, max: MAX_UITNODIGINGEN_GRENS, voorbeeld: 2 })
  maxUitnodigingen?: number;

  @ObjectVeld(CampagneCriteriaDto, {
    optioneel: true,
    melding: 'moet een object zijn met de selectiecriteria',
    beschrijving: 'Alleen zolang de campagne concept is',
  })
  criteria?: CampagneCriteriaDto;

  @DatumVeld({ optioneel: true, beschrijving: 'Alleen zolang de campagne concept is' })
  startdatum?: string;
}

export class VersieDto {
  @GeheelGetalVeld({ min: 1, max: 2_000_000_000, voorbeeld: 1, beschrijving: 'Versie zoals gelezen' })
  versie!: number;
}

export class CampagneLijstQuery extends PaginaQuery {
  @KeuzeVeld(CAMPAGNE_STATUSSEN, { optioneel: true })
  status?: CampagneStatus;
}

export class TrechterDto {
  @ApiProperty({ nullable: true, type: Number }) cohort!: number | null;
  @ApiProperty({ nullable: true, type: Number }) uitgenodigd!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Nagebeld en bereikt' }) nagebeld!: number | null;
  @ApiProperty({ nullable: true, type: Number }) verschenen!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Niet verschenen (no-show of afgezegd), nooit verschenen' })
  noShow!: number | null;
  @ApiProperty({ nullable: true, type: Number }) gesprekGevoerd!: number | null;
  @ApiProperty({ nullable: true, type: Number }) planGemaakt!: number | null;
}

export class OpkomstDeelDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Uitnodigingen met een uitkomst' })
  uitnodigingen!: number | null;
  @ApiProperty({ nullable: true, type: Number }) verschenen!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Verschenen in procenten (0–100); null zonder uitnodigingen',
  })
  percentage!: number | null;
}

export class OpkomstDto {
  @ApiProperty({ type: OpkomstDeelDto, description: 'Uitnodigingen waarvoor de klant is nagebeld en bereikt' })
  metNabellen!: OpkomstDeelDto;
  @ApiProperty({ type: OpkomstDeelDto }) zonderNabellen!: OpkomstDeelDto;
}

export class CampagneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ nullable: true, type: String }) doel!: string | null;
  @ApiProperty({ enum: CAMPAGNE_STATUSSEN }) status!: CampagneStatus;
  @ApiProperty({ type: CampagneCriteriaDto }) criteria!: CampagneCriteriaDto;
  @ApiProperty({ format: 'date' }) startdatum!: string;
  @ApiProperty({ format: 'date' }) einddatum!: string;
  @ApiProperty() maxUitnodigingen!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Bevroren cohort; bij een concept het aantal dat vandaag in het cohort zou vallen',
  })
  cohortGrootte!: number | null;
  @ApiProperty({ type: TrechterDto, description: 'Bij een concept alles 0' }) trechter!: TrechterDto;
  @ApiProperty({ type: OpkomstDto }) opkomst!: OpkomstDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', nullable: true },
    description: 'Deelnemers per gekozen dienstverleningspad (eerste campagnegesprek)',
  })
  paden!: Record<string, number | null>;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) externeMedewerkerIds!: string[];
  @ApiProperty({ format: 'uuid' }) aangemaaktDoor!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) gestartOp!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) afgeslotenOp!: string | null;
  @ApiProperty() versie!: number;
  @ApiProperty({ description: 'Waar: aantallen onder 5 zijn weggelaten (rol beleid)' }) onderdrukt!: boolean;
}

export class VerdeelInvoerDto {
  @UuidLijstVeld({ max: 200, beschrijving: 'Klantmanagers van de organisatie of extern medewerkers op deze campagne' })
  medewerkerIds!: string[];

  @UuidLijstVeld({
    optioneel: true,
    max: 10_000,
    beschrijving: 'Deelnemers om te verdelen; standaard alle deelnemers die nog te plannen zijn',
  })
  klantIds?: string[];

  @JaNeeVeld({ beschrijving: 'Waar: alleen laten zien hoe het verdeeld zou worden' })
  voorbeeld!: boolean;
}

export class VerdelingRegelDto {
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ description: 'Deelnemers die deze medewerker al had' }) huidig!: number;
  @ApiProperty({ description: 'Deelnemers die erbij komen' }) nieuw!: number;
  @ApiProperty() totaal!: number;
}

export class VerdelingDto {
  @ApiProperty({ type: VerdelingRegelDto, isArray: true }) verdeling!: VerdelingRegelDto[];
  @ApiProperty({ description: 'Aantal deelnemers dat (bij voorbeeld: zou worden) toegewezen' }) toegewezen!: number;
}

export class DeelnemerQuery extends PaginaQuery {
  @KeuzeVeld(DEELNEMER_STATUSSEN, { optioneel: true })
  status?: DeelnemerStatus;

  @UuidVeld({ optioneel: true })
  medewerkerId?: string;

  @TekstVeld({ optioneel: true, max: 100, beschrijving: 'Zoekt in naam en BSN van de klant' })
  zoek?: string;
}

export class DeelnemerUitnodigingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) datumTijd!: string;
  @ApiProperty() duurMinuten!: number;
  @ApiProperty() locatie!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty({ description: 'Nagebeld en bereikt' }) nagebeld!: boolean;
  @ApiProperty({ description: 'Er is (bereikt of niet) nagebeld' }) nabelPoging!: boolean;
  @ApiProperty({ nullable: true, enum: ['gesproken', 'no_show', 'afgezegd'], type: String })
  uitkomst!: 'gesproken' | 'no_show' | 'afgezegd' | null;
}

export class DeelnemerDto {
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty() klantNaam!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) medewerkerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) medewerkerNaam!: string | null;
  @ApiProperty({ enum: DEELNEMER_STATUSSEN }) status!: DeelnemerStatus;
  @ApiPropertyOptional({ type: DeelnemerUitnodigingDto, description: 'De laatste uitnodiging' })
  uitnodiging?: DeelnemerUitnodigingDto;
  @ApiProperty({ description: 'Aantal uitnodigingen' }) pogingen!: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'Het eerste gesprek binnen deze campagne' }) gesprekId?: string;
}

export class UitnodigingInvoerDto {
  @TijdstipVeld({ beschrijving: 'Begin van het gesprek; in de toekomst en binnen de looptijd' })
  datumTijd!: string;

  @TekstVeld({ max: 300, voorbeeld: 'Stadskantoor, kamer 2.14', beschrijving: 'Waar het gesprek plaatsvindt' })
  locatie!: string;

  @UuidVeld({ optioneel: true, beschrijving: 'Wie het gesprek voert; standaard de medewerker van de deelnemer' })
  medewerkerId?: string;

  @GeheelGetalVeld({ optioneel: true, min: 15, max: 240, voorbeeld: 60, beschrijving: 'Standaard 60 minuten' })
  duurMinuten?: number;
}

export class UitnodigingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campagneId!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty({ format: 'date-time' }) datumTijd!: string;
  @ApiProperty() duurMinuten!: number;
  @ApiProperty() locatie!: string;
  @ApiProperty({ description: '1 voor de eerste uitnodiging' }) poging!: number;
  @ApiProperty({ format: 'uuid', description: 'Het contactmoment van de brief (brief, verstuurd)' })
  briefContactmomentId!: string;
}

export class UitnodigingConflictDto {
  @ApiProperty({ format: 'uuid' }) uitnodigingId!: string;
  @ApiProperty({ format: 'date-time' }) datumTijd!: string;
  @ApiProperty() duurMinuten!: number;
  @ApiProperty() locatie!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
}

/** The members the 409 of an invitation adds to the problem details: the appointment it collides with. */
export class UitnodigingConflictAntwoordDto {
  @ApiPropertyOptional({
    type: UitnodigingConflictDto,
    description: 'Alleen bij code DUBBELE_AFSPRAAK: het gesprek waarmee het overlapt',
  })
  conflict?: UitnodigingConflictDto;
}

export class NabelInvoerDto {
  @KeuzeVeld(NABEL_RESULTATEN, { voorbeeld: 'bereikt' })
  resultaat!: NabelResultaat;

  @TekstVeld({ optioneel: true, max: 2000 })
  notitie?: string;
}

export class AgendaQuery {
  @DatumVeld({ voorbeeld: '2027-01-11', beschrijving: 'Eerste dag' })
  van!: string;

  @DatumVeld({ voorbeeld: '2027-01-17', beschrijving: 'Laatste dag; hoogstens 92 dagen na van' })
  tot!: string;

  @UuidVeld({
    optioneel: true,
    beschrijving: 'Standaard de ingelogde medewerker; een teamleider mag een teamlid kiezen',
  })
  medewerkerId?: string;
}

export class AgendaItemDto {
  @ApiProperty({ format: 'uuid' }) uitnodigingId!: string;
  @ApiProperty({ format: 'uuid' }) campagneId!: string;
  @ApiProperty() campagneNaam!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty() klantNaam!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty({ format: 'date-time' }) datumTijd!: string;
  @ApiProperty() duurMinuten!: number;
  @ApiProperty() locatie!: string;
  @ApiProperty({ enum: DEELNEMER_STATUSSEN, description: 'Status van de deelnemer' }) status!: DeelnemerStatus;
}

export class AgendaDto {
  @ApiProperty({ type: AgendaItemDto, isArray: true }) items!: AgendaItemDto[];
}
