import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KlantenController } from './klanten.controller';
import { KlantenService } from './klanten.service';
import { Klant } from './klant.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Klant])],
  controllers: [KlantenController],
  providers: [KlantenService],
  exports: [KlantenService],
})
export class KlantenModule {}
