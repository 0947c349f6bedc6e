import { Module } from '@nestjs/common';
import { KlantenModule } from '../klanten/klanten.module';
import { AfsprakenController } from './afspraken.controller';
import { AfsprakenService } from './afspraken.service';

@Module({ imports: [KlantenModule], controllers: [AfsprakenController], providers: [AfsprakenService] })
export class AfsprakenModule {}
