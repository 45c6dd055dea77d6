import { Module } from '@nestjs/common';
import { OverviewController } from './overview.controller';

/** The pages' one-request overview (issue 19, item 8), over the feature modules' own routes. */
@Module({ controllers: [OverviewController] })
export class OverviewModule {}
