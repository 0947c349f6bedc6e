import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VrijstellingenController } from './vrijstellingen.controller';
import { VrijstellingenService } from './vrijstellingen.service';
import { Vrijstelling } from './vrijstelling.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Vrijstelling])],
  controllers: [VrijstellingenController],
  providers: [VrijstellingenService],
})
export class VrijstellingenModule {}
