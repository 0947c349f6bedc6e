import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { Rollen } from '../common/toegang';
import { WeekstartDto, WeekstartQuery } from './dto/weekstart.dto';
import { WeekstartService } from './weekstart.service';

@ApiTags('werkvoorraad')
@Controller()
export class WeekstartController {
  constructor(private readonly weekstart: WeekstartService) {}

  @Get('teams/:id/weekstart')
  @Rollen('teamleider')
  @ApiOperation({
    summary:
      'Weekstart campagne: per medewerker gesprekken gepland, gevoerd en no-shows deze week naast de werkvoorraad',
  })
  @ApiOkResponse({ type: WeekstartDto })
  @ApiNotFoundResponse({ description: 'Team bestaat niet of hoort bij een andere organisatie' })
  lijst(@HuidigeActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: WeekstartQuery) {
    return this.weekstart.weekstart(actor, id, query.week);
  }
}
