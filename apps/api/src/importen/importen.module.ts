import { Module } from '@nestjs/common';
import { ImportenController } from './importen.controller';
import { ImportenService } from './importen.service';
import { UploadInterceptor } from './upload.interceptor';

@Module({
  controllers: [ImportenController],
  providers: [ImportenService, UploadInterceptor],
  exports: [ImportenService],
})
export class ImportenModule {}
