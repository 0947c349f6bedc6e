import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, HuidigeActor } from '../common/actor';
import { Rollen } from '../common/toegang';
import { CategorieenDto } from './dto/categorieen.dto';
import { ContactnormenDto } from './dto/contactnormen.dto';
import { InstellingenService } from './instellingen.service';

@ApiTags('instellingen')
@Controller('instellingen')
export class InstellingenController {
  constructor(private readonly instellingen: InstellingenService) {}

  @Get('contactnormen')
  @Rollen('klantmanager', 'teamleider', 'beleid', 'beheerder')
  @ApiOperation({ summary: 'Contactnormen van de organisatie' })
  @ApiOkResponse({ type: ContactnormenDto })
  contactnormen(@HuidigeActor() actor: Actor) {
    return this.instellingen.contactnormen(actor);
  }

  @Put('contactnormen')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Contactnormen vervangen (functioneel beheerder)' })
  @ApiOkResponse({ type: ContactnormenDto })
  wijzig(@HuidigeActor() actor: Actor, @Body() invoer: ContactnormenDto) {
    return this.instellingen.wijzigContactnormen(actor, invoer);
  }

  @Get('dienstverleningscategorieen')
  @Rollen('klantmanager', 'teamleider', 'beleid', 'beheerder', 'privacy')
  @ApiOperation({ summary: 'Dienstverleningscategorieën met contactnorm en soorten afspraak' })
  @ApiOkResponse({ type: CategorieenDto })
  categorieen(@HuidigeActor() actor: Actor) {
    return this.instellingen.categorieen(actor);
  }

  @Put('dienstverleningscategorieen')
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Dienstverleningscategorieën vervangen: hernoemen, toevoegen, op niet actief zetten' })
  @ApiOkResponse({ type: CategorieenDto })
  wijzigCategorieen(@HuidigeActor() actor: Actor, @Body() invoer: CategorieenDto) {
    return this.instellingen.wijzigCategorieen(actor, invoer);
  }
}
