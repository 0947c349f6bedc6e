import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AfsprakenController } from './afspraken.controller';
import { AfsprakenService } from './afspraken.service';
import { Afspraak } from './afspraak.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Afspraak])],
  controllers: [AfsprakenController],
  providers: [AfsprakenService],
})
export class AfsprakenModule {}
