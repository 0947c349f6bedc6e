import { Module } from '@nestjs/common';
import { KlantenModule } from '../klanten/klanten.module';
import { VrijstellingenController } from './vrijstellingen.controller';
import { VrijstellingenService } from './vrijstellingen.service';

@Module({ imports: [KlantenModule], controllers: [VrijstellingenController], providers: [VrijstellingenService] })
export class VrijstellingenModule {}
