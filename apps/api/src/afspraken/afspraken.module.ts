import { Module } from '@nestjs/common';
import { AfsprakenController } from './afspraken.controller';
import { AfsprakenService } from './afspraken.service';

@Module({ controllers: [AfsprakenController], providers: [AfsprakenService] })
export class AfsprakenModule {}
