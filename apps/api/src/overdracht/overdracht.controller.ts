import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { Rollen } from '../common/toegang';
import { OverdrachtService } from './overdracht.service';

/** Handing a dossier over to another organisatie: the document that `soort: "overdracht"` imports. */
@ApiTags('importen')
@Controller('klanten')
@Rollen('klantmanager', 'teamleider')
export class OverdrachtController {
  constructor(private readonly overdracht: OverdrachtService) {}

  @Get(':id/overdracht')
  @ApiOperation({
    summary: 'Het hele dossier als één overdrachtsdocument (JSON, met volledig BSN) voor een andere organisatie',
    description:
      'De vorm staat in docs/overdracht.schema.json (JSON Schema 2020-12) en docs/overdracht.md. Dezelfde ' +
      'toegangsregel als het dossier; elke export staat als klant.overdracht_export in het verwerkingenlogboek.',
  })
  @ApiOkResponse({
    description: 'Het overdrachtsdocument, als download',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          description:
            'formaat "klant-in-beeld-overdracht", versie, opgesteldOp, bron, klant, toewijzingen, contactmomenten, ' +
            'ladderMetingen, afspraken, vrijstellingen (docs/overdracht.schema.json)',
        },
      },
    },
  })
  @ApiNotFoundResponse({ description: 'Klant bestaat niet of hoort bij een andere organisatie' })
  @ApiUnprocessableEntityResponse({ description: 'De gegevens van de klant zijn verwijderd (GEANONIMISEERD)' })
  async export(
    @HuidigeActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const document = await this.overdracht.document(actor, id);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="overdracht-${id.slice(0, 8)}-${String(document.opgesteldOp).slice(0, 10)}.json"`,
    );
    return document;
  }
}
