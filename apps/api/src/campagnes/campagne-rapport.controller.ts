import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { Actor, HuidigeActor } from '../common/actor';
import { ApiBestand, XLSX } from '../common/bestand';
import { IdPipe } from '../common/id.pipe';
import { Rollen } from '../common/toegang';
import { CampagneEffectDto } from './dto/effect.dto';
import { EffectService } from './effect.service';
import { TrechterExportService } from './trechter-export.service';

/** The campagne's figures for teamleider and beleid (beleid with suppression): the effect and the funnel export. */
@ApiTags('campagnes')
@Controller('campagnes')
@Rollen('teamleider', 'beleid')
@ApiNotFoundResponse({ description: 'Campagne bestaat niet of hoort bij een andere organisatie' })
@ApiUnprocessableEntityResponse({ description: 'De campagne is nog concept: er is nog geen cohort' })
export class CampagneRapportController {
  constructor(
    private readonly effect: EffectService,
    private readonly export_: TrechterExportService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/effect')
  @ApiOperation({
    summary: 'Effect 6 en 12 maanden na het campagnegesprek: ladder, leefgebieden en uitstroom, met referentiegroep',
  })
  @ApiOkResponse({ type: CampagneEffectDto })
  async lees(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string) {
    const effect = await this.effect.effect(actor, id);
    // Aggregates only, no data subject; still a processing of the 'rapportage' activity, as the reports log it.
    await this.audit.verwerking(actor, 'campagne.effect', null, { activiteit: 'rapportage' });
    return effect;
  }

  @Get(':id/trechter.xlsx')
  @ApiOperation({ summary: 'Trechter, paden, per medewerker en effect van de campagne als Excel-werkboek' })
  @ApiBestand(XLSX, 'Excel-werkboek')
  async trechterXlsx(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Res() response: Response) {
    const { naam, bestand } = await this.export_.werkboek(actor, id);
    await this.audit.verwerking(actor, 'campagne.trechter.export', null, { activiteit: 'rapportage' });
    response.setHeader('Content-Disposition', `attachment; filename="${naam}.xlsx"`);
    response.type(XLSX).send(bestand);
  }
}
