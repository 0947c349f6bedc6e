import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Gemeente } from './gemeente.entity';
import { Medewerker } from './medewerker.entity';
import { Organisatie } from './organisatie.entity';
import { OrganisatiesController } from './organisaties.controller';
import { OrganisatiesService } from './organisaties.service';
import { Team } from './team.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Organisatie, Gemeente, Team, Medewerker])],
  controllers: [OrganisatiesController],
  providers: [OrganisatiesService],
  exports: [OrganisatiesService],
})
export class OrganisatiesModule {}
