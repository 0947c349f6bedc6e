import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LadderController } from './ladder.controller';
import { LadderService } from './ladder.service';
import { LadderMeting } from './ladder-meting.entity';

@Module({
  imports: [TypeOrmModule.forFeature([LadderMeting])],
  controllers: [LadderController],
  providers: [LadderService],
})
export class LadderModule {}
