import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ApiRead } from '@app/access';
import {
  EVENT_STORE_CONNECTIONS,
  EventStore,
  HistoryKeyring,
  type EventStoreConnections,
} from '@app/event-store';
import { UnavailableError } from '@app/kernel';
import { SealResponse } from '../dto/seal.response';
import type { Seal } from './seal';
import { sealLog } from './write-seal-file';

/**
 * Issue 22: a fresh seal from the running server, so the one who keeps it (an evaluator, the
 * chair) takes it out of the system at once and never needs the server stopped. Admin only: a
 * seal names every stream of every council.
 */
@ApiTags('history')
@ApiBearerAuth()
@Controller('history')
export class SealController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    // Optional: an app wired without the EventStoreModule (a test's own store) serves no seals.
    @Optional() @Inject(HistoryKeyring) private readonly keys?: HistoryKeyring,
    @Optional() @Inject(EVENT_STORE_CONNECTIONS) private readonly connections?: EventStoreConnections,
  ) {}

  @Get('seal')
  @Allow('admin')
  @ApiRead({
    summary:
      'A signed seal of the whole log as it stands now; keep it, and check it later with `verify --seal`',
    type: SealResponse,
  })
  async seal(): Promise<Seal> {
    if (!this.keys) throw new UnavailableError('this process holds no history key to sign a seal with');
    return (await sealLog(this.store, this.keys, { store: this.connections?.label ?? 'unnamed store' })).seal;
  }
}
