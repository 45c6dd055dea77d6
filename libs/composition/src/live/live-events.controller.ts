import { Controller, Get, Headers, Inject, Param, Res, type OnModuleDestroy } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentActor, type CurrentActorValue, READ_ROLES } from '@app/access';
import { InvalidInputError } from '@app/kernel';
import { LIVE_SOURCE } from './live-source';
import { streamCouncil, type LiveSource } from './live-stream';

/** Proxies close a stream that says nothing for a minute or so; a comment this often keeps it. */
export const HEARTBEAT_MS = 20_000;
/** How long the browser waits before it connects again after a drop. */
const RETRY_MS = 3000;

@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils/:councilId/events')
export class LiveEventsController implements OnModuleDestroy {
  private readonly open = new Set<Response>();

  constructor(@Inject(LIVE_SOURCE) private readonly source: LiveSource) {}

  @Get()
  @Allow(...READ_ROLES)
  @ApiOperation({
    summary: "The council's events as they are recorded (server-sent events)",
    description:
      'A `text/event-stream` that stays open. Each message has `event: council-event`, the ' +
      "event's global position as `id`, and as `data` the timeline entry without its body " +
      '(position, kind, id, type, actor, recordedAt, description). Without Last-Event-ID the ' +
      "stream starts after the council's last event; with it, right after that position, so a " +
      'dropped connection resumes with nothing missed or repeated. A comment line comes every ' +
      '20 s when nothing happens. Who may read the council is checked when the stream opens.',
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'The id of the last message received: the stream resumes after it',
    schema: { type: 'string', pattern: '^[0-9]+$' },
  })
  @ApiOkResponse({
    description: 'The stream of messages',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(
    @Param('councilId') councilId: string,
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentActor() reader: CurrentActorValue,
    @Res() res: Response,
  ): Promise<void> {
    if (lastEventId !== undefined && !/^\d{1,15}$/.test(lastEventId))
      throw new InvalidInputError('Last-Event-ID must be a position the stream sent', 'Last-Event-ID');
    const after = lastEventId !== undefined ? Number(lastEventId) : await this.source.last(councilId);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    // no-transform: a proxy must not buffer or compress it; X-Accel-Buffering says so to nginx.
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write(`retry: ${RETRY_MS}\n\n`);
    // An open stream is not work in flight: it gives its place back (apps/api/src/http/overload.ts).
    (res.locals.leaveInFlight as (() => void) | undefined)?.();
    this.open.add(res);
    let closed = false;
    const gone = new Promise<void>((resolve) =>
      res.once('close', () => {
        closed = true;
        resolve();
      }),
    );
    const sink = {
      write: (chunk: string) => void res.write(chunk),
      get closed() {
        return closed;
      },
      gone,
    };
    try {
      await streamCouncil(councilId, after, this.source, sink, HEARTBEAT_MS, reader);
    } catch {
      // The store went away mid-stream: the client reconnects and resumes from its last id.
    } finally {
      this.open.delete(res);
      res.end();
    }
  }

  /**
   * Ends every open stream, so a shutdown does not wait for browsers to hang up: the HTTP server
   * closes only when its last connection has (graceful-shutdown.ts calls this before closing it).
   */
  endAll(): void {
    for (const res of this.open) res.end();
    this.open.clear();
  }

  onModuleDestroy(): void {
    this.endAll();
  }
}
