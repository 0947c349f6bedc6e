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
  GemeenteDto,
  GemeenteInvoerDto,
  GemeenteLijstQuery,
  GemeenteWijzigingDto,
  TeamDto,
  TeamInvoerDto,
  TeamLijstQuery,
  TeamWijzigingDto,
} from './dto/organisatie.dto';
import { OrganisatiesService } from './organisaties.service';

@ApiTags('organisatie')
@Controller()
export class OrganisatiesController {
  constructor(private readonly organisaties: OrganisatiesService) {}

  @Get('gemeenten')
  @Rollen('klantmanager', 'teamleider', 'beleid', 'beheerder')
  @ApiOperation({ summary: 'Gemeenten van de eigen organisatie' })
  @ApiOkResponse({ type: PaginaVan(GemeenteDto, 'GemeentePagina') })
  gemeenten(@HuidigeActor() actor: Actor, @Query() query: GemeenteLijstQuery) {
    return this.organisaties.gemeenten(actor, query);
  }

  @Post('gemeenten')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Gemeente toevoegen aan de organisatie (CBS-code GM en vier cijfers)' })
  @ApiCreatedResponse({ type: GemeenteDto })
  @ApiConflictResponse({ description: 'Deze CBS-code staat al in de organisatie (GEMEENTE_BESTAAT)' })
  maakGemeente(@HuidigeActor() actor: Actor, @Body() invoer: GemeenteInvoerDto) {
    return this.organisaties.maakGemeente(actor, invoer);
  }

  @Patch('gemeenten/:id')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Naam van een gemeente wijzigen' })
  @ApiOkResponse({ type: GemeenteDto })
  wijzigGemeente(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: GemeenteWijzigingDto) {
    return this.organisaties.wijzigGemeente(actor, id, invoer);
  }

  @Get('teams')
  @Rollen('klantmanager', 'teamleider', 'beleid', 'beheerder')
  @ApiOperation({ summary: 'Teams van de eigen organisatie (standaard zonder gearchiveerde)' })
  @ApiOkResponse({ type: PaginaVan(TeamDto, 'TeamPagina') })
  teams(@HuidigeActor() actor: Actor, @Query() query: TeamLijstQuery) {
    return this.organisaties.teams(actor, query);
  }

  @Post('teams')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Team aanmaken' })
  @ApiCreatedResponse({ type: TeamDto })
  @ApiConflictResponse({ description: 'Er is al een team met deze naam (TEAM_BESTAAT)' })
  maakTeam(@HuidigeActor() actor: Actor, @Body() invoer: TeamInvoerDto) {
    return this.organisaties.maakTeam(actor, invoer);
  }

  @Patch('teams/:id')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Team hernoemen, archiveren of terughalen' })
  @ApiOkResponse({ type: TeamDto })
  @ApiConflictResponse({ description: 'Er is al een team met deze naam (TEAM_BESTAAT)' })
  @ApiUnprocessableEntityResponse({
    description: 'Archiveren kan niet: het team heeft actieve leden (TEAM_HEEFT_LEDEN)',
  })
  wijzigTeam(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: TeamWijzigingDto) {
    return this.organisaties.wijzigTeam(actor, id, invoer);
  }
}
