import { Module } from '@nestjs/common';
import { WerkvoorraadController } from './werkvoorraad.controller';
import { WerkvoorraadService } from './werkvoorraad.service';

@Module({ controllers: [WerkvoorraadController], providers: [WerkvoorraadService] })
export class WerkvoorraadModule {}
