import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { alsProbleem, type Probleem } from '../common/fout.filter';
import { Publiek } from '../common/toegang';

class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['ok'] }) database!: 'ok';
}

/** The 503 is a problem-details answer like every error, with the extension `database: "down"`. */
class HealthStoringDto {
  @ApiProperty({ enum: ['down'] }) database!: 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: TypeOrmHealthIndicator) {}

  @Get()
  @Publiek()
  @ApiOperation({ summary: 'Draait de dienst en is de database bereikbaar?' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthStoringDto, description: 'Database niet bereikbaar' })
  async health(@Res() response: Response): Promise<void> {
    // Terminus reports a failed ping as status 'down' (older versions threw): handle both.
    const resultaat = await this.database.pingCheck('database', { timeout: 2000 }).catch(() => undefined);
    if (resultaat?.database?.status === 'up') {
      response.json({ status: 'ok', database: 'ok' } satisfies HealthDto);
      return;
    }
    const storing = { statusCode: 503, code: 'NIET_BESCHIKBAAR', message: 'De database is niet bereikbaar.' };
    const probleem: Probleem & HealthStoringDto = { ...alsProbleem(storing, '/api/v1/health'), database: 'down' };
    response.status(503).type('application/problem+json').json(probleem);
  }
}
