import { Module } from '@nestjs/common';
import { KlantenModule } from '../klanten/klanten.module';
import { ContactmomentenController } from './contactmomenten.controller';
import { ContactmomentenService } from './contactmomenten.service';

@Module({ imports: [KlantenModule], controllers: [ContactmomentenController], providers: [ContactmomentenService] })
export class ContactmomentenModule {}
