import {
  BACKWARDS,
  END,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  START,
  streamNameFilter,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { randomUUID } from 'node:crypto';
import { uniqueStream, waitUntil } from '../test-events';
import { KurrentDbDouble } from './kurrentdb-double';

/**
 * The double's own rules, exercised through the official client (not the adapter), so the
 * adapter suites rest on a double that behaves as KurrentDB's documentation and commit check say.
 */
describe.each([true, false])('KurrentDB protocol double (BatchAppend advertised: %s)', (batchAppend) => {
  let double: KurrentDbDouble;
  let client: KurrentDBClient;

  beforeAll(async () => {
    double = await KurrentDbDouble.start({ batchAppend });
    client = KurrentDBClient.connectionString(double.url);
  });
  afterAll(async () => {
    await client.dispose();
    await double.close();
  });

  const event = (id = randomUUID()) => jsonEvent({ id, type: 'Tested', data: { at: id } });
  async function revisions(stream: string, options: Parameters<KurrentDBClient['readStream']>[1] = {}) {
    const out: bigint[] = [];
    for await (const resolved of client.readStream(stream, options)) out.push(resolved.event!.revision);
    return out;
  }

  it('serves appends through the path the client picks from GetSupportedMethods, reads through the native addon', async () => {
    const stream = uniqueStream();
    await client.appendToStream(stream, [event()]);
    await revisions(stream);
    const methods = new Set(double.calls.map((c) => c.method));
    expect(methods.has(batchAppend ? 'batchAppend' : 'append')).toBe(true);
    expect(methods.has(batchAppend ? 'append' : 'batchAppend')).toBe(false);
    // grpc-js names itself in the user agent; the native addon's reads come without it.
    const reads = double.calls.filter((c) => c.method === 'read');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((c) => !c.userAgent.startsWith('grpc-node-js'))).toBe(true);
  });

  it('an append repeating the latest events is idempotent and answers the original position; a partial repeat is refused', async () => {
    const stream = uniqueStream();
    const batch = [event(), event()];
    const first = await client.appendToStream(stream, batch, { streamState: 'no_stream' });
    const again = await client.appendToStream(stream, batch, { streamState: 'no_stream' });
    expect(again.position).toEqual(first.position);
    expect(again.nextExpectedRevision).toBe(1n);
    await expect(
      client.appendToStream(stream, [batch[0], event()], { streamState: 'no_stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await revisions(stream)).toEqual([0n, 1n]);
  });

  it('positions are byte offsets with gaps, commit = prepare, and a read from a position includes it', async () => {
    const stream = uniqueStream();
    await client.appendToStream(stream, [event(), event(), event()]);
    const events: ResolvedEvent[] = [];
    for await (const e of client.readStream(stream)) events.push(e);
    const positions = events.map((e) => e.event!.position!);
    expect(positions.every((p) => p.commit === p.prepare)).toBe(true);
    expect(Number(positions[1].commit - positions[0].commit)).toBeGreaterThan(1);
    const fromSecond: ResolvedEvent[] = [];
    for await (const e of client.readAll({ fromPosition: positions[1], maxCount: 1 })) fromSecond.push(e);
    expect(fromSecond[0].event!.id).toBe(events[1].event!.id);
  });

  it('reads a stream forwards and backwards from a revision', async () => {
    const stream = uniqueStream();
    await client.appendToStream(stream, [event(), event(), event(), event()]);
    expect(await revisions(stream, { direction: FORWARDS, fromRevision: 1n, maxCount: 2 })).toEqual([1n, 2n]);
    expect(await revisions(stream, { direction: BACKWARDS, fromRevision: END })).toEqual([3n, 2n, 1n, 0n]);
    expect(await revisions(stream, { direction: BACKWARDS, fromRevision: 2n, maxCount: 2 })).toEqual([
      2n,
      1n,
    ]);
  });

  it('a soft-deleted stream reads as not found and reopens on append, revisions going on', async () => {
    const stream = uniqueStream();
    await client.appendToStream(stream, [event(), event()]);
    await client.deleteStream(stream, { expectedRevision: 1n });
    await expect(revisions(stream)).rejects.toBeInstanceOf(StreamNotFoundError);
    await client.appendToStream(stream, [event()], { streamState: 'no_stream' });
    expect(await revisions(stream)).toEqual([2n]);
  });

  it('a tombstoned stream refuses reads and every append, forever', async () => {
    const stream = uniqueStream();
    await client.appendToStream(stream, [event()]);
    await client.tombstoneStream(stream);
    await expect(revisions(stream)).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(client.appendToStream(stream, [event()], { streamState: 'any' })).rejects.toBeInstanceOf(
      StreamDeletedError,
    );
  });

  it('an append over 1 MiB is refused with the server message, writing nothing', async () => {
    const stream = uniqueStream();
    const big = jsonEvent({ type: 'Big', data: { text: 'x'.repeat(1_048_576) } });
    await expect(client.appendToStream(stream, [big])).rejects.toMatchObject({ maxAppendSize: 1_048_576 });
    await expect(revisions(stream)).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('subscribes to a stream after a revision, exclusive, then live, with confirmation and caughtUp', async () => {
    const stream = uniqueStream();
    await client.appendToStream(stream, [event(), event(), event()]);
    const seen: bigint[] = [];
    let confirmed = false;
    let caughtUp = false;
    const sub = client.subscribeToStream(stream, { fromRevision: 0n });
    sub.on('confirmation', () => (confirmed = true));
    sub.on('caughtUp', () => (caughtUp = true));
    sub.on('data', (e: ResolvedEvent) => seen.push(e.event!.revision));
    await waitUntil(() => caughtUp, 5000, 'caughtUp');
    await client.appendToStream(stream, [event()]);
    await waitUntil(() => seen.length === 3, 5000, 'the live event');
    await sub.unsubscribe();
    expect(confirmed).toBe(true);
    expect(seen).toEqual([1n, 2n, 3n]);
  });

  it('subscribes to $all with a stream-prefix filter, sending checkpoints while it searches', async () => {
    const prefix = uniqueStream('wanted');
    const checkpoints: bigint[] = [];
    const seen: string[] = [];
    const sub = client.subscribeToAll({
      fromPosition: START,
      filter: streamNameFilter({
        prefixes: [prefix],
        maxSearchWindow: 2,
        checkpointInterval: 1,
        checkpointReached: async (_s, position) => void checkpoints.push(position.commit),
      }),
    });
    sub.on('data', (e: ResolvedEvent) => seen.push(e.event!.streamId));
    for (let i = 0; i < 3; i++) await client.appendToStream(uniqueStream('other'), [event()]);
    await client.appendToStream(`${prefix}x1`, [event()]);
    await waitUntil(() => seen.length === 1, 5000, 'the one matching event');
    await sub.unsubscribe();
    expect(seen).toEqual([`${prefix}x1`]);
    expect(checkpoints.length).toBeGreaterThan(1);
    expect(checkpoints.every((p, i) => i === 0 || p >= checkpoints[i - 1])).toBe(true);
  });

  it('a subscription to $all from a position starts after it', async () => {
    const stream = uniqueStream();
    await client.appendToStream(stream, [event(), event()]);
    const first: ResolvedEvent[] = [];
    for await (const e of client.readStream(stream, { maxCount: 1 })) first.push(e);
    const seen: string[] = [];
    const sub = client.subscribeToAll({ fromPosition: first[0].event!.position! });
    sub.on('data', (e: ResolvedEvent) => {
      if (e.event!.streamId === stream) seen.push(e.event!.id);
    });
    await waitUntil(() => seen.length >= 1, 5000, 'the event after the position');
    await sub.unsubscribe();
    expect(seen[0]).not.toBe(first[0].event!.id);
  });
});
