import { Module } from '@nestjs/common';
import { ContactmomentenModule } from '../contactmomenten/contactmomenten.module';
import { GesprekkenController } from './gesprekken.controller';
import { GesprekkenService } from './gesprekken.service';
import { InstrumentService } from './instrument.service';
import { LeefgebiedenController } from './leefgebieden.controller';
import { PlanService } from './plan.service';

@Module({
  imports: [ContactmomentenModule],
  controllers: [LeefgebiedenController, GesprekkenController],
  providers: [InstrumentService, GesprekkenService, PlanService],
  exports: [InstrumentService],
})
export class GesprekkenModule {}
