import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactmomentenController } from './contactmomenten.controller';
import { ContactmomentenService } from './contactmomenten.service';
import { Contactmoment } from './contactmoment.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Contactmoment])],
  controllers: [ContactmomentenController],
  providers: [ContactmomentenService],
  exports: [ContactmomentenService],
})
export class ContactmomentenModule {}
