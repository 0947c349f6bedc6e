import { Module } from '@nestjs/common';
import { RapportMaandenVoorbereiding } from './rapport-maanden.voorbereiding';
import { RapportagesController } from './rapportages.controller';
import { RapportagesService } from './rapportages.service';

@Module({ controllers: [RapportagesController], providers: [RapportagesService, RapportMaandenVoorbereiding] })
export class RapportagesModule {}
