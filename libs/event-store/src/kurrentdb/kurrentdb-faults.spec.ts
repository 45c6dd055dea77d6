import { status as GrpcStatus } from '@grpc/grpc-js';
import { PayloadTooLargeError, UnavailableError } from '@app/kernel';
import type { StoredEvent } from '../port/event-store.port';
import { KurrentDbDouble } from '../testing/kurrentdb-double/kurrentdb-double';
import { testEvent, testEvents, uniqueStream, waitUntil } from '../testing/test-events';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/** Resolves once `probe` stops throwing; fails after `timeoutMs`. */
async function eventually(probe: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The value of `probe` once it stops throwing; fails after `timeoutMs`. */
async function eventuallyValue<T>(probe: () => Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let value!: T;
  await eventually(async () => (value = await probe()), timeoutMs, what);
  return value;
}

describe('KurrentDB adapter faults at the wire (in-memory protocol double, not a real server)', () => {
  let double: KurrentDbDouble;
  const stores: KurrentDbEventStore[] = [];
  // A read deadline far above a loaded machine's slowest answer, except where the deadline is the test.
  const open = (pollMs = 100, readTimeoutMs = 15_000) => {
    const store = KurrentDbEventStore.connect(double.url, pollMs, { readTimeoutMs });
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    double = await KurrentDbDouble.start({ batchAppend: true });
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await double.close();
  });

  it('the server ending the live subscription: the adapter resubscribes, nothing missed or doubled', async () => {
    // Polling once a minute: only the live subscription can bring another process's appends in time.
    const reader = open(60_000);
    const writer = open();
    const stream = uniqueStream();
    const seen: StoredEvent[] = [];
    const sub = reader.subscribe({ handle: async (events) => void seen.push(...events) });
    await sub.caughtUp;
    await writer.append(stream, [testEvent()], 'no_stream');
    await waitUntil(() => seen.length === 1, 5000, 'the first live event');

    expect(double.endLiveSubscriptions()).toBe(1);
    await writer.append(stream, testEvents(2), 0);
    await waitUntil(() => seen.length === 3, 5000, 'the events appended while the subscription was down');
    await waitUntil(
      () => double.calls.filter((c) => c.method === 'subscribe').length >= 2,
      5000,
      'a resubscription',
    );
    await writer.append(stream, testEvents(2), 2);
    await waitUntil(() => seen.length === 5, 5000, 'the events appended after the resubscription');
    await sub.stop();

    expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(5);
  });

  it('the server unavailable for a while: ping and writes fail as unavailable, then recover by themselves', async () => {
    const store = open();
    const stream = uniqueStream();
    await store.append(stream, [testEvent()], 'no_stream');
    await store.ping();

    await double.stop();
    await expect(store.ping()).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.append(stream, [testEvent()], 0)).rejects.toBeInstanceOf(UnavailableError);
    // A process starting while the server is away asks for its capabilities first; the client
    // rejects that with a raw gRPC error, not one of its own.
    await expect(open().append(stream, [testEvent()], 0)).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.readStream(stream)).rejects.toBeInstanceOf(UnavailableError);

    await double.restart();
    await eventually(() => store.ping(), 10_000, 'ping after the restart');
    await eventually(() => store.append(stream, [testEvent()], 'any'), 10_000, 'an append after the restart');
    expect((await store.readStream(stream)).length).toBe(2);
  });

  for (const batchAppend of [true, false]) {
    it(`an append over the server's maximum size is a clear 413 naming the limit (${batchAppend ? 'BatchAppend' : 'Append'})`, async () => {
      await double.close();
      double = await KurrentDbDouble.start({ batchAppend });
      const store = open();
      const stream = uniqueStream();
      const big = testEvent('Big', { text: 'x'.repeat(1_100_000) });
      const error = await store.append(stream, [big], 'no_stream').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PayloadTooLargeError);
      expect((error as PayloadTooLargeError).status).toBe(413);
      expect((error as Error).message).toContain('1048576');
      expect(await store.readStream(stream)).toEqual([]);
    });
  }

  it('an error the native read path does not recognise is unavailable (503), not a 500', async () => {
    const store = open();
    const stream = uniqueStream();
    await store.append(stream, [testEvent()], 'no_stream');
    // The native client maps UNAVAILABLE, UNKNOWN, INTERNAL, DATA_LOSS; a busy server's
    // RESOURCE_EXHAUSTED reaches the adapter as the client's UnknownError.
    double.failReads({ code: GrpcStatus.RESOURCE_EXHAUSTED, details: 'server too busy' });
    await expect(store.readStream(stream)).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.readAll({ maxCount: 10 })).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.ping()).rejects.toBeInstanceOf(UnavailableError);
    double.failReads(undefined);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('a read the server accepts and never answers is unavailable after the read deadline, never a hang', async () => {
    const store = open(100, 1000);
    await store.ping();
    double.failReads('hang');
    const started = Date.now();
    await expect(store.readAll({ maxCount: 10 })).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.readStream(uniqueStream())).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.ping()).rejects.toBeInstanceOf(UnavailableError);
    // Three reads of one deadline each: bounded, with room for a loaded machine, never a hang.
    expect(Date.now() - started).toBeLessThan(15_000);
    double.failReads(undefined);
    await store.ping();
  });

  for (const batchAppend of [true, false]) {
    it(`an append whose answer is lost is retried as is: stored once, the original position answered (${batchAppend ? 'BatchAppend' : 'Append'})`, async () => {
      await double.close();
      double = await KurrentDbDouble.start({ batchAppend });
      const store = open();
      const stream = uniqueStream();
      await store.append(stream, [testEvent()], 'no_stream');
      const events = testEvents(3);
      double.loseAppendAnswers(1);
      await expect(store.append(stream, events, 0)).rejects.toBeInstanceOf(UnavailableError);
      const stored = await store.readStream(stream);
      expect(stored).toHaveLength(4);

      const retried = await eventuallyValue(() => store.append(stream, events, 0), 10_000, 'the retry');
      expect(retried).toEqual({ nextRevision: 3, position: stored[3].position });
      expect(await store.readStream(stream)).toEqual(stored);
    });
  }
});
