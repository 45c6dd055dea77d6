import type { HistoryEntry, ProblemDetails } from './api-types';

/** A refusal of the API, carrying its own message so the page can say what happened. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly code?: string,
  ) {
    super(message);
  }

  /**
   * A write sent with `If-Match` that met a newer case (409): the events recorded since the
   * revision the page had, so the page can say who changed it and how.
   */
  since?: { kind: string; events: HistoryEntry[] };
}

/** The API's code for a write whose `If-Match` revision is no longer the case's. */
export const STALE_REVISION = 'concurrency_conflict';

/**
 * The API's code for a token whose person no longer holds the place it names (a replaced chair,
 * a member who resigned): like an expired token, it ends the session.
 */
export const NOT_IN_OFFICE = 'not_in_office';

/** RFC 9457 problem details, the API's one error body (a proxy's page may send something else). */
type ErrorBody = Partial<ProblemDetails>;

async function errorOf(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's page, say): the status line is all there is.
  }
  const message = body.detail ?? body.title ?? response.statusText;
  return new ApiError(response.status, `${response.status}: ${message}`, body.fields, body.code);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  accept?: string;
  /**
   * The case's revision as the page read it, sent as `If-Match` so a write on a case someone
   * changed since is refused instead of silently overwriting (issue 19); `casePath` is where its
   * history is read from when that happens.
   */
  ifMatch?: { revision: number; casePath: string };
  /**
   * The language chosen in the app, sent as `Accept-Language` where the API answers in words
   * (a download): the browser's own header names the browser's language, not the app's.
   */
  language?: string;
}

export class ApiClient {
  /**
   * `onUnauthorized`: the API no longer takes the token (expired, signed with an old secret, or
   * its person no longer holds the place it names).
   */
  /**
   * `token`: a pasted bearer token (admins, scripts); without one, the browser's session cookie
   * from a sign-in by e-mail goes along (same origin; the browser adds the `Origin` header the
   * API checks on writes).
   */
  constructor(
    private readonly token: string | undefined,
    private readonly onUnauthorized?: (error: ApiError) => void,
  ) {}

  private async send(path: string, options: RequestOptions, form?: FormData): Promise<Response> {
    const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.ifMatch) headers['If-Match'] = `"${options.ifMatch.revision}"`;
    if (options.language) headers['Accept-Language'] = options.language;
    let response: Response;
    try {
      response = await fetch(path, {
        method: options.method ?? 'GET',
        headers,
        // A form goes as multipart; the browser writes its Content-Type with the boundary.
        body: form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
    } catch (error) {
      throw new ApiError(0, `network: ${(error as Error).message}`);
    }
    if (!response.ok) {
      const error = await errorOf(response);
      if (error.status === 401 || error.code === NOT_IN_OFFICE) this.onUnauthorized?.(error);
      if (error.code === STALE_REVISION && options.ifMatch) error.since = await this.since(options.ifMatch);
      throw error;
    }
    return response;
  }

  private async since({ revision, casePath }: { revision: number; casePath: string }) {
    try {
      const history = await this.json<{ events: HistoryEntry[] }>(`${casePath}/history`);
      // The case's kind is its collection's name, as the history's sentences are keyed.
      const kind = decodeURIComponent(casePath.split('/').slice(-2)[0]);
      return { kind, events: history.events.filter((e) => e.revision > revision) };
    } catch {
      // Who changed it is a courtesy; the refusal stands without it.
      return undefined;
    }
  }

  async json<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, options);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * A stream that stays open (`text/event-stream`), with the token or the session cookie like
   * every request; `lastEventId` resumes it. The caller reads the body and aborts by `signal`.
   */
  async stream(path: string, lastEventId: string | undefined, signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
    const response = await fetch(path, { headers, signal, cache: 'no-store' });
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  /** A file upload (`multipart/form-data`), with the token or the session cookie like every write. */
  async upload<T>(path: string, form: FormData): Promise<T> {
    const response = await this.send(path, { method: 'POST' }, form);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * For downloads (CSV, Markdown, DOCX): the body as a blob, fetched with the token, in `language`
   * (the app's) where the API writes words.
   */
  async blob(path: string, accept: string, language?: string): Promise<Blob> {
    return (await this.send(path, { accept, language })).blob();
  }
}
