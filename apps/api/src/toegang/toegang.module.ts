import { Global, Module } from '@nestjs/common';
import { ToegangService } from './toegang.service';

/** The access helper, available to every module that serves client data. */
@Global()
@Module({ providers: [ToegangService], exports: [ToegangService] })
export class ToegangModule {}
