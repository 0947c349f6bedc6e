import { Module } from '@nestjs/common';
import { BriefSjablonenController, CampagneBrievenController } from './brieven.controller';
import { BrievenService } from './brieven.service';

@Module({ controllers: [BriefSjablonenController, CampagneBrievenController], providers: [BrievenService] })
export class BrievenModule {}
