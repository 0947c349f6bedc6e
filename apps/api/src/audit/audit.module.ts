import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { InzageController } from './inzage.controller';
import { InzageService } from './inzage.service';
import { MaandrapportService } from './maandrapport.service';

@Global()
@Module({
  controllers: [AuditController, InzageController],
  providers: [AuditService, MaandrapportService, InzageService],
  exports: [AuditService],
})
export class AuditModule {}
