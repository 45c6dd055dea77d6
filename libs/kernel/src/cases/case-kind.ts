import type { DomainEvent } from '../events/domain-event';
import type { Actor } from '../events/actor';

/** URL segment of each kind of case (docs/architecture.md's REST layout) and its stream category. */
export const CASE_KINDS = {
  councils: 'council',
  meetings: 'meeting',
  hearings: 'hearing',
  'budget-cycles': 'budgetCycle',
  'budget-proposals': 'budgetProposal',
  'follow-ups': 'followUp',
} as const;
export type CaseKind = keyof typeof CASE_KINDS;

/**
 * A link between cases is data in an event, never guessed from text (docs/architecture.md): a proposal
 * `derivedFrom` a hearing or meeting item, a follow-up `implements` an adopted proposal.
 * `itemId` names an agenda item when the target is a meeting.
 */
export interface CaseLink {
  relation: 'derivedFrom' | 'implements' | 'overlaps' | 'drawsOn';
  kind: CaseKind;
  id: string;
  itemId?: string;
}

export interface CaseSummary {
  title: string;
  status: string;
  /** Named dates that matter to an evaluator (received, deadline, submitted, decided …), ISO 8601. */
  dates: Record<string, string | undefined>;
}

/**
 * What the history lib needs from each feature to show a case as it was, walk its chain and
 * describe its events, without knowing the feature. Each feature lib exports one per aggregate.
 */
export interface CaseKindDefinition<S = unknown, E extends DomainEvent = DomainEvent> {
  kind: CaseKind;
  initialState: S;
  evolve(state: S, event: E): S;
  /** The JSON body of `GET …/<kind>/:id` (also for `?asOf=`). */
  view(state: S, id: string): unknown;
  summary(state: S): CaseSummary;
  /** Outgoing links, as recorded in the case's own events. */
  links(state: S): CaseLink[];
  /** One line a person can read, e.g. "Anna Berg gave input" (the actor is added by history). */
  describe(event: E): string;
  /** See `AggregateDescriptor.viewForReader`. */
  viewForReader?: ViewForReader;
  /** See `AggregateDescriptor.eventsForReader`. */
  eventsForReader?: EventsForReader;
}

/**
 * The body `view` gave, as `reader` may see it (issue 17.3), for `?asOf=` as for the route's own
 * read; absent for a kind every reader sees whole.
 */
export type ViewForReader = (view: unknown, reader: Actor) => unknown;

/**
 * A case whose parts are not for every reader (issue 17.3: a meeting's closed items are for its
 * council): given who reads and the case's events, what each event's data shows them; undefined
 * when the reader sees every event whole. History describes the event from the data shown.
 */
export type EventsForReader = (
  reader: Actor,
  events: readonly { type: string; data: unknown }[],
) => ((event: { type: string; data: unknown }) => unknown) | undefined;
