/** An event as a decider sees it: a past-tense `type` that never changes once stored, and plain data. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  type: TType;
  data: TData;
}

/** Narrow a union of events by its `type`. */
export type EventOfType<E extends DomainEvent, T extends E['type']> = Extract<E, { type: T }>;
