import { Module } from '@nestjs/common';
import { ContactmomentenModule } from '../contactmomenten/contactmomenten.module';
import { AgendaService } from './agenda.service';
import { CampagneRapportController } from './campagne-rapport.controller';
import { AgendaController, CampagnesController } from './campagnes.controller';
import { CampagnesService } from './campagnes.service';
import { DeelnemersService } from './deelnemers.service';
import { EffectService } from './effect.service';
import { TrechterExportService } from './trechter-export.service';

@Module({
  imports: [ContactmomentenModule],
  controllers: [CampagnesController, AgendaController, CampagneRapportController],
  providers: [CampagnesService, DeelnemersService, AgendaService, EffectService, TrechterExportService],
  exports: [CampagnesService],
})
export class CampagnesModule {}
