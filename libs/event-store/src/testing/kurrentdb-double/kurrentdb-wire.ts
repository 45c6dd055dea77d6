/**
 * Conversions between the KurrentDB v1 gRPC messages (the official client's own generated
 * classes) and the double's log. Field meanings follow the protocol files (streams.proto,
 * shared.proto) the client ships.
 */
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as GoogleEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Metadata, status as GrpcStatus, type StatusObject } from '@grpc/grpc-js';
import {
  Empty,
  MaximumAppendSizeExceeded,
  StreamDeleted,
  StreamIdentifier,
  UUID,
  WrongExpectedVersion,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { Status } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/status_pb';
import { ReadResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import type { ExpectedState, LogEvent } from './kurrentdb-log';

export function streamName(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function streamIdentifier(name: string): StreamIdentifier {
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Buffer.from(name, 'utf8'));
  return identifier;
}

export function parseUuid(uuid: UUID | undefined): string {
  if (!uuid) return '';
  if (!uuid.hasStructured()) return uuid.getString();
  const s = uuid.getStructured()!;
  const hex = (v: string) => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');
  const ms = hex(s.getMostSignificantBits());
  const ls = hex(s.getLeastSignificantBits());
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-${ms.slice(12)}-${ls.slice(0, 4)}-${ls.slice(4)}`;
}

/** The id in the form the reader asked for (`uuid_option`: structured or string). */
export function uuidMessage(id: string, structured: boolean): UUID {
  const uuid = new UUID();
  if (!structured) {
    uuid.setString(id);
    return uuid;
  }
  const hex = id.replace(/-/g, '');
  const s = new UUID.Structured();
  s.setMostSignificantBits(BigInt.asIntN(64, BigInt(`0x${hex.slice(0, 16)}`)).toString());
  s.setLeastSignificantBits(BigInt.asIntN(64, BigInt(`0x${hex.slice(16)}`)).toString());
  uuid.setStructured(s);
  return uuid;
}

/** The expected-state oneof every write request carries (`revision` / `no_stream` / `any` / `stream_exists`). */
export function expectedState(options: {
  hasNoStream(): boolean;
  hasAny(): boolean;
  hasStreamExists(): boolean;
  revision: string | undefined;
}): ExpectedState {
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasAny()) return { kind: 'any' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'revision', revision: Number(options.revision ?? '0') };
}

export function readEvent(event: LogEvent, structuredIds: boolean): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(uuidMessage(event.id, structuredIds));
  recorded.setStreamIdentifier(streamIdentifier(event.stream));
  recorded.setStreamRevision(String(event.revision));
  // Ordinary appends commit where they prepare: both positions are the record's offset.
  recorded.setPreparePosition(String(event.position));
  recorded.setCommitPosition(String(event.position));
  recorded.getMetadataMap().set('type', event.type);
  recorded.getMetadataMap().set('content-type', event.contentType);
  recorded.getMetadataMap().set('created', event.createdTicks.toString());
  recorded.setCustomMetadata(event.metadata);
  recorded.setData(event.data);
  const read = new ReadResp.ReadEvent();
  read.setEvent(recorded);
  read.setCommitPosition(String(event.position));
  const resp = new ReadResp();
  resp.setEvent(read);
  return resp;
}

/** A `google.rpc.Status`-like error for one BatchAppend request, its detail packed in an `Any`. */
export function batchError(
  code: number,
  message: string,
  detail: { serializeBinary(): Uint8Array },
  typeName: string,
): Status {
  const status = new Status();
  status.setCode(code);
  status.setMessage(message);
  const any = new Any();
  any.pack(detail.serializeBinary(), typeName);
  status.setDetails(any);
  return status;
}

export function wrongExpectedVersionDetail(current: number, expected: ExpectedState): WrongExpectedVersion {
  const detail = new WrongExpectedVersion();
  if (current < 0) detail.setCurrentNoStream(new GoogleEmpty());
  else detail.setCurrentStreamRevision(String(current));
  if (expected.kind === 'revision') detail.setExpectedStreamPosition(String(expected.revision));
  else if (expected.kind === 'no_stream') detail.setExpectedNoStream(new GoogleEmpty());
  else if (expected.kind === 'stream_exists') detail.setExpectedStreamExists(new GoogleEmpty());
  else detail.setExpectedAny(new GoogleEmpty());
  return detail;
}

export function streamDeletedDetail(stream: string): StreamDeleted {
  const detail = new StreamDeleted();
  detail.setStreamIdentifier(streamIdentifier(stream));
  return detail;
}

export function maxAppendSizeDetail(max: number): MaximumAppendSizeExceeded {
  const detail = new MaximumAppendSizeExceeded();
  detail.setMaxappendsize(max);
  return detail;
}

/**
 * The server's exceptions on unary and streaming calls: a gRPC status plus an `exception`
 * trailer the clients switch on (RpcExceptions.cs in the server; `convertToCommandError` in
 * the Node client).
 */
export function rpcException(
  code: GrpcStatus,
  details: string,
  trailers: Record<string, string>,
): Partial<StatusObject> {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return { code, details, metadata };
}

export function streamDeletedException(stream: string): Partial<StatusObject> {
  return rpcException(GrpcStatus.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': stream,
  });
}

export function maxAppendSizeException(max: number): Partial<StatusObject> {
  return rpcException(GrpcStatus.INVALID_ARGUMENT, `Maximum Append Size of ${max} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(max),
  });
}

export function wrongExpectedVersionException(
  stream: string,
  current: number,
  expected: ExpectedState,
): Partial<StatusObject> {
  const expectedVersion =
    expected.kind === 'revision'
      ? expected.revision
      : { no_stream: -1, any: -2, stream_exists: -4 }[expected.kind];
  return rpcException(
    GrpcStatus.FAILED_PRECONDITION,
    `Append failed due to WrongExpectedVersion. Stream: ${stream}, Expected version: ${expectedVersion}, Actual version: ${current}`,
    {
      exception: 'wrong-expected-version',
      'stream-name': stream,
      'expected-version': String(expectedVersion),
      'actual-version': String(current),
    },
  );
}

export const EMPTY = new Empty();
