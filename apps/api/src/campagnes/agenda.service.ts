import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { Db } from '../database/db';
import { AgendaDto, AgendaQuery } from './dto/campagne.dto';

@Injectable()
export class AgendaService {
  constructor(private readonly db: Db) {}

  async lijst(_actor: Actor, _query: AgendaQuery): Promise<AgendaDto> {
    throw new Error('nog niet gebouwd');
  }

  async ics(_actor: Actor, _query: AgendaQuery): Promise<string> {
    throw new Error('nog niet gebouwd');
  }
}
