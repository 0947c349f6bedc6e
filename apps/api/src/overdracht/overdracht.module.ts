import { Module } from '@nestjs/common';
import { OverdrachtController } from './overdracht.controller';
import { OverdrachtService } from './overdracht.service';

@Module({ controllers: [OverdrachtController], providers: [OverdrachtService] })
export class OverdrachtModule {}
