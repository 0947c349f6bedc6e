import { Module } from '@nestjs/common';
import { BewaartermijnController } from './bewaartermijn.controller';
import { BewaartermijnService } from './bewaartermijn.service';
import { BewaartermijnTaak } from './bewaartermijn.taak';

@Module({
  controllers: [BewaartermijnController],
  providers: [BewaartermijnService, BewaartermijnTaak],
  exports: [BewaartermijnTaak],
})
export class BewaartermijnModule {}
