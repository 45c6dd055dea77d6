import type { AggregateDescriptor, Command, DomainEvent } from '@app/kernel';
import type { StoredEvent } from '../port/event-store.port';

/** A case's stream as its aggregate reads it: the id, its events typed, its revision and state. */
export interface AggregateStream<E extends DomainEvent, S> {
  streamId: string;
  events: (StoredEvent & E)[];
  /** -1 when the stream does not exist. */
  revision: number;
  state: S;
}

/**
 * The one place a stored event becomes its aggregate's event type: a stream of a category holds
 * only that aggregate's events (the executor appends only what its decider decided).
 */
export function aggregateStream<C extends Command, E extends DomainEvent, S>(
  descriptor: AggregateDescriptor<C, E, S>,
  streamId: string,
  stored: readonly StoredEvent[],
): AggregateStream<E, S> {
  const events = stored as (StoredEvent & E)[];
  const { decider } = descriptor;
  return {
    streamId,
    events,
    revision: events.length - 1,
    state: events.reduce((state, event) => decider.evolve(state, event), decider.initialState),
  };
}
