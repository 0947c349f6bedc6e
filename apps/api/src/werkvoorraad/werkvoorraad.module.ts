import { Module } from '@nestjs/common';
import { WeekstartController } from './weekstart.controller';
import { WeekstartService } from './weekstart.service';
import { WerkvoorraadController } from './werkvoorraad.controller';
import { WerkvoorraadService } from './werkvoorraad.service';

@Module({
  controllers: [WerkvoorraadController, WeekstartController],
  providers: [WerkvoorraadService, WeekstartService],
})
export class WerkvoorraadModule {}
