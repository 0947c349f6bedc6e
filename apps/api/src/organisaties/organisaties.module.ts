import { Module } from '@nestjs/common';
import { OrganisatiesController } from './organisaties.controller';
import { OrganisatiesService } from './organisaties.service';

@Module({ controllers: [OrganisatiesController], providers: [OrganisatiesService], exports: [OrganisatiesService] })
export class OrganisatiesModule {}
