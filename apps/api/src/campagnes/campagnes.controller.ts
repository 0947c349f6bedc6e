import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { ApiBestand } from '../common/bestand';
import { IdPipe } from '../common/id.pipe';
import { PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { ContactmomentDto } from '../contactmomenten/dto/contactmoment.dto';
import { AgendaService } from './agenda.service';
import { CampagnesService } from './campagnes.service';
import {
  AgendaDto,
  AgendaQuery,
  CampagneDto,
  CampagneInvoerDto,
  CampagneLijstQuery,
  CampagneWijzigingDto,
  DeelnemerDto,
  DeelnemerQuery,
  NabelInvoerDto,
  UitnodigingConflictAntwoordDto,
  UitnodigingDto,
  UitnodigingInvoerDto,
  VerdeelInvoerDto,
  VerdelingDto,
  VersieDto,
  VoorbeeldDto,
  VoorbeeldInvoerDto,
} from './dto/campagne.dto';
import { DeelnemersService } from './deelnemers.service';

@ApiTags('campagnes')
@Controller('campagnes')
@ApiNotFoundResponse({ description: 'Campagne bestaat niet of hoort bij een andere organisatie' })
export class CampagnesController {
  constructor(
    private readonly campagnes: CampagnesService,
    private readonly deelnemers: DeelnemersService,
  ) {}

  @Post('voorbeeld')
  @HttpCode(200)
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Hoeveel klanten vandaag in het cohort van deze criteria vallen, per gemeente en team' })
  @ApiOkResponse({ type: VoorbeeldDto })
  voorbeeld(@HuidigeActor() actor: Actor, @Body() invoer: VoorbeeldInvoerDto) {
    return this.campagnes.voorbeeld(actor, invoer.criteria);
  }

  @Post()
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Campagne (herscreening) aanmaken als concept' })
  @ApiCreatedResponse({ type: CampagneDto })
  maak(@HuidigeActor() actor: Actor, @Body() invoer: CampagneInvoerDto) {
    return this.campagnes.maak(actor, invoer);
  }

  @Get()
  @Rollen('teamleider', 'klantmanager', 'extern', 'beleid')
  @ApiOperation({
    summary: 'Campagnes van de organisatie met trechter, nieuwste eerst (extern: alleen lopende waar hij op staat)',
  })
  @ApiOkResponse({ type: PaginaVan(CampagneDto, 'CampagnePagina') })
  lijst(@HuidigeActor() actor: Actor, @Query() query: CampagneLijstQuery) {
    return this.campagnes.lijst(actor, query);
  }

  @Get(':id')
  @Rollen('teamleider', 'klantmanager', 'extern', 'beleid')
  @ApiOperation({ summary: 'Eén campagne met trechter, opkomst en paden (beleid: aantallen onder 5 onderdrukt)' })
  @ApiOkResponse({ type: CampagneDto })
  lees(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.campagnes.leesVoor(actor, id);
  }

  @Patch(':id')
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Campagne wijzigen (criteria en startdatum alleen als concept; versie verplicht)' })
  @ApiOkResponse({ type: CampagneDto })
  @ApiConflictResponse({ description: 'Versie verouderd' })
  wijzig(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: CampagneWijzigingDto) {
    return this.campagnes.wijzig(actor, id, invoer);
  }

  @Post(':id/starten')
  @HttpCode(200)
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Campagne starten: bevriest het cohort van vandaag met de startsituatie per klant' })
  @ApiOkResponse({ type: CampagneDto })
  @ApiConflictResponse({ description: 'Versie verouderd' })
  @ApiUnprocessableEntityResponse({ description: 'Niet meer concept, of het cohort is leeg' })
  starten(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: VersieDto) {
    return this.campagnes.starten(actor, id, invoer.versie);
  }

  @Post(':id/afsluiten')
  @HttpCode(200)
  @Rollen('teamleider')
  @ApiOperation({ summary: 'Campagne afsluiten; extern medewerkers verliezen dan hun toegang' })
  @ApiOkResponse({ type: CampagneDto })
  @ApiConflictResponse({ description: 'Versie verouderd' })
  @ApiUnprocessableEntityResponse({ description: 'De campagne loopt niet' })
  afsluiten(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: VersieDto) {
    return this.campagnes.afsluiten(actor, id, invoer.versie);
  }

  @Post(':id/verdelen')
  @HttpCode(200)
  @Rollen('teamleider')
  @ApiOperation({
    summary: 'Deelnemers gelijk verdelen over medewerkers, wie de minste heeft eerst (voorbeeld: alleen tonen)',
  })
  @ApiOkResponse({ type: VerdelingDto })
  @ApiUnprocessableEntityResponse({ description: 'De campagne loopt niet' })
  verdelen(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: VerdeelInvoerDto) {
    return this.deelnemers.verdelen(actor, id, invoer);
  }

  @Get(':id/deelnemers')
  @Rollen('teamleider', 'klantmanager', 'extern')
  @ApiOperation({ summary: 'Deelnemers met hun afgeleide status en laatste uitnodiging (wordt gelogd)' })
  @ApiOkResponse({ type: PaginaVan(DeelnemerDto, 'DeelnemerPagina') })
  deelnemerLijst(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: DeelnemerQuery) {
    return this.deelnemers.lijst(actor, id, query);
  }

  @Post(':id/deelnemers/:klantId/uitnodiging')
  @Rollen('teamleider', 'klantmanager', 'extern')
  @ApiOperation({ summary: 'Deelnemer uitnodigen voor het gesprek; legt de brief vast als contactmoment' })
  @ApiCreatedResponse({ type: UitnodigingDto })
  @ApiConflictResponse({
    type: UitnodigingConflictAntwoordDto,
    description: 'De medewerker heeft dan al een gesprek (met `conflict`), of er staat al een open uitnodiging',
  })
  @ApiUnprocessableEntityResponse({ description: 'De campagne loopt niet, of het maximum aantal uitnodigingen' })
  uitnodigen(
    @HuidigeActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Param('klantId', IdPipe) klantId: string,
    @Body() invoer: UitnodigingInvoerDto,
  ) {
    return this.deelnemers.uitnodigen(actor, id, klantId, invoer);
  }

  @Post(':id/deelnemers/:klantId/nabellen')
  @Rollen('teamleider', 'klantmanager', 'extern')
  @ApiOperation({ summary: 'Nabellen vastleggen (telefoon: bereikt of niet), bij de open uitnodiging' })
  @ApiCreatedResponse({ type: ContactmomentDto })
  @ApiUnprocessableEntityResponse({ description: 'Er is geen open uitnodiging' })
  nabellen(
    @HuidigeActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Param('klantId', IdPipe) klantId: string,
    @Body() invoer: NabelInvoerDto,
  ) {
    return this.deelnemers.nabellen(actor, id, klantId, invoer);
  }
}

@ApiTags('agenda')
@Controller()
@Rollen('teamleider', 'klantmanager', 'extern')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('agenda')
  @ApiOperation({ summary: 'Geplande campagnegesprekken in een periode (standaard van de ingelogde medewerker)' })
  @ApiOkResponse({ type: AgendaDto })
  lijst(@HuidigeActor() actor: Actor, @Query() query: AgendaQuery) {
    return this.agenda.lijst(actor, query);
  }

  @Get('agenda.ics')
  @ApiOperation({ summary: 'Dezelfde geplande gesprekken als iCalendar-bestand (RFC 5545)' })
  @ApiBestand('text/calendar', 'iCalendar-bestand')
  async ics(@HuidigeActor() actor: Actor, @Query() query: AgendaQuery, @Res() response: Response) {
    const ics = await this.agenda.ics(actor, query);
    response.setHeader('Content-Disposition', 'attachment; filename="agenda.ics"');
    response.type('text/calendar; charset=utf-8').send(ics);
  }
}
