import {
  ConcurrencyError,
  fold,
  IdGenerator,
  requireBusinessTime,
  type Command,
  type Decider,
  type DomainEvent,
  WriteContext,
} from '@app/kernel';
import { EventStore, type EventToAppend, type StoredEvent } from '../port/event-store.port';
import { chainEvents } from './hash-chain';
import type { HistoryKeyring } from './history-key';

export interface ExecuteOptions {
  /** The revision the caller saw (HTTP `If-Match`); a mismatch is a 409, never retried. */
  expectedRevision?: number;
  /** Retries on a concurrency conflict when the caller gave no expected revision. */
  retries?: number;
}

export interface ExecuteResult<E extends DomainEvent = DomainEvent> {
  /** The stream's revision after the command (-1 when the stream still does not exist). */
  revision: number;
  /** What was appended; empty when the command changed nothing. */
  events: E[];
  /** Global position of the last appended event (undefined when nothing was appended). */
  position?: number;
}

/**
 * load stream -> fold -> decide -> append with the expected revision. A conflict with a
 * concurrent writer re-runs the decision on the fresh state (the decider may now refuse).
 * The append resolves only once the store has committed, so an answer implies durability.
 */
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
    /** Every append is hashed under the current history key (issue 22); it never enters the store. */
    private readonly keys: HistoryKeyring,
  ) {}

  async execute<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    options: ExecuteOptions = {},
  ): Promise<ExecuteResult<E>> {
    const attempts = options.expectedRevision === undefined ? (options.retries ?? 5) + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const revision = history.length - 1;
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        throw new ConcurrencyError(
          `${streamId} is at revision ${revision}, not ${options.expectedRevision}`,
          options.expectedRevision,
          revision,
        );
      }
      const state = fold(decider, history as unknown as E[]);
      const decided = decider.decide(command, state);
      if (decided.length === 0) return { revision, events: [] };
      // After the decision, so the domain's own refusal (an item decided before its meeting) wins.
      checkBusinessTime(streamId, command, history);
      try {
        const toAppend = this.stamp(streamId, history, decided, command);
        const result = await this.store.append(streamId, toAppend, revision === -1 ? 'no_stream' : revision);
        WriteContext.noteAppended(result.position);
        return { revision: result.nextRevision, events: decided, position: result.position };
      } catch (error) {
        if (error instanceof ConcurrencyError && attempt < attempts) continue;
        throw error;
      }
    }
  }

  private stamp(
    streamId: string,
    history: StoredEvent[],
    events: DomainEvent[],
    command: Command,
  ): EventToAppend[] {
    const meta = command.metadata;
    const metadata: EventToAppend['metadata'] = {
      actor: meta.actor,
      ...(meta.councilId !== undefined && { councilId: meta.councilId }),
      correlationId: meta.correlationId,
      causationId: meta.causationId,
      recordedAt: meta.now,
      ...(meta.occurredAt !== undefined && { occurredAt: meta.occurredAt }),
    };
    return chainEvents(
      streamId,
      history,
      events.map((event) => ({ id: this.ids.next(), type: event.type, data: event.data, metadata })),
      this.keys.current,
    );
  }
}

/**
 * Business time is checked here, once for every aggregate: past or now, and never before the
 * case (a council's own stream is its case) began, where that is known: at its first write's
 * `occurredAt`. One entered without it may have begun any time before it was entered (a council
 * written down years after it was constituted), so nothing is refused against it.
 */
function checkBusinessTime(streamId: string, command: Command, history: StoredEvent[]): void {
  const { occurredAt, now } = command.metadata;
  if (occurredAt === undefined) return;
  const began = history[0]?.metadata.occurredAt;
  requireBusinessTime(occurredAt, now, began ? { at: began, what: `the ${caseWord(streamId)}` } : undefined);
}

/** `budgetProposal-p1` -> "budget proposal": stream ids are `<category>-<id>`. */
const caseWord = (streamId: string): string =>
  streamId
    .split('-')[0]
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
