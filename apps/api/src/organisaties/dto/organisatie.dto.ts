import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLLEN, Rol } from '@klant-in-beeld/domain';
import { PaginaQuery } from '../../common/paginering';
import { EmailVeld, GeheelGetalVeld, JaNeeVeld, KeuzeVeld, TekstVeld, UuidVeld } from '../../common/validatie';

const MAX_VERSIE = 2_147_483_647;
const CBS_CODE = /^GM\d{4}$/;
/** What people log in with: letters, digits, dot, dash and underscore; stored in lower case. */
const GEBRUIKERSNAAM = /^[A-Za-z0-9._-]+$/;

export class GemeenteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'GM0193' }) cbsCode!: string;
  @ApiProperty({ example: 'Zwolle' }) naam!: string;
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Team Noord' }) naam!: string;
  @ApiProperty({ description: 'Gearchiveerd: houdt zijn geschiedenis, maar krijgt geen leden of klanten meer' })
  gearchiveerd!: boolean;
  @ApiProperty({ description: 'Actieve medewerkers in dit team' }) aantalLeden!: number;
}

export class GemeenteLijstQuery extends PaginaQuery {
  @TekstVeld({ optioneel: true, max: 100, beschrijving: 'Naam of CBS-code (deel)' })
  zoek?: string;
}

export class TeamLijstQuery extends PaginaQuery {
  @TekstVeld({ optioneel: true, max: 100, beschrijving: 'Naam (deel)' })
  zoek?: string;

  @KeuzeVeld(['actief', 'gearchiveerd', 'alle'], {
    optioneel: true,
    beschrijving: 'Standaard alleen teams die niet gearchiveerd zijn',
  })
  status?: 'actief' | 'gearchiveerd' | 'alle';
}

export class GemeenteInvoerDto {
  @TekstVeld({
    max: 6,
    patroon: CBS_CODE,
    patroonMelding: 'moet GM met vier cijfers zijn, bijvoorbeeld GM0193',
    voorbeeld: 'GM0193',
  })
  cbsCode!: string;

  @TekstVeld({ max: 200, voorbeeld: 'Zwolle' })
  naam!: string;
}

export class GemeenteWijzigingDto {
  @TekstVeld({ max: 200, voorbeeld: 'Zwolle' })
  naam!: string;
}

export class TeamInvoerDto {
  @TekstVeld({ max: 200, voorbeeld: 'Team Zuid' })
  naam!: string;
}

export class TeamWijzigingDto {
  @TekstVeld({ optioneel: true, max: 200, voorbeeld: 'Team Zuid' })
  naam?: string;

  @JaNeeVeld({ optioneel: true, beschrijving: 'true archiveert (alleen zonder actieve leden), false haalt terug' })
  gearchiveerd?: boolean;
}

export class MedewerkerLijstQuery extends PaginaQuery {
  @KeuzeVeld(ROLLEN, { optioneel: true })
  rol?: Rol;

  @UuidVeld({ optioneel: true })
  teamId?: string;

  @TekstVeld({ optioneel: true, max: 100, beschrijving: 'Naam, gebruikersnaam of e-mailadres (deel)' })
  zoek?: string;

  @KeuzeVeld(['true', 'false'], { optioneel: true, beschrijving: 'true: alleen actieve, false: alleen gedeactiveerde' })
  actief?: 'true' | 'false';
}

export class MedewerkerSamenvattingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ROLLEN }) rol!: Rol;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId!: string | null;
  @ApiProperty() actief!: boolean;
  @ApiProperty({ example: 'km1' }) gebruikersnaam!: string;
  @ApiProperty({ nullable: true, type: String, example: 'km1@sociale-dienst-demo.nl' }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Naam van het team, voor weergave' }) teamNaam!:
    string | null;
  @ApiProperty({ description: 'Lokaal account (wachtwoord of eenmalige code); anders alleen inloggen via SSO' })
  lokaal!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Tot wanneer een uitgegeven eenmalige code geldig is (null: geen code open)',
  })
  codeVerlooptOp!: string | null;
  @ApiProperty({ description: 'Actieve klanten van deze medewerker' }) aantalKlanten!: number;
  @ApiProperty({ description: 'Voor PATCH (optimistic locking)' }) versie!: number;
}

