/**
 * A plain HTTP client of a `text/event-stream` for the live suites: it keeps every message it
 * has read (id, event, data) so a test can wait for one, and can be dropped and reopened with
 * Last-Event-ID as a browser does after a lost connection.
 */
import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import { eventually } from './eventually';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
}

export interface SseStream {
  status: number;
  headers: IncomingMessage['headers'];
  messages: SseMessage[];
  /** The first message after `from` (an index into `messages`) that `match` accepts. */
  next(match: (m: SseMessage) => boolean, what: string, from?: number): Promise<SseMessage>;
  close(): void;
}

export function openSse(url: string, headers: Record<string, string>): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    let req: ClientRequest | undefined = undefined;
    req = get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      const messages: SseMessage[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message: SseMessage = {};
          for (const line of buffer.slice(0, end).split('\n')) {
            const [field, ...rest] = line.split(':');
            const value = rest.join(':').replace(/^ /, '');
            if (field === 'id' || field === 'event' || field === 'data') message[field] = value;
          }
          buffer = buffer.slice(end + 2);
          messages.push(message);
        }
      });
      res.on('error', () => undefined);
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages,
        next: (match, what, from = 0) =>
          eventually(() => messages.slice(from).find(match), { timeoutMs: 15_000, what }),
        close: () => req?.destroy(),
      });
    });
    req.on('error', reject);
  });
}
