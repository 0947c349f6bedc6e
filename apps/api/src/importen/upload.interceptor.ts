import { randomUUID } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { DomeinFout, ValidatieFout } from '../common/fouten';
import { ImportenService } from './importen.service';

/**
 * The upload of an import file: streamed to disk in the import folder (never held in memory), refused with 413 as
 * soon as it passes the limit (the partial file is removed). Runs after the guards, so only an allowed role uploads.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  constructor(private readonly importen: ImportenService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const maxBytes = this.importen.maxBytes;
    const upload = multer({
      storage: multer.diskStorage({
        destination: this.importen.map,
        filename: (_req, _bestand, klaar) => klaar(null, randomUUID()),
      }),
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
    }).single('bestand');
    await new Promise<void>((klaar, mislukt) =>
      upload(request, response, (fout: unknown) => {
        if (!fout) return klaar();
        const code = (fout as { code?: string }).code;
        if (code === 'LIMIT_FILE_SIZE') {
          const mb = Math.round((maxBytes / 1024 / 1024) * 100) / 100;
          return mislukt(
            new DomeinFout(
              413,
              'BESTAND_TE_GROOT',
              `Het bestand is groter dan ${mb} MB, de grens voor één import. Splits het bestand in delen en importeer ze na elkaar.`,
              [{ veld: 'bestand', melding: `mag hoogstens ${mb} MB zijn` }],
            ),
          );
        }
        if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
          return mislukt(
            new ValidatieFout([{ veld: 'bestand', melding: 'stuur precies één bestand, in het veld "bestand"' }]),
          );
        }
        if (code?.startsWith('LIMIT_')) {
          return mislukt(
            new ValidatieFout([{ veld: 'bestand', melding: 'het formulier heeft te veel of te grote velden' }]),
          );
        }
        return mislukt(
          new ValidatieFout([
            { veld: 'bestand', melding: 'het formulier kon niet worden gelezen (multipart/form-data)' },
          ]),
        );
      }),
    );
    return next.handle();
  }
}
