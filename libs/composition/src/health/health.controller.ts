import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/access';
import { EVENT_STORE_CONNECTIONS, EventStore, type EventStoreConnections } from '@app/event-store';
import { DeadlineWatch, RedisHealth, type DeadlineHealth } from '@app/scheduling';
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

/**
 * 200 only when both the event store and Redis answer, so a load balancer stops routing otherwise.
 * Deadline jobs Redis lost make it `degraded`, still 200: the API serves, but reminders are at
 * risk until the log has rebuilt them (which a worker process does by itself).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly store: EventStore,
    private readonly redis: RedisHealth,
    private readonly deadlineWatch: DeadlineWatch,
    @Inject(EVENT_STORE_CONNECTIONS) private readonly connections: EventStoreConnections,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the event store and Redis answer (for a load balancer)' })
  @ApiOkResponse({
    description: 'Event store and Redis answer (status degraded: deadline jobs missing)',
    type: HealthResponse,
  })
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
    const deadlines = redis === 'up' ? await this.deadlines() : undefined;
    const status = !ok ? 'unavailable' : deadlines?.status === 'ok' ? 'ok' : 'degraded';
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      // `store` names the store and schema in use (issue 22); never the database password.
      .json({ status, eventStore, redis, store: this.connections.label, ...(deadlines && { deadlines }) });
  }

  private async deadlines(): Promise<Pick<DeadlineHealth, 'status' | 'missingJobs'> | undefined> {
    let seen: DeadlineHealth | undefined;
    const answered = await check(async () => {
      seen = await this.deadlineWatch.status();
    });
    if (answered === 'down' || !seen) return undefined;
    return { status: seen.status, missingJobs: seen.missingJobs };
  }
}
