import type {
  CaseKind,
  CaseKindDefinition,
  CaseLink,
  CaseSummary,
  EventsForReader,
  ViewForReader,
} from '../cases/case-kind';
import type { Command } from '../commands/command-metadata';
import type { Decider } from '../decider/decider';
import { InvalidInputError } from '../errors/domain-errors';
import type { DomainEvent } from '../events/domain-event';
import type { Deadline } from './deadline';

/**
 * An aggregate, declared once in its lib (`<aggregate>.descriptor.ts`), and read by everything
 * else: the write path (its decider and stream category), the deadline follower (its deadline
 * rules and the commands they send), and history (its view, summary, links and the words for its
 * events). `initialState` and `evolve` live in the decider and nowhere else.
 */
export interface AggregateDescriptor<
  C extends Command = Command,
  E extends DomainEvent = DomainEvent,
  S = unknown,
> {
  /** Stream category: `hearing` for `hearing-<councilId>~<id>` (kernel case-stream.ts). */
  category: string;
  /** Its URL segment (docs/architecture.md's REST layout). */
  kind: CaseKind;
  decider: Decider<C, E, S>;
  /** The JSON body of `GET …/<kind>/:id` (also for `?asOf=`). */
  view(state: S, id: string): unknown;
  summary(state: S): CaseSummary;
  /** Outgoing links, as recorded in the case's own events. */
  links(state: S): CaseLink[];
  /** One line a person can read, e.g. "Anna Berg gave input" (the actor is added by history). */
  describe(event: E): string;
  /** What a reader may see of the view, for a case whose parts are not for every reader. */
  viewForReader?: ViewForReader;
  /** What a reader may see of each event, for a case whose parts are not for every reader. */
  eventsForReader?: EventsForReader;
  /** Absent for an aggregate whose state implies no deadlines. */
  deadlines?: AggregateDeadlines<C, S>;
}

export interface AggregateDeadlines<C extends Command, S> {
  /** What the state says is pending now (docs/architecture.md, Deadlines). */
  pending(state: S, streamId: string): Deadline[];
  /** The command types its deadlines send: a fired job of any other type is refused, not run. */
  commands: readonly string[];
  /** Completes a fired job's command where the job carries less than the command type needs. */
  complete?(command: Command): C;
}

/** A descriptor of any aggregate, as the registries that hold several kinds see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAggregateDescriptor = AggregateDescriptor<any, any, any>;

/** What history reads of an aggregate, derived from its descriptor. */
export function caseKindOf<C extends Command, E extends DomainEvent, S>(
  descriptor: AggregateDescriptor<C, E, S>,
): CaseKindDefinition<S, E> {
  const { kind, decider, view, summary, links, describe, viewForReader, eventsForReader } = descriptor;
  return {
    kind,
    initialState: decider.initialState,
    evolve: decider.evolve,
    view,
    summary,
    links,
    describe,
    ...(viewForReader && { viewForReader }),
    ...(eventsForReader && { eventsForReader }),
  };
}

/** A fired deadline's command as the aggregate's own; one its deadlines never send is refused. */
export function scheduledCommand<C extends Command>(
  descriptor: AggregateDescriptor<C, DomainEvent, unknown>,
  command: Command,
): C {
  const rules = descriptor.deadlines;
  if (rules === undefined || !rules.commands.includes(command.type)) {
    throw new InvalidInputError(`${command.type} is not a scheduled ${descriptor.category} command`, 'type');
  }
  return rules.complete ? rules.complete(command) : (command as C);
}
