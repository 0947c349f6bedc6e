import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ApiBestand, XLSX } from '../common/bestand';
import type { Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { Rollen } from '../common/toegang';
import {
  DoorstroomDto,
  KerncijfersDto,
  KerncijfersQuery,
  LeefgebiedenBewegingDto,
  LeefgebiedenDto,
  PeriodeQuery,
  TrendDto,
} from './dto/rapportage.dto';
import {
  bewegingOnderdelen,
  doorstroomOnderdelen,
  kerncijferOnderdelen,
  leefgebiedenOnderdelen,
  naarCsv,
  naarXlsx,
  type Onderdeel,
} from './rapportages.export';
import { AuditService } from '../audit/audit.service';
import { RapportagesService } from './rapportages.service';
import { TrendThrottlerGuard } from './trend-throttler.guard';

function filterTekst(query: { gemeenteId?: string; teamId?: string }): string {
  return (
    [query.gemeenteId ? `gemeente ${query.gemeenteId}` : '', query.teamId ? `team ${query.teamId}` : '']
      .filter(Boolean)
      .join(', ') || 'hele organisatie'
  );
}

async function stuurBestand(
  response: Response,
  onderdelen: Onderdeel[],
  naam: string,
  soort: 'csv' | 'xlsx',
): Promise<void> {
  response.setHeader('Content-Disposition', `attachment; filename="${naam}.${soort}"`);
  if (soort === 'csv') {
    response.type('text/csv; charset=utf-8').send(naarCsv(onderdelen));
  } else {
    response.type(XLSX).send(await naarXlsx(onderdelen, naam));
  }
}

/** Kerncijfers for beleid, teamleider and beheerder: aggregates only; beleid gets counts below 5 suppressed. */
@ApiTags('rapportages')
@Controller('rapportages')
@Rollen('beleid', 'teamleider', 'beheerder')
export class RapportagesController {
  constructor(
    private readonly rapportages: RapportagesService,
    private readonly audit: AuditService,
  ) {}

  /** Aggregates only, no data subject; still a processing of the 'rapportage' activity in the access log. */
  private registreer<T>(actor: Actor, handeling: string, antwoord: T): Promise<T> {
    return this.audit.verwerking(actor, handeling, null, { activiteit: 'rapportage' }).then(() => antwoord);
  }

  @Get('kerncijfers')
  @ApiOperation({ summary: 'Kerncijfers op een peildatum (een datum in het verleden geeft de toestand van toen)' })
  @ApiOkResponse({ type: KerncijfersDto })
  async kerncijfers(@HuidigeActor() actor: Actor, @Query() query: KerncijfersQuery) {
    return this.registreer(actor, 'rapportage.kerncijfers', await this.rapportages.kerncijfers(actor, query));
  }

  @Get('kerncijfers.csv')
  @ApiOperation({ summary: 'Kerncijfers als CSV (puntkomma, UTF-8)' })
  @ApiBestand('text/csv', 'CSV-bestand')
  async kerncijfersCsv(@HuidigeActor() actor: Actor, @Query() query: KerncijfersQuery, @Res() response: Response) {
    const k = await this.rapportages.kerncijfers(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(response, kerncijferOnderdelen(k, filterTekst(query)), `kerncijfers-${k.peildatum}`, 'csv');
  }

  @Get('kerncijfers.xlsx')
  @ApiOperation({ summary: 'Kerncijfers als Excel-werkboek, een blad per onderdeel' })
  @ApiBestand(XLSX, 'Excel-werkboek')
  async kerncijfersXlsx(@HuidigeActor() actor: Actor, @Query() query: KerncijfersQuery, @Res() response: Response) {
    const k = await this.rapportages.kerncijfers(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(response, kerncijferOnderdelen(k, filterTekst(query)), `kerncijfers-${k.peildatum}`, 'xlsx');
  }

  @Get('doorstroom')
  @ApiOperation({ summary: 'Doorstroom op de participatieladder: trede op van → trede op tot' })
  @ApiOkResponse({ type: DoorstroomDto })
  async doorstroom(@HuidigeActor() actor: Actor, @Query() query: PeriodeQuery) {
    return this.registreer(actor, 'rapportage.doorstroom', await this.rapportages.doorstroom(actor, query));
  }

  @Get('doorstroom.csv')
  @ApiOperation({ summary: 'Doorstroom op de participatieladder als CSV (puntkomma, UTF-8)' })
  @ApiBestand('text/csv', 'CSV-bestand')
  async doorstroomCsv(@HuidigeActor() actor: Actor, @Query() query: PeriodeQuery, @Res() response: Response) {
    const d = await this.rapportages.doorstroom(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(response, doorstroomOnderdelen(d, filterTekst(query)), `doorstroom-${d.van}-${d.tot}`, 'csv');
  }

  @Get('doorstroom.xlsx')
  @ApiOperation({ summary: 'Doorstroom op de participatieladder als Excel-werkboek' })
  @ApiBestand(XLSX, 'Excel-werkboek')
  async doorstroomXlsx(@HuidigeActor() actor: Actor, @Query() query: PeriodeQuery, @Res() response: Response) {
    const d = await this.rapportages.doorstroom(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(response, doorstroomOnderdelen(d, filterTekst(query)), `doorstroom-${d.van}-${d.tot}`, 'xlsx');
  }

  @Get('leefgebieden')
  @ApiOperation({ summary: 'Niveaus per leefgebied, klanten per dienstverleningspad en plannen op een peildatum' })
  @ApiOkResponse({ type: LeefgebiedenDto })
  async leefgebieden(@HuidigeActor() actor: Actor, @Query() query: KerncijfersQuery) {
    return this.registreer(actor, 'rapportage.leefgebieden', await this.rapportages.leefgebieden(actor, query));
  }

  @Get('leefgebieden.csv')
  @ApiOperation({ summary: 'Leefgebieden, paden en plannen als CSV (puntkomma, UTF-8)' })
  @ApiBestand('text/csv', 'CSV-bestand')
  async leefgebiedenCsv(@HuidigeActor() actor: Actor, @Query() query: KerncijfersQuery, @Res() response: Response) {
    const l = await this.rapportages.leefgebieden(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(response, leefgebiedenOnderdelen(l, filterTekst(query)), `leefgebieden-${l.peildatum}`, 'csv');
  }

  @Get('leefgebieden.xlsx')
  @ApiOperation({ summary: 'Leefgebieden, paden en plannen als Excel-werkboek, een blad per onderdeel' })
  @ApiBestand(XLSX, 'Excel-werkboek')
  async leefgebiedenXlsx(@HuidigeActor() actor: Actor, @Query() query: KerncijfersQuery, @Res() response: Response) {
    const l = await this.rapportages.leefgebieden(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(response, leefgebiedenOnderdelen(l, filterTekst(query)), `leefgebieden-${l.peildatum}`, 'xlsx');
  }

  @Get('leefgebieden/beweging')
  @ApiOperation({ summary: 'Beweging per leefgebied: niveau op van → niveau op tot' })
  @ApiOkResponse({ type: LeefgebiedenBewegingDto })
  async leefgebiedenBeweging(@HuidigeActor() actor: Actor, @Query() query: PeriodeQuery) {
    return this.registreer(
      actor,
      'rapportage.leefgebieden-beweging',
      await this.rapportages.leefgebiedenBeweging(actor, query),
    );
  }

  @Get('leefgebieden/beweging.csv')
  @ApiOperation({ summary: 'Beweging per leefgebied als CSV (puntkomma, UTF-8)' })
  @ApiBestand('text/csv', 'CSV-bestand')
  async bewegingCsv(@HuidigeActor() actor: Actor, @Query() query: PeriodeQuery, @Res() response: Response) {
    const b = await this.rapportages.leefgebiedenBeweging(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(
      response,
      bewegingOnderdelen(b, filterTekst(query)),
      `leefgebieden-beweging-${b.van}-${b.tot}`,
      'csv',
    );
  }

  @Get('leefgebieden/beweging.xlsx')
  @ApiOperation({ summary: 'Beweging per leefgebied als Excel-werkboek' })
  @ApiBestand(XLSX, 'Excel-werkboek')
  async bewegingXlsx(@HuidigeActor() actor: Actor, @Query() query: PeriodeQuery, @Res() response: Response) {
    const b = await this.rapportages.leefgebiedenBeweging(actor, query);
    await this.registreer(actor, 'rapportage.export', null);
    await stuurBestand(
      response,
      bewegingOnderdelen(b, filterTekst(query)),
      `leefgebieden-beweging-${b.van}-${b.tot}`,
      'xlsx',
    );
  }

  @Get('trend')
  @UseGuards(TrendThrottlerGuard)
  @ApiTooManyRequestsResponse({ description: 'Te vaak opgevraagd in een minuut' })
  @ApiOperation({ summary: 'Kerncijfers per maand (maandeinde; de laatste op tot)' })
  @ApiOkResponse({ type: TrendDto })
  async trend(@HuidigeActor() actor: Actor, @Query() query: PeriodeQuery) {
    return this.registreer(actor, 'rapportage.trend', await this.rapportages.trend(actor, query));
  }
}
