import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import {
  EenmaligeCodeDto,
  MedewerkerInvoerDto,
  MedewerkerLijstQuery,
  MedewerkerSamenvattingDto,
  MedewerkerWijzigingDto,
  NieuweMedewerkerDto,
  OverdrachtQuery,
  OverdrachtVoorbeeldDto,
} from './dto/organisatie.dto';
import { MedewerkersService } from './medewerkers.service';

@ApiTags('organisatie')
@Controller('medewerkers')
export class MedewerkersController {
  constructor(private readonly medewerkers: MedewerkersService) {}

  @Get()
  @Rollen('klantmanager', 'teamleider', 'beheerder', 'privacy')
  @ApiOperation({ summary: 'Medewerkers van de eigen organisatie (zoeken op naam, gebruikersnaam of e-mail)' })
  @ApiOkResponse({ type: PaginaVan(MedewerkerSamenvattingDto, 'MedewerkerPagina') })
  lijst(@HuidigeActor() actor: Actor, @Query() query: MedewerkerLijstQuery) {
    return this.medewerkers.lijst(actor, query);
  }

  @Post()
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Medewerker aanmaken; een lokaal account krijgt een eenmalige code (één keer getoond)' })
  @ApiCreatedResponse({ type: NieuweMedewerkerDto })
  @ApiConflictResponse({ description: 'Gebruikersnaam of e-mailadres al in gebruik' })
  maak(@HuidigeActor() actor: Actor, @Body() invoer: MedewerkerInvoerDto) {
    return this.medewerkers.maak(actor, invoer);
  }

  @Patch(':id')
  @Rollen('beheerder')
  @ApiOperation({
    summary: 'Medewerker wijzigen, deactiveren (met overdracht van de klanten) of heractiveren',
  })
  @ApiOkResponse({ type: MedewerkerSamenvattingDto })
  @ApiConflictResponse({ description: 'Versie verouderd, of e-mailadres al in gebruik' })
  @ApiUnprocessableEntityResponse({
    description:
      'Laatste actieve beheerder (LAATSTE_BEHEERDER), klanten zonder keuze voor overdracht (OVERDRACHT_NODIG), ' +
      'of geen andere klantmanager in het team (GEEN_ONTVANGERS)',
  })
  wijzig(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: MedewerkerWijzigingDto) {
    return this.medewerkers.wijzig(actor, id, invoer);
  }

  @Get(':id/overdracht')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Voorbeeld van de overdracht: wie hoeveel actieve klanten krijgt (wijzigt niets)' })
  @ApiOkResponse({ type: OverdrachtVoorbeeldDto })
  @ApiUnprocessableEntityResponse({ description: 'Geen andere klantmanager in het team (GEEN_ONTVANGERS)' })
  overdracht(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: OverdrachtQuery) {
    return this.medewerkers.overdrachtVoorbeeld(actor, id, {
      naarKlantmanagerId: query.naarKlantmanagerId,
      verdelenOverTeam: query.verdelenOverTeam === 'true',
    });
  }

  @Post(':id/wachtwoord-herstel')
  @Rollen('beheerder')
  @ApiOperation({
    summary: 'Eenmalige code voor een lokaal account (72 uur geldig, één keer getoond); beëindigt de sessies',
  })
  @ApiCreatedResponse({ type: EenmaligeCodeDto })
  @ApiUnprocessableEntityResponse({ description: 'Gedeactiveerd (GEDEACTIVEERD) of alleen SSO (GEEN_LOKAAL_ACCOUNT)' })
  wachtwoordHerstel(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.medewerkers.wachtwoordHerstel(actor, id);
  }
}
