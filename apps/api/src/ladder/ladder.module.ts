import { Module } from '@nestjs/common';
import { KlantenModule } from '../klanten/klanten.module';
import { LadderController } from './ladder.controller';
import { LadderService } from './ladder.service';

@Module({ imports: [KlantenModule], controllers: [LadderController], providers: [LadderService] })
export class LadderModule {}
