import { InvalidInputError, type EventMetadata } from '@app/kernel';
import type { StoredEvent } from '@app/event-store';

/** One line of an export: everything needed to append the event again exactly as it was. */
export interface ExportedEvent {
  id: string;
  streamId: string;
  revision: number;
  position: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  recordedAt: string;
}

export function toExported(event: StoredEvent): ExportedEvent {
  return {
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
  };
}

/** Parses and checks one line; errors name the line, so a broken file is easy to mend. */
export function parseExportedLine(line: string, lineNumber: number): ExportedEvent {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InvalidInputError(`line ${lineNumber}: not JSON`, 'line');
  }
  const e = value as Partial<ExportedEvent> | null;
  const problem =
    typeof e !== 'object' || e === null
      ? 'not an object'
      : typeof e.id !== 'string' || !e.id
        ? 'no id'
        : typeof e.streamId !== 'string' || !e.streamId.includes('-')
          ? 'no <category>-<id> streamId'
          : !Number.isInteger(e.revision) || (e.revision as number) < 0
            ? 'no revision'
            : typeof e.type !== 'string' || !e.type
              ? 'no type'
              : typeof e.metadata !== 'object' || e.metadata === null || typeof e.metadata.actor !== 'object'
                ? 'no metadata with an actor'
                : typeof e.metadata.recordedAt !== 'string'
                  ? 'no metadata.recordedAt'
                  : undefined;
  if (problem) throw new InvalidInputError(`line ${lineNumber}: ${problem}`, 'line');
  return e as ExportedEvent;
}
