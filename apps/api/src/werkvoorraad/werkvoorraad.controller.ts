import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
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
  TeamOverzichtDto,
  UitstelDto,
  UitstelInvoerDto,
  UitstellenQuery,
  WerkvoorraadDto,
  WerkvoorraadQuery,
} from './dto/werkvoorraad.dto';
import { WerkvoorraadService } from './werkvoorraad.service';

@ApiTags('werkvoorraad')
@Controller()
export class WerkvoorraadController {
  constructor(private readonly werkvoorraad: WerkvoorraadService) {}

  @Get('werkvoorraad')
  @Rollen('klantmanager', 'teamleider', 'extern')
  @ApiOperation({ summary: 'Wie moet ik vandaag zien of najagen? Verlopen eerst, dan op vervaldatum' })
  @ApiOkResponse({ type: WerkvoorraadDto })
  lijst(@HuidigeActor() actor: Actor, @Query() query: WerkvoorraadQuery) {
    return this.werkvoorraad.werkvoorraad(actor, query);
  }

  @Post('werkvoorraad/uitstellen')
  @Rollen('klantmanager', 'teamleider', 'extern')
  @ApiOperation({ summary: 'Een item uitstellen tot een datum, met reden' })
  @ApiCreatedResponse({ type: UitstelDto })
  @ApiUnprocessableEntityResponse({ description: 'Het item staat niet open' })
  stelUit(@HuidigeActor() actor: Actor, @Body() invoer: UitstelInvoerDto) {
    return this.werkvoorraad.stelUit(actor, invoer);
  }

  @Get('werkvoorraad/uitstellen')
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Wat er in het team is uitgesteld, door wie en waarom' })
  @ApiOkResponse({ type: PaginaVan(UitstelDto, 'UitstelPagina') })
  uitstellen(@HuidigeActor() actor: Actor, @Query() query: UitstellenQuery) {
    return this.werkvoorraad.uitstellen(actor, query);
  }

  @Get('teams/:id/overzicht')
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Weekstart: per klantmanager caseload, in beeld, verlopen items en gesprekken deze week' })
  @ApiOkResponse({ type: TeamOverzichtDto })
  @ApiNotFoundResponse({ description: 'Team bestaat niet of hoort bij een andere organisatie' })
  teamOverzicht(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.werkvoorraad.teamOverzicht(actor, id);
  }
}
