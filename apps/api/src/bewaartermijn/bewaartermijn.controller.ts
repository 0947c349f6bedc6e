import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { Rollen } from '../common/toegang';
import { BewaartermijnService } from './bewaartermijn.service';
import { AnonimiserenDto, AnonimiserenQuery, BewaartermijnDto, BewaartermijnInvoerDto } from './dto/bewaartermijn.dto';

@ApiTags('bewaartermijn')
@Controller()
export class BewaartermijnController {
  constructor(private readonly bewaartermijn: BewaartermijnService) {}

  @Get('instellingen/bewaartermijn')
  @Rollen('beheerder', 'privacy')
  @ApiOperation({
    summary: 'De bewaartermijn: jaren na uitstroom, automatisch of niet, en hoeveel klanten er nu over zijn',
  })
  @ApiOkResponse({ type: BewaartermijnDto })
  lees(@HuidigeActor() actor: Actor) {
    return this.bewaartermijn.lees(actor);
  }

  @Put('instellingen/bewaartermijn')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'De bewaartermijn instellen (wordt vastgelegd in de wijzigingen)' })
  @ApiOkResponse({ type: BewaartermijnDto })
  wijzig(@HuidigeActor() actor: Actor, @Body() invoer: BewaartermijnInvoerDto) {
    return this.bewaartermijn.wijzig(actor, invoer);
  }

  @Post('beheer/anonimiseren')
  @Rollen('beheerder')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Persoonsgegevens verwijderen van klanten over de bewaartermijn; met proefrun=true alleen tellen',
  })
  @ApiOkResponse({ type: AnonimiserenDto })
  anonimiseer(@HuidigeActor() actor: Actor, @Query() query: AnonimiserenQuery) {
    return this.bewaartermijn.anonimiseer(actor, query.proefrun === 'true');
  }
}
