import { Module } from '@nestjs/common';
import { InstellingenController } from './instellingen.controller';
import { InstellingenService } from './instellingen.service';

@Module({ controllers: [InstellingenController], providers: [InstellingenService] })
export class InstellingenModule {}
