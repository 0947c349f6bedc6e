import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Gemeente } from './gemeente.entity';
import { MedewerkersController } from './medewerkers.controller';
import { MedewerkersService } from './medewerkers.service';
import { Medewerker } from './medewerker.entity';
import { Organisatie } from './organisatie.entity';
import { OrganisatiesController } from './organisaties.controller';
import { OrganisatiesService } from './organisaties.service';
import { Team } from './team.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Organisatie, Gemeente, Team, Medewerker])],
  controllers: [OrganisatiesController, MedewerkersController],
  providers: [OrganisatiesService, MedewerkersService],
  exports: [OrganisatiesService, MedewerkersService],
})
export class OrganisatiesModule {}
