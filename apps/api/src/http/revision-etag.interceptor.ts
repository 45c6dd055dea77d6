import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/**
 * A case's entity tag is its stream revision (RFC 9110 §8.8.3), the same number `If-Match`
 * expects, so a client sends back what it read. Every answer that carries a case's `revision`
 * (its read and every write) sends it as `ETag: "<revision>"`; Express's own content-hash ETag is
 * switched off in bootstrap, since it would never match a revision.
 */
export class RevisionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const revision = (body as { revision?: unknown } | null)?.revision;
        if (context.getType() === 'http' && Number.isSafeInteger(revision) && (revision as number) >= 0)
          context
            .switchToHttp()
            .getResponse<Response>()
            .setHeader('ETag', `"${revision as number}"`);
        return body;
      }),
    );
  }
}
