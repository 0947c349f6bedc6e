import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { Rollen } from '../common/toegang';
import { KeuzeVeld } from '../common/validatie';
import { InzageService } from './inzage.service';

class InzageQuery {
  @KeuzeVeld(['json', 'pdf'], { optioneel: true, beschrijving: 'Standaard json' })
  formaat?: 'json' | 'pdf';
}

/** Answering an AVG art. 15 request: everything held on the client and who read or changed it. */
@ApiTags('audit')
@Controller('klanten')
@Rollen('privacy')
export class InzageController {
  constructor(private readonly inzage: InzageService) {}

  @Get(':id/inzage-export')
  @ApiOperation({
    summary: 'Alles wat het systeem over de klant bewaart, met wie het inzag of wijzigde (AVG art. 15); JSON of PDF',
  })
  @ApiOkResponse({
    description: 'Het inzagedocument: JSON, of met formaat=pdf een toegankelijke PDF voor de klant',
    content: {
      'application/json': {
        schema: { type: 'object', description: 'Klantgegevens, dossier en wie het inzag of wijzigde' },
      },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async export(
    @HuidigeActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Query() query: InzageQuery,
    @Res() response: Response,
  ) {
    const inzage = await this.inzage.verzamel(actor, id);
    const naam = `inzage-${id.slice(0, 8)}-${inzage.opgesteldOp.slice(0, 10)}`;
    if (query.formaat === 'pdf') {
      response.setHeader('Content-Disposition', `attachment; filename="${naam}.pdf"`);
      response.type('application/pdf').send(await this.inzage.alsPdf(inzage));
      return;
    }
    response.setHeader('Content-Disposition', `attachment; filename="${naam}.json"`);
    response.type('application/json').send(JSON.stringify(inzage, null, 2));
  }
}
