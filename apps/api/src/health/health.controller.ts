import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Publiek } from '../common/toegang';

class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ enum: ['ok', 'down'] }) database!: 'ok' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: TypeOrmHealthIndicator) {}

  @Get()
  @Publiek()
  @ApiOperation({ summary: 'Draait de dienst en is de database bereikbaar?' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Database niet bereikbaar' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    // Terminus reports a failed ping as status 'down' (older versions threw): handle both.
    const resultaat = await this.database.pingCheck('database', { timeout: 2000 }).catch(() => undefined);
    if (resultaat?.database?.status === 'up') return { status: 'ok', database: 'ok' };
    response.status(503);
    return { status: 'error', database: 'down' };
  }
}
