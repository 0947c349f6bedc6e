import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { ApiBestand } from '../common/bestand';
import { IdPipe } from '../common/id.pipe';
import { Rollen } from '../common/toegang';
import { BrievenService } from './brieven.service';
import { BriefInvoerDto, BriefVoorbeeldInvoerDto, BrievenDto, BrievenPdfQuery } from './dto/brief.dto';

@ApiTags('brieven')
@Controller('instellingen/brieven')
export class BriefSjablonenController {
  constructor(private readonly brieven: BrievenService) {}

  @Get()
  @Rollen('beheerder', 'teamleider')
  @ApiOperation({ summary: 'Uitnodigingsbrief van de organisatie en per gemeente, met de samenvoegvelden' })
  @ApiOkResponse({ type: BrievenDto })
  lijst(@HuidigeActor() actor: Actor) {
    return this.brieven.lijst(actor);
  }

  @Put()
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Uitnodigingsbrief opslaan (organisatie of één gemeente); onbekend samenvoegveld: 400' })
  @ApiOkResponse({ type: BrievenDto })
  @ApiConflictResponse({ description: 'Versie verouderd: iemand anders heeft de brief intussen gewijzigd' })
  slaOp(@HuidigeActor() actor: Actor, @Body() invoer: BriefInvoerDto) {
    return this.brieven.slaOp(actor, invoer);
  }

  @Post('voorbeeld')
  @HttpCode(200)
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Niet-opgeslagen brief als PDF, gevuld met voorbeeldgegevens' })
  @ApiBestand('application/pdf', 'PDF met één voorbeeldbrief')
  async voorbeeld(@HuidigeActor() actor: Actor, @Body() invoer: BriefVoorbeeldInvoerDto, @Res() response: Response) {
    const pdf = await this.brieven.voorbeeld(actor, invoer);
    response.setHeader('Content-Disposition', 'inline; filename="voorbeeldbrief.pdf"');
    response.type('application/pdf').send(pdf);
  }

  @Delete(':gemeenteId')
  @HttpCode(204)
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Eigen brief van een gemeente weghalen: de gemeente krijgt weer die van de organisatie' })
  @ApiNoContentResponse({ description: 'Weggehaald' })
  @ApiNotFoundResponse({ description: 'Deze gemeente heeft geen eigen brief' })
  verwijder(@HuidigeActor() actor: Actor, @Param('gemeenteId', IdPipe) gemeenteId: string) {
    return this.brieven.verwijder(actor, gemeenteId);
  }
}

@ApiTags('brieven')
@Controller('campagnes/:id')
export class CampagneBrievenController {
  constructor(private readonly brieven: BrievenService) {}

  @Get('brieven.pdf')
  @Rollen('teamleider', 'klantmanager', 'extern')
  @ApiOperation({
    summary: 'Alle uitnodigingsbrieven van één dag in één PDF, één A4 per brief (wordt gelogd)',
    description:
      'Alleen brieven van klanten die de vrager mag openen; een externe medewerker alleen zolang de campagne loopt.',
  })
  @ApiBestand('application/pdf', 'PDF met de brieven')
  @ApiNotFoundResponse({ description: 'Campagne onbekend, of geen brieven op die dag' })
  async pdf(
    @HuidigeActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Query() query: BrievenPdfQuery,
    @Res() response: Response,
  ) {
    const pdf = await this.brieven.brievenPdf(actor, id, query.datum);
    response.setHeader('Content-Disposition', `attachment; filename="brieven-${query.datum}.pdf"`);
    response.type('application/pdf').send(pdf);
  }
}
