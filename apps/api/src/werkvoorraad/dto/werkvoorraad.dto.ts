import {
  IN_BEELD_STATUSSEN,
  InBeeldStatus,
  URGENTIES,
  Urgentie,
  WERKVOORRAAD_SOORTEN,
  WerkvoorraadSoort,
} from '@klant-in-beeld/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginaQuery } from '../../common/paginering';
import { DatumVeld, KeuzeVeld, TekstVeld, UuidVeld } from '../../common/validatie';

export class WerkvoorraadQuery extends PaginaQuery {
  @UuidVeld({ optioneel: true, beschrijving: 'Teamleider: de werkvoorraad van deze klantmanager uit het eigen team' })
  medewerkerId?: string;

  @UuidVeld({
    optioneel: true,
    beschrijving: 'Teamleider: de werkvoorraad van het hele team (standaard voor een teamleider)',
  })
  teamId?: string;

  @KeuzeVeld(WERKVOORRAAD_SOORTEN, { optioneel: true })
  soort?: WerkvoorraadSoort;
}

export class WerkvoorraadItemDto {
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty() klantNaam!: string;
  @ApiProperty({ enum: WERKVOORRAAD_SOORTEN }) soort!: WerkvoorraadSoort;
  @ApiProperty({ format: 'date' }) vervaldatum!: string;
  @ApiProperty({ enum: URGENTIES }) urgentie!: Urgentie;
  @ApiProperty({ example: '95 dagen niet gesproken; de norm is 90 dagen.' }) reden!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'Het contactmoment, de afspraak, de vrijstelling, het plan, het doel of het gesprek waar het item over gaat',
  })
  referentieId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) klantmanagerId!: string | null;
  @ApiProperty({ enum: IN_BEELD_STATUSSEN }) inBeeldStatus!: InBeeldStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) laatstGezien!: string | null;
  @ApiProperty({ description: 'De contactnorm in dagen die voor de klant geldt' }) normDagen!: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'Campagne-items: de campagne' }) campagneId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Campagne-items: wie het werk doet (medewerker van de deelnemer, of de teamleider na de laatste no-show)',
  })
  toegewezenAan?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Nabellen: het tijdstip van de uitnodiging' })
  uitnodigingOp?: string;
}

export class WerkvoorraadDto {
  @ApiProperty({ type: WerkvoorraadItemDto, isArray: true }) items!: WerkvoorraadItemDto[];
  @ApiProperty() totaal!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({
    description: 'Aantal open items per soort (zonder soortfilter)',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  perSoort!: Partial<Record<WerkvoorraadSoort, number>>;
  @ApiProperty({ format: 'date' }) peildatum!: string;
}

export class UitstelInvoerDto {
  @UuidVeld()
  klantId!: string;

  @KeuzeVeld(WERKVOORRAAD_SOORTEN)
  soort!: WerkvoorraadSoort;

  @UuidVeld({
    nullable: true,
    beschrijving: 'Verplicht bij items over een contactmoment, afspraak, vrijstelling, plan, doel of gesprek',
  })
  referentieId?: string | null;

  @DatumVeld({ beschrijving: 'Het item verdwijnt tot deze datum en komt dan terug; hoogstens 90 dagen vooruit' })
  totDatum!: string;

  @TekstVeld({ max: 500, voorbeeld: 'Klant is opgenomen in het ziekenhuis; bellen na ontslag' })
  reden!: string;
}

export class UitstelDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty() klantNaam!: string;
  @ApiProperty({ enum: WERKVOORRAAD_SOORTEN }) soort!: WerkvoorraadSoort;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) referentieId!: string | null;
  @ApiProperty({ format: 'date' }) totDatum!: string;
  @ApiProperty() reden!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
  @ApiProperty({ description: 'Het item is nu verborgen (totDatum nog niet bereikt)' }) lopend!: boolean;
}

export class UitstellenQuery extends PaginaQuery {
  @KeuzeVeld(['true', 'false'], { optioneel: true, beschrijving: 'true: alleen uitstel dat nu nog loopt' })
  lopend?: 'true' | 'false';
}

export class TeamKlantmanagerDto {
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ description: 'Actieve klanten' }) caseload!: number;
  @ApiProperty() inBeeld!: number;
  @ApiProperty() bijnaUitBeeld!: number;
  @ApiProperty() uitBeeld!: number;
  @ApiProperty({ description: 'Werkvoorraad-items over hun vervaldatum' }) verlopenItems!: number;
  @ApiProperty({
    description: 'Gesprekken (die tellen als gezien) door deze klantmanager deze week, maandag tot en met vandaag',
  })
  gesprekkenDezeWeek!: number;
}

export class TeamOverzichtDto {
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty() teamNaam!: string;
  @ApiProperty({ format: 'date' }) peildatum!: string;
  @ApiProperty({ type: TeamKlantmanagerDto, isArray: true }) klantmanagers!: TeamKlantmanagerDto[];
  @ApiProperty({ description: 'Actieve klanten van de organisatie zonder klantmanager' }) zonderKlantmanager!: number;
  @ApiProperty({ description: 'Werkvoorraad-items die nu zijn uitgesteld' }) uitgesteld!: number;
}
