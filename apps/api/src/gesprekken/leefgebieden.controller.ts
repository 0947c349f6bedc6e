import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { Rollen } from '../common/toegang';
import { InstrumentDto, InstrumentInvoerDto } from './dto/instrument.dto';
import { PadenDto } from './dto/paden.dto';
import { InstrumentService } from './instrument.service';

@ApiTags('instellingen')
@Controller('instellingen')
export class LeefgebiedenController {
  constructor(private readonly instrument: InstrumentService) {}

  @Get('leefgebieden')
  @Rollen('klantmanager', 'teamleider', 'beheerder', 'beleid')
  @ApiOperation({ summary: 'Het actieve instrument: leefgebieden, niveaus en adviesregels' })
  @ApiOkResponse({ type: InstrumentDto })
  leefgebieden(@HuidigeActor() actor: Actor) {
    return this.instrument.actief(actor);
  }

  @Put('leefgebieden')
  @Rollen('beheerder')
  @ApiOperation({
    summary: 'Instrument vervangen (functioneel beheerder): maakt een nieuwe versie, oude scores houden de hunne',
  })
  @ApiOkResponse({ type: InstrumentDto })
  wijzigLeefgebieden(@HuidigeActor() actor: Actor, @Body() invoer: InstrumentInvoerDto) {
    return this.instrument.wijzig(actor, invoer);
  }

  @Get('dienstverleningspaden')
  @Rollen('klantmanager', 'teamleider', 'beheerder', 'beleid')
  @ApiOperation({ summary: 'Dienstverleningspaden van de organisatie' })
  @ApiOkResponse({ type: PadenDto })
  paden(@HuidigeActor() actor: Actor) {
    return this.instrument.paden(actor);
  }

  @Put('dienstverleningspaden')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Dienstverleningspaden vervangen: hernoemen, toevoegen, op niet actief zetten' })
  @ApiOkResponse({ type: PadenDto })
  wijzigPaden(@HuidigeActor() actor: Actor, @Body() invoer: PadenDto) {
    return this.instrument.wijzigPaden(actor, invoer);
  }
}
