import { unlink } from 'node:fs/promises';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { ApiBestand } from '../common/bestand';
import { ValidatieFout } from '../common/fouten';
import { IdPipe } from '../common/id.pipe';
import { PaginaQuery, PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { naarVeldFouten } from '../common/validatie';
import {
  ImportAangemaaktDto,
  ImportDto,
  ImportInvoerDto,
  ImportKoppelingInvoerDto,
  ImportUploadDto,
} from './dto/import.dto';
import { ImportenService } from './importen.service';
import { UploadInterceptor } from './upload.interceptor';

@ApiTags('importen')
@Controller('importen')
@Rollen('beheerder', 'teamleider')
@ApiNotFoundResponse({
  description: 'Import bestaat niet, is van een andere organisatie of (teamleider) van een ander',
})
export class ImportenController {
  constructor(private readonly importen: ImportenService) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(UploadInterceptor)
  @ApiOperation({
    summary: 'Bestand importeren (CSV of Excel): eerst altijd een proefrun; uitvoeren is een aparte stap',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadDto })
  @ApiAcceptedResponse({ type: ImportAangemaaktDto, description: 'De proefrun loopt; volg hem met GET' })
  @ApiBadRequestResponse({ description: 'Soort, bron of bestand ontbreekt of klopt niet' })
  @ApiPayloadTooLargeResponse({ description: 'Het bestand is groter dan IMPORT_MAX_MB' })
  @ApiUnprocessableEntityResponse({ description: 'Deze soort kan nog niet worden geïmporteerd' })
  async start(@HuidigeActor() actor: Actor, @Req() request: Request, @Body() body: Record<string, unknown>) {
    // The form is checked here, not by the global pipe: an error in the fields and a missing file are one answer.
    const bestand = request.file;
    const invoer = plainToInstance(ImportInvoerDto, { soort: body?.soort, bron: body?.bron });
    const fouten = naarVeldFouten(await validate(invoer, { forbidUnknownValues: false }));
    if (!bestand) fouten.push({ veld: 'bestand', melding: 'is verplicht: een CSV- of Excel-bestand' });
    if (fouten.length > 0) {
      if (bestand) await unlink(bestand.path).catch(() => undefined);
      throw new ValidatieFout(fouten);
    }
    return this.importen.start(actor, invoer, { pad: bestand!.path, naam: bestand!.originalname || null });
  }

  @Get()
  @ApiOperation({ summary: 'Imports van de organisatie (beheerder) of de eigen (teamleider), nieuwste eerst' })
  @ApiOkResponse({ type: PaginaVan(ImportDto, 'ImportPagina') })
  lijst(@HuidigeActor() actor: Actor, @Query() query: PaginaQuery) {
    return this.importen.lijst(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Status, voortgang, tellingen en de eerste 200 fouten van een import' })
  @ApiOkResponse({ type: ImportDto })
  vind(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.importen.vind(actor, id);
  }

  @Get(':id/fouten.csv')
  @ApiOperation({ summary: 'Alle fouten van een import als CSV (rij, veld, melding)' })
  @ApiBestand('text/csv', 'CSV-bestand (puntkomma, UTF-8)')
  async foutenCsv(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Res() response: Response) {
    await this.importen.foutenCsv(actor, id, response);
  }

  @Put(':id/koppeling')
  @HttpCode(202)
  @ApiOperation({
    summary: 'De kolommen van het bestand anders aan de velden koppelen; de proefrun loopt opnieuw met die koppeling',
  })
  @ApiAcceptedResponse({ type: ImportDto, description: 'De proefrun loopt opnieuw; volg hem met GET' })
  @ApiBadRequestResponse({
    description: 'Een onbekend veld, een kolom die niet in het bestand staat, een veld twee keer',
  })
  @ApiUnprocessableEntityResponse({
    description: 'De status is niet "klaar" of "afgekeurd", of het bestand is er niet meer',
  })
  wijzigKoppeling(
    @HuidigeActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Body() invoer: ImportKoppelingInvoerDto,
  ) {
    return this.importen.wijzigKoppeling(actor, id, invoer);
  }

  @Post(':id/uitvoeren')
  @HttpCode(202)
  @ApiOperation({ summary: 'Een goedgekeurde proefrun uitvoeren: alle rijen of geen' })
  @ApiAcceptedResponse({ type: ImportDto, description: 'Het uitvoeren loopt; volg het met GET' })
  @ApiUnprocessableEntityResponse({ description: 'De import heeft niet de status "klaar"' })
  uitvoeren(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    return this.importen.uitvoeren(actor, id);
  }
}
