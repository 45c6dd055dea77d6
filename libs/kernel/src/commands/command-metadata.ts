import type { Actor } from '../events/actor';

/**
 * What arrives with every command from the edge. Deciders never read the clock or make ids:
 * `now` and any generated ids come in here, so a decision is a pure function of its inputs.
 */
export interface CommandMetadata {
  actor: Actor;
  councilId?: string;
  /** Server time of the request, ISO 8601. */
  now: string;
  correlationId: string;
  /** Id of the message that caused this command (the request id, or the event a job came from). */
  causationId: string;
  /** Business time, when the caller says the thing happened earlier than `now`. */
  occurredAt?: string;
}

/** A command as deciders receive it: imperative `type`, its data, and the metadata. */
export interface Command<TType extends string = string, TData = unknown> {
  type: TType;
  data: TData;
  metadata: CommandMetadata;
}
