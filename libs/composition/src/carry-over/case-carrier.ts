import { Injectable } from '@nestjs/common';
import { CouncilDirectory } from '@app/councils';
import { AggregateWriter, CaseLocator, type StoredEvent } from '@app/event-store';
import { followUpDescriptor } from '@app/follow-ups';
import { hearingDescriptor } from '@app/hearings';
import {
  type AnyAggregateDescriptor,
  type CarriedEvent,
  type CarriedFrom,
  type CommandMetadata,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '@app/kernel';
import type { CarriedKind } from './carry-over-case.dto';

/** The aggregates that take `CarryCaseOver` and `CarryCaseIn` (kernel carry-over.ts). */
const CARRIABLE: Record<CarriedKind, { descriptor: AnyAggregateDescriptor; label: string }> = {
  hearings: { descriptor: hearingDescriptor, label: 'hearing' },
  'follow-ups': { descriptor: followUpDescriptor, label: 'follow-up' },
};

export interface CarriedCase {
  id: string;
  revision: number;
  carriedFrom: CarriedFrom;
}

/**
 * Issue 18.3: a successor continues a predecessor's open case. Two writes through the one writer,
 * the predecessor's first: its stream records `CaseCarriedOver` (from then it refuses every write
 * and schedules nothing), then the successor's stream of the same case id begins with
 * `CaseCarriedIn`, a copy of every event before that one and the link back. A retry after a
 * failure between the two finds the first recorded (the decider answers it with nothing) and
 * completes the second; a retry after both changes nothing.
 */
@Injectable()
export class CaseCarrier {
  constructor(
    private readonly councils: CouncilDirectory,
    private readonly cases: CaseLocator,
    private readonly writer: AggregateWriter,
  ) {}

  async carry(
    successorId: string,
    request: { fromCouncilId: string; kind: CarriedKind; caseId: string },
    context: CommandMetadata,
  ): Promise<CarriedCase> {
    const { fromCouncilId: from, kind, caseId } = request;
    const { descriptor, label } = CARRIABLE[kind];
    await this.requireSucceeded(successorId, from, context.now);
    const before = await this.cases.read(descriptor.category, from, caseId);
    if (before.length === 0)
      throw new InvalidInputError(`caseId: council ${from} has no ${label} ${caseId}`, 'caseId');
    // Refused before anything is written: the successor's own case of that id stays its own.
    const here = await this.cases.read(descriptor.category, successorId, caseId);
    if (here.length > 0 && carriedFromOf(here[0])?.councilId !== from)
      throw new InvalidStateError(`this council already has a ${label} ${caseId}`);

    const over = { type: 'CarryCaseOver', data: { successorId }, metadata: { ...context, councilId: from } };
    await this.writer.send(descriptor, caseId, over);
    const events = await this.cases.read(descriptor.category, from, caseId);
    const at = events.findIndex((e) => e.type === 'CaseCarriedOver');
    const history = events.slice(0, at === -1 ? events.length : at);
    const last = history.at(-1)!;
    const carriedFrom: CarriedFrom = {
      councilId: from,
      streamId: last.streamId,
      revision: last.revision,
      ...(typeof last.metadata.hash === 'string' && { hash: last.metadata.hash }),
    };
    const carryIn = {
      type: 'CarryCaseIn',
      data: { from: carriedFrom, history: history.map(carried) },
      metadata: { ...context, councilId: successorId },
    };
    const { revision } = await this.writer.send(descriptor, caseId, carryIn);
    return { id: caseId, revision, carriedFrom };
  }

  /** `from` must be a council `successorId` succeeds, and its succession must have begun. */
  private async requireSucceeded(successorId: string, from: string, now: string): Promise<void> {
    const { state: successor } = await this.councils.load(successorId);
    if (!successor.succeeds.includes(from))
      throw new InvalidInputError(
        `fromCouncilId: council ${successorId} does not succeed council ${from}`,
        'fromCouncilId',
      );
    const closed = await this.councils.writeRefusal(from, now).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    // Before `succeedsFrom` the predecessor still works its cases: a case is in one council at a time.
    if (closed === undefined)
      throw new InvalidStateError(
        `council ${from} takes its own writes until ${successor.succeedsFrom ?? 'its succession begins'}; carry its cases over from then`,
      );
  }
}

function carried(event: StoredEvent): CarriedEvent {
  const { actor, recordedAt, occurredAt } = event.metadata;
  return {
    id: event.id,
    position: event.position,
    type: event.type,
    data: event.data,
    actor,
    recordedAt: recordedAt ?? event.recordedAt,
    ...(occurredAt !== undefined && { occurredAt }),
  };
}

function carriedFromOf(event: StoredEvent): CarriedFrom | undefined {
  if (event.type !== 'CaseCarriedIn') return undefined;
  return (event.data as { from?: CarriedFrom }).from;
}
