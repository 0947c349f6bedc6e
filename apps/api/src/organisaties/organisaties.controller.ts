import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { GemeenteDto, MedewerkerLijstQuery, MedewerkerSamenvattingDto, TeamDto } from './dto/organisatie.dto';
import { OrganisatiesService } from './organisaties.service';

@ApiTags('organisatie')
@Controller()
export class OrganisatiesController {
  constructor(private readonly organisaties: OrganisatiesService) {}

  @Get('gemeenten')
  @Rollen('klantmanager', 'teamleider', 'beleid', 'beheerder')
  @ApiOperation({ summary: 'Gemeenten van de eigen organisatie' })
  @ApiOkResponse({ type: GemeenteDto, isArray: true })
  gemeenten(@HuidigeActor() actor: Actor) {
    return this.organisaties.gemeenten(actor);
  }

  @Get('teams')
  @Rollen('klantmanager', 'teamleider', 'beleid', 'beheerder')
  @ApiOperation({ summary: 'Teams van de eigen organisatie' })
  @ApiOkResponse({ type: TeamDto, isArray: true })
  teams(@HuidigeActor() actor: Actor) {
    return this.organisaties.teams(actor);
  }

  @Get('medewerkers')
  @Rollen('klantmanager', 'teamleider', 'beheerder', 'privacy')
  @ApiOperation({ summary: 'Medewerkers van de eigen organisatie' })
  @ApiOkResponse({ type: PaginaVan(MedewerkerSamenvattingDto, 'MedewerkerPagina') })
  medewerkers(@HuidigeActor() actor: Actor, @Query() query: MedewerkerLijstQuery) {
    return this.organisaties.medewerkers(actor, query);
  }
}
