import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import type { Pagina } from '../common/paginering';
import { ContactmomentDto } from '../contactmomenten/dto/contactmoment.dto';
import { Db } from '../database/db';
import {
  DeelnemerDto,
  DeelnemerQuery,
  NabelInvoerDto,
  UitnodigingDto,
  UitnodigingInvoerDto,
  VerdeelInvoerDto,
  VerdelingDto,
} from './dto/campagne.dto';

@Injectable()
export class DeelnemersService {
  constructor(private readonly db: Db) {}

  async lijst(_actor: Actor, _id: string, _query: DeelnemerQuery): Promise<Pagina<DeelnemerDto>> {
    throw new Error('nog niet gebouwd');
  }
  async verdelen(_actor: Actor, _id: string, _invoer: VerdeelInvoerDto): Promise<VerdelingDto> {
    throw new Error('nog niet gebouwd');
  }
  async uitnodigen(_actor: Actor, _id: string, _klantId: string, _i: UitnodigingInvoerDto): Promise<UitnodigingDto> {
    throw new Error('nog niet gebouwd');
  }
  async nabellen(_actor: Actor, _id: string, _klantId: string, _i: NabelInvoerDto): Promise<ContactmomentDto> {
    throw new Error('nog niet gebouwd');
  }
}
