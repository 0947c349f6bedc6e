import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import type { Pagina } from '../common/paginering';
import { Db } from '../database/db';
import {
  CampagneCriteriaDto,
  CampagneDto,
  CampagneInvoerDto,
  CampagneLijstQuery,
  CampagneWijzigingDto,
  VoorbeeldDto,
} from './dto/campagne.dto';

@Injectable()
export class CampagnesService {
  constructor(private readonly db: Db) {}

  async voorbeeld(_actor: Actor, _criteria: CampagneCriteriaDto): Promise<VoorbeeldDto> {
    throw new Error('nog niet gebouwd');
  }
  async maak(_actor: Actor, _invoer: CampagneInvoerDto): Promise<CampagneDto> {
    throw new Error('nog niet gebouwd');
  }
  async lijst(_actor: Actor, _query: CampagneLijstQuery): Promise<Pagina<CampagneDto>> {
    throw new Error('nog niet gebouwd');
  }
  async leesVoor(_actor: Actor, _id: string): Promise<CampagneDto> {
    throw new Error('nog niet gebouwd');
  }
  async wijzig(_actor: Actor, _id: string, _invoer: CampagneWijzigingDto): Promise<CampagneDto> {
    throw new Error('nog niet gebouwd');
  }
  async starten(_actor: Actor, _id: string, _versie: number): Promise<CampagneDto> {
    throw new Error('nog niet gebouwd');
  }
  async afsluiten(_actor: Actor, _id: string, _versie: number): Promise<CampagneDto> {
    throw new Error('nog niet gebouwd');
  }
}
