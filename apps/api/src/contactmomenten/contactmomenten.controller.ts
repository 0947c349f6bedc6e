import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { PaginaQuery, PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { ContactmomentenService } from './contactmomenten.service';
import { ContactmomentCorrectieDto, ContactmomentDto, ContactmomentInvoerDto } from './dto/contactmoment.dto';

@ApiTags('contactmomenten')
@Controller()
@Rollen('klantmanager', 'teamleider')
@ApiNotFoundResponse({ description: 'Bestaat niet of hoort bij een andere organisatie' })
export class ContactmomentenController {
  constructor(private readonly contactmomenten: ContactmomentenService) {}

  @Get('klanten/:klantId/contactmomenten')
  @ApiOperation({ summary: 'Contactmomenten van een klant, nieuwste eerst (wordt gelogd)' })
  @ApiOkResponse({ type: PaginaVan(ContactmomentDto, 'ContactmomentPagina') })
  lijst(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Query() query: PaginaQuery) {
    return this.contactmomenten.lijst(actor, klantId, query);
  }

  @Post('klanten/:klantId/contactmomenten')
  @ApiOperation({ summary: 'Contactmoment vastleggen' })
  @ApiCreatedResponse({ type: ContactmomentDto })
  maak(
    @HuidigeActor() actor: Actor,
    @Param('klantId', IdPipe) klantId: string,
    @Body() invoer: ContactmomentInvoerDto,
  ) {
    return this.contactmomenten.maak(actor, klantId, invoer);
  }

  @Patch('contactmomenten/:id')
  @ApiOperation({
    summary: 'Contactmoment corrigeren (met reden en versie)',
    description:
      'Door wie het vastlegde of een teamleider van het team van de klant (anders 403 CORRECTIE_NIET_TOEGESTAAN), tot en met ' +
      'de 30e dag na het vastleggen (anders 422 CORRECTIETERMIJN_VERSTREKEN). De oude waarden en de reden staan daarna in ' +
      'GET /api/audit/wijzigingen.',
  })
  @ApiOkResponse({ type: ContactmomentDto })
  @ApiConflictResponse({ description: 'Versie verouderd: iemand anders heeft het contactmoment intussen gecorrigeerd' })
  @ApiUnprocessableEntityResponse({ description: 'De correctietermijn van 30 dagen na het vastleggen is voorbij' })
  corrigeer(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: ContactmomentCorrectieDto) {
    return this.contactmomenten.corrigeer(actor, id, invoer);
  }
}
