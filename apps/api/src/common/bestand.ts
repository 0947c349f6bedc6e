import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download (CSV, Excel): the 200 answer is the file itself, not JSON. */
export function ApiBestand(mime: string, beschrijving: string) {
  return applyDecorators(
    ApiOkResponse({ description: beschrijving, content: { [mime]: { schema: { type: 'string', format: 'binary' } } } }),
  );
}
