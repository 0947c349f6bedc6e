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
import { AfsprakenService } from './afspraken.service';
import { AfspraakDto, AfspraakInvoerDto, AfspraakWijzigingDto } from './dto/afspraak.dto';

@ApiTags('afspraken')
@Controller()
@Rollen('klantmanager', 'teamleider')
@ApiNotFoundResponse({ description: 'Bestaat niet of hoort bij een andere organisatie' })
export class AfsprakenController {
  constructor(private readonly afspraken: AfsprakenService) {}

  @Get('klanten/:klantId/afspraken')
  @ApiOperation({ summary: 'Afspraken van een klant: lopende eerst (wordt gelogd)' })
  @ApiOkResponse({ type: PaginaVan(AfspraakDto, 'AfspraakPagina') })
  lijst(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Query() query: PaginaQuery) {
    return this.afspraken.lijst(actor, klantId, query);
  }

  @Post('klanten/:klantId/afspraken')
  @ApiOperation({ summary: 'Afspraak vastleggen (einddatum verplicht)' })
  @ApiCreatedResponse({ type: AfspraakDto })
  maak(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Body() invoer: AfspraakInvoerDto) {
    return this.afspraken.maak(actor, klantId, invoer);
  }

  @Get('afspraken/:id')
  @ApiOperation({ summary: 'Eén afspraak (wordt gelogd)' })
  @ApiOkResponse({ type: AfspraakDto })
  vind(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.afspraken.vind(actor, id);
  }

  @Patch('afspraken/:id')
  @ApiOperation({ summary: 'Afspraak bijwerken, bijvoorbeeld afronden (versie verplicht)' })
  @ApiOkResponse({ type: AfspraakDto })
  @ApiConflictResponse({ description: 'Versie verouderd: iemand anders heeft de afspraak intussen gewijzigd' })
  wijzig(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: AfspraakWijzigingDto) {
    return this.afspraken.wijzig(actor, id, invoer);
  }
}
