import { Module } from '@nestjs/common';
import { VrijstellingenController } from './vrijstellingen.controller';
import { VrijstellingenService } from './vrijstellingen.service';

@Module({ controllers: [VrijstellingenController], providers: [VrijstellingenService] })
export class VrijstellingenModule {}
