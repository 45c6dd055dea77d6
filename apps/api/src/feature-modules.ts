import type { DynamicModule, Type } from '@nestjs/common';
import { FollowUpsModule } from '@app/follow-ups';

/** The feature rooms the API serves. Each feature lib owns its line here. */
export const FEATURE_MODULES: Array<Type<unknown> | DynamicModule> = [FollowUpsModule];
