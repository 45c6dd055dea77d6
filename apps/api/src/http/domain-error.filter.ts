import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError } from '@app/kernel';
import type { Response } from 'express';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  503: 'Service Unavailable',
};

/**
 * One place that turns every failure into a JSON answer naming the problem. Domain errors carry
 * their status; anything unknown is a 500 whose details go to the log, never to the client
 * (no stack traces in responses).
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (error instanceof DomainError) {
      response.status(error.status).json({
        statusCode: error.status,
        error: TITLES[error.status],
        code: error.code,
        message: error.message,
        ...(error.field && { fields: { [error.field]: [error.message] } }),
      });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      response
        .status(status)
        .json(
          typeof body === 'object' && body !== null
            ? { statusCode: status, error: TITLES[status] ?? error.name, ...body }
            : { statusCode: status, error: TITLES[status] ?? error.name, message: String(body) },
        );
      return;
    }
    // body-parser raises plain errors with a status for oversized or malformed JSON.
    const status = (error as { status?: number; type?: string })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      response.status(status).json({
        statusCode: status,
        error: TITLES[status] ?? 'Bad Request',
        message: (error as Error).message,
      });
      return;
    }
    this.log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    response
      .status(500)
      .json({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
  }
}
