import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sendProblem } from '@app/access';

export interface OverloadOptions {
  /** HTTP_MAX_IN_FLIGHT: API requests handled at once. */
  maxInFlight: number;
  /** HTTP_MAX_QUEUED: requests waiting for a free place; more are refused at once. */
  maxQueued: number;
  /** HTTP_QUEUE_WAIT_MS: how long a request may wait for a place before it is refused. */
  queueWaitMs: number;
}

/**
 * Offered more than it can do, the API answers at once with 503 and `Retry-After` instead of
 * letting every request wait its turn for seconds (issue 14, item 6). Requests past the bound
 * wait in a short queue (first come, first served) and are refused if no place frees up in
 * time. A refused request was never started, so no write it carried is half done, and every
 * write that was answered 2xx has been committed.
 */
export function overloadGuard(options: OverloadOptions): RequestHandler {
  let inFlight = 0;
  const queue: Array<() => void> = [];
  const retryAfter = String(Math.max(1, Math.ceil(options.queueWaitMs / 1000)));

  const refuse = (res: Response) => {
    if (res.headersSent) return;
    res.setHeader('Retry-After', retryAfter);
    sendProblem(res, 503, 'the server is busy; try again shortly');
  };

  const release = () => {
    inFlight--;
    queue.shift()?.();
  };

  const run = (res: Response, next: NextFunction) => {
    inFlight++;
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      release();
    };
    res.once('finish', done);
    res.once('close', done);
    // A long-lived answer (the live event stream) gives its place back once it has started.
    res.locals.leaveInFlight = done;
    next();
  };

  return (_req: Request, res: Response, next: NextFunction) => {
    if (inFlight < options.maxInFlight) return run(res, next);
    if (queue.length >= options.maxQueued) return refuse(res);
    let timer: NodeJS.Timeout | undefined = undefined;
    const take = () => {
      clearTimeout(timer);
      res.off('close', leave);
      run(res, next);
    };
    // The client gave up while waiting: its place goes to the next one.
    const leave = () => {
      clearTimeout(timer);
      const at = queue.indexOf(take);
      if (at >= 0) queue.splice(at, 1);
    };
    timer = setTimeout(() => {
      leave();
      refuse(res);
    }, options.queueWaitMs);
    res.once('close', leave);
    queue.push(take);
  };
}
