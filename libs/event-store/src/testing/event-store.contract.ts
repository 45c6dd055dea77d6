import { ConcurrencyError } from '@app/kernel';
import type { EventStore, StoredEvent } from '../port/event-store.port';
import { positionsStrictlyIncrease, testEvent, testEvents, uniqueStream, waitUntil } from './test-events';

export interface ContractOptions {
  /** The gap test: 16 concurrent writers with a live subscriber (needs a store that allows it). */
  concurrentWriters?: boolean;
}

/**
 * The behaviour every adapter must show (KurrentDB's semantics). Tests share one store and keep
 * to their own streams; global assertions look only at what was appended after a mark.
 */
export function describeEventStoreContract(
  name: string,
  open: () => Promise<EventStore>,
  dispose: (store: EventStore) => Promise<void> = (store) => store.close(),
  options: ContractOptions = {},
): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      if (store) await dispose(store);
    });

    async function lastPosition(): Promise<number> {
      let after = -1;
      for (;;) {
        const batch = await store.readAll({ after, maxCount: 1000 });
        if (batch.length === 0) return after;
        after = batch[batch.length - 1].position;
      }
    }

    async function readAllAfter(after: number): Promise<StoredEvent[]> {
      const out: StoredEvent[] = [];
      for (;;) {
        const batch = await store.readAll({ after, maxCount: 1000 });
        if (batch.length === 0) return out;
        out.push(...batch);
        after = batch[batch.length - 1].position;
      }
    }

    describe('expected revision', () => {
      it('no_stream creates a stream and refuses an existing one, writing nothing', async () => {
        const stream = uniqueStream();
        expect((await store.append(stream, [testEvent()], 'no_stream')).nextRevision).toBe(0);
        const mark = await lastPosition();
        await expect(store.append(stream, [testEvent()], 'no_stream')).rejects.toBeInstanceOf(
          ConcurrencyError,
        );
        expect(await store.readStream(stream)).toHaveLength(1);
        expect(await readAllAfter(mark)).toHaveLength(0);
      });

      it('stream_exists refuses a missing stream, writing nothing, and appends to an existing one', async () => {
        const stream = uniqueStream();
        const mark = await lastPosition();
        await expect(store.append(stream, [testEvent()], 'stream_exists')).rejects.toBeInstanceOf(
          ConcurrencyError,
        );
        expect(await store.readStream(stream)).toEqual([]);
        expect(await readAllAfter(mark)).toHaveLength(0);
        await store.append(stream, [testEvent()], 'no_stream');
        expect((await store.append(stream, [testEvent()], 'stream_exists')).nextRevision).toBe(1);
      });

      it('an exact revision must equal the last revision', async () => {
        const stream = uniqueStream();
        await expect(store.append(stream, [testEvent()], 0)).rejects.toBeInstanceOf(ConcurrencyError);
        await store.append(stream, testEvents(2), 'no_stream');
        await expect(store.append(stream, [testEvent()], 0)).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(store.append(stream, [testEvent()], 2)).rejects.toBeInstanceOf(ConcurrencyError);
        expect((await store.append(stream, [testEvent()], 1)).nextRevision).toBe(2);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('any appends to a missing and to an existing stream', async () => {
        const stream = uniqueStream();
        expect((await store.append(stream, [testEvent()], 'any')).nextRevision).toBe(0);
        expect((await store.append(stream, testEvents(2), 'any')).nextRevision).toBe(2);
      });

      it('a refused append reports the conflict with both revisions', async () => {
        const stream = uniqueStream();
        await store.append(stream, testEvents(3), 'no_stream');
        const error = await store.append(stream, [testEvent()], 5).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect((error as ConcurrencyError).status).toBe(409);
      });
    });

    it('counts revisions from 0 and gives increasing global positions', async () => {
      const stream = uniqueStream();
      const result = await store.append(stream, testEvents(3), 'no_stream');
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(result).toEqual({ nextRevision: 2, position: events[2].position });
      expect(positionsStrictlyIncrease(events)).toBe(true);
      expect(events[0]).toMatchObject({ streamId: stream, type: 'SomethingHappened', data: { i: 0 } });
      expect(events[0].metadata.actor).toEqual({ personId: 'tester', role: 'admin' });
      expect(Number.isNaN(Date.parse(events[0].recordedAt))).toBe(false);
    });

    it('stores an event id once when the same append is retried', async () => {
      const stream = uniqueStream();
      const batch = testEvents(2);
      const first = await store.append(stream, batch, 'no_stream');
      const mark = await lastPosition();
      const retried = await store.append(stream, batch, 'no_stream');
      expect(retried).toEqual(first);
      await store.append(stream, [batch[1]], 'any');
      expect((await store.readStream(stream)).map((e) => e.id)).toEqual(batch.map((e) => e.id));
      expect(await readAllAfter(mark)).toHaveLength(0);
    });

    it('reads a stream from a revision, up to a count and up to a global position', async () => {
      const stream = uniqueStream();
      const other = uniqueStream();
      await store.append(stream, testEvents(3), 'no_stream');
      const { position: cut } = await store.append(other, testEvents(2), 'no_stream');
      await store.append(stream, testEvents(3), 2);

      const all = await store.readStream(stream);
      expect(all.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
      expect((await store.readStream(stream, { fromRevision: 2 })).map((e) => e.revision)).toEqual([
        2, 3, 4, 5,
      ]);
      expect(
        (await store.readStream(stream, { fromRevision: 1, maxCount: 2 })).map((e) => e.revision),
      ).toEqual([1, 2]);
      expect((await store.readStream(stream, { toPosition: cut })).map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads the global log from a position in batches, each event once, in order', async () => {
      const mark = await lastPosition();
      const a = uniqueStream();
      const b = uniqueStream();
      for (let i = 0; i < 5; i++) {
        await store.append(a, testEvents(3), 'any');
        await store.append(b, testEvents(2), 'any');
      }
      const seen: StoredEvent[] = [];
      let after = mark;
      for (;;) {
        const batch = await store.readAll({ after, maxCount: 7 });
        expect(batch.length).toBeLessThanOrEqual(7);
        if (batch.length === 0) break;
        seen.push(...batch);
        after = batch[batch.length - 1].position;
      }
      const ours = seen.filter((e) => e.streamId === a || e.streamId === b);
      expect(ours).toHaveLength(25);
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      expect(positionsStrictlyIncrease(seen)).toBe(true);
      expect(seen.every((e) => e.position > mark)).toBe(true);
    });

    it('a subscriber restarting from its checkpoint sees every event exactly once, in global order', async () => {
      const mark = await lastPosition();
      const stream = uniqueStream();
      await store.append(stream, testEvents(10), 'no_stream');

      const seen: StoredEvent[] = [];
      let checkpoint = mark;
      // Stops itself after its first batch of 4: a restart must resume right after it.
      let handled = 0;
      const first: ReturnType<EventStore['subscribe']> = store.subscribe({
        after: checkpoint,
        batchSize: 4,
        handle: async (events) => {
          handled++;
          if (handled > 1) throw new Error('delivered a batch after stop()');
          seen.push(...events);
          checkpoint = events[events.length - 1].position;
          void first.stop();
        },
      });
      await waitUntil(() => handled === 1, 5000, 'the first batch');
      await first.stop();
      expect(seen).toHaveLength(4);

      await store.append(stream, testEvents(10), 9);
      const second = store.subscribe({
        after: checkpoint,
        batchSize: 4,
        handle: async (events) => {
          seen.push(...events);
          checkpoint = events[events.length - 1].position;
        },
      });
      await second.caughtUp;
      await store.append(stream, testEvents(5), 19);
      const ours = () => seen.filter((e) => e.streamId === stream);
      await waitUntil(() => ours().length >= 25, 5000, 'live events after the restart');
      await second.stop();

      expect(ours().map((e) => e.revision)).toEqual(Array.from({ length: 25 }, (_, i) => i));
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      expect(positionsStrictlyIncrease(seen)).toBe(true);
    });

    it('stop() waits for the batch in flight', async () => {
      const stream = uniqueStream();
      await store.append(stream, testEvents(3), 'no_stream');
      let inFlight = false;
      let finished = false;
      const sub = store.subscribe({
        after: -1,
        batchSize: 1000,
        handle: async () => {
          inFlight = true;
          await new Promise((r) => setTimeout(r, 100));
          finished = true;
        },
      });
      await waitUntil(() => inFlight, 5000, 'a batch to start');
      await sub.stop();
      expect(finished).toBe(true);
    });

    it('a live subscriber receives an append made after it caught up', async () => {
      const mark = await lastPosition();
      const seen: StoredEvent[] = [];
      const sub = store.subscribe({ after: mark, handle: async (events) => void seen.push(...events) });
      await sub.caughtUp;
      const stream = uniqueStream();
      await store.append(stream, testEvents(2), 'no_stream');
      await waitUntil(() => seen.filter((e) => e.streamId === stream).length === 2, 5000, 'the live events');
      await sub.stop();
      expect(seen.map((e) => e.revision)).toEqual([0, 1]);
    });

    if (options.concurrentWriters) {
      it('gap test: 16 concurrent writers on their own streams and a live subscriber get every event once, in position order', async () => {
        const writers = 16;
        const perWriter = 150;
        const mark = await lastPosition();
        const prefix = uniqueStream('gap');
        const received: StoredEvent[] = [];
        // Small batches and a wake-up per append: the subscriber reads while appends are in
        // flight, which is when one committing late behind a later position would be skipped.
        const sub = store.subscribe({
          after: mark,
          batchSize: 20,
          handle: async (events) => {
            received.push(...events);
          },
        });
        await sub.caughtUp;

        const acknowledged = await Promise.all(
          Array.from({ length: writers }, async (_, writer) => {
            const positions: number[] = [];
            for (let i = 0; i < perWriter; i++) {
              const result = await store.append(
                `${prefix}x${writer}`,
                [testEvent('Raced', { writer, i })],
                i === 0 ? 'no_stream' : i - 1,
              );
              positions.push(result.position);
            }
            return positions;
          }),
        );
        const last = Math.max(...acknowledged.flat());
        // Past the last acknowledged position, whatever was skipped stays skipped.
        await waitUntil(
          () => received.length > 0 && received[received.length - 1].position >= last,
          30_000,
          `the subscriber to pass position ${last}`,
        );
        await sub.stop();

        const ours = received.filter((e) => e.streamId.startsWith(prefix));
        const seen = new Set(received.map((e) => e.position));
        const missed = acknowledged.flat().filter((p) => !seen.has(p));
        expect({ missed, doubled: received.length - new Set(received.map((e) => e.id)).size }).toEqual({
          missed: [],
          doubled: 0,
        });
        expect(ours).toHaveLength(writers * perWriter);
        expect(positionsStrictlyIncrease(received)).toBe(true);
        for (let writer = 0; writer < writers; writer++) {
          const revisions = ours.filter((e) => e.streamId === `${prefix}x${writer}`).map((e) => e.revision);
          expect(revisions).toEqual(Array.from({ length: perWriter }, (_, i) => i));
        }
        expect(received).toEqual((await readAllAfter(mark)).filter((e) => e.position <= last));
        // 2,400 appends: seconds alone, minutes through gRPC on a 2-core machine at load 30.
      }, 300_000);
    }
  });
}
