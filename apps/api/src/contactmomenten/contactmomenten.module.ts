import { Module } from '@nestjs/common';
import { ContactmomentenController } from './contactmomenten.controller';
import { ContactmomentenService } from './contactmomenten.service';

@Module({ controllers: [ContactmomentenController], providers: [ContactmomentenService] })
export class ContactmomentenModule {}
