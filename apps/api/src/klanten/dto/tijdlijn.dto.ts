import {
  AFSPRAAK_SOORTEN,
  AFSPRAAK_STATUSSEN,
  INITIATIEVEN,
  KANALEN,
  RESULTATEN,
  VRIJSTELLING_OMVANG,
  VRIJSTELLING_REDENEN,
  VRIJSTELLING_SOORTEN,
  type AfspraakSoort,
  type AfspraakStatus,
  type Initiatief,
  type Kanaal,
  type Resultaat,
  type VrijstellingOmvang,
  type VrijstellingReden,
  type VrijstellingSoort,
} from '@klant-in-beeld/domain';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** What every entry of the dossier's tijdlijn has; `soort` says which of the four it is (a discriminated union). */
abstract class TijdlijnBasis {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
}

export class TijdlijnContactmomentDto extends TijdlijnBasis {
  @ApiProperty({ enum: ['contactmoment'] }) soort!: 'contactmoment';
  @ApiProperty({ format: 'date-time', description: 'Wanneer het contact plaatsvond' }) datum!: string;
  @ApiProperty({ enum: KANALEN }) kanaal!: Kanaal;
  @ApiProperty({ enum: INITIATIEVEN }) initiatief!: Initiatief;
  @ApiProperty({ enum: RESULTATEN }) resultaat!: Resultaat;
  @ApiProperty() onderwerp!: string;
  @ApiProperty({ nullable: true, type: String }) samenvatting!: string | null;
  @ApiProperty() teltAlsGezien!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Wanneer het laatst is gecorrigeerd' })
  gecorrigeerdOp!: string | null;
}

export class TijdlijnLadderDto extends TijdlijnBasis {
  @ApiProperty({ enum: ['ladder'] }) soort!: 'ladder';
  @ApiProperty({ format: 'date', description: 'Datum van de meting' }) datum!: string;
  @ApiProperty({ minimum: 1, maximum: 6 }) trede!: number;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 6 }) doeltrede!: number | null;
  @ApiProperty({ nullable: true, type: String }) toelichting!: string | null;
}

export class TijdlijnAfspraakDto extends TijdlijnBasis {
  @ApiProperty({ enum: ['afspraak'] }) soort!: 'afspraak';
  @ApiProperty({ format: 'date', description: 'Startdatum' }) datum!: string;
  @ApiProperty({ enum: AFSPRAAK_SOORTEN }) afspraakSoort!: AfspraakSoort;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ format: 'date' }) startdatum!: string;
  @ApiProperty({ format: 'date' }) einddatum!: string;
  @ApiProperty({ enum: AFSPRAAK_STATUSSEN }) status!: AfspraakStatus;
  @ApiProperty({ nullable: true, type: String }) resultaatToelichting!: string | null;
}

export class TijdlijnVrijstellingDto extends TijdlijnBasis {
  @ApiProperty({ enum: ['vrijstelling'] }) soort!: 'vrijstelling';
  @ApiProperty({ format: 'date', description: 'Ingangsdatum' }) datum!: string;
  @ApiProperty({ enum: VRIJSTELLING_SOORTEN }) vrijstellingSoort!: VrijstellingSoort;
  @ApiProperty({ enum: VRIJSTELLING_OMVANG, isArray: true }) omvang!: VrijstellingOmvang[];
  @ApiProperty({ enum: VRIJSTELLING_REDENEN }) reden!: VrijstellingReden;
  @ApiProperty({ format: 'date' }) ingangsdatum!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) einddatum!: string | null;
  @ApiProperty({ format: 'date' }) herbeoordelingsdatum!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) ingetrokkenOp!: string | null;
}

export type TijdlijnItem = TijdlijnContactmomentDto | TijdlijnLadderDto | TijdlijnAfspraakDto | TijdlijnVrijstellingDto;

const SOORTEN = {
  contactmoment: TijdlijnContactmomentDto,
  ladder: TijdlijnLadderDto,
  afspraak: TijdlijnAfspraakDto,
  vrijstelling: TijdlijnVrijstellingDto,
};

/** The tijdlijn page: `items` is one of the four, told apart by `soort` (OpenAPI discriminator). */
@ApiExtraModels(...Object.values(SOORTEN))
export class TijdlijnPagina {
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: Object.values(SOORTEN).map((dto) => ({ $ref: getSchemaPath(dto) })),
      discriminator: {
        propertyName: 'soort',
        mapping: Object.fromEntries(Object.entries(SOORTEN).map(([soort, dto]) => [soort, getSchemaPath(dto)])),
      },
    },
  })
  items!: TijdlijnItem[];
  @ApiProperty() totaal!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
