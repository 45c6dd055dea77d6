import { Module } from '@nestjs/common';
import { OverviewController } from './overview.controller';
import { WaitingController } from './waiting.controller';

/**
 * The pages' one-request overview (issue 19, item 8), over the feature modules' own routes, and
 * the member's "what waits for me" over its read model (issue 14, item 4).
 */
@Module({ controllers: [OverviewController, WaitingController] })
export class OverviewModule {}
