import type { Command } from '../commands/command-metadata';
import type { DomainEvent } from '../events/domain-event';

/**
 * An aggregate as three pure functions. `decide` throws a DomainError to refuse a command and
 * returns an empty list when the command is valid but changes nothing (an idempotent repeat).
 */
export interface Decider<C extends Command, E extends DomainEvent, S> {
  initialState: S;
  evolve(state: S, event: E): S;
  decide(command: C, state: S): E[];
}

export function fold<E extends DomainEvent, S>(
  decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
  events: readonly E[],
): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState);
}
