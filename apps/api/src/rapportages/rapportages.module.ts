import { Module } from '@nestjs/common';
import { RapportMaandenVoorbereiding } from './rapport-maanden.voorbereiding';
import { RapportagesController } from './rapportages.controller';
import { RapportagesService } from './rapportages.service';
import { TrendThrottlerGuard } from './trend-throttler.guard';

@Module({ controllers: [RapportagesController], providers: [RapportagesService, RapportMaandenVoorbereiding, TrendThrottlerGuard] })
export class RapportagesModule {}
