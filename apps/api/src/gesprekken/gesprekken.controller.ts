import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { ApiBestand } from '../common/bestand';
import { IdPipe } from '../common/id.pipe';
import { PaginaQuery, PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { GesprekDto, GesprekInvoerDto } from './dto/gesprek.dto';
import { PlanDto, PlanInvoerDto } from './dto/plan.dto';
import { GesprekkenService } from './gesprekken.service';
import { PlanService } from './plan.service';

@ApiTags('gesprekken')
@Controller('klanten/:klantId')
@Rollen('klantmanager', 'teamleider')
@ApiNotFoundResponse({ description: 'Klant bestaat niet of hoort bij een andere organisatie' })
export class GesprekkenController {
  constructor(
    private readonly gesprekken: GesprekkenService,
    private readonly plannen: PlanService,
  ) {}

  @Get('gesprekken')
  @ApiOperation({ summary: 'Klant-in-beeld-gesprekken van een klant, nieuwste eerst (wordt gelogd)' })
  @ApiOkResponse({ type: PaginaVan(GesprekDto, 'GesprekPagina') })
  lijst(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Query() query: PaginaQuery) {
    return this.gesprekken.lijst(actor, klantId, query);
  }

  @Post('gesprekken')
  @ApiOperation({
    summary: 'Klant-in-beeld-gesprek vastleggen: scores, loonwaarde, advies en keuze; is ook een contactmoment',
    description:
      'Legt in één keer het contactmoment (gesproken, telt als gezien) en het gesprek vast. Het advies wordt berekend ' +
      'uit de scores met de adviesregels van de organisatie; een keuze die afwijkt van het advies vraagt afwijkingReden. ' +
      'Met categorieOvernemen krijgt de klant de gekozen categorie (en dus de contactnorm).',
  })
  @ApiCreatedResponse({ type: GesprekDto })
  maak(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Body() invoer: GesprekInvoerDto) {
    return this.gesprekken.maak(actor, klantId, invoer);
  }

  @Get('plan')
  @ApiOperation({ summary: 'Plan van aanpak van een klant (versie 0 als er nog geen is; wordt gelogd)' })
  @ApiOkResponse({ type: PlanDto })
  plan(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string) {
    return this.plannen.lees(actor, klantId);
  }

  @Put('plan')
  @ApiOperation({
    summary: 'Plan van aanpak opslaan: alle doelen en de evaluatiedatum (versie verplicht; 0 maakt het plan)',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiConflictResponse({ description: 'Versie verouderd: iemand anders heeft het plan intussen gewijzigd' })
  slaPlanOp(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Body() invoer: PlanInvoerDto) {
    return this.plannen.slaOp(actor, klantId, invoer);
  }

  @Get('plan.pdf')
  @ApiOperation({ summary: 'Het plan als PDF van één A4 in eenvoudige taal, voor de klant (wordt gelogd)' })
  @ApiBestand('application/pdf', 'PDF-bestand "Mijn plan"')
  async planPdf(@HuidigeActor() actor: Actor, @Param('klantId', IdPipe) klantId: string, @Res() response: Response) {
    const pdf = await this.plannen.alsPdf(actor, klantId);
    response.setHeader('Content-Disposition', `attachment; filename="mijn-plan-${klantId.slice(0, 8)}.pdf"`);
    response.type('application/pdf').send(pdf);
  }
}
