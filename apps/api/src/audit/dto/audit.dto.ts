import { ROLLEN, type Rol } from '@klant-in-beeld/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginaQuery } from '../../common/paginering';
import { DatumVeld, KeuzeVeld, TekstVeld, UuidVeld } from '../../common/validatie';

class AuditFilter extends PaginaQuery {
  @UuidVeld({ optioneel: true })
  klantId?: string;

  @UuidVeld({ optioneel: true })
  medewerkerId?: string;

  @DatumVeld({ optioneel: true, beschrijving: 'Vanaf deze dag (Nederlandse tijd)' })
  van?: string;

  @DatumVeld({ optioneel: true, beschrijving: 'Tot en met deze dag (Nederlandse tijd)' })
  tot?: string;
}

export class VerwerkingenQuery extends AuditFilter {
  @TekstVeld({ optioneel: true, max: 100, voorbeeld: 'klant.inzien' })
  handeling?: string;

  @KeuzeVeld(['gelukt', 'geweigerd'], { optioneel: true })
  resultaat?: 'gelukt' | 'geweigerd';
}

export class WijzigingenQuery extends AuditFilter {
  @TekstVeld({
    optioneel: true,
    max: 50,
    voorbeeld: 'afspraak',
    beschrijving: 'De beheerder: alleen instellingen, contactnormen, bewaartermijn, medewerker, team of gemeente',
  })
  resource?: string;
}

export class VerwerkingDto {
  @ApiProperty({ format: 'date-time' }) tijdstip!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Null bij een handeling zonder betrokkene',
  })
  klantId!: string | null;
  @ApiProperty({ nullable: true, type: String }) klantNaam!: string | null;
  @ApiProperty({ example: 'klant.inzien' }) handeling!: string;
  @ApiProperty({ example: 're_integratie', description: 'Code uit het register van verwerkingsactiviteiten' })
  verwerkingsactiviteit!: string;
  @ApiProperty({ example: 'Re-integratie en begeleiding Participatiewet' }) verwerkingsactiviteitNaam!: string;
  @ApiProperty({ enum: ['gelukt', 'geweigerd'] }) resultaat!: string;
  @ApiProperty({ description: 'Request-id; terug te vinden in de logs' }) traceId!: string;
}

class WijzigingInhoudDto {
  @ApiPropertyOptional({ type: Object, nullable: true }) oud!: Record<string, unknown> | null;
  @ApiPropertyOptional({ type: Object, nullable: true }) nieuw!: Record<string, unknown> | null;
}

export class WijzigingDto {
  @ApiProperty({ format: 'date-time' }) tijdstip!: string;
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() medewerkerNaam!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) klantId!: string | null;
  @ApiProperty({ example: 'afspraak' }) resource!: string;
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty({ enum: ['aangemaakt', 'gewijzigd', 'verwijderd'] }) actie!: string;
  @ApiProperty({ type: WijzigingInhoudDto }) wijzigingen!: WijzigingInhoudDto;
  @ApiProperty({ nullable: true, type: String }) traceId!: string | null;
}

export class VerwerkingsactiviteitDto {
  @ApiProperty({ example: 're_integratie' }) code!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() doel!: string;
  @ApiProperty() grondslag!: string;
}

export class KlantOpBsnDto {
  @TekstVeld({ max: 9, min: 9, patroon: /^\d{9}$/, patroonMelding: 'moet 9 cijfers zijn', voorbeeld: '999912345' })
  bsn!: string;
}

export class KlantOpBsnAntwoordDto {
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty() naam!: string;
}

export class RapportQuery {
  @TekstVeld({
    max: 7,
    patroon: /^\d{4}-(0[1-9]|1[0-2])$/,
    patroonMelding: 'moet een maand zijn als JJJJ-MM',
    voorbeeld: '2026-11',
  })
  maand!: string;
}

class DoorbrekingRedenDto {
  @ApiProperty({ format: 'uuid' }) klantId!: string;
  @ApiProperty() klantNaam!: string;
  @ApiProperty({ format: 'date-time' }) tijdstip!: string;
  @ApiProperty() reden!: string;
}

export class RapportMedewerkerDto {
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ROLLEN }) rol!: Rol;
  @ApiProperty({ description: 'Inzagen van klantgegevens (één per klant per verzoek)' }) inzagen!: number;
  @ApiProperty({ description: 'Verschillende klanten' }) klanten!: number;
  @ApiProperty({ description: 'Inzagen van klanten van een ander team' }) buitenEigenTeam!: number;
  @ApiProperty() doorbrekingen!: number;
  @ApiProperty() bsnInzagen!: number;
  @ApiProperty() exports!: number;
  @ApiProperty({ description: 'Geweigerde pogingen' }) geweigerd!: number;
  @ApiProperty({ type: DoorbrekingRedenDto, isArray: true }) doorbrekingRedenen!: DoorbrekingRedenDto[];
}

export class RapportDto {
  @ApiProperty({ example: '2026-11' }) maand!: string;
  @ApiProperty({ type: RapportMedewerkerDto, isArray: true }) medewerkers!: RapportMedewerkerDto[];
}
