import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { PaginaQuery, PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { VrijstellingDto, VrijstellingInvoerDto, VrijstellingWijzigingDto } from './dto/vrijstelling.dto';
import { VrijstellingenService } from './vrijstellingen.service';

@ApiTags('vrijstellingen')
@Controller()
@Rollen('klantmanager', 'teamleider')
@ApiNotFoundResponse({ description: 'Bestaat niet of hoort bij een andere organisatie' })
export class VrijstellingenController {
  constructor(private readonly vrijstellingen: VrijstellingenService) {}

  @Get('klanten/:klantId/vrijstellingen')
  @ApiOperation({ summary: 'Vrijstellingen van een klant: geldende eerst (wordt gelogd)' })
  @ApiOkResponse({ type: PaginaVan(VrijstellingDto, 'VrijstellingPagina') })
  lijst(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Query() query: PaginaQuery) {
    return this.vrijstellingen.lijst(actor, klantId, query);
  }

  @Post('klanten/:klantId/vrijstellingen')
  @ApiOperation({ summary: 'Vrijstelling vastleggen (formeel met beschikking, informeel met einddatum)' })
  @ApiCreatedResponse({ type: VrijstellingDto })
  maak(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Body() invoer: VrijstellingInvoerDto) {
    return this.vrijstellingen.maak(actor, klantId, invoer);
  }

  @Get('vrijstellingen/:id')
  @ApiOperation({ summary: 'Eén vrijstelling (wordt gelogd)' })
  @ApiOkResponse({ type: VrijstellingDto })
  vind(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.vrijstellingen.vind(actor, id);
  }

  @Patch('vrijstellingen/:id')
  @ApiOperation({ summary: 'Vrijstelling bijwerken of intrekken (versie verplicht)' })
  @ApiOkResponse({ type: VrijstellingDto })
  @ApiConflictResponse({ description: 'Versie verouderd' })
  wijzig(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: VrijstellingWijzigingDto) {
    return this.vrijstellingen.wijzig(actor, id, invoer);
  }
}
