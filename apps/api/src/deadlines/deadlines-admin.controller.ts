import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '@app/access';
import { DeadlineWatch, type DeadlineRebuild } from '@app/scheduling';

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
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ description: 'Every pending deadline and reminder job rebuilt from the event store' })
  reconcile(): Promise<DeadlineRebuild> {
    return this.watch.reconcile();
  }
}
