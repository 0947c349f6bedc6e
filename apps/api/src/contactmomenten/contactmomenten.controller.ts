import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { PaginaQuery, PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { ContactmomentenService } from './contactmomenten.service';
import { ContactmomentDto, ContactmomentInvoerDto } from './dto/contactmoment.dto';

@ApiTags('contactmomenten')
@Controller('klanten/:klantId/contactmomenten')
@Rollen('klantmanager', 'teamleider')
@ApiNotFoundResponse({ description: 'Klant bestaat niet of hoort bij een andere organisatie' })
export class ContactmomentenController {
  constructor(private readonly contactmomenten: ContactmomentenService) {}

  @Get()
  @ApiOperation({ summary: 'Contactmomenten van een klant, nieuwste eerst (wordt gelogd)' })
  @ApiOkResponse({ type: PaginaVan(ContactmomentDto, 'ContactmomentPagina') })
  lijst(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Query() query: PaginaQuery) {
    return this.contactmomenten.lijst(actor, klantId, query);
  }

  @Post()
  @ApiOperation({ summary: 'Contactmoment vastleggen' })
  @ApiCreatedResponse({ type: ContactmomentDto })
  maak(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Body() invoer: ContactmomentInvoerDto) {
    return this.contactmomenten.maak(actor, klantId, invoer);
  }
}
