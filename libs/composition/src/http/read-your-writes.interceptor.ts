import {
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Projections } from '@app/event-store';
import { WriteContext } from '@app/kernel';
import { from, mergeMap, type Observable } from 'rxjs';
import type { NextFunction, Request, Response } from 'express';

/** How long a write's answer may wait for the read models; past it the answer goes out anyway. */
const WAIT_MS = 3000;

/** Methods that never append: no write scope, no waiting (issue 14: no interceptor work on reads). */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Opens a write scope per write request, so CommandExecutor can note what the request appended. */
export function writeScopeMiddleware(req: Request, _res: Response, next: NextFunction): void {
  if (READS.has(req.method)) return next();
  WriteContext.run(next);
}

/**
 * Holds a write's answer until every read model has applied what it appended, so the list a
 * secretary opens next already shows it. The write itself is already durable: a read model that
 * lags (or has stopped) only delays the answer by WAIT_MS, never fails it.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly log = new Logger('read-your-writes');

  constructor(private readonly projections: Projections) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (READS.has(context.switchToHttp().getRequest<Request>().method)) return next.handle();
    return next.handle().pipe(
      mergeMap((body) =>
        from(
          (async () => {
            const position = WriteContext.lastPosition();
            if (position !== undefined) {
              await this.projections.waitFor(position, WAIT_MS).catch((error: unknown) => {
                this.log.warn(`answering before read models caught up with ${position}: ${String(error)}`);
              });
            }
            return body;
          })(),
        ),
      ),
    );
  }
}
