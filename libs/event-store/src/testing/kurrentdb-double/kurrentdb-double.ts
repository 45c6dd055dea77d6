/**
 * A KurrentDB protocol double for tests: an in-memory log served over gRPC on 127.0.0.1 from the
 * official client's own generated service definitions (`StreamsService`, `ServerFeaturesService`).
 * It proves how the adapter and the client use the protocol; it says nothing of a real server's
 * timing, clustering, TLS or scavenging (see docs/kurrentdb.md). Started by the tests themselves.
 *
 *   const double = await KurrentDbDouble.start({ batchAppend: true });
 *   const store = KurrentDbEventStore.connect(double.url);
 *   ...
 *   await double.close();
 */
import { randomUUID } from 'node:crypto';
import {
  Server,
  ServerCredentials,
  status as GrpcStatus,
  type sendUnaryData,
  type ServerDuplexStream,
  type ServerReadableStream,
  type ServerUnaryCall,
  type ServerWritableStream,
  type StatusObject,
} from '@grpc/grpc-js';
import { Timestamp } from 'google-protobuf/google/protobuf/timestamp_pb';
import { ServerFeaturesService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_grpc_pb';
import {
  SupportedMethod,
  SupportedMethods,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_pb';
import type { Empty } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { StreamsService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb';
import {
  AppendReq,
  AppendResp,
  BatchAppendReq,
  BatchAppendResp,
  DeleteReq,
  DeleteResp,
  ReadReq,
  ReadResp,
  TombstoneReq,
  TombstoneResp,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { AllStreamPosition } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import {
  DEFAULT_MAX_APPEND_SIZE,
  KurrentDbLog,
  matchesFilter,
  type AppendOutcome,
  type ExpectedState,
  type Filter,
  type LogEvent,
  type ProposedEvent,
} from './kurrentdb-log';
import {
  batchError,
  EMPTY,
  expectedState,
  maxAppendSizeDetail,
  maxAppendSizeException,
  parseUuid,
  readEvent,
  streamDeletedDetail,
  streamDeletedException,
  streamIdentifier,
  streamName,
  wrongExpectedVersionDetail,
  wrongExpectedVersionException,
} from './kurrentdb-wire';

export interface KurrentDbDoubleOptions {
  /** Advertise `Streams.BatchAppend` in `GetSupportedMethods`, as KurrentDB 21.10+ does. */
  batchAppend?: boolean;
  maxAppendSize?: number;
}

/** code.proto values used in BatchAppend errors. */
const CODE_INVALID_ARGUMENT = 3;
const CODE_FAILED_PRECONDITION = 9;

/** The server's default `MaxSearchWindow` for filtered subscriptions without `max`. */
const DEFAULT_SEARCH_WINDOW = 32;

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

export class KurrentDbDouble {
  readonly log: KurrentDbLog;
  /** Calls received per method, with the caller's user agent: which client path served what. */
  readonly calls: { method: string; userAgent: string }[] = [];
  private server?: Server;
  private port = 0;
  private readonly live = new Set<ReadCall>();
  private readFault?: Partial<StatusObject> | 'hang';
  private readonly held = new Set<ReadCall>();
  private answersToLose = 0;

  private constructor(private readonly options: KurrentDbDoubleOptions) {
    this.log = new KurrentDbLog(options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE);
  }

  static async start(options: KurrentDbDoubleOptions = {}): Promise<KurrentDbDouble> {
    const double = new KurrentDbDouble(options);
    await double.listen();
    return double;
  }

  /** The client's connection string: one insecure node on loopback. */
  get url(): string {
    return `kurrentdb://127.0.0.1:${this.port}?tls=false`;
  }

  get batchAppendAdvertised(): boolean {
    return this.options.batchAppend ?? false;
  }

  /** The server going away: every connection dropped, nothing listening, the log kept. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.live.clear();
    this.held.clear();
    server?.forceShutdown();
  }

  /** The server back on the same port with the same log, as after a restart. */
  async restart(): Promise<void> {
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    await this.stop();
  }

  /** The server closing every live subscription with an OK status, as on a graceful shutdown. */
  endLiveSubscriptions(): number {
    const calls = [...this.live];
    this.live.clear();
    for (const call of calls) call.end();
    return calls.length;
  }

  /**
   * Reads (not subscriptions) fail with this status, or with `'hang'` are accepted and never
   * answered, until called again without one (which lets the held reads go on).
   */
  failReads(fault?: Partial<StatusObject> | 'hang'): void {
    this.readFault = fault;
    if (fault) return;
    const held = [...this.held];
    this.held.clear();
    for (const call of held) this.read(call);
  }

  /**
   * The next `count` appends are committed, then their answer is lost: the call fails with
   * UNAVAILABLE, as when the connection drops between the commit and the reply.
   */
  loseAppendAnswers(count: number): void {
    this.answersToLose = count;
  }

  private loseAnswer(): boolean {
    if (this.answersToLose === 0) return false;
    this.answersToLose--;
    return true;
  }

  private async listen(): Promise<void> {
    const server = new Server();
    server.addService(StreamsService, {
      read: (call: ReadCall) => this.read(call),
      append: (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) =>
        this.append(call, callback),
      delete: (call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>) =>
        this.deleteStream(call, callback),
      tombstone: (
        call: ServerUnaryCall<TombstoneReq, TombstoneResp>,
        callback: sendUnaryData<TombstoneResp>,
      ) => this.tombstone(call, callback),
      batchAppend: (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => this.batchAppend(call),
    });
    server.addService(ServerFeaturesService, {
      getSupportedMethods: (
        call: ServerUnaryCall<Empty, SupportedMethods>,
        callback: sendUnaryData<SupportedMethods>,
      ) => this.supportedMethods(call, callback),
    });
    this.port = await new Promise<number>((resolve, reject) =>
      // Loopback only, never another interface.
      server.bindAsync(`127.0.0.1:${this.port}`, ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    this.server = server;
  }

  private record(method: string, call: { metadata: { get(key: string): unknown[] } }): void {
    this.calls.push({ method, userAgent: String(call.metadata.get('user-agent')[0] ?? '') });
  }

  /** ServerFeatures.GetSupportedMethods: what the client checks before choosing BatchAppend. */
  private supportedMethods(
    call: ServerUnaryCall<Empty, SupportedMethods>,
    callback: sendUnaryData<SupportedMethods>,
  ) {
    this.record('getSupportedMethods', call);
    const methods = [
      'Read',
      'Append',
      'Delete',
      'Tombstone',
      ...(this.batchAppendAdvertised ? ['BatchAppend'] : []),
    ];
    const supported = new SupportedMethods();
    supported.setEventStoreServerVersion('24.10.0');
    supported.setMethodsList(
      methods.map((name) => {
        const method = new SupportedMethod();
        method.setServiceName('event_store.client.streams.Streams');
        method.setMethodName(name);
        return method;
      }),
    );
    callback(null, supported);
  }

  private read(call: ReadCall): void {
    const options = call.request.getOptions();
    if (!options) {
      call.emit('error', { code: GrpcStatus.INVALID_ARGUMENT, details: 'ReadReq without options' });
      return;
    }
    const subscription = options.hasSubscription();
    this.record(subscription ? 'subscribe' : 'read', call);
    if (!subscription && this.readFault === 'hang') {
      this.held.add(call);
      return;
    }
    if (!subscription && this.readFault) {
      call.emit('error', this.readFault);
      return;
    }
    const structured = options.getUuidOption()?.hasStructured() ?? false;
    const send = (event: LogEvent) => call.write(readEvent(event, structured));
    if (options.hasStream()) {
      const stream = options.getStream()!;
      const name = streamName(stream.getStreamIdentifier());
      const from = stream.hasRevision() ? Number(stream.getRevision()) : stream.hasEnd() ? 'end' : 'start';
      if (subscription) return this.subscribeToStream(call, name, from, send);
      const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
      const count = options.hasCount() ? Number(options.getCount()) : Number.MAX_SAFE_INTEGER;
      return this.readStream(call, name, from, backwards, count, send);
    }
    const all = options.getAll()!;
    const from = all.hasPosition()
      ? Number(all.getPosition()!.getCommitPosition())
      : all.hasEnd()
        ? 'end'
        : 'start';
    const filter = readFilter(options);
    if (subscription) return this.subscribeToAll(call, from, filter, options, send);
    const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
    const count = options.hasCount() ? Number(options.getCount()) : Number.MAX_SAFE_INTEGER;
    const log = this.log.allEvents();
    const position = from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : from;
    // A read's `fromPosition` is inclusive going forwards; backwards it starts before it
    // (docs: "Reading from the $all stream").
    const first = firstAtOrAfter(log, position);
    let sent = 0;
    for (
      let i = backwards ? first - 1 : first;
      sent < count && i >= 0 && i < log.length;
      i += backwards ? -1 : 1
    ) {
      if (!matchesFilter(log[i], filter.filter)) continue;
      send(log[i]);
      sent++;
    }
    call.end();
  }

  private readStream(
    call: ReadCall,
    name: string,
    from: number | 'start' | 'end',
    backwards: boolean,
    count: number,
    send: (event: LogEvent) => void,
  ): void {
    const result = this.log.readStream(name);
    if (result.kind === 'deleted') {
      call.emit('error', streamDeletedException(name));
      return;
    }
    if (result.kind === 'not_found') {
      // Not an error on the wire: a `stream_not_found` message, then the end of the call.
      const notFound = new ReadResp.StreamNotFound();
      notFound.setStreamIdentifier(streamIdentifier(name));
      const resp = new ReadResp();
      resp.setStreamNotFound(notFound);
      call.write(resp);
      call.end();
      return;
    }
    let events = result.events;
    if (backwards) {
      const start = from === 'end' ? Number.MAX_SAFE_INTEGER : from === 'start' ? 0 : from;
      events = events.filter((e) => e.revision <= start).reverse();
    } else {
      const start = from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : from;
      events = events.filter((e) => e.revision >= start);
    }
    for (const event of events.slice(0, count)) send(event);
    call.end();
  }

  private confirm(call: ReadCall): void {
    const confirmation = new ReadResp.SubscriptionConfirmation();
    confirmation.setSubscriptionId(randomUUID());
    const resp = new ReadResp();
    resp.setConfirmation(confirmation);
    call.write(resp);
  }

  private caughtUp(call: ReadCall, at: { revision?: number; position?: number }): void {
    const caughtUp = new ReadResp.CaughtUp();
    caughtUp.setTimestamp(Timestamp.fromDate(new Date()));
    if (at.revision !== undefined) caughtUp.setStreamRevision(String(at.revision));
    if (at.position !== undefined) {
      const position = new ReadResp.Position();
      position.setCommitPosition(String(at.position));
      position.setPreparePosition(String(at.position));
      caughtUp.setPosition(position);
    }
    const resp = new ReadResp();
    resp.setCaughtUp(caughtUp);
    call.write(resp);
  }

  /** Keeps a subscription's call until the client cancels it or the server ends it. */
  private follow(call: ReadCall, onCommit: (events: LogEvent[]) => void): void {
    const unsubscribe = this.log.onCommit((events) => {
      if (this.live.has(call)) onCommit(events);
    });
    this.live.add(call);
    const forget = () => {
      unsubscribe();
      this.live.delete(call);
    };
    call.on('cancelled', forget);
    call.on('close', forget);
    call.on('finish', forget);
  }

  /**
   * Catch-up then live, to one stream. The starting revision is exclusive: the subscription
   * delivers what comes after it (docs: "Catch-up subscriptions", "Subscribing from a position").
   */
  private subscribeToStream(
    call: ReadCall,
    name: string,
    from: number | 'start' | 'end',
    send: (event: LogEvent) => void,
  ): void {
    this.confirm(call);
    let last = from === 'start' ? -1 : from === 'end' ? this.log.lastRevision(name) : from;
    const result = this.log.readStream(name);
    if (result.kind === 'ok') {
      for (const event of result.events) {
        if (event.revision > last) {
          send(event);
          last = event.revision;
        }
      }
    }
    this.caughtUp(call, { revision: last });
    this.follow(call, (events) => {
      for (const event of events) {
        if (event.stream === name && event.revision > last) {
          send(event);
          last = event.revision;
        }
      }
    });
  }

  /**
   * Catch-up then live, to `$all`, the starting position exclusive. With a filter the server
   * sends a checkpoint every `window x checkpointIntervalMultiplier` events it has searched, so
   * a subscriber whose filter matches little still advances its checkpoint (docs: "Server-side
   * filtering", checkpoints).
   */
  private subscribeToAll(
    call: ReadCall,
    from: number | 'start' | 'end',
    { filter, checkpointEvery }: { filter?: Filter; checkpointEvery: number },
    _options: ReadReq.Options,
    send: (event: LogEvent) => void,
  ): void {
    this.confirm(call);
    let after = from === 'start' ? -1 : from === 'end' ? this.log.endPosition() - 1 : from;
    let searched = 0;
    const visit = (event: LogEvent) => {
      if (event.position <= after) return;
      after = event.position;
      if (matchesFilter(event, filter)) send(event);
      searched++;
      if (filter && searched % checkpointEvery === 0) this.checkpoint(call, event.position);
    };
    for (const event of this.log.allEvents()) visit(event);
    if (filter) this.checkpoint(call, Math.max(after, 0));
    this.caughtUp(call, { position: Math.max(after, 0) });
    this.follow(call, (events) => events.forEach(visit));
  }

  private checkpoint(call: ReadCall, position: number): void {
    const checkpoint = new ReadResp.Checkpoint();
    checkpoint.setCommitPosition(String(position));
    checkpoint.setPreparePosition(String(position));
    checkpoint.setTimestamp(Timestamp.fromDate(new Date()));
    const resp = new ReadResp();
    resp.setCheckpoint(checkpoint);
    call.write(resp);
  }

  /** Streams.Append: a client stream of options then events, one answer. */
  private append(
    call: ServerReadableStream<AppendReq, AppendResp>,
    callback: sendUnaryData<AppendResp>,
  ): void {
    this.record('append', call);
    let stream = '';
    let expected: ExpectedState = { kind: 'any' };
    const events: ProposedEvent[] = [];
    call.on('data', (req: AppendReq) => {
      if (req.hasOptions()) {
        const options = req.getOptions()!;
        stream = streamName(options.getStreamIdentifier());
        expected = expectedState({
          hasNoStream: () => options.hasNoStream(),
          hasAny: () => options.hasAny(),
          hasStreamExists: () => options.hasStreamExists(),
          revision: options.hasRevision() ? options.getRevision() : undefined,
        });
      } else if (req.hasProposedMessage()) {
        events.push(proposed(req.getProposedMessage()!));
      }
    });
    call.on('end', () => {
      const outcome = this.log.append(stream, expected, events);
      if (this.loseAnswer()) return callback({ code: GrpcStatus.UNAVAILABLE, details: 'connection lost' });
      if (outcome.kind === 'too_large') return callback(maxAppendSizeException(outcome.maxAppendSize));
      if (outcome.kind === 'deleted') return callback(streamDeletedException(stream));
      const resp = new AppendResp();
      if (outcome.kind === 'wrong_expected_version') {
        // Streams.Append answers a wrong expected version in its response, not as an error.
        const wrong = new AppendResp.WrongExpectedVersion();
        if (outcome.current < 0) wrong.setCurrentNoStream(EMPTY);
        else wrong.setCurrentRevision(String(outcome.current));
        if (expected.kind === 'revision') wrong.setExpectedRevision(String(expected.revision));
        else if (expected.kind === 'no_stream') wrong.setExpectedNoStream(EMPTY);
        else if (expected.kind === 'stream_exists') wrong.setExpectedStreamExists(EMPTY);
        else wrong.setExpectedAny(EMPTY);
        resp.setWrongExpectedVersion(wrong);
        return callback(null, resp);
      }
      const success = new AppendResp.Success();
      success.setCurrentRevision(String(outcome.revision));
      const position = new AppendResp.Position();
      position.setCommitPosition(String(outcome.position));
      position.setPreparePosition(String(outcome.position));
      success.setPosition(position);
      resp.setSuccess(success);
      callback(null, resp);
    });
  }

  /**
   * Streams.BatchAppend: one long-lived duplex call; each append is a run of requests sharing a
   * correlation id, the last marked `is_final`; failures come back as a status with a packed
   * detail (WrongExpectedVersion, StreamDeleted, MaximumAppendSizeExceeded).
   */
  private batchAppend(call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void {
    this.record('batchAppend', call);
    const pending = new Map<string, { stream: string; expected: ExpectedState; events: ProposedEvent[] }>();
    call.on('data', (req: BatchAppendReq) => {
      const correlation = parseUuid(req.getCorrelationId());
      let batch = pending.get(correlation);
      if (!batch) {
        batch = { stream: '', expected: { kind: 'any' }, events: [] };
        pending.set(correlation, batch);
      }
      if (req.hasOptions()) {
        const options = req.getOptions()!;
        batch.stream = streamName(options.getStreamIdentifier());
        batch.expected = expectedState({
          hasNoStream: () => options.hasNoStream(),
          hasAny: () => options.hasAny(),
          hasStreamExists: () => options.hasStreamExists(),
          revision: options.hasStreamPosition() ? options.getStreamPosition() : undefined,
        });
      }
      for (const message of req.getProposedMessagesList()) batch.events.push(proposed(message));
      if (!req.getIsFinal()) return;
      pending.delete(correlation);
      const outcome = this.log.append(batch.stream, batch.expected, batch.events);
      if (this.loseAnswer()) {
        call.emit('error', { code: GrpcStatus.UNAVAILABLE, details: 'connection lost' });
        return;
      }
      call.write(batchResponse(req, batch.stream, batch.expected, outcome));
    });
    call.on('end', () => call.end());
  }

  private deleteStream(
    call: ServerUnaryCall<DeleteReq, DeleteResp>,
    callback: sendUnaryData<DeleteResp>,
  ): void {
    this.record('delete', call);
    const { stream, expected } = removalTarget(call.request.getOptions()!);
    const outcome = this.log.delete(stream, expected);
    const refused = refusal(stream, expected, outcome);
    if (refused) return callback(refused);
    const resp = new DeleteResp();
    resp.setPosition(atPosition(new DeleteResp.Position(), outcome));
    callback(null, resp);
  }

  private tombstone(
    call: ServerUnaryCall<TombstoneReq, TombstoneResp>,
    callback: sendUnaryData<TombstoneResp>,
  ): void {
    this.record('tombstone', call);
    const { stream, expected } = removalTarget(call.request.getOptions()!);
    const outcome = this.log.tombstone(stream, expected);
    const refused = refusal(stream, expected, outcome);
    if (refused) return callback(refused);
    const resp = new TombstoneResp();
    resp.setPosition(atPosition(new TombstoneResp.Position(), outcome));
    callback(null, resp);
  }
}

/** Delete and Tombstone name their stream and expected state the same way. */
function removalTarget(options: DeleteReq.Options | TombstoneReq.Options): {
  stream: string;
  expected: ExpectedState;
} {
  return {
    stream: streamName(options.getStreamIdentifier()),
    expected: expectedState({
      hasNoStream: () => options.hasNoStream(),
      hasAny: () => options.hasAny(),
      hasStreamExists: () => options.hasStreamExists(),
      revision: options.hasRevision() ? options.getRevision() : undefined,
    }),
  };
}

/** A removal is one log record: its commit and prepare positions are the same (as for appends). */
function atPosition<P extends { setCommitPosition(v: string): void; setPreparePosition(v: string): void }>(
  position: P,
  outcome: AppendOutcome,
): P {
  const at = String((outcome as { position: number }).position);
  position.setCommitPosition(at);
  position.setPreparePosition(at);
  return position;
}

function refusal(
  stream: string,
  expected: ExpectedState,
  outcome: AppendOutcome,
): Partial<StatusObject> | undefined {
  if (outcome.kind === 'deleted') return streamDeletedException(stream);
  if (outcome.kind === 'wrong_expected_version')
    return wrongExpectedVersionException(stream, outcome.current, expected);
  return undefined;
}

function proposed(message: AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: parseUuid(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: Buffer.from(message.getData_asU8()),
    metadata: Buffer.from(message.getCustomMetadata_asU8()),
  };
}

function batchResponse(
  req: BatchAppendReq,
  stream: string,
  expected: ExpectedState,
  outcome: AppendOutcome,
): BatchAppendResp {
  const resp = new BatchAppendResp();
  resp.setCorrelationId(req.getCorrelationId());
  resp.setStreamIdentifier(streamIdentifier(stream));
  if (outcome.kind === 'ok') {
    const success = new BatchAppendResp.Success();
    success.setCurrentRevision(String(outcome.revision));
    const position = new AllStreamPosition();
    position.setCommitPosition(String(outcome.position));
    position.setPreparePosition(String(outcome.position));
    success.setPosition(position);
    resp.setSuccess(success);
  } else if (outcome.kind === 'wrong_expected_version') {
    resp.setError(
      batchError(
        CODE_FAILED_PRECONDITION,
        'WrongExpectedVersion',
        wrongExpectedVersionDetail(outcome.current, expected),
        'event_store.client.WrongExpectedVersion',
      ),
    );
  } else if (outcome.kind === 'deleted') {
    resp.setError(
      batchError(
        CODE_FAILED_PRECONDITION,
        'StreamDeleted',
        streamDeletedDetail(stream),
        'event_store.client.StreamDeleted',
      ),
    );
  } else {
    resp.setError(
      batchError(
        CODE_INVALID_ARGUMENT,
        `Maximum Append Size of ${outcome.maxAppendSize} Exceeded.`,
        maxAppendSizeDetail(outcome.maxAppendSize),
        'event_store.client.MaximumAppendSizeExceeded',
      ),
    );
  }
  return resp;
}

/** Index of the first event at or after `position` in the position-ordered log. */
function firstAtOrAfter(all: readonly LogEvent[], position: number): number {
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (all[mid].position < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

function readFilter(options: ReadReq.Options): { filter?: Filter; checkpointEvery: number } {
  if (!options.hasFilter()) return { checkpointEvery: Number.MAX_SAFE_INTEGER };
  const f = options.getFilter()!;
  const expression = f.hasStreamIdentifier() ? f.getStreamIdentifier()! : f.getEventType()!;
  const regex = expression.getRegex();
  const window = f.hasMax() ? f.getMax() : DEFAULT_SEARCH_WINDOW;
  return {
    filter: {
      on: f.hasStreamIdentifier() ? 'stream_name' : 'event_type',
      prefixes: expression.getPrefixList(),
      regex: regex ? new RegExp(regex) : undefined,
    },
    checkpointEvery: Math.max(1, window * Math.max(1, f.getCheckpointintervalmultiplier())),
  };
}

export { GrpcStatus };
