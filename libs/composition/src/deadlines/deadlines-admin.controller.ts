import { Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow, ApiAction } from '@app/access';
import { DeadlineWatch, type DeadlineRebuild } from '@app/scheduling';
import { DeadlineRebuildResponse } from './deadline-rebuild.response';

/**
 * Operations on the deadline jobs of a running server. `npm run cli -- deadlines reconcile`
 * calls this when a server answers, because the embedded store is one process's database and
 * the CLI cannot open it beside the server.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/deadlines')
export class DeadlinesAdminController {
  constructor(private readonly watch: DeadlineWatch) {}

  @Post('reconcile')
  @Allow('admin')
  @ApiAction({
    summary: 'Rebuild every pending deadline and reminder job from the event store',
    type: DeadlineRebuildResponse,
  })
  reconcile(): Promise<DeadlineRebuild> {
    return this.watch.reconcile();
  }
}