export class MedewerkerInvoerDto {
  @TekstVeld({
    max: 100,
    min: 2,
    patroon: GEBRUIKERSNAAM,
    patroonMelding: 'mag alleen letters, cijfers, punt, streepje en liggend streepje bevatten',
    voorbeeld: 'jdevries',
  })
  gebruikersnaam!: string;

  @TekstVeld({ max: 200, voorbeeld: 'Jan de Vries' })
  naam!: string;

  @KeuzeVeld(ROLLEN)
  rol!: Rol;

  @UuidVeld({
    nullable: true,
    beschrijving: 'Verplicht voor klantmanager en teamleider; de andere rollen hebben geen team',
  })
  teamId?: string | null;

  @EmailVeld({ voorbeeld: 'jdevries@sociale-dienst-demo.nl' })
  email!: string;

  @JaNeeVeld({
    optioneel: true,
    beschrijving: 'Standaard true: een lokaal account met een eenmalige code; false: alleen inloggen via SSO',
  })
  lokaal?: boolean;
}

export class OverdrachtKeuze {
  @UuidVeld({ optioneel: true, beschrijving: 'Alle actieve klanten gaan naar deze actieve klantmanager' })
  naarKlantmanagerId?: string;

  @JaNeeVeld({
    optioneel: true,
    beschrijving:
      'Verdeel de actieve klanten over de andere actieve klantmanagers van het team (kleinste caseload eerst)',
  })
  verdelenOverTeam?: boolean;
}

export class MedewerkerWijzigingDto extends OverdrachtKeuze {
  @TekstVeld({ optioneel: true, max: 200 })
  naam?: string;

  @KeuzeVeld(ROLLEN, { optioneel: true })
  rol?: Rol;

  @UuidVeld({ nullable: true })
  teamId?: string | null;

  @JaNeeVeld({ optioneel: true, beschrijving: 'false deactiveert (beëindigt de sessies), true heractiveert' })
  actief?: boolean;

  @EmailVeld({ optioneel: true })
  email?: string;

  @GeheelGetalVeld({ min: 1, max: MAX_VERSIE, beschrijving: 'De versie die je hebt gelezen (optimistic locking)' })
  versie!: number;
}

export class OverdrachtQuery {
  @UuidVeld({ optioneel: true })
  naarKlantmanagerId?: string;

  @KeuzeVeld(['true', 'false'], { optioneel: true })
  verdelenOverTeam?: 'true' | 'false';
}

export class OntvangerDto {
  @ApiProperty({ format: 'uuid' }) medewerkerId!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ description: 'Klanten die deze klantmanager krijgt' }) aantal!: number;
  @ApiProperty({ description: 'Caseload na de overdracht' }) caseloadNa!: number;
}

export class OverdrachtVoorbeeldDto {
  @ApiProperty({ description: 'Actieve klanten van de medewerker' }) aantalKlanten!: number;
  @ApiProperty({ type: OntvangerDto, isArray: true, description: 'Wie hoeveel krijgt (leeg zonder keuze)' })
  ontvangers!: OntvangerDto[];
}

export class EenmaligeCodeDto {
  @ApiProperty({ description: 'Eenmalig te tonen: alleen de hash wordt bewaard', example: 'K7QM-4XRT-W9HP-3DNA' })
  code!: string;
  @ApiProperty({ format: 'date-time' }) verlooptOp!: string;
}

export class NieuweMedewerkerDto {
  @ApiProperty({ type: MedewerkerSamenvattingDto }) medewerker!: MedewerkerSamenvattingDto;
  @ApiPropertyOptional({ type: EenmaligeCodeDto, description: 'Alleen voor een lokaal account' })
  eenmaligeCode?: EenmaligeCodeDto;
}
