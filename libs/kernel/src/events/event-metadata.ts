import type { Actor } from './actor';

/**
 * Stored beside every event. `recordedAt` is server time when the event was appended;
 * `occurredAt` is the business time where it differs (input given at a meeting last week and
 * recorded today). `hash`/`previousHash` chain a stream's events for tamper evidence.
 */
export interface EventMetadata {
  actor: Actor;
  councilId?: string;
  correlationId: string;
  causationId: string;
  recordedAt: string;
  occurredAt?: string;
  [key: string]: unknown;
}
