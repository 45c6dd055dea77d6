import type { Actor } from '@app/kernel';
import { describeEvent } from './describe-event';
import type { CaseStreamReader } from './case-stream.reader';

/** One event as an evaluator reads it (issue 7, part 1). */
export interface HistoryEntry {
  id: string;
  type: string;
  data: unknown;
  revision: number;
  position: number;
  actor: Actor;
  recordedAt: string;
  occurredAt?: string;
  description: string;
}

export interface CaseHistory {
  kind: string;
  id: string;
  events: HistoryEntry[];
}

export class CaseHistoryService {
  constructor(private readonly reader: CaseStreamReader) {}

  async history(councilId: string, kind: string, id: string): Promise<CaseHistory> {
    const stream = await this.reader.read(councilId, kind, id);
    return {
      kind: stream.kind,
      id,
      events: stream.events.map((event) => ({
        id: event.id,
        type: event.type,
        data: event.data,
        revision: event.revision,
        position: event.position,
        actor: event.metadata.actor,
        recordedAt: event.metadata.recordedAt ?? event.recordedAt,
        ...(event.metadata.occurredAt !== undefined && { occurredAt: event.metadata.occurredAt }),
        description: describeEvent(stream.definition, event),
      })),
    };
  }
}
