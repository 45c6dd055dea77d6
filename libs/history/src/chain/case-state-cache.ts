import type { EventStore, StoredEvent } from '@app/event-store';
import type { CaseKindDefinition } from '@app/kernel';
import type { SqlLike } from '../registry/history-projection';

interface Folded {
  revision: number;
  state: unknown;
}

interface EventRow {
  type: string;
  data: unknown;
  metadata: StoredEvent['metadata'];
}

/**
 * The state of each stream after the event being projected, so links can be recomputed from the
 * definition's `links(state)` after every event. Replay feeds each stream in order, so the
 * cache almost always holds the previous state; after a restart the stream is folded again.
 *
 * WHY the earlier events are read through the projection's own transaction when the `events`
 * table is in that database (embedded and PostgreSQL stores): PGlite has one connection, and
 * reading through the EventStore while the runner holds a transaction on it would wait for ever.
 * Read models of a KurrentDB store live in another database, so there the store is read.
 */
export class CaseStateCache {
  private readonly states = new Map<string, Folded>();
  private eventsTableHere?: boolean;

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 10_000,
  ) {}

  clear(): void {
    this.states.clear();
    this.eventsTableHere = undefined;
  }

  async after(tx: SqlLike, definition: CaseKindDefinition, event: StoredEvent): Promise<unknown> {
    const cached = this.states.get(event.streamId);
    let state: unknown;
    if (cached && cached.revision === event.revision - 1) {
      state = cached.state;
    } else if (cached && cached.revision === event.revision) {
      return cached.state; // the same event again (a retried batch): already folded in
    } else {
      const earlier = await this.earlier(tx, event);
      state = earlier.reduce((s, e) => definition.evolve(s, e), definition.initialState);
    }
    state = definition.evolve(state, event);
    this.states.delete(event.streamId);
    this.states.set(event.streamId, { revision: event.revision, state });
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value as string);
    return state;
  }

  private async earlier(tx: SqlLike, event: StoredEvent): Promise<EventRow[]> {
    if (event.revision === 0) return [];
    if (this.eventsTableHere === undefined) {
      const { rows } = await tx.query<{ present: boolean }>(
        `SELECT to_regclass('events') IS NOT NULL AS present`,
      );
      this.eventsTableHere = rows[0]?.present === true;
    }
    if (this.eventsTableHere) {
      const { rows } = await tx.query<EventRow>(
        'SELECT type, data, metadata FROM events WHERE stream_id = $1 AND revision < $2 ORDER BY revision',
        [event.streamId, event.revision],
      );
      if (rows.length === event.revision) return rows;
    }
    return this.store.readStream(event.streamId, { maxCount: event.revision });
  }
}
