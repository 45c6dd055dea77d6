import type { Clock } from '@app/kernel';

export interface SchedulingModuleOptions {
  redisUrl: string;
  /** Key prefix of every BullMQ key and of the deadline index; tests use their own. */
  prefix?: string;
  queueName?: string;
  /** `false` gives an API-only process: it schedules jobs but never runs them. Default true. */
  runWorkers?: boolean;
  concurrency?: number;
  attempts?: number;
  backoffMs?: number;
  /** See DeadlineWorkerOptions: when a job whose worker died runs again. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  clock?: Clock;
}

export const SCHEDULING_OPTIONS = Symbol('SCHEDULING_OPTIONS');
