import { Module } from '@nestjs/common';
import { RapportagesController } from './rapportages.controller';
import { RapportagesService } from './rapportages.service';

@Module({ controllers: [RapportagesController], providers: [RapportagesService] })
export class RapportagesModule {}
