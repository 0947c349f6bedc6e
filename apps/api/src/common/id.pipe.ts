import { Injectable, PipeTransform } from '@nestjs/common';
import { NietGevonden } from './fouten';
import { UUID_PATROON } from './validatie';

/**
 * Path ids: something that is not a UUID cannot name an existing resource, so it is a 404 like any unknown id
 * (never a 500 from the database).
 */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(waarde: string): string {
    if (!UUID_PATROON.test(waarde)) throw new NietGevonden('Dit');
    return waarde.toLowerCase();
  }
}
