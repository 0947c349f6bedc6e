import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { PaginaQuery, PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { LadderMetingDto, LadderMetingInvoerDto } from './dto/ladder.dto';
import { LadderService } from './ladder.service';

@ApiTags('participatieladder')
@Controller('klanten/:klantId/ladder')
@Rollen('klantmanager', 'teamleider')
@ApiNotFoundResponse({ description: 'Klant bestaat niet of hoort bij een andere organisatie' })
export class LadderController {
  constructor(private readonly ladder: LadderService) {}

  @Get()
  @ApiOperation({ summary: 'Ladder-metingen van een klant, nieuwste eerst (wordt gelogd)' })
  @ApiOkResponse({ type: PaginaVan(LadderMetingDto, 'LadderMetingPagina') })
  lijst(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Query() query: PaginaQuery) {
    return this.ladder.lijst(actor, klantId, query);
  }

  @Post()
  @ApiOperation({ summary: 'Ladder-meting vastleggen' })
  @ApiCreatedResponse({ type: LadderMetingDto })
  maak(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Body() invoer: LadderMetingInvoerDto) {
    return this.ladder.maak(actor, klantId, invoer);
  }
}
