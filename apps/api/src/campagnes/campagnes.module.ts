import { Module } from '@nestjs/common';
import { ContactmomentenModule } from '../contactmomenten/contactmomenten.module';
import { AgendaService } from './agenda.service';
import { AgendaController, CampagnesController } from './campagnes.controller';
import { CampagnesService } from './campagnes.service';
import { DeelnemersService } from './deelnemers.service';

@Module({
  imports: [ContactmomentenModule],
  controllers: [CampagnesController, AgendaController],
  providers: [CampagnesService, DeelnemersService, AgendaService],
  exports: [CampagnesService],
})
export class CampagnesModule {}
