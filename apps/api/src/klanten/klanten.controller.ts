import { DOSSIER_ROLLEN } from '@klant-in-beeld/domain';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ZoekBegrenzing } from '../common/begrenzing';
import { Actor, HuidigeActor } from '../common/actor';
import { PaginaQuery, PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { IdPipe } from '../common/id.pipe';
import {
  BsnInzageDto,
  DoorbrekenDto,
  DoorbrekingDto,
  HerverdelenAntwoordDto,
  HerverdelenDto,
  KlantDto,
  KlantInvoerDto,
  KlantLijstQuery,
  KlantSamenvattingDto,
  KlantWijzigingDto,
} from './dto/klant.dto';
import { TijdlijnPagina } from './dto/tijdlijn.dto';
import { KlantenService } from './klanten.service';
import { ToegangService } from '../toegang/toegang.service';

@ApiTags('klanten')
@Controller('klanten')
@Rollen('klantmanager', 'teamleider')
@ApiNotFoundResponse({ description: 'Klant bestaat niet of hoort bij een andere organisatie' })
export class KlantenController {
  constructor(
    private readonly klanten: KlantenService,
    private readonly toegang: ToegangService,
  ) {}

  @Get()
  @UseGuards(ZoekBegrenzing)
  @ApiTooManyRequestsResponse({ description: 'Te vaak gezocht in een minuut' })
  @ApiOperation({ summary: 'Klanten zoeken en filteren (BSN gemaskeerd; op BSN alleen met alle 9 cijfers)' })
  @ApiOkResponse({ type: PaginaVan(KlantSamenvattingDto, 'KlantSamenvattingPagina') })
  lijst(@HuidigeActor() actor: Actor, @Query() query: KlantLijstQuery) {
    return this.klanten.lijst(actor, query);
  }

  @Post()
  @ApiOperation({ summary: 'Klant registreren' })
  @ApiCreatedResponse({ type: KlantDto })
  @ApiConflictResponse({ description: 'BSN bestaat al in deze organisatie' })
  maak(@HuidigeActor() actor: Actor, @Body() invoer: KlantInvoerDto) {
    return this.klanten.maak(actor, invoer);
  }

  @Post('herverdelen')
  @Rollen('teamleider')
  @HttpCode(200)
  @ApiOperation({ summary: 'Klanten naar een andere klantmanager (teamleider; alles of niets)' })
  @ApiOkResponse({ type: HerverdelenAntwoordDto })
  herverdeel(@HuidigeActor() actor: Actor, @Body() invoer: HerverdelenDto) {
    return this.klanten.herverdeel(actor, invoer);
  }

  @Get(':id')
  @Rollen(...DOSSIER_ROLLEN)
  @ApiOperation({ summary: 'Klantdossier: gegevens, in-beeldstatus en huidige trede (wordt gelogd)' })
  @ApiOkResponse({ type: KlantDto })
  vind(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.klanten.vind(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Klantgegevens wijzigen (versie verplicht)' })
  @ApiOkResponse({ type: KlantDto })
  @ApiConflictResponse({ description: 'Versie verouderd, of BSN bestaat al' })
  wijzig(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: KlantWijzigingDto) {
    return this.klanten.wijzig(actor, id, invoer);
  }

  @Post(':id/bsn-inzage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Het volledige BSN tonen: een aparte, gelogde handeling (lijsten tonen het gemaskeerd)' })
  @ApiOkResponse({ type: BsnInzageDto })
  @ApiUnprocessableEntityResponse({ description: 'Het BSN is verwijderd na de bewaartermijn (GEANONIMISEERD)' })
  bsnInzage(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.klanten.bsnInzage(actor, id);
  }

  @Post(':id/doorbreken')
  @ApiOperation({
    summary:
      'Een dossier van een ander team openen met een reden, voor de rest van vandaag (wordt gelogd en gerapporteerd)',
  })
  @ApiCreatedResponse({ type: DoorbrekingDto })
  doorbreek(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() invoer: DoorbrekenDto) {
    return this.toegang.doorbreek(actor, id, invoer.reden);
  }

  @Get(':id/tijdlijn')
  @Rollen(...DOSSIER_ROLLEN)
  @ApiOperation({ summary: 'Alles in het dossier, nieuwste eerst (wordt gelogd)' })
  @ApiOkResponse({ type: TijdlijnPagina })
  tijdlijn(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: PaginaQuery) {
    return this.klanten.tijdlijn(actor, id, query);
  }
}
