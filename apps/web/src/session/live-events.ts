import type { ApiClient } from '../api/api-client';

/** One of the council's events as `GET …/events` streams it: which case changed, and how. */
export interface LiveEvent {
  position: number;
  /** The case's kind as in URLs: `hearings`, `meetings`, `budget-proposals`, … */
  kind: string;
  id: string;
  type: string;
  description: string;
}

type Listener = (event: LiveEvent) => void;

/** A message of a `text/event-stream`: its id and data lines (RFC: fields up to a blank line). */
export function parseMessage(block: string): { id?: string; data?: string; retry?: number } {
  const out: { id?: string; data?: string; retry?: number } = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') out.id = value;
    else if (field === 'data') out.data = out.data === undefined ? value : `${out.data}\n${value}`;
    else if (field === 'retry' && /^\d+$/.test(value)) out.retry = Number(value);
  }
  return out;
}

/**
 * Issue 19, item 7: one connection per signed-in app to the council's event stream, opened when
 * the first page listens and closed with the session. Read with fetch rather than EventSource,
 * so a pasted token goes along as a header (EventSource sends cookies only). After a drop it
 * connects again and sends the last id it got as Last-Event-ID: the server resumes after it.
 */
export class LiveEvents {
  private readonly listeners = new Set<Listener>();
  private abort?: AbortController;
  private lastId?: string;
  private retryMs = 3000;
  private closed = false;

  constructor(
    private readonly api: ApiClient,
    private readonly path: string,
  ) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.abort && !this.closed) void this.run();
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.abort?.abort();
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      this.abort = new AbortController();
      try {
        const response = await this.api.stream(this.path, this.lastId, this.abort.signal);
        await this.read(response);
      } catch {
        // Dropped, refused or offline: try again after the server's retry interval.
      }
      if (this.closed) return;
      await new Promise((resolve) => setTimeout(resolve, this.retryMs));
    }
  }

  private async read(response: Response): Promise<void> {
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = parseMessage(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (message.retry !== undefined) this.retryMs = message.retry;
        if (message.id !== undefined) this.lastId = message.id;
        if (message.data === undefined) continue;
        const event = JSON.parse(message.data) as LiveEvent;
        for (const listener of [...this.listeners]) listener(event);
      }
    }
  }
}
