import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError } from '@app/kernel';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problemOf, type Problem } from '@app/access';

/**
 * One place that turns every failure into an RFC 9457 problem details answer
 * (`application/problem+json`), the one error schema the OpenAPI document declares. Domain errors
 * carry their status and code; anything unknown is a 500 whose details go to the log, never to
 * the client (no stack traces in responses).
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    if (response.headersSent) return;
    const instance = http.getRequest<Request>()?.originalUrl;
    const send = (problem: Problem) =>
      response.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(problem);
    if (error instanceof DomainError) {
      send(
        problemOf(error.status, {
          instance,
          code: error.code,
          detail: error.message,
          fields: error.field ? { [error.field]: [error.message] } : undefined,
        }),
      );
      return;
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      const { message, fields, code } = (typeof body === 'object' && body !== null ? body : {}) as {
        message?: unknown;
        fields?: Record<string, string[]>;
        code?: unknown;
      };
      const detail = Array.isArray(message)
        ? message.join('; ')
        : typeof message === 'string'
          ? message
          : typeof body === 'string'
            ? body
            : error.message;
      send(
        problemOf(error.getStatus(), {
          instance,
          detail,
          fields,
          code: typeof code === 'string' ? code : undefined,
        }),
      );
      return;
    }
    // body-parser raises plain errors with a status for oversized or malformed JSON.
    const status = (error as { status?: number; type?: string })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      send(problemOf(status, { instance, detail: (error as Error).message }));
      return;
    }
    this.log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    send(problemOf(500, { instance, detail: 'Internal server error' }));
  }
}
