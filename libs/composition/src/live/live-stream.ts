import type { TimelineEntry } from '@app/history';
import type { Actor } from '@app/kernel';

/** What one open stream reads: the council's timeline, and word that the read models moved on. */
export interface LiveSource {
  /** The council's entries after `after` (a global position), in order, a page at a time. */
  after(
    councilId: string,
    after: number,
    reader?: Actor,
  ): Promise<{ events: TimelineEntry[]; next: number | null }>;
  /** The global position of the council's last event (-1 before its first): a new stream starts there. */
  last(councilId: string): Promise<number>;
  /** The global position every read model has applied (the timeline among them). */
  applied(): number;
  /** Resolves once the read models have applied past `position`, or after `ms` either way. */
  movedPast(position: number, ms: number): Promise<void>;
}

/** Where the stream goes: an HTTP response as `text/event-stream`, or a test's buffer. */
export interface LiveSink {
  write(chunk: string): void;
  readonly closed: boolean;
  /** Resolves when the client has gone or the server ends the stream. */
  readonly gone: Promise<void>;
}

/** One event as the pages read it: which case changed, how, by whom; the body stays on its route. */
export function eventMessage(entry: TimelineEntry): string {
  const { data: _body, ...change } = entry;
  return `id: ${entry.position}\nevent: council-event\ndata: ${JSON.stringify(change)}\n\n`;
}

/**
 * Issue 19, item 7: sends the council's events after `after` as they are recorded, each with its
 * global position as the SSE id, so a client that lost the connection resumes from its
 * Last-Event-ID and misses nothing and sees nothing twice. Reads from the timeline read model
 * (the same rows GET …/timeline pages through), so what is sent is what a page will read next.
 * A comment line every `heartbeatMs` keeps proxies from closing a quiet stream.
 */
export async function streamCouncil(
  councilId: string,
  after: number,
  source: LiveSource,
  sink: LiveSink,
  heartbeatMs: number,
  reader?: Actor,
): Promise<void> {
  let sent = after;
  while (!sink.closed) {
    const seen = source.applied();
    const page = await source.after(councilId, sent, reader);
    for (const entry of page.events) {
      if (sink.closed) return;
      sink.write(eventMessage(entry));
      sent = entry.position;
    }
    if (page.next !== null) continue;
    const started = Date.now();
    await Promise.race([source.movedPast(seen, heartbeatMs), sink.gone]);
    if (sink.closed) return;
    // Nothing new within the beat (or a read model stopped, which answers at once): a comment.
    if (source.applied() <= seen) {
      sink.write(': keep-alive\n\n');
      const rest = heartbeatMs - (Date.now() - started);
      if (rest > 0) await Promise.race([sleep(rest), sink.gone]);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
