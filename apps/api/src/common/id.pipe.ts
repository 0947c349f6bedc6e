import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { NietGevonden } from './fouten';

/**
 * Path ids: something that is not a UUID cannot name an existing resource, so it is a 404 like any unknown id
 * (never a 500 from the database).
 */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(waarde: string): string {
    if (!isUUID(waarde, 'all')) throw new NietGevonden('Dit');
    return waarde.toLowerCase();
  }
}
