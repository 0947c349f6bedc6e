import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBestand } from '../common/bestand';
import type { Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { AuditService } from './audit.service';
import {
  KlantOpBsnAntwoordDto,
  KlantOpBsnDto,
  RapportDto,
  RapportQuery,
  VerwerkingDto,
  VerwerkingenQuery,
  VerwerkingsactiviteitDto,
  WijzigingDto,
  WijzigingenQuery,
} from './dto/audit.dto';
import { MaandrapportService } from './maandrapport.service';

/** The logs are for the privacy officer; the beheerder reads only the changes to settings and organisation. */
@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly maandrapport: MaandrapportService,
  ) {}

  @Get('audit/verwerkingen')
  @Rollen('privacy')
  @ApiOperation({
    summary: 'Wie heeft welke klantgegevens ingezien (logboek dataverwerkingen); het inzien wordt zelf ook gelogd',
  })
  @ApiOkResponse({ type: PaginaVan(VerwerkingDto, 'VerwerkingPagina') })
  verwerkingen(@HuidigeActor() actor: Actor, @Query() query: VerwerkingenQuery) {
    return this.audit.verwerkingen(actor, query);
  }

  @Get('audit/wijzigingen')
  @Rollen('privacy', 'beheerder')
  @ApiOperation({
    summary: 'Wie heeft wat gewijzigd, met oude en nieuwe waarden (beheerder: alleen instellingen en organisatie)',
  })
  @ApiOkResponse({ type: PaginaVan(WijzigingDto, 'WijzigingPagina') })
  wijzigingen(@HuidigeActor() actor: Actor, @Query() query: WijzigingenQuery) {
    return this.audit.wijzigingen(actor, query);
  }

  @Post('audit/klant-op-bsn')
  @Rollen('privacy')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een klant vinden op het volledige BSN (voor het logboek of een inzageverzoek); wordt gelogd',
  })
  @ApiOkResponse({ type: KlantOpBsnAntwoordDto })
  klantOpBsn(@HuidigeActor() actor: Actor, @Body() invoer: KlantOpBsnDto) {
    return this.audit.klantOpBsn(actor, invoer.bsn);
  }

  @Get('audit/rapport')
  @Rollen('privacy')
  @ApiOperation({
    summary:
      'Maandrapport per medewerker: inzagen, klanten, buiten het eigen team, doorbrekingen, BSN getoond, exports, geweigerd',
  })
  @ApiOkResponse({ type: RapportDto })
  rapport(@HuidigeActor() actor: Actor, @Query() query: RapportQuery) {
    return this.maandrapport.rapport(actor, query.maand);
  }

  @Get('audit/rapport.csv')
  @Rollen('privacy')
  @ApiOperation({ summary: 'Het maandrapport als CSV (puntkomma, UTF-8)' })
  @ApiBestand('text/csv', 'CSV-bestand')
  async rapportCsv(@HuidigeActor() actor: Actor, @Query() query: RapportQuery, @Res() response: Response) {
    const csv = await this.maandrapport.alsCsv(actor, query.maand);
    response.setHeader('Content-Disposition', `attachment; filename="gebruik-${query.maand}.csv"`);
    response.type('text/csv; charset=utf-8').send(csv);
  }

  @Get('verwerkingsactiviteiten')
  @Rollen('privacy', 'beheerder')
  @ApiOperation({ summary: 'Het register van verwerkingsactiviteiten van de organisatie' })
  @ApiOkResponse({ type: VerwerkingsactiviteitDto, isArray: true })
  verwerkingsactiviteiten(@HuidigeActor() actor: Actor) {
    return this.audit.verwerkingsactiviteiten(actor);
  }
}
