import { Module } from '@nestjs/common';
import { KlantenController } from './klanten.controller';
import { KlantenService } from './klanten.service';

@Module({ controllers: [KlantenController], providers: [KlantenService], exports: [KlantenService] })
export class KlantenModule {}
