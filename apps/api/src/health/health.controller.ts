import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { alsProbleem, type Probleem } from '../common/fout.filter';
import { Publiek } from '../common/toegang';
import { RapportLezer, type ReplicaStatus } from '../database/rapport-lezer';

class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['ok'] }) database!: 'ok';
  @ApiPropertyOptional({
    enum: ['ok', 'achter', 'onbereikbaar'],
    description:
      'Alleen met DATABASE_REPLICA_URLS: ok = rapportages lezen van een replica; achter = elke bereikbare replica loopt te ver achter, onbereikbaar = geen replica bereikbaar; in beide gevallen lezen ze van de primaire database.',
  })
  replica?: ReplicaStatus;
}

/** The 503 is a problem-details answer like every error, with the extension `database: "down"`. */
class HealthStoringDto {
  @ApiProperty({ enum: ['down'] }) database!: 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: TypeOrmHealthIndicator,
    private readonly rapportLezer: RapportLezer,
  ) {}

  @Get()
  @Publiek()
  @ApiOperation({ summary: 'Draait de dienst en is de database bereikbaar?' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthStoringDto, description: 'Database niet bereikbaar' })
  async health(@Res() response: Response): Promise<void> {
    // Terminus reports a failed ping as status 'down' (older versions threw): handle both.
    const resultaat = await this.database.pingCheck('database', { timeout: 2000 }).catch(() => undefined);
    if (resultaat?.database?.status === 'up') {
      const replica = this.rapportLezer.status();
      response.json({ status: 'ok', database: 'ok', ...(replica ? { replica } : {}) } satisfies HealthDto);
      return;
    }
    const storing = { statusCode: 503, code: 'NIET_BESCHIKBAAR', message: 'De database is niet bereikbaar.' };
    const probleem: Probleem & HealthStoringDto = { ...alsProbleem(storing, '/api/v1/health'), database: 'down' };
    response.status(503).type('application/problem+json').json(probleem);
  }
}
