import { GESPREK_KANALEN, type GesprekKanaal, LOONWAARDE_METHODE_MAX, MAX_LEEFGEBIEDEN } from '@klant-in-beeld/domain';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { GeheelGetalVeld, JaNeeVeld, KeuzeVeld, TekstVeld, TijdstipVeld, UuidVeld } from '../../common/validatie';
import { ObjectLijstVeld, ObjectVeld } from './lijst';

export class ScoreInvoerDto {
  @TekstVeld({ max: 40, voorbeeld: 'financien', beschrijving: 'Code van een leefgebied van het actieve instrument' })
  domein!: string;

  @GeheelGetalVeld({ min: 0, max: 99, voorbeeld: 3, beschrijving: 'Een niveau van het actieve instrument' })
  niveau!: number;

  @TekstVeld({ optioneel: true, max: 2000, voorbeeld: 'Schulden in beeld bij de schuldhulpverlening' })
  toelichting?: string;
}

export class LoonwaardeDto {
  @GeheelGetalVeld({ min: 0, max: 100, voorbeeld: 40, beschrijving: 'Geschatte loonwaarde in procenten (0–100)' })
  percentage!: number;

  @TekstVeld({ max: LOONWAARDE_METHODE_MAX, voorbeeld: 'inschatting klantmanager', beschrijving: 'Bijv. Dariuz' })
  methode!: string;
}

export class GesprekInvoerDto {
  @TijdstipVeld({ beschrijving: 'Wanneer het gesprek plaatsvond; niet meer dan een uur in de toekomst' })
  gevoerdOp!: string;

  @KeuzeVeld(GESPREK_KANALEN, {
    optioneel: true,
    voorbeeld: 'gesprek_op_locatie',
    beschrijving: 'Standaard op locatie',
  })
  kanaal?: GesprekKanaal;

  @ObjectLijstVeld(ScoreInvoerDto, {
    min: 1,
    max: MAX_LEEFGEBIEDEN,
    wat: 'scores',
    beschrijving: 'Een niveau per leefgebied (elk leefgebied hoogstens één keer)',
  })
  scores!: ScoreInvoerDto[];

  @ObjectVeld(LoonwaardeDto, {
    optioneel: true,
    melding: 'moet een object zijn met percentage en methode',
    beschrijving: 'Inschatting van de loonwaarde',
  })
  loonwaarde?: LoonwaardeDto;

  @TekstVeld({
    optioneel: true,
    min: 2,
    max: 40,
    voorbeeld: 'bijna_job_ready',
    beschrijving: 'Gekozen categorie; standaard het advies. Anders dan het advies: afwijkingReden verplicht',
  })
  adviesCategorie?: string;

  @TekstVeld({
    optioneel: true,
    min: 2,
    max: 40,
    voorbeeld: 'een_leefgebied',
    beschrijving: 'Gekozen actief pad; standaard het advies. Anders dan het advies: afwijkingReden verplicht',
  })
  dienstverleningspad?: string;

  @TekstVeld({ optioneel: true, max: 2000, beschrijving: 'Waarom de keuze afwijkt van het advies' })
  afwijkingReden?: string;

  @JaNeeVeld({
    optioneel: true,
    beschrijving: 'Zet de dienstverleningscategorie van de klant (en dus de contactnorm) op adviesCategorie',
  })
  categorieOvernemen?: boolean;

  @TekstVeld({
    optioneel: true,
    max: 10_000,
    beschrijving: 'Samenvatting; wordt ook de samenvatting van het contactmoment',
  })
  toelichting?: string;

  @UuidVeld({ optioneel: true, beschrijving: 'De campagne (herscreening) waar het gesprek bij hoort' })
  campagneId?: string;
}

export class GesprekScoreDto {
  @ApiProperty({ example: 'financien' }) domein!: string;
  @ApiProperty({ example: 'Financiën', description: 'Naam uit de instrumentversie van dit gesprek' })
  domeinNaam!: string;
  @ApiProperty({ example: 3 }) niveau!: number;
  @ApiProperty({ example: 'Beperkt zelfredzaam', description: 'Naam uit de instrumentversie van dit gesprek' })
  niveauNaam!: string;
  @ApiProperty({ nullable: true, type: String }) toelichting!: string | null;
}

export class GesprekLoonwaardeDto {
  @ApiProperty({ example: 40 }) percentage!: number;
  @ApiProperty({ example: 'inschatting klantmanager' }) methode!: string;
}

export class AdviesDto {
  @ApiProperty({ example: 'bijna_job_ready' }) categorie!: string;
  @ApiProperty({ example: 'een_leefgebied' }) pad!: string;
  @ApiProperty({ nullable: true, type: String, description: 'De regel die paste; null als "anders" gold' })
  regel!: string | null;
}

@ApiExtraModels(GesprekLoonwaardeDto)
export class GesprekDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty({ format: 'date-time' }) gevoerdOp!: string;
  @ApiProperty({ enum: GESPREK_KANALEN }) kanaal!: GesprekKanaal;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
  @ApiProperty({ format: 'uuid', description: 'Het contactmoment dat dit gesprek ook is' }) contactmomentId!: string;
  @ApiProperty({ description: 'De versie van het instrument waarmee is gescoord' }) instrumentVersie!: number;
  @ApiProperty({ type: GesprekScoreDto, isArray: true, description: 'In de volgorde van het instrument' })
  scores!: GesprekScoreDto[];
  // oneOf rather than type: a nullable object reference that validators read as "the object or null".
  @ApiProperty({ nullable: true, oneOf: [{ $ref: getSchemaPath(GesprekLoonwaardeDto) }] })
  loonwaarde!: GesprekLoonwaardeDto | null;
  @ApiProperty({ type: AdviesDto, description: 'Het berekende advies, zoals het bij het gesprek is vastgelegd' })
  advies!: AdviesDto;
  @ApiProperty() adviesCategorie!: string;
  @ApiProperty() dienstverleningspad!: string;
  @ApiProperty({ nullable: true, type: String }) afwijkingReden!: string | null;
  @ApiProperty({ description: 'De categorie van de klant is bij dit gesprek op adviesCategorie gezet' })
  categorieOvergenomen!: boolean;
  @ApiProperty({ nullable: true, type: String }) toelichting!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) campagneId!: string | null;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
}
