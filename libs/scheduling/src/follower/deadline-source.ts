import type { ICommand } from '@nestjs/cqrs';
import type { Command, DomainEvent } from '@app/kernel';
import type { Deadline } from '../deadline';

/**
 * What a feature gives the scheduler for one aggregate kind: how to fold its stream, the
 * deadlines its state says are pending, and the bus message that carries a fired deadline's
 * command back to the same decider.
 */
export interface DeadlineSource<S = unknown> {
  /** Stream category, e.g. `hearing` for `hearing-42`. */
  category: string;
  initialState: S;
  evolve(state: S, event: DomainEvent): S;
  deadlines(state: S, streamId: string): Deadline[];
  toMessage(streamId: string, command: Command): ICommand;
}
