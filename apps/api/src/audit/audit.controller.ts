import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { PaginaVan } from '../common/paginering';
import { Rollen } from '../common/toegang';
import { AuditService } from './audit.service';
import { VerwerkingDto, VerwerkingenQuery, WijzigingDto, WijzigingenQuery } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit')
@Rollen('beheerder')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verwerkingen')
  @ApiOperation({ summary: 'Wie heeft welke klantgegevens ingezien (logboek dataverwerkingen)' })
  @ApiOkResponse({ type: PaginaVan(VerwerkingDto, 'VerwerkingPagina') })
  verwerkingen(@HuidigeActor() actor: Actor, @Query() query: VerwerkingenQuery) {
    return this.audit.verwerkingen(actor, query);
  }

  @Get('wijzigingen')
  @ApiOperation({ summary: 'Wie heeft wat gewijzigd, met oude en nieuwe waarden' })
  @ApiOkResponse({ type: PaginaVan(WijzigingDto, 'WijzigingPagina') })
  wijzigingen(@HuidigeActor() actor: Actor, @Query() query: WijzigingenQuery) {
    return this.audit.wijzigingen(actor, query);
  }
}
