import type { DynamicModule, Type } from '@nestjs/common';
import { BudgetModule } from '@app/budget';
import { CouncilsModule } from '@app/councils';
import { FollowUpsModule } from '@app/follow-ups';
import { HearingsModule } from '@app/hearings';
import { NotificationsModule } from '@app/notifications';

/** The feature rooms the API serves. Each feature lib owns its line here. */
export const FEATURE_MODULES: Array<Type<unknown> | DynamicModule> = [
  BudgetModule,
  CouncilsModule,
  FollowUpsModule,
  HearingsModule,
  NotificationsModule,
];
