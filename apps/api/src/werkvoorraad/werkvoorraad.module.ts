import { Module } from '@nestjs/common';
import { KlantenModule } from '../klanten/klanten.module';
import { WerkvoorraadController } from './werkvoorraad.controller';
import { WerkvoorraadService } from './werkvoorraad.service';

@Module({ imports: [KlantenModule], controllers: [WerkvoorraadController], providers: [WerkvoorraadService] })
export class WerkvoorraadModule {}
