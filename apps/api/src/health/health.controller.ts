import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/access';
import { EventStore } from '@app/event-store';
import { RedisHealth } from '@app/scheduling';
import type { Response } from 'express';
import { HealthResponse } from './health.response';

const TIMEOUT_MS = 2000;

async function check(probe: () => Promise<unknown>): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([probe(), timeout]);
    return result === false ? 'down' : 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

/** 200 only when both the event store and Redis answer, so a load balancer stops routing otherwise. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly store: EventStore,
    private readonly redis: RedisHealth,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the event store and Redis answer (for a load balancer)' })
  @ApiOkResponse({ description: 'Event store and Redis answer', type: HealthResponse })
  @ApiServiceUnavailableResponse({
    description: 'Event store or Redis does not answer',
    type: HealthResponse,
  })
  async health(@Res() res: Response): Promise<void> {
    const [eventStore, redis] = await Promise.all([
      check(() => this.store.ping()),
      check(() => this.redis.ping()),
    ]);
    const ok = eventStore === 'up' && redis === 'up';
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ok ? 'ok' : 'unavailable', eventStore, redis });
  }
}
