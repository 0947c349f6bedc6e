import { Injectable, NotImplementedException } from '@nestjs/common';
import type { Actor } from '../common/actor';
import type { PlanDto, PlanInvoerDto } from './dto/plan.dto';

@Injectable()
export class PlanService {
  async lees(_actor: Actor, _klantId: string): Promise<PlanDto> {
    throw new NotImplementedException();
  }

  async slaOp(_actor: Actor, _klantId: string, _invoer: PlanInvoerDto): Promise<PlanDto> {
    throw new NotImplementedException();
  }

  async alsPdf(_actor: Actor, _klantId: string): Promise<Buffer> {
    throw new NotImplementedException();
  }
}
